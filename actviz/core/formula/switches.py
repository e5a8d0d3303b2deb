"""Kinks and jumps of a typed formula: where its switching parts change sign, for given params.

A formula can only stop being smooth where one of its parts switches: the argument of abs, sign,
heaviside, relu; the difference of the two sides of max, min and of a where condition; and where
it can stop being defined: a denominator, the argument of log or of a root, tan's poles. Each such
argument g(x) is collected from f and f′ once, at parse time. For given params, the zeros of each
g are found exactly when g is a polynomial of degree 1 or 2 in x (closed forms), otherwise by a
scan of the whole line with bisection to float precision (:mod:`actviz.core.formula.scan`).

Each candidate x0 is then judged by f and f′ at x0 and its two float neighbours: a jump where f
differs (or is undefined at x0 only, a hole), a kink where only f′ does; a candidate where
neither differs (where(x > 0, x, x)) is no kink at all.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import sympy as sp
from sympy.codegen.cfunctions import log1p

from actviz.core.activation import ElementwiseFn, FloatArray
from actviz.core.formula.functions import relu
from actviz.core.formula.numeric import Program, compile_expression, raw
from actviz.core.formula.scan import OUTER, sign_changes
from actviz.core.params import Kink

MAX_SWITCHES = 24
MAX_KINKS = 400
_F_TOLERANCE = 1e-9  # relative change of f between float neighbours that counts as a jump
_DF_TOLERANCE = 1e-7  # ... and of f′ that counts as a corner
_PROBE = 1e-10  # relative distance of the second pair of probes


def switch_arguments(exprs: tuple[sp.Expr, ...], x: sp.Symbol) -> list[sp.Expr]:
    """The arguments whose sign changes can break f or f′ (those that depend on x)."""
    found: list[sp.Expr] = []
    for expr in exprs:
        for node in sp.preorder_traversal(expr):
            for g in _arguments_of(node):
                if g.has(x) and g not in found and -g not in found:
                    found.append(g)
    return found[:MAX_SWITCHES]


def _arguments_of(node: sp.Basic) -> list[sp.Expr]:
    if isinstance(node, sp.Abs | sp.sign | sp.Heaviside | relu | sp.log):
        return [node.args[0]]
    if isinstance(node, log1p):
        return [node.args[0] + 1]
    if isinstance(node, sp.tan):
        return [sp.cos(node.args[0])]
    if isinstance(node, sp.Max | sp.Min):
        a = node.args
        return [a[i] - a[j] for i in range(len(a)) for j in range(i + 1, len(a))]
    if isinstance(node, sp.Piecewise):
        return [r.lhs - r.rhs for pair in node.args for r in _relations(pair.args[1])]
    if isinstance(node, sp.Pow):
        base, power = node.args
        if not (power.is_Integer and power.is_nonnegative):
            return [base]  # a pole (negative power) or a branch point (root, symbolic power)
    return []


def _relations(condition: sp.Basic) -> list[sp.core.relational.Relational]:
    if isinstance(condition, sp.core.relational.Relational):
        return [condition]
    if isinstance(condition, sp.And | sp.Or | sp.Not):
        return [r for arg in condition.args for r in _relations(arg)]
    return []


@dataclass(frozen=True)
class _Switch:
    """One switching argument: its polynomial coefficients in x, or a program to scan."""

    coefficients: tuple[Program, ...] | None  # c0, c1[, c2] when g is a polynomial of degree <= 2
    program: Program

    def zeros(self, params: Mapping[str, float]) -> FloatArray:
        if self.coefficients is not None:
            one = np.zeros(1)
            values = [float(np.asarray(raw(c, one, params))[0]) for c in self.coefficients]
            return _polynomial_roots(values)
        return sign_changes(lambda grid: raw(self.program, grid, params))


def compile_switches(arguments: list[sp.Expr], x: sp.Symbol) -> tuple[_Switch, ...]:
    switches = []
    for g in arguments:
        coefficients = None
        try:
            poly = sp.Poly(g, x)
        except sp.PolynomialError:
            poly = None
        # Poly(g, x) refuses any g that is not a polynomial in x, so its coefficients never hold x
        if poly is not None and poly.degree() <= 2:
            ordered = list(reversed(poly.all_coeffs()))  # c0, c1, c2
            coefficients = tuple(compile_expression(c, x) for c in ordered)
        switches.append(_Switch(coefficients, compile_expression(g, x)))
    return tuple(switches)


def _polynomial_roots(c: list[float]) -> FloatArray:
    """Real roots of c0 + c1 x (+ c2 x²), the quadratic in its cancellation-free form."""
    c0, c1 = c[0], c[1]
    c2 = c[2] if len(c) > 2 else 0.0
    if not all(np.isfinite([c0, c1, c2])):
        return np.empty(0)
    if c2 == 0.0:
        return np.array([-c0 / c1]) if c1 != 0.0 else np.empty(0)
    disc = c1 * c1 - 4.0 * c2 * c0
    if disc < 0:
        return np.empty(0)
    q = -0.5 * (c1 + (1.0 if c1 >= 0 else -1.0) * np.sqrt(disc))
    roots = [q / c2] + ([c0 / q] if q != 0.0 else [])
    return np.array(roots, dtype=np.float64)


def make_kink_fn(
    switches: tuple[_Switch, ...], fn: ElementwiseFn, dfn: ElementwiseFn
) -> Callable[..., tuple[Kink, ...]]:
    """The activation's ``kink_fn``: kinks and jumps for the given params (cached)."""

    @lru_cache(maxsize=64)
    def cached(items: tuple[tuple[str, float], ...]) -> tuple[Kink, ...]:
        params = dict(items)
        found = [s.zeros(params) for s in switches]
        candidates = np.unique(np.concatenate(found)) if found else np.empty(0)
        candidates = candidates[np.isfinite(candidates) & (np.abs(candidates) <= OUTER)]
        if candidates.size > MAX_KINKS:
            nearest = np.argsort(np.abs(candidates), kind="stable")[:MAX_KINKS]
            candidates = np.sort(candidates[nearest])
        return classify(candidates, fn, dfn, params)

    def kink_fn(**params: float) -> tuple[Kink, ...]:
        return cached(tuple(sorted((k, float(v)) for k, v in params.items())))

    return kink_fn


