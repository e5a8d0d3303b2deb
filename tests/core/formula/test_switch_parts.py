"""Switching arguments, their closed-form zeros, and the jump/kink judgement at a candidate.

References: hand-written switching arguments of each documented part (abs, log1p, max/min, where
conditions); roots of hand-factored polynomials, and of the textbook formula at 50 digits (mpmath)
for the cancellation-free quadratic formula; the probing rule in ``classify``'s docstring: a
break seen by either probe (the float neighbours, or x0 ± 1e-10 relative) counts, a continuous f
may change by its slope times the probe distance; relative tolerances 1e-9 (f) and 1e-7 (f′)
with a floor of 1 on the scale.
"""

from __future__ import annotations

import math

import mpmath
import numpy as np
import pytest
import sympy as sp
from sympy.codegen.cfunctions import log1p

from actviz.core.formula.switches import (
    _breaks,
    _differ,
    _polynomial_roots,
    classify,
    compile_switches,
    switch_arguments,
)
from actviz.core.params import Kink

x, a = sp.symbols("x a")


def up_to_sign(arguments: list[sp.Expr]) -> set[frozenset[sp.Expr]]:
    return {frozenset((sp.expand(g), sp.expand(-g))) for g in arguments}


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        (sp.Max(x, 2), [x - 2]),
        (sp.Min(x, 0, 1 - x), [x, 2 * x - 1, 1 - x]),  # every pair of the three sides
        (log1p(x), [x + 1]),  # log1p(u) breaks where 1 + u does
        (sp.Piecewise((x, (x > 0) & (x < 1)), (0, True)), [x, x - 1]),
        (sp.Abs(x - 1) + sp.Heaviside(1 - x), [x - 1]),  # g and −g are one switch
    ],
    ids=str,
)
def test_switch_arguments(expr: sp.Expr, expected: list[sp.Expr]) -> None:
    found = switch_arguments((expr,), x)
    assert len(found) == len(expected)
    assert up_to_sign(found) == up_to_sign(expected)


@pytest.mark.parametrize(
    ("coefficients", "roots"),
    [
        ([-6.0, 2.0], [3.0]),
        ([1.0, 0.0], []),  # a constant: no root
        ([math.nan, 1.0], []),
        ([1.0, math.inf, 1.0], []),
        ([2.0, -3.0, 1.0], [1.0, 2.0]),  # (x − 1)(x − 2)
        ([2.0, 3.0, 1.0], [-2.0, -1.0]),  # (x + 1)(x + 2)
        ([4.0, -6.0, 2.0], [1.0, 2.0]),  # 2(x − 1)(x − 2)
        ([0.5, -1.5, 1.0], [0.5, 1.0]),  # (x − 1)(x − 1/2)
        ([0.0, -0.5, 1.0], [0.0, 0.5]),  # x(x − 1/2): discriminant 1/4
        ([1.0, -2.0, 1.0], [1.0, 1.0]),  # (x − 1)²: discriminant 0, a double root
        ([0.0, 0.0, 1.0], [0.0]),  # x²
        ([1.0, 0.0, 1.0], []),  # x² + 1
        ([1.0, 0.5, 1.0], []),  # discriminant −3.75
    ],
)
def test_polynomial_roots_by_hand(coefficients: list[float], roots: list[float]) -> None:
    found = _polynomial_roots(coefficients)
    assert found.dtype == np.float64
    assert sorted(found.tolist()) == roots


@pytest.mark.parametrize(
    "coefficients",
    [[1.0, 1e8, 1.0], [1.0, -1e8, 1.0], [1e-10, 0.5, 1e-10], [3.0, -7.0, 2.5e-9]],
)
def test_polynomial_roots_without_cancellation(coefficients: list[float]) -> None:
    # the textbook formula, harmless at 50 digits
    with mpmath.workdps(50):
        c0, c1, c2 = (mpmath.mpf(c) for c in coefficients)
        root = mpmath.sqrt(c1 * c1 - 4 * c2 * c0)
        exact = sorted(float((-c1 + sign * root) / (2 * c2)) for sign in (-1, 1))
    found = sorted(_polynomial_roots(coefficients).tolist())
    assert found == pytest.approx(exact, rel=1e-13, abs=0.0)


def test_low_degree_switches_use_closed_forms() -> None:
    tangent, cubic, linear = compile_switches([x**2 - 2 * x + 1, x**3 - x, x - a], x)
    # (x − 1)² touches 0 without changing sign: only the closed form finds it
    assert tangent.zeros({}).tolist() == [1.0, 1.0]
    assert np.sort(cubic.zeros({})).tolist() == [-1.0, 0.0, 1.0]
    assert linear.zeros({"a": 2.5}).tolist() == [2.5]


