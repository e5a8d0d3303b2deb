"""How expressions are printed as Qt rich text (``actviz.core.formula.printing``).

Reference: the module's documented style, written out by hand for each case — how a textbook
writes the formula: implicit products for a number or single letters (2x, βx), a dot otherwise,
parentheses only where precedence needs them, ``<sup>`` for powers and e<sup>u</sup> (exp(u)
once the exponent is long or has powers of its own), Unicode minus, terminating decimals as typed
(0.5, 0.044715) and other fractions as p/q, Greek names as letters, and the textbook forms the
docstring lists (1 − σ(u), 1 − tanh²(u), 1 ± erf(u), log(1 + u), e<sup>u</sup> − 1).
Symbols are real, as the formula parser makes them. Orders of terms and arguments are sympy's.
"""

from __future__ import annotations

import pytest
import sympy as sp
from ascii_ids import ascii_id
from sympy.codegen.cfunctions import expm1, log1p

from actviz.core.formula import printing
from actviz.core.formula.functions import one_plus_erf, relu, sigmoid, softplus

x, y, beta, lambd = sp.symbols("x y beta lambd", real=True)
w1 = sp.Symbol("w1", real=True)
R = sp.Rational

CASES: list[tuple[sp.Basic, str]] = [
    # atoms
    (x, "x"),
    (beta, "β"),
    (lambd, "λ"),
    (sp.Symbol("sigma", real=True), "sigma"),  # σ is the sigmoid, so no Greek here
    (sp.Symbol("a&b"), "a&amp;b"),  # rich text: escaped
    (sp.pi, "π"),
    (sp.E, "e"),
    # numbers
    (sp.Integer(0), "0"),
    (sp.Integer(3), "3"),
    (sp.Integer(-3), "−3"),
    (R(1, 2), "0.5"),
    (R(-1, 2), "−0.5"),
    (R(-3, 4), "−0.75"),
    (R(44715, 1000000), "0.044715"),
    (R(1, 3), "1/3"),
    (R(-1, 3), "−1/3"),
    (R(7, 6), "7/6"),  # 6 = 2·3: not a terminating decimal
    (R(1, 2**20), f"0.{5**20:020d}"),  # 1/2²⁰ = 5²⁰/10²⁰: 22 characters, the longest shown
    (R(1, 2**21), f"1/{2**21}"),  # 23 characters as a decimal: too long
    (sp.Float(2.5), "2.5"),
    (sp.Float(-2.5), "−2.5"),
    # sums: 1 + e^x as written, x − a rather than −a + x
    (x + 1, "x + 1"),
    (x - 1, "x − 1"),
    (-x - 1, "−x − 1"),
    (1 - x, "1 − x"),
    (x - x**2, "x − x<sup>2</sup>"),
    (1 + sp.exp(x), "1 + e<sup>x</sup>"),
    (2 - sp.exp(x), "2 − e<sup>x</sup>"),
    (x + y, "x + y"),
    # products
    (2 * x, "2x"),
    (-2 * x, "−2x"),
    (beta * x, "βx"),
    (x * y, "xy"),
    (w1 * x, "w1·x"),
    (x * sigmoid(beta * x), "x·σ(βx)"),
    (2 * (x + 1) ** 2, "2(x + 1)<sup>2</sup>"),  # 2(x + 1) alone is expanded by sympy
    (2 * sp.sqrt(x), "2√x"),
    (2 * sp.Abs(x), "2|x|"),
    (2 * sigmoid(x), "2σ(x)"),
    (2 * sp.exp(x), "2e<sup>x</sup>"),
    (2 * 3**x, "2·3<sup>x</sup>"),
    (x * (x + 1), "x·(x + 1)"),
    (x / 2, "x/2"),
    (x / 3, "x/3"),
    (x / 30, "x/30"),  # 30 = 2·3·5: no decimal
    (x / 10, "0.1x"),
    (x / 100, "0.01x"),
    (R(44715, 1000000) * x**3, "0.044715x<sup>3</sup>"),
    (3**x / 100, "0.01·3<sup>x</sup>"),
    (x / y, "x/y"),
    (x * sp.exp(-x), "x·e<sup>−x</sup>"),  # e^−x stays a factor, not a denominator
    (x / (y + 1), "x/(y + 1)"),
    (sp.Float(2.5) * x, "2.5x"),
    # powers
    (x**2, "x<sup>2</sup>"),
    (x**beta, "x<sup>β</sup>"),
    ((x + 1) ** 2, "(x + 1)<sup>2</sup>"),
    (sp.sqrt(x), "√x"),
    (sp.sqrt(x + 1), "√(x + 1)"),
    (1 / x, "1/x"),
    (x**-2, "1/x<sup>2</sup>"),
    (1 / (x + 1), "1/(x + 1)"),
    (sp.sech(beta * x) ** 2, "1 − tanh<sup>2</sup>(βx)"),
    (sp.sech(x) ** 3, "sech<sup>3</sup>(x)"),
    (sp.tanh(x) ** 2, "tanh<sup>2</sup>(x)"),
    (sigmoid(x) ** 2, "σ(x)<sup>2</sup>"),
    # e^u
    (sp.exp(x), "e<sup>x</sup>"),
    (sp.exp(-x), "e<sup>−x</sup>"),
    (sp.exp(x**2), "exp(x<sup>2</sup>)"),
    (sp.exp(sp.Symbol("a" * 24, real=True)), "e<sup>" + "a" * 24 + "</sup>"),  # 24: still inline
    (sp.exp(sp.Symbol("a" * 25, real=True)), "exp(" + "a" * 25 + ")"),
    # functions
    (sigmoid(x), "σ(x)"),
    (sigmoid(beta * x), "σ(βx)"),
    (sigmoid(-x), "1 − σ(x)"),
    (one_plus_erf(x), "1 + erf(x)"),
    (one_plus_erf(-x), "1 − erf(x)"),
    (log1p(x), "log(1 + x)"),
    (expm1(x), "e<sup>x</sup> − 1"),
    (sp.Abs(x), "|x|"),
    (sp.atan(x), "arctan(x)"),
    (sp.asinh(x), "asinh(x)"),
    (sp.tanh(x), "tanh(x)"),
    (softplus(x), "softplus(x)"),
    (relu(x), "relu(x)"),
    (sp.Max(x, 0), "max(0, x)"),
    (sp.Min(x, 0), "min(0, x)"),
    (sp.Heaviside(x, 1), "H(x)"),  # the value at 0 is not shown
    # comparisons and pieces
    (x > 0, "x > 0"),
    (x >= 0, "x ≥ 0"),
    (x < 0, "x < 0"),
    (x <= 0, "x ≤ 0"),
    (sp.Eq(x, 1), "x = 1"),
    (sp.Ne(x, 1), "x ≠ 1"),
    (sp.And(x > 0, x < 1), "x > 0 and x < 1"),
    (sp.Or(x < 0, x > 1), "x > 1 or x < 0"),
    (sp.Piecewise((x, x > 0), (0, True)), "x if x > 0, else 0"),
    (sp.Piecewise((x, x > 0), (-x, x < -1)), "x if x > 0, −x if x < −1"),
]


@pytest.mark.parametrize(("expr", "expected"), CASES, ids=[ascii_id(text) for _, text in CASES])
def test_expression_prints_as_written_by_hand(expr: sp.Basic, expected: str) -> None:
    assert printing.to_html(expr) == expected


def test_display_name_spells_greek_parameters_as_letters() -> None:
    assert printing.display_name("beta") == "β"
    assert printing.display_name("lambd") == "λ"
    assert printing.display_name("w") == "w"