def classify(
    xs: FloatArray, fn: ElementwiseFn, dfn: ElementwiseFn, params: Mapping[str, float]
) -> tuple[Kink, ...]:
    """Jumps where f breaks at ``xs``, kinks where only f′ does; the rest dropped.

    Each x0 is probed twice: at its float neighbours (what the plot draws) and at x0 ± 1e-10
    relative, because the arithmetic of a switch can round the neighbours onto the same side
    (x + 3 is exactly 6 for both neighbours of 3) or into an overflow (1/x beside 0).
    """
    if xs.size == 0:
        return ()
    xs = xs + 0.0  # -0.0 becomes 0.0
    jump = np.zeros(xs.size, dtype=bool)
    kink = np.zeros(xs.size, dtype=bool)
    offset = _PROBE * np.maximum(1.0, np.abs(xs))
    for left, right in (
        (np.nextafter(xs, -np.inf), np.nextafter(xs, np.inf)),
        (xs - offset, xs + offset),
    ):
        f = [fn(v, **params) for v in (left, xs, right)]
        df = [dfn(v, **params) for v in (left, xs, right)]
        with np.errstate(all="ignore"):
            # A continuous f still changes by about f′ times the distance between the probes.
            slope = np.nan_to_num(np.fmax(np.abs(df[0]), np.abs(df[2])), posinf=0.0)
            jump |= _breaks(f, _F_TOLERANCE, 4.0 * slope * (right - left))
            kink |= _breaks(df, _DF_TOLERANCE, np.zeros_like(xs))
    return tuple(
        Kink(float(x0), "jump" if j else "kink")
        for x0, j, k in zip(xs, jump, kink, strict=True)
        if j or k
    )


def _breaks(values: list[FloatArray], tolerance: float, allowance: FloatArray) -> np.ndarray:
    left, at, right = values
    all_nan = np.isnan(left) & np.isnan(at) & np.isnan(right)
    pairs = ((left, right), (at, left), (at, right))
    differ = [_differ(a, b, tolerance, allowance) for a, b in pairs]
    return np.asarray(~all_nan & (differ[0] | differ[1] | differ[2]), dtype=bool)


def _differ(a: FloatArray, b: FloatArray, tolerance: float, allowance: FloatArray) -> np.ndarray:
    nan_a, nan_b = np.isnan(a), np.isnan(b)
    a0, b0 = np.nan_to_num(a), np.nan_to_num(b)
    scale = np.maximum(1.0, np.maximum(np.abs(a0), np.abs(b0)))
    far = np.abs(a0 - b0) > tolerance * scale + allowance
    return np.asarray((nan_a != nan_b) | (~nan_a & ~nan_b & far), dtype=bool)