def test_non_polynomial_switches_are_scanned_and_parameters_may_sit_in_coefficients() -> None:
    transcendental, scaled = compile_switches([x * sp.exp(x) - 1, sp.exp(a) * x**2 - 1], x)
    assert transcendental.coefficients is None  # x·e^x = 1 at the omega constant W(1)
    assert transcendental.zeros({}).tolist() == pytest.approx([float(mpmath.lambertw(1).real)])
    assert scaled.coefficients is not None  # e^a·x² − 1: a quadratic in x, zeros ±e^(−a/2)
    expected = [-math.exp(-1.0), math.exp(-1.0)]
    assert np.sort(scaled.zeros({"a": 2.0})).tolist() == pytest.approx(expected, rel=1e-15)


def test_differ_is_relative_with_a_floor_of_one() -> None:
    def differ(p: float, q: float, tolerance: float = 1e-9, allowance: float = 0.0) -> bool:
        return bool(_differ(np.array([p]), np.array([q]), tolerance, np.array([allowance]))[0])

    assert differ(0.0, 1.5e-9)  # scale 1 below |values| 1
    assert not differ(0.0, 1e-9)  # exactly the tolerance is no difference
    assert not differ(10.0, 10.0 + 5e-9)  # within 1e-9 relative of 10
    assert differ(10.0, 10.0 + 2e-8)
    assert not differ(0.0, 0.5, allowance=0.6)
    assert differ(math.nan, 0.0)
    assert not differ(math.nan, math.nan)


@pytest.mark.parametrize(
    ("left", "at", "right", "breaks"),
    [
        (1.0, 1.0, 1.0, False),
        (math.nan, math.nan, math.nan, False),
        (1.0, 1.0, math.nan, True),  # undefined on one side
        (math.nan, 1.0, 1.0, True),
        (1.0, math.nan, 1.0, True),  # a hole
        (0.0, 0.9e-9, 1.8e-9, True),  # only the outer pair is 1e-9 apart
        (0.0, 1.8e-9, 0.9e-9, True),  # only at and left are
        (0.9e-9, 1.8e-9, 0.0, True),  # only at and right are
    ],
)
def test_breaks_when_any_pair_differs(left: float, at: float, right: float, breaks: bool) -> None:
    values = [np.array([v]) for v in (left, at, right)]
    assert _breaks(values, 1e-9, np.zeros(1)).tolist() == [breaks]


def test_classify_a_corner_at_minus_zero_reports_plus_zero() -> None:
    (kink,) = classify(np.array([-0.0]), lambda v: np.abs(v), lambda v: np.sign(v), {})
    assert kink == Kink(0.0, "kink")
    assert math.copysign(1.0, kink.x) == 1.0


def test_classify_a_steep_corner_is_no_jump() -> None:
    # f changes by about f′ times the neighbours' distance: continuous, whatever the slope
    steep = 1e10

    def vee(v: np.ndarray) -> np.ndarray:
        return steep * np.abs(v - 1.0)

    def one_sided(v: np.ndarray) -> np.ndarray:
        return steep * np.minimum(v - 1.0, 0.0)

    def one_sided_slope(v: np.ndarray) -> np.ndarray:
        return np.where(v < 1.0, steep, 0.0)

    one = np.array([1.0])
    assert classify(one, vee, lambda v: steep * np.sign(v - 1.0), {}) == (Kink(1.0, "kink"),)
    assert classify(one, one_sided, one_sided_slope, {}) == (Kink(1.0, "kink"),)


def test_classify_a_pole_is_a_jump() -> None:
    # 1/x beside 0: the neighbours overflow to ±inf, where f′ is infinite (no allowance);
    # at ±1e-10 the jump hides in the slope's allowance
    def reciprocal(v: np.ndarray) -> np.ndarray:
        with np.errstate(all="ignore"):
            return np.where(v == 0.0, 0.0, 1.0 / v)

    def slope(v: np.ndarray) -> np.ndarray:
        with np.errstate(all="ignore"):
            return np.where(v == 0.0, 0.0, -1.0 / (v * v))

    assert classify(np.array([0.0]), reciprocal, slope, {}) == (Kink(0.0, "jump"),)


def test_classify_probes_at_one_ten_billionth_relative() -> None:
    # steps placed between the float neighbours and the second probe, x0 ± 1e-10 · max(1, |x0|)
    def step_beyond(x0: float, distance: float) -> tuple[Kink, ...]:
        def f(v: np.ndarray) -> np.ndarray:
            return np.where(v > x0 + distance, 1.0, 0.0)

        return classify(np.array([x0]), f, np.zeros_like, {})

    assert step_beyond(1e6, 0.5e-10 * 1e6) == (Kink(1e6, "jump"),)
    assert step_beyond(0.0, 0.5e-10) == (Kink(0.0, "jump"),)
    assert step_beyond(0.0, 1.5e-10) == ()  # beyond both probes


def test_classify_a_corner_seen_by_the_neighbours_only() -> None:
    def f(v: np.ndarray) -> np.ndarray:
        return np.zeros_like(v)

    def df(v: np.ndarray) -> np.ndarray:  # f′ differs only within 1e-12 of 0
        return np.where(np.abs(v) < 1e-12, np.sign(v), 0.0)

    assert classify(np.array([0.0]), f, df, {}) == (Kink(0.0, "kink"),)
