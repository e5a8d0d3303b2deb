"""A sympy expression compiled into a numpy program: no generated source, no ``exec``.

Each distinct subexpression becomes one step that applies a numpy or scipy.special function to
the results of earlier steps (so a repeated subexpression, such as σ(βx) in f′ of Swish, is
computed once). Running the program is a loop over the steps; a step's result is freed after its
last use, so the memory of a large array stays bounded.

Stable forms where they apply, as the catalogue uses them: σ is the catalogue's own (p/(1 + p) with
p = e^min(u, 700): as exact as scipy's expit and SIMD-fast, and it needs no scipy), softplus is
``logaddexp(0, u)``, erf and erfc are scipy's (imported with the first formula that uses them),
log1p and expm1 are numpy's. The program runs under ``np.errstate(all="ignore")``
and :func:`elementwise` masks the result: wherever x is finite but the value is not (log of a
negative number, 1/0, an overflow), the result is NaN, which the plot draws as a gap.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import sympy as sp
from sympy.codegen.cfunctions import expm1, log1p

from actviz.core.activation import ElementwiseFn, FloatArray
from actviz.core.families._stable import sigmoid_over
from actviz.core.formula.errors import ExpressionError
from actviz.core.formula.functions import one_plus_erf, relu, sigmoid, softplus
from actviz.core.i18n import translate

BLOCK = 65536  # elements evaluated at a time: temporaries stay in cache (see families._stable)

Value = Any  # a float64 array, a bool array, or a scalar
Op = Callable[..., Value]


def _special(name: str) -> Op:
    """scipy.special's ``name``, imported on the first evaluation: that happens in the caller's
    thread, so the import (0.2 s or more) never counts against the symbolic work's deadline."""

    def call(*args: Value) -> Value:
        from scipy import special

        return getattr(special, name)(*args)

    return call


def _sigmoid(u: Value) -> Value:
    """σ(u) exactly as the catalogue computes it (one np.exp, no overflow, no cancellation)."""
    out = np.array(u, dtype=np.float64, copy=True)
    sigmoid_over(out)
    return out


def _sum(*args: Value) -> Value:
    total = args[0]
    for arg in args[1:]:
        total = total + arg
    return total


def _product(*args: Value) -> Value:
    total = args[0]
    for arg in args[1:]:
        total = total * arg
    return total


def _piecewise(*args: Value) -> Value:
    """Arguments: value_1, condition_1, ..., value_n, condition_n; first true condition wins."""
    result: Value = np.nan
    for i in range(len(args) - 2, -1, -2):
        result = np.where(args[i + 1], args[i], result)
    return result


def _op_for(node: sp.Basic) -> Op:
    func = node.func
    simple: dict[Any, Op] = {
        sp.Add: _sum,
        sp.Mul: _product,
        sp.exp: np.exp,
        sp.log: np.log,
        log1p: np.log1p,
        expm1: np.expm1,
        sp.sin: np.sin,
        sp.cos: np.cos,
        sp.tan: np.tan,
        sp.sinh: np.sinh,
        sp.cosh: np.cosh,
        sp.tanh: np.tanh,
        sp.asinh: np.arcsinh,
        sp.atan: np.arctan,
        sp.Abs: np.abs,
        sp.sign: np.sign,
        sp.Heaviside: lambda u, h0=0.5: np.heaviside(u, h0),
        relu: lambda u: np.maximum(u, 0.0),
        softplus: lambda u: np.logaddexp(0.0, u),
        sp.Max: lambda *a: _fold(np.maximum, a),
        sp.Min: lambda *a: _fold(np.minimum, a),
        sp.StrictGreaterThan: np.greater,
        sp.GreaterThan: np.greater_equal,
        sp.StrictLessThan: np.less,
        sp.LessThan: np.less_equal,
        sp.Eq: np.equal,
        sp.Ne: np.not_equal,
        sp.And: lambda *a: _fold(np.logical_and, a),
        sp.Or: lambda *a: _fold(np.logical_or, a),
        sp.Not: np.logical_not,
        sp.Piecewise: _piecewise,
    }
    if func in simple:
        return simple[func]
    if func is sp.Pow:
        return _power_op(node.args[1])
    if func is sp.sech:
        return lambda u: 1.0 / np.cosh(u)  # cosh overflows to inf far out: 1/inf = 0, exact
    if func is sigmoid:
        return _sigmoid
    if func in (sp.erf, sp.erfc):
        return _special(func.__name__)
    if func is one_plus_erf:
        erfc = _special("erfc")
        return lambda u: erfc(-u)
    message = translate("Formula", "actviz cannot evaluate {name} numerically")
    raise ExpressionError(message.format(name=func.__name__))


