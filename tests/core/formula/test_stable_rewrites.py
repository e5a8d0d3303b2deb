"""The stable rewrites, the tidy-up and its limits, checked against the module's documented table.

Reference: the rewrite list in the docstring of :mod:`actviz.core.formula.stable` (each expected
form below is written by hand from that list; spellings not in the list must come back unchanged),
hand-counted sizes (sympy's count_ops: one per operation) and total degrees of polynomials
(sympy's Poly.total_degree), and the documented limits TIDY_SIZE_LIMIT / TIDY_DEGREE_LIMIT (the
rational combination, sympy's together, is tried up to and including each limit, not beyond).
"""

from __future__ import annotations

import pytest
import sympy as sp
from sympy.codegen.cfunctions import expm1, log1p

from actviz.core.formula.functions import one_plus_erf, sigmoid, softplus
from actviz.core.formula.stable import (
    TIDY_DEGREE_LIMIT,
    TIDY_SIZE_LIMIT,
    _degree,
    _sech_squared,
    derivative,
    size,
    stabilise,
    tidy,
)

x, y, z = sp.symbols("x y z")


def no_budget_check() -> None:
    """A budget that never runs out."""


REWRITTEN = [
    # 1/(1 + e^(−u)) -> σ(u), also as a negative integer power
    (1 / (1 + sp.exp(-x)), sigmoid(x)),
    ((1 + sp.exp(-x)) ** -2, sigmoid(x) ** 2),
    # e^u/(1 + e^u) -> σ(u), other factors kept
    (sp.exp(x) / (1 + sp.exp(x)), sigmoid(x)),
    (3 * y * sp.exp(x) / (1 + sp.exp(x)), 3 * y * sigmoid(x)),
    # log(1 + e^u) -> softplus(u), log(1 + u) -> log1p(u)
    (sp.log(1 + sp.exp(2 * x)), softplus(2 * x)),
    (sp.log(1 + x), log1p(x)),
    (sp.log(1 + x + y), log1p(x + y)),
    (sp.log(1 + sp.exp(x) + sp.exp(2 * x)), log1p(sp.exp(x) + sp.exp(2 * x))),  # not 1 + e^u
    # e^u − 1 -> expm1(u), other terms kept
    (sp.exp(x) - 1, expm1(x)),
    (sp.exp(x) - 1 + y, expm1(x) + y),
    # 1 ± erf(u) -> erfc(∓u), 1 ± tanh(u) -> 2σ(±2u), other terms kept
    (1 + sp.erf(x), one_plus_erf(x)),
    (1 - sp.erf(x), one_plus_erf(-x)),
    (1 - sp.erf(x) + y, one_plus_erf(-x) + y),
    (1 + sp.tanh(x), 2 * sigmoid(2 * x)),
    (1 - sp.tanh(x), 2 * sigmoid(-2 * x)),
    # H(c·u) -> H(±u) for a number c, the value at 0 kept
    (sp.Heaviside(2 * x, 1), sp.Heaviside(x, 1)),
    (sp.Heaviside(x / 2, 0), sp.Heaviside(x, 0)),
    (sp.Heaviside(-3 * x, 1), sp.Heaviside(-x, 1)),
    (sp.Heaviside(-x / 2, 1), sp.Heaviside(-x, 1)),
    # rewrites inside a single-argument function (every argument of the node rewritten)
    (sp.sin(sp.log(1 + sp.exp(x))), sp.sin(softplus(x))),
]

UNCHANGED = [
    sp.log(sp.exp(x) + sp.exp(2 * x)),  # no 1
    sp.log(2 + sp.exp(x)),
    sp.log(2 + x),  # log1p is for 1 + u only
    sp.log(sp.Heaviside(x, 1)),  # a 1 among the arguments of a non-sum
    1 + 2 * sp.erf(x),  # 1 + c·erf(u) is not 1 ± erf(u)
    1 + 2 * sp.tanh(x),
    sp.exp(x) - 2,
    sp.Heaviside(x, 1),
    sp.Heaviside(x + 1, 1),
]


