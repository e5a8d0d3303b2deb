"""Stable forms, the derivative, and a tidy-up that cannot run away.

Before differentiating, a few textbook spellings are rewritten into the forms the catalogue
evaluates stably, so that both f and f′ stay right where the naive form overflows or cancels:

- ``1/(1 + e^(−u))`` and ``e^u/(1 + e^u)`` become σ(u) (scipy's expit);
- ``log(1 + e^u)`` becomes softplus(u) (numpy's logaddexp);
- ``log(1 + u)`` becomes log1p(u) and ``e^u − 1`` becomes expm1(u);
- ``1 ± erf(u)`` becomes erfc(∓u) (GELU's left tail would otherwise cancel to 0);
- ``1 ± tanh(u)`` becomes 2σ(±2u) (the same cancellation in GELU's tanh form);
- H(c·u) becomes H(u) (or H(−u)) for a number c, as the sign of c·u is that of ±u.

After differentiating, ``1 − tanh²(u)`` becomes sech²(u) (exact where tanh rounds to ±1), and
DiracDelta terms, which are zero everywhere except at a jump, are dropped.

Why no ``simplify()``: it tries many strategies, and some of them (expanding powers, trigonometric
searches) take seconds or minutes on small inputs. Here the tidy-up is a fixed list of cheap
rewrites (common factors pulled out, rational functions combined while small), each kept only if
it makes the expression smaller, each polynomial in the size of the expression, and the list is cut
short when the caller's budget runs out. The derivative is exact whichever candidate wins.
"""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp
from sympy.codegen.cfunctions import expm1, log1p

from actviz.core.formula.functions import one_plus_erf, sigmoid, softplus

Check = Callable[[], None]  # raises when the budget is spent

TIDY_SIZE_LIMIT = 60  # operations; above this, only the linear-time rewrites are tried
TIDY_DEGREE_LIMIT = 24  # together multiplies out denominators: only for low degrees


def stabilise(expr: sp.Expr) -> sp.Expr:
    """``expr`` with the unstable spellings above replaced, bottom-up."""
    if expr.is_Atom:
        return expr
    args = [stabilise(arg) for arg in expr.args]
    if any(new is not old for new, old in zip(args, expr.args, strict=True)):
        expr = expr.func(*args)
    return _rewrite_node(expr)


def _rewrite_node(expr: sp.Expr) -> sp.Expr:
    if isinstance(expr, sp.Pow):
        base, power = expr.args
        w = _one_plus_exp(base)
        if w is not None and power.is_integer and power.is_negative:
            return sigmoid(-w) ** (-power)
    elif isinstance(expr, sp.log):
        (arg,) = expr.args
        w = _one_plus_exp(arg)
        if w is not None:
            return softplus(w)
        if isinstance(arg, sp.Add) and sp.S.One in arg.args:
            return log1p(arg - 1)
    elif isinstance(expr, sp.Mul):
        return _sigmoid_from_product(expr)
    elif isinstance(expr, sp.Add):
        return _stable_sum(expr)
    elif isinstance(expr, sp.Heaviside):
        coefficient, rest = expr.args[0].as_coeff_Mul()
        if coefficient.is_Number and coefficient != 1 and rest != 1:
            arg = rest if coefficient > 0 else -rest
            return sp.Heaviside(arg, *expr.args[1:])
    return expr


def _one_plus_exp(expr: sp.Expr) -> sp.Expr | None:
    """``w`` if ``expr`` is ``1 + exp(w)``, else None."""
    if isinstance(expr, sp.Add) and len(expr.args) == 2 and sp.S.One in expr.args:
        other = expr.args[1] if expr.args[0] == sp.S.One else expr.args[0]
        if isinstance(other, sp.exp):
            return other.args[0]
    return None


def _sigmoid_from_product(expr: sp.Mul) -> sp.Expr:
    """e^w · σ(−w) = σ(w): what e^u/(1 + e^u) becomes after the rule for 1/(1 + e^v)."""
    factors = list(expr.args)
    for i, factor in enumerate(factors):
        if isinstance(factor, sp.exp):
            w = factor.args[0]
            for j, other in enumerate(factors):
                if isinstance(other, sigmoid) and other.args[0] == -w:
                    rest = [f for k, f in enumerate(factors) if k not in (i, j)]
                    return sp.Mul(sigmoid(w), *rest)
    return expr


