"""Figure numbers: nice ticks, tick labels, the fitted y range, breaks kept for the painter."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from actviz import core
from actviz.core.figure import (
    MINUS,
    activation_figure,
    check_range,
    fit_y_range,
    format_tick,
    nice_ticks,
)


def _is_nice(step: float) -> bool:
    mantissa = step / 10.0 ** math.floor(math.log10(step) + 1e-12)
    return any(math.isclose(mantissa, m, rel_tol=1e-9) for m in (1.0, 2.0, 5.0, 10.0))


@given(
    low=st.floats(-1e6, 1e6),
    span=st.floats(1e-6, 1e6),
    max_ticks=st.integers(2, 12),
)
def test_ticks_are_nice_inside_the_range_and_as_dense_as_allowed(
    low: float, span: float, max_ticks: int
) -> None:
    high = low + span
    if not low < high:
        return
    ticks, step = nice_ticks(low, high, max_ticks)
    assert _is_nice(step)
    assert len(ticks) <= max_ticks
    tol = step * 1e-9
    assert np.all(ticks >= low - tol) and np.all(ticks <= high + tol)
    assert np.allclose(np.diff(ticks), step)
    labels = [format_tick(t, step) for t in ticks]
    assert len(set(labels)) == len(labels)  # neighbours never print alike
    # The next smaller nice step (5 -> 2, 2 -> 1, 1 -> 0.5) would give too many ticks.
    mantissa = round(step / 10.0 ** math.floor(math.log10(step) + 1e-12))
    finer = step * {1: 0.5, 2: 0.5, 5: 0.4, 10: 0.5}[mantissa]
    count = math.floor(high / finer + 1e-9) - math.ceil(low / finer - 1e-9) + 1
    assert count > max_ticks


@pytest.mark.parametrize("centre", [1.0, -3.0, 1e6, 1e-300])
def test_ticks_of_a_range_a_few_floats_wide_are_distinct(centre: float) -> None:
    low, high = centre, centre + 4 * abs(np.spacing(centre))
    ticks, _ = nice_ticks(low, high)
    assert len(ticks) >= 1
    assert np.all(np.diff(ticks) > 0)
    assert np.all((ticks >= low) & (ticks <= high))


def test_ticks_of_the_default_view() -> None:
    ticks, step = nice_ticks(-5.0, 5.0, 8)
    assert step == 2.0
    assert list(ticks) == [-4.0, -2.0, 0.0, 2.0, 4.0]


@pytest.mark.parametrize(
    ("value", "step", "text"),
    [(-4.0, 2.0, f"{MINUS}4"), (0.5, 0.5, "0.5"), (0.25, 0.05, "0.25"), (0.0, 0.1, "0.0"),
     (2e6, 1e6, "2e+06"), (1e-5, 5e-6, "1e-05"), (1.5e-5, 5e-6, "1.5e-05")],
)
def test_tick_labels_show_the_digits_the_step_needs(value: float, step: float, text: str) -> None:
    assert format_tick(value, step) == text


def test_the_y_range_holds_every_value_and_zero() -> None:
    sigmoid = core.get("sigmoid")
    data = activation_figure(sigmoid, x_range=(-6.0, 6.0))
    y_min, y_max = data.y_range
    f = sigmoid.forward(np.linspace(-6, 6, 101))
    assert y_min < 0.0 < f.min() and f.max() < y_max  # sigmoid > 0, yet 0 is in view
    assert y_max < 1.2  # and not much more


def test_the_y_range_ignores_the_derivative_when_it_is_hidden() -> None:
    relu6 = core.get("relu6")
    shown = activation_figure(relu6, x_range=(-1.0, 0.5)).y_range
    hidden = activation_figure(relu6, x_range=(-1.0, 0.5), show_derivative=False).y_range
    assert shown[1] > 1.0 > hidden[1]  # f' = 1 there; f stays below 0.5


def test_a_flat_curve_gets_a_visible_range() -> None:
    low, high = fit_y_range([], show_derivative=True)
    assert low < 0.0 < high


def test_jumps_stay_breaks_and_keep_their_end_points() -> None:
    data = activation_figure(core.get("binary_step"), x_range=(-1.0, 1.0))
    assert np.isnan(data.samples.f_y).sum() == 1
    assert list(data.samples.f_ends.closed_x) == [0.0]


def test_a_fixed_y_range_is_kept() -> None:
    data = activation_figure(core.get("relu"), y_range=(-3.0, 3.0))
    assert data.y_range == (-3.0, 3.0)
    assert data.y_labels[0] == f"{MINUS}3" and data.y_labels[-1] == "3"


def test_the_title_names_the_params() -> None:
    data = activation_figure(core.get("leaky_relu"), {"negative_slope": 0.1})
    assert data.title == "Leaky ReLU (negative_slope = 0.1)"


@pytest.mark.parametrize(
    "bad", [(1.0, 1.0), (2.0, 1.0), (math.nan, 1.0), (0.0, math.inf), (0.0,), "0:1", (True, 2.0),
            (-1.7e308, 1.7e308)],
)
def test_a_bad_range_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="x range"):
        check_range(bad, "x range")


def test_bad_params_are_refused_by_name() -> None:
    with pytest.raises(ValueError, match="negative_slope"):
        activation_figure(core.get("leaky_relu"), {"negative_slope": 7.0})
