"""The symbolic phase of parsing a formula, run under the deadline: tree, stable form, f′, programs.

Everything that touches sympy happens in :func:`symbolic`, on the worker thread of
:mod:`actviz.core.formula.deadline`; what it returns is plain data (programs, rich text, names)
that the caller turns into an :class:`~actviz.core.activation.Activation`.
"""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp
import sympy.tensor.tensor  # sympy loads it on the first sum: here, before the deadline
from sympy.core.parameters import distribute

from actviz.core.formula.deadline import Check
from actviz.core.formula.errors import ExpressionError
from actviz.core.formula.numeric import Program, compile_expression
from actviz.core.formula.printing import to_html
from actviz.core.formula.stable import derivative, stabilise
from actviz.core.formula.switches import compile_switches, switch_arguments
from actviz.core.formula.text import CheckedText
from actviz.core.formula.tree import build_expression
from actviz.core.i18n import translate

MAX_DERIVATIVE_OPS = 4000  # beyond this f′ is neither readable nor quick to evaluate


@dataclass(frozen=True)
class Symbolic:
    """What the symbolic phase hands back: sympy-free except for ``switches`` (compiled)."""

    params: tuple[str, ...]
    forward: Program
    derivative: Program
    switches: tuple[object, ...]
    formula_html: str
    derivative_html: str
    expression: str  # sympy's plain text of f and f′, for tests and tooltips
    derivative_expression: str


def symbolic(checked: CheckedText, check: Check) -> Symbolic:
    """Build f from the text, rewrite it stably, differentiate it, compile both, find switches.

    sympy normally distributes a number over a sum (1.5·(e^x − 1) becomes 1.5e^x − 1.5), which
    undoes the stable forms and the way the formula was typed; here it does not (the switch is
    thread-local, and this runs on its own thread).
    """
    with distribute(False):
        return _symbolic(checked, check)


def _symbolic(checked: CheckedText, check: Check) -> Symbolic:
    built = build_expression(checked)
    check()
    x = built.x
    if not built.expr.has(x):
        raise ExpressionError(
            translate("Formula", "the formula does not depend on x (use x, the input)")
        )
    stable_f = stabilise(built.expr)
    check()
    df = derivative(stable_f, x, check)
    if df.has(sp.Derivative, sp.Subs, sp.DiracDelta):
        raise ExpressionError(
            translate("Formula", "actviz cannot differentiate this formula in closed form")
        )
    if sp.count_ops(df) > MAX_DERIVATIVE_OPS:
        raise ExpressionError(
            translate("Formula", "the derivative of this formula is too large to work with")
        )
    check()
    forward_program = compile_expression(stable_f, x)
    derivative_program = compile_expression(df, x)
    switches = compile_switches(switch_arguments((stable_f, df), x), x)
    check()
    return Symbolic(
        params=tuple(symbol.name for symbol in built.params if built.expr.has(symbol)),
        forward=forward_program,
        derivative=derivative_program,
        switches=switches,
        formula_html=to_html(built.expr),
        derivative_html=to_html(df),
        expression=str(built.expr),
        derivative_expression=str(df),
    )