def _stable_sum(expr: sp.Add) -> sp.Expr:
    terms = list(expr.args)
    if sp.S.NegativeOne in terms:  # e^w − 1 -> expm1(w)
        for i, term in enumerate(terms):
            if isinstance(term, sp.exp):
                rest = [t for k, t in enumerate(terms) if k != i]
                rest.remove(sp.S.NegativeOne)
                return sp.Add(expm1(term.args[0]), *rest)
    if sp.S.One in terms:  # 1 ± erf(u) -> erfc(∓u), 1 ± tanh(u) -> 2σ(±2u)
        for i, term in enumerate(terms):
            sign, core = _signed(term)
            if isinstance(core, sp.erf | sp.tanh):
                rest = [t for k, t in enumerate(terms) if k != i]
                rest.remove(sp.S.One)
                u = core.args[0] if sign > 0 else -core.args[0]
                stable = one_plus_erf(u) if isinstance(core, sp.erf) else 2 * sigmoid(2 * u)
                return sp.Add(stable, *rest)
    return expr


def _signed(term: sp.Expr) -> tuple[int, sp.Expr]:
    """(+1, t) for ``t``, (−1, t) for ``−t``."""
    if isinstance(term, sp.Mul) and len(term.args) == 2 and term.args[0] == sp.S.NegativeOne:
        return -1, term.args[1]
    return 1, term


def derivative(expr: sp.Expr, x: sp.Symbol, check: Check) -> sp.Expr:
    """d expr / dx, with DiracDelta dropped and 1 − tanh² made exact, then tidied."""
    raw = sp.diff(expr, x)
    check()
    raw = raw.replace(lambda e: isinstance(e, sp.DiracDelta), lambda e: sp.S.Zero)
    raw = _sech_squared(raw)
    check()
    return tidy(stabilise(raw), check)


def _sech_squared(expr: sp.Expr) -> sp.Expr:
    if expr.is_Atom:
        return expr
    args = [_sech_squared(arg) for arg in expr.args]
    if any(new is not old for new, old in zip(args, expr.args, strict=True)):
        expr = expr.func(*args)
    if isinstance(expr, sp.Add) and sp.S.One in expr.args:
        for i, term in enumerate(expr.args):
            sign, core = _signed(term)
            if (
                sign < 0
                and isinstance(core, sp.Pow)
                and core.args[1] == 2
                and isinstance(core.args[0], sp.tanh)
            ):
                rest = [t for k, t in enumerate(expr.args) if k != i]
                rest.remove(sp.S.One)
                return sp.Add(sp.sech(core.args[0].args[0]) ** 2, *rest)
    return expr


def size(expr: sp.Expr) -> tuple[int, int]:
    """How big an expression reads: operations first, then printed length."""
    return int(sp.count_ops(expr)), len(str(expr))


def tidy(expr: sp.Expr, check: Check) -> sp.Expr:
    """The smallest of a few cheap rewrites of ``expr`` (``expr`` itself if none is smaller)."""
    best, best_size = expr, size(expr)
    rewrites: list[Callable[[sp.Expr], sp.Expr]] = [sp.factor_terms]
    if best_size[0] <= TIDY_SIZE_LIMIT and _degree(expr) <= TIDY_DEGREE_LIMIT:
        rewrites.append(sp.together)  # x/(1 + x²) -> (1 − x²)/(1 + x²)²
    for rewrite in rewrites:
        check()
        try:
            candidate = rewrite(expr)
        except (TypeError, ValueError, NotImplementedError, sp.PolynomialError):
            continue
        candidate_size = size(candidate)
        if candidate_size < best_size:
            best, best_size = candidate, candidate_size
    return best


def _degree(expr: sp.Expr) -> float:
    """An upper bound of the polynomial degree that combining fractions could expand to.

    Infinite for what together should not see at all: symbolic exponents and piecewise
    expressions.
    """
    if expr.is_Atom:
        return 1
    if isinstance(expr, sp.Piecewise):
        return float("inf")
    if isinstance(expr, sp.Pow):
        power = expr.args[1]
        if not power.is_Rational:
            return float("inf")
        return float(abs(power.p)) * _degree(expr.args[0])
    inner = [_degree(arg) for arg in expr.args]
    return sum(inner) if isinstance(expr, sp.Mul) else max(inner)
