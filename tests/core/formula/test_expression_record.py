"""The record parse_activation builds and the contract of ParamRange / with_param_ranges.

References: the documented contract (parse_activation's docstring: name defaults to the text,
new parameters default 1 in [−10, 10]; ParamRange: finite values within ±PARAM_LIMIT = 1e6,
minimum < maximum, minimum ≤ default ≤ maximum, edges included), hand calculations (a slider
step is the power of ten at or below a thousandth of the span; a·x at x = 2 with a = 3 is 6),
and the known range (0, 1) of the logistic σ.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from actviz.core import ParamRange, parse_activation, with_param_ranges
from actviz.core.expression import FormulaActivation
from actviz.core.i18n import format_number
from actviz.core.params import Properties


def _formula(text: str, name: str | None = None) -> FormulaActivation:
    activation = parse_activation(text, name=name)
    assert isinstance(activation, FormulaActivation)
    return activation


def test_record_fields_follow_the_text() -> None:
    f = _formula("  a*x  ")
    assert f.name == "a*x"  # the name defaults to the stripped text
    assert f.text == "  a*x  "
    assert f.expression == "a*x"
    assert f.derivative_expression == "a"
    assert f.formula.startswith("f(x) = ")
    assert f.derivative_formula.startswith("f′(x) = ")
    assert "sympy" in f.notes
    assert _formula("a*x", name="Mine").name == "Mine"


def test_raw_values_use_the_parameters() -> None:
    f = _formula("a*x")
    x = np.array([2.0, -1.0])
    np.testing.assert_array_equal(f.raw_forward(x, {"a": 3.0}), [6.0, -3.0])
    np.testing.assert_array_equal(f.raw_derivative(x, {"a": 3.0}), [3.0, 3.0])


def test_properties_are_estimated_not_the_placeholder() -> None:
    props = _formula("sigmoid(x)").properties
    assert isinstance(props, Properties)
    assert props.estimated
    assert props.bounded
    assert props.lower == pytest.approx(0.0, abs=1e-9)
    assert props.upper == pytest.approx(1.0, abs=1e-9)


def test_new_parameters_have_labels_and_the_default_range() -> None:
    params = {p.name: p for p in _formula("beta*x + a").params}
    assert params["beta"].label == "β"
    assert params["a"].label == "a"
    for p in params.values():
        assert (p.default, p.minimum, p.maximum) == (1.0, -10.0, 10.0)
        assert p.step == pytest.approx(0.01)  # span 20: 20/1000 = 0.02, power of ten below: 0.01


@pytest.mark.parametrize(
    ("minimum", "maximum", "step"),
    [
        (-500.0, 500.0, 1.0),  # span 1000: exactly 1
        (0.0, 1.0, 0.001),
        (-1e6, 1e6, 1000.0),  # span 2e6: 2000 → 1000
        (0.0, 0.5, 0.0001),  # 0.0005 → 0.0001
    ],
)
def test_slider_step_is_the_power_of_ten_below_a_thousandth(
    minimum: float, maximum: float, step: float
) -> None:
    f = with_param_ranges(_formula("beta*x"), {"beta": ParamRange(maximum, minimum, maximum)})
    (param,) = f.params
    assert param.label == "β"  # the label is kept
    assert (param.default, param.minimum, param.maximum) == (maximum, minimum, maximum)
    assert math.isclose(param.step, step, rel_tol=1e-12)


def test_unknown_parameter_is_named_in_the_message() -> None:
    f = _formula("a*x", name="Mine")
    with pytest.raises(ValueError) as info:
        with_param_ranges(f, {"b": ParamRange()})
    assert str(info.value) == "Mine has no parameter b"


@pytest.mark.parametrize(
    ("kwargs", "bound"),
    [
        ({"default": math.inf}, "default"),
        ({"minimum": math.nan}, "minimum"),
        ({"maximum": 2e6}, "maximum"),
        ({"default": -1.5e6}, "default"),
    ],
)
def test_out_of_limit_values_name_their_bound(kwargs: dict[str, float], bound: str) -> None:
    with pytest.raises(ValueError) as info:
        ParamRange(**kwargs)
    assert str(info.value) == f"the {bound} must be a finite number within ±{format_number(1e6)}"


@pytest.mark.parametrize(
    ("kwargs", "bound", "shown"),
    [
        ({"default": True}, "default", "True"),
        ({"minimum": "0"}, "minimum", "'0'"),
        ({"maximum": None}, "maximum", "None"),
    ],
)
def test_non_numbers_are_refused(kwargs: dict[str, object], bound: str, shown: str) -> None:
    with pytest.raises(ValueError) as info:
        ParamRange(**kwargs)  # type: ignore[arg-type]
    assert str(info.value) == f"the {bound} must be a number, got {shown}"


@pytest.mark.parametrize(
    ("default", "minimum", "maximum"),
    [
        (1e6, -1e6, 1e6),  # the limit itself is allowed
        (-1e6, -1e6, 1e6),
        (-2.0, -2.0, 3.0),  # default at the minimum
        (3.0, -2.0, 3.0),  # default at the maximum
        (0, -1, 1),  # ints are numbers
    ],
)
def test_edges_are_allowed(default: float, minimum: float, maximum: float) -> None:
    limits = ParamRange(default, minimum, maximum)
    assert (limits.default, limits.minimum, limits.maximum) == (default, minimum, maximum)


def test_empty_range_is_refused() -> None:
    with pytest.raises(ValueError, match=r"^the minimum must be below the maximum$"):
        ParamRange(1.0, 1.0, 1.0)


@pytest.mark.parametrize("default", [-2.75, 3.25])
def test_default_outside_the_range_names_the_range(default: float) -> None:
    with pytest.raises(ValueError) as info:
        ParamRange(default, -2.5, 3.0)
    assert str(info.value) == "the default must lie in [-2.5, 3]"