def _fold(op: Callable[[Value, Value], Value], args: tuple[Value, ...]) -> Value:
    result = args[0]
    for arg in args[1:]:
        result = op(result, arg)
    return result


def _power_op(exponent: sp.Expr) -> Op:
    special: dict[Any, Op] = {
        sp.Integer(2): lambda b, _e: np.square(b),
        sp.Rational(1, 2): lambda b, _e: np.sqrt(b),
        # np.divide, not /: b is a plain float when it is a parameter, and 1.0 / 0.0 raises
        sp.Integer(-1): lambda b, _e: np.divide(1.0, b),
        sp.Rational(-1, 2): lambda b, _e: 1.0 / np.sqrt(b),
    }
    return special.get(exponent, np.power)


@dataclass(frozen=True)
class Program:
    """Steps in dependency order; the last step's slot is the result."""

    steps: tuple[tuple[Op | None, tuple[int, ...], Any], ...]  # (op, argument slots, leaf)
    frees: tuple[tuple[int, ...], ...]  # slots no longer needed after each step

    def run(self, x: FloatArray, params: Mapping[str, float]) -> Value:
        slots: list[Value] = [None] * len(self.steps)
        for index, (op, args, leaf) in enumerate(self.steps):
            if op is None:
                slots[index] = (
                    x if leaf is None else params[leaf] if isinstance(leaf, str) else leaf
                )
            else:
                slots[index] = op(*(slots[a] for a in args))
            for slot in self.frees[index]:
                slots[slot] = None
        return slots[-1]


def compile_expression(expr: sp.Basic, x: sp.Symbol) -> Program:
    """The program computing ``expr`` from x and the parameters (passed by symbol name)."""
    steps: list[tuple[Op | None, tuple[int, ...], Any]] = []
    index_of: dict[sp.Basic, int] = {}

    def visit(node: sp.Basic) -> int:
        if node in index_of:
            return index_of[node]
        if node == x:
            step: tuple[Op | None, tuple[int, ...], Any] = (None, (), None)
        elif isinstance(node, sp.Symbol):
            step = (None, (), node.name)
        elif node in (sp.true, sp.false):
            step = (None, (), bool(node))
        elif getattr(node, "is_number", False):
            step = (None, (), _constant(node))
        elif isinstance(node, sp.Piecewise):
            slots = [visit(part) for pair in node.args for part in pair.args]
            step = (_piecewise, tuple(slots), None)
        else:
            op = _op_for(node)
            step = (op, tuple(visit(arg) for arg in node.args), None)
        steps.append(step)
        index_of[node] = len(steps) - 1
        return len(steps) - 1

    visit(expr)
    last_use = {slot: i for i, (_op, args, _leaf) in enumerate(steps) for slot in args}
    frees = tuple(
        tuple(slot for slot, last in last_use.items() if last == i) for i in range(len(steps))
    )
    return Program(tuple(steps), frees)


def _constant(node: sp.Basic) -> float:
    try:
        return float(node.evalf(20))  # a value beyond float64 becomes ±inf here, no error
    except TypeError:  # not a real number
        return float("nan")


def elementwise(program: Program, domain: Program | None = None) -> ElementwiseFn:
    """``program`` as an activation's ``fn``: float64 in, float64 out, NaN where undefined.

    No numpy warning escapes; where x is finite and the value is not, the result is NaN (a gap);
    NaN in gives NaN out; at ±inf the value is whatever the formula gives there. With ``domain``
    (f, for f′), the result is also NaN wherever ``domain`` is: f′ of log(x) is 1/x, but not
    for x < 0, where there is no f to differentiate.
    """

    def fn(x: FloatArray, **params: float) -> FloatArray:
        flat = np.asarray(x, dtype=np.float64).reshape(-1)
        out = np.empty(flat.size, dtype=np.float64)
        with np.errstate(all="ignore"):
            for start in range(0, max(flat.size, 1), BLOCK):
                block = flat[start : start + BLOCK]
                out[start : start + BLOCK] = program.run(block, params)
                if domain is not None:
                    outside = ~np.isfinite(domain.run(block, params)) & np.isfinite(block)
                    out[start : start + BLOCK][outside] = np.nan
        out[~np.isfinite(out) & np.isfinite(flat)] = np.nan
        out[np.isnan(flat)] = np.nan
        return out.reshape(np.shape(x))

    return fn


def raw(program: Program, x: FloatArray, params: Mapping[str, float]) -> FloatArray:
    """The unmasked values (inf where the formula overflows): tells overflow from undefined."""
    flat = np.asarray(x, dtype=np.float64).reshape(-1)
    with np.errstate(all="ignore"):
        values = program.run(flat, params)
    return np.broadcast_to(np.asarray(values, dtype=np.float64), flat.shape).copy()
