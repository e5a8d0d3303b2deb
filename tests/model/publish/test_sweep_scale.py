"""Positions and values along a sweep, from the definitions: linear means equal steps of value,
log scale equal ratios (the geometric mean sits half way); the two maps undo each other."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actviz.model.publish.sweep_scale import check_sweep_range, position_of, value_at

positions = st.floats(0.0, 1.0)
lows = st.floats(1e-3, 1e3)
ratios = st.floats(1.5, 1e4)


def test_half_way_is_the_arithmetic_or_the_geometric_mean() -> None:
    assert value_at(0.5, 2.0, 8.0, log_scale=False) == pytest.approx(5.0, rel=1e-15)
    assert value_at(0.5, 2.0, 8.0, log_scale=True) == pytest.approx(4.0, rel=1e-14)
    assert position_of(4.0, 2.0, 8.0, log_scale=True) == pytest.approx(0.5, rel=1e-14)


@given(positions, lows, ratios, st.booleans())
def test_position_of_undoes_value_at_and_the_ends_are_exact(
    position: float, low: float, ratio: float, log_scale: bool
) -> None:
    high = low * ratio
    value = value_at(position, low, high, log_scale)
    assert low <= value <= high
    assert position_of(value, low, high, log_scale) == pytest.approx(position, abs=1e-9)
    assert value_at(0.0, low, high, log_scale) == low
    assert value_at(1.0, low, high, log_scale) == high


def test_positions_outside_the_range_are_refused_and_values_outside_are_clamped() -> None:
    with pytest.raises(ValueError, match=r"position must be in \[0, 1\]"):
        value_at(1.5, 0.0, 1.0, log_scale=False)
    assert position_of(-3.0, 0.0, 1.0, log_scale=False) == 0.0
    assert position_of(1e-9, 0.01, 100.0, log_scale=True) == 0.0
    assert position_of(7.0, 0.0, 1.0, log_scale=False) == 1.0
    assert position_of(math.nan, 0.0, 1.0, log_scale=False) == 0.0


@pytest.mark.parametrize(
    ("low", "high", "message"),
    [
        ("x", 1.0, "From must be a number"),
        (0.0, True, "To must be a number"),
        (0.0, math.inf, "To must be a finite number from 0 to 10"),
        (-1.0, 1.0, "From must be a finite number from 0 to 10"),
        (5.0, 5.0, r"From \(5\) must be below To \(5\)"),
    ],
)
def test_a_bad_range_names_the_field_it_was_typed_in(
    low: object, high: object, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        check_sweep_range(low, high, 0.0, 10.0)


def test_a_good_range_comes_back_as_floats() -> None:
    assert check_sweep_range("1.5", 3, 0.0, 10.0) == (1.5, 3.0)