@pytest.mark.parametrize(("naive", "stable"), REWRITTEN, ids=str)
def test_documented_spellings_are_rewritten(naive: sp.Expr, stable: sp.Expr) -> None:
    assert stabilise(naive) == stable


@pytest.mark.parametrize("expr", UNCHANGED, ids=str)
def test_other_spellings_are_left_alone(expr: sp.Expr) -> None:
    assert stabilise(expr) == expr


def test_one_minus_tanh_squared_becomes_sech_squared() -> None:
    assert derivative(sp.tanh(x), x, no_budget_check) == sp.sech(x) ** 2
    assert _sech_squared(1 - sp.tanh(x) ** 2 + y) == sp.sech(x) ** 2 + y
    assert _sech_squared(sp.exp(1 - sp.tanh(x) ** 2)) == sp.exp(sp.sech(x) ** 2)
    # 1 + tanh² is no sech², nor is a −tanh² outside a sum with 1
    assert _sech_squared(1 + sp.tanh(x) ** 2) == 1 + sp.tanh(x) ** 2
    odd = sp.Heaviside(-(sp.tanh(x) ** 2), 1)
    assert _sech_squared(odd) == odd


def test_size_counts_operations_then_characters() -> None:
    assert size(x + y * z) == (2, len("x + y*z"))
    assert size(x) == (0, 1)


@pytest.mark.parametrize(
    "polynomial",
    [x, x * y, x * y * z**2, x**2 + y, (x**2 + y) ** 3, (x * y + z) ** 2],
    ids=str,
)
def test_degree_of_a_polynomial_is_its_total_degree(polynomial: sp.Expr) -> None:
    assert _degree(polynomial) == sp.Poly(polynomial).total_degree()


def test_degree_of_a_reciprocal_is_that_of_the_denominator() -> None:
    assert _degree(x**-3) == 3
    assert _degree((x**2 + y) ** -2) == 4


def test_degree_is_infinite_for_symbolic_powers_and_piecewise() -> None:
    assert _degree(x**y) == float("inf")
    assert _degree(sp.Piecewise((x, x > 0), (0, True))) == float("inf")


def test_tidy_keeps_the_smallest_candidate() -> None:
    assert tidy(x * y + x * z, no_budget_check) == x * (y + z)  # factor_terms: 3 ops -> 2
    # together gives (x + y)/(x*y): as many operations, longer to read: kept as it is
    assert tidy(1 / x + 1 / y, no_budget_check) == 1 / x + 1 / y
    # x*(x + y + 1) is exactly as big (3 operations, 13 characters): not smaller, so not taken
    assert tidy(x * (x + y) + x, no_budget_check) == x * (x + y) + x
    # the docstring's example, with a long name (more than 60 characters, few operations)
    t = sp.Symbol("temperature_of_the_softmax_layer")
    assert tidy(sp.diff(t / (1 + t**2), t), no_budget_check) == (1 - t**2) / (1 + t**2) ** 2


def _nested_sine(depth: int) -> sp.Expr:
    g: sp.Expr = y
    for _ in range(depth):
        g = sp.sin(g)
    return g


def test_together_is_tried_up_to_the_size_limit_and_not_beyond() -> None:
    base = sp.diff(x / (1 + x**2), x)  # 10 operations, degree 8
    at_limit = base * _nested_sine(TIDY_SIZE_LIMIT - 11)  # + 49 sines + 1 product
    above = base * _nested_sine(TIDY_SIZE_LIMIT - 10)
    assert size(at_limit)[0] == TIDY_SIZE_LIMIT
    assert size(above)[0] == TIDY_SIZE_LIMIT + 1
    assert tidy(at_limit, no_budget_check) == sp.together(at_limit)
    assert tidy(above, no_budget_check) == sp.factor_terms(above)


def test_together_is_tried_up_to_the_degree_limit() -> None:
    raw = sp.diff(x**3 / (1 + x**7), x)  # 3x²/(1 + x⁷) − 7x⁹/(1 + x⁷)²: 1 (the 7) + 9 + 14
    assert _degree(raw) == TIDY_DEGREE_LIMIT
    assert tidy(raw, no_budget_check) == sp.together(raw)
