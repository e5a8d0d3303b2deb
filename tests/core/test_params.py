"""Param, Kink and Properties: the metadata records refuse inconsistent declarations, validate and
clamp values at the declared range, and give the properties table its rows."""

from __future__ import annotations

import math

import numpy as np
import pytest

from actviz import core
from actviz.core.params import Param, Properties


def float_param(**overrides) -> Param:
    fields = {"name": "alpha", "label": "α", "default": 1.0, "minimum": 0.0, "maximum": 2.0}
    return Param(**{**fields, "step": 0.1, **overrides})


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"minimum": None}, "alpha: a float param needs minimum, maximum and step"),
        ({"maximum": None}, "needs minimum, maximum and step"),
        ({"step": None}, "needs minimum, maximum and step"),
        ({"default": 2.5}, r"alpha: default outside \[0.0, 2.0\]"),
        ({"default": -0.5}, "default outside"),
        ({"log_scale": True}, "alpha: a log-scale param needs minimum > 0"),
        ({"log_scale": True, "minimum": -1.0}, "log-scale"),
    ],
)
def test_an_inconsistent_float_declaration_is_refused(overrides, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        float_param(**overrides)


def test_consistent_declarations_are_accepted_at_their_edges() -> None:
    for default in (0.0, 2.0):
        assert float_param(default=default).default == default
    assert float_param(log_scale=True, minimum=0.01, default=0.01).log_scale
    choice = Param("approximate", "Approximation", "none", choices=("none", "tanh"))
    assert choice.is_choice and not float_param().is_choice
    assert choice.minimum is None and choice.step is None


def test_a_choice_default_must_be_one_of_the_choices() -> None:
    with pytest.raises(ValueError, match=r"mode: default 'c' not in \('a', 'b'\)"):
        Param("mode", "Mode", "c", choices=("a", "b"))


def test_range_text_and_messages_name_the_declared_range() -> None:
    p = float_param()
    assert p.range_text() == "[0, 2]"
    choice = Param("approximate", "Approximation", "none", choices=("none", "tanh"))
    assert choice.range_text() == "one of 'none', 'tanh'"
    with pytest.raises(ValueError, match=r"^alpha must be a finite number in \[0, 2\], got 3$"):
        p.validate(3)
    with pytest.raises(ValueError, match=r"^alpha must be a number in \[0, 2\], got 'x'$"):
        p.validate("x")
    with pytest.raises(ValueError, match=r"^approximate must be one of 'none', 'tanh', got 'e'$"):
        choice.validate("e")
    with pytest.raises(ValueError, match="got 1"):
        choice.validate(1)


def test_validate_accepts_numbers_of_any_numeric_type_in_range() -> None:
    p = float_param()
    for value in (0, 2, 1, np.float32(0.5), np.int64(1), "1.5", 0.0, 2.0):
        out = p.validate(value)
        assert type(out) is float and out == float(value)
    for bad in (None, [1.0], math.nan, math.inf, -1e-12, 2.0000001):
        with pytest.raises(ValueError):
            p.validate(bad)


def test_clamp_gives_the_nearest_allowed_value_and_the_default_for_nan() -> None:
    p = float_param(default=1.5)
    assert p.clamp(-3.0) == 0.0 and p.clamp(7.0) == 2.0 and p.clamp(0.25) == 0.25
    assert p.clamp(math.nan) == 1.5 and p.clamp(-math.inf) == 0.0 and p.clamp(math.inf) == 2.0


def test_properties_rows_say_yes_or_no_for_each_claim_in_table_order() -> None:
    props = Properties(
        output_range="(0, 1)", lower=0.0, upper=1.0, bounded=True, monotonic=False,
        smooth=True, zero_centred=False, saturating=True,
    )  # fmt: skip
    assert props.rows() == [
        ("Output range", "(0, 1)"),
        ("Bounded", "yes"),
        ("Monotonic", "no"),
        ("Smooth (no corners)", "yes"),
        ("Zero-centred", "no"),
        ("Saturating", "yes"),
    ]


def test_an_activation_finds_its_params_by_name() -> None:
    act = core.get("hardtanh")
    assert act.param("max_val").name == "max_val" and act.param("min_val").default == -1.0
    with pytest.raises(KeyError):
        act.param("alpha")
    assert act.defaults() == {"min_val": -1.0, "max_val": 1.0}
    assert core.get("relu").defaults() == {}
