"""The numpy program compiled from a sympy expression: logic, constants, parameters at zero.

References: truth tables by hand (And/Or of interval conditions), IEEE 754 arithmetic (x/0 is ±inf
for x ≠ 0 and NaN for x = 0; a complex number has no real value) and the contract of
``elementwise`` (finite x with a non-finite value gives NaN, never an exception); a function
with no numeric form (gamma) is refused by name.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import sympy as sp

from actviz.core import ExpressionError, parse_activation
from actviz.core.formula.numeric import compile_expression, elementwise, raw

x = sp.Symbol("x")
XS = np.array([-3.0, -1.5, -0.5, 0.5, 1.5, 3.0])


def _run(expr: sp.Basic) -> np.ndarray:
    return raw(compile_expression(expr, x), XS, {})


def test_and_of_three_conditions() -> None:
    inside = sp.And(x > -2, x < 2, sp.Ne(x, 0.5))
    got = _run(sp.Piecewise((1.0, inside), (0.0, True)))
    # -3: out; -1.5, -0.5: in; 0.5: excluded by Ne; 1.5: in; 3: out
    np.testing.assert_array_equal(got, [0.0, 1.0, 1.0, 0.0, 1.0, 0.0])


def test_or_of_three_conditions() -> None:
    outside = sp.Or(x < -2, x > 2, sp.Eq(x, 0.5))
    got = _run(sp.Piecewise((1.0, outside), (0.0, True)))
    np.testing.assert_array_equal(got, [1.0, 0.0, 0.0, 1.0, 0.0, 1.0])


def test_complex_constant_has_no_real_value() -> None:
    assert np.isnan(_run(x + sp.I)).all()


def test_constants_beyond_float64_are_infinite() -> None:
    np.testing.assert_array_equal(_run(x + sp.exp(1000)), np.full(XS.shape, np.inf))
    np.testing.assert_array_equal(_run(x - sp.exp(1000)), np.full(XS.shape, -np.inf))


def test_constants_are_rounded_to_the_nearest_double() -> None:
    np.testing.assert_array_equal(_run(sp.pi + 0 * x), np.full(XS.shape, np.pi))
    np.testing.assert_array_equal(_run(sp.sqrt(2) * x), XS * np.sqrt(2.0))
    # IEEE sqrt is correctly rounded; a 15-digit evaluation of √19 misses it by one ulp
    np.testing.assert_array_equal(_run(sp.sqrt(19) + 0 * x), np.full(XS.shape, math.sqrt(19.0)))


def test_division_by_a_zero_parameter_is_a_gap_not_an_error() -> None:
    f = parse_activation("x / a")
    values = f.forward(XS, a=0.0)
    assert np.isnan(values).all()
    assert f.raw_forward(XS, {"a": 0.0}).tolist() == [-np.inf] * 3 + [np.inf] * 3
    # 0/0 has no value at all
    assert np.isnan(f.raw_forward(np.array([0.0]), {"a": 0.0})).all()
    # f′ = 1/a: the same gap
    assert np.isnan(f.derivative(XS, a=0.0)).all()


def test_reciprocal_of_a_parameter() -> None:
    fn = elementwise(compile_expression(x + 1 / sp.Symbol("a"), x))
    np.testing.assert_array_equal(fn(XS, a=4.0), XS + 0.25)
    assert np.isnan(fn(XS, a=0.0)).all()


def test_a_function_without_a_numeric_form_is_named() -> None:
    with pytest.raises(ExpressionError) as caught:
        compile_expression(x + sp.gamma(x), x)
    assert str(caught.value) == "actviz cannot evaluate gamma numerically"


@pytest.mark.parametrize("text", ["sqrt(x)", "x^(1/2)", "x^(-1/2)", "1/sqrt(x)"])
def test_square_roots_of_negative_numbers_have_no_value_even_at_minus_infinity(text: str) -> None:
    # sqrt is real only for x >= 0: -inf is negative too (a plain power would give inf or 0 there)
    f = parse_activation(text)
    assert np.isnan(f.forward(np.array([-math.inf, -4.0]))).all()


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [("x^(-1/3)", 8.0, 0.5), ("x^(-1/2)", 16.0, 0.25), ("x^(1/2)", 16.0, 4.0), ("x^-1", 4.0, 0.25)],
)
def test_fractional_and_negative_powers_by_hand(text: str, at: float, expected: float) -> None:
    assert parse_activation(text).forward(np.array([at]))[0] == pytest.approx(expected, rel=1e-15)
