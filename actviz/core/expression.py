"""Your own activation: a typed formula, parsed safely, differentiated exactly, usable everywhere.

``parse_activation("x * sigmoid(beta * x)")`` returns the catalogue's :class:`Activation` record
(forward, derivative, params, kinks, formulas, properties, notes), so every panel that takes a
catalogue activation takes this one too. The text is never evaluated: Python's ``ast`` parses it
and only an allow list of nodes is turned into sympy objects (see :mod:`actviz.core.formula`).
A refused text raises :class:`ExpressionError` with a message and a column.

sympy and scipy are imported by the first call, not by ``import actviz.core``.
"""

from __future__ import annotations

import contextlib
import math
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from actviz.core.activation import Activation, FloatArray
from actviz.core.families import CUSTOM_FAMILY
from actviz.core.formula.errors import ExpressionError
from actviz.core.formula.text import MAX_LENGTH, check_text
from actviz.core.i18n import QT_TRANSLATE_NOOP, format_number, translate, translate_marked
from actviz.core.params import Param, Properties

__all__ = [
    "CUSTOM_FAMILY",
    "MAX_LENGTH",
    "ExpressionError",
    "FormulaActivation",
    "ParamRange",
    "parse_activation",
    "warm_up_in_background",
    "with_param_ranges",
]

SYMBOLIC_SECONDS = 3.0  # the deadline of the symbolic work (typical formulas need 10-100 ms)
PARAM_LIMIT = 1e6  # parameter defaults and ranges stay within ±PARAM_LIMIT
DEFAULT_RANGE = (1.0, -10.0, 10.0)  # default, minimum, maximum of a new parameter

RawFn = Callable[[FloatArray, Mapping[str, float]], FloatArray]


_BOUNDS = (
    QT_TRANSLATE_NOOP("Param", "default"),
    QT_TRANSLATE_NOOP("Param", "minimum"),
    QT_TRANSLATE_NOOP("Param", "maximum"),
)


@dataclass(frozen=True)
class ParamRange:
    """A parameter's default and slider range, as the learner set them in the editor."""

    default: float = DEFAULT_RANGE[0]
    minimum: float = DEFAULT_RANGE[1]
    maximum: float = DEFAULT_RANGE[2]

    def __post_init__(self) -> None:
        for label, value in (
            (_BOUNDS[0], self.default),
            (_BOUNDS[1], self.minimum),
            (_BOUNDS[2], self.maximum),
        ):
            if isinstance(value, bool) or not isinstance(value, int | float):
                message = translate("Param", "the {bound} must be a number, got {value}")
                raise ValueError(
                    message.format(bound=translate_marked("Param", label), value=repr(value))
                )
            if not (math.isfinite(value) and abs(value) <= PARAM_LIMIT):
                message = translate("Param", "the {bound} must be a finite number within ±{limit}")
                raise ValueError(
                    message.format(
                        bound=translate_marked("Param", label), limit=format_number(PARAM_LIMIT)
                    )
                )
        if not self.minimum < self.maximum:
            raise ValueError(translate("Param", "the minimum must be below the maximum"))
        if not self.minimum <= self.default <= self.maximum:
            message = translate("Param", "the default must lie in [{minimum}, {maximum}]")
            raise ValueError(
                message.format(
                    minimum=format_number(self.minimum), maximum=format_number(self.maximum)
                )
            )


@dataclass(frozen=True, eq=False, kw_only=True)
class FormulaActivation(Activation):
    """An activation typed as a formula: the catalogue's record plus what it was made from.

    ``raw_forward`` and ``raw_derivative`` give the unmasked values (inf where the formula
    overflows), so the gaps can be told apart: overflow or undefined.
    """

    text: str
    expression: str  # sympy's text of f, e.g. "x*sigmoid(beta*x)"
    derivative_expression: str
    raw_forward: RawFn
    raw_derivative: RawFn


def parse_activation(text: str, key: str = "custom", name: str | None = None) -> Activation:
    """The activation that ``text`` defines, with f′ derived exactly.

    Parameters
    ----------
    text
        A formula in ``x``: numbers, ``x``, parameter names, ``+ - * / ** ^``, brackets, calls to
        exp, log, log1p, expm1, sqrt, abs, sign, sin, cos, tan, sinh, cosh, tanh, asinh, arctan
        (atan), erf, sigmoid, softplus, relu, max(a, b), min(a, b), heaviside and
        where(comparison, a, b); constants pi and e. Every other name is a parameter (default 1,
        range [−10, 10]; see :func:`with_param_ranges`).
    key, name
        The record's key and display name (the name defaults to the text).

    Raises
    ------
    ExpressionError
        For anything else, or past the limits (500 characters, 200 parts, nesting 40,
        exponents ±100, 8 parameters, 3 s of symbolic work), with the column where it applies.
    """
    checked = check_text(text)
    from actviz.core.formula import deadline  # sympy and scipy load here, on first use
    from actviz.core.formula.build import symbolic

    result = deadline.run_with_deadline(lambda check: symbolic(checked, check), SYMBOLIC_SECONDS)
    return _assemble(text, key, name, result)


def warm_up_in_background() -> threading.Thread:
    """Import sympy and scipy and run the pipeline once on a daemon thread, so that the first
    formula a learner types is parsed without the import cost (about 1 s). The editor calls this
    when it opens; start-up never does."""
    thread = threading.Thread(target=_warm_up, name="actviz-formula-warm-up", daemon=True)
    thread.start()
    return thread


def _warm_up() -> None:
    with contextlib.suppress(Exception):
        parse_activation("x * sigmoid(x) + x^2 - 1")


def _assemble(text: str, key: str, name: str | None, result: Any) -> FormulaActivation:
    from actviz.core.formula.estimate import estimate_properties
    from actviz.core.formula.numeric import elementwise, raw
    from actviz.core.formula.printing import display_name
    from actviz.core.formula.switches import make_kink_fn

    fn = elementwise(result.forward)
    dfn = elementwise(result.derivative, domain=result.forward)
    forward_program, derivative_program = result.forward, result.derivative

    def raw_forward(x: FloatArray, params: Mapping[str, float]) -> FloatArray:
        return raw(forward_program, x, params)

    def raw_derivative(x: FloatArray, params: Mapping[str, float]) -> FloatArray:
        return raw(derivative_program, x, params)

    params = tuple(_param(p, display_name(p), ParamRange()) for p in result.params)
    activation = FormulaActivation(
        key=key,
        name=name or text.strip(),
        family=CUSTOM_FAMILY,
        formula=f"f(x) = {result.formula_html}",
        derivative_formula=f"f′(x) = {result.derivative_html}",
        params=params,
        properties=_PLACEHOLDER,
        notes=_NOTES,
        fn=fn,
        dfn=dfn,
        kink_fn=make_kink_fn(result.switches, fn, dfn),
        text=text,
        expression=result.expression,
        derivative_expression=result.derivative_expression,
        raw_forward=raw_forward,
        raw_derivative=raw_derivative,
    )
    return replace(activation, properties=estimate_properties(activation))


def with_param_ranges(activation: Activation, ranges: Mapping[str, ParamRange]) -> Activation:
    """``activation`` with the given defaults and ranges (others kept), properties re-estimated.

    Raises ``ValueError`` naming a parameter the activation does not have.
    """
    from actviz.core.formula.estimate import estimate_properties

    known = {p.name for p in activation.params}
    for param_name in ranges:
        if param_name not in known:
            message = translate("Param", "{activation} has no parameter {name}")
            raise ValueError(message.format(activation=activation.name_text(), name=param_name))
    params = tuple(
        _param(p.name, p.label, ranges[p.name]) if p.name in ranges else p
        for p in activation.params
    )
    updated = replace(activation, params=params)
    return replace(updated, properties=estimate_properties(updated))


def _param(name: str, label: str, limits: ParamRange) -> Param:
    span = limits.maximum - limits.minimum
    step = 10.0 ** math.floor(math.log10(span / 1000.0))
    return Param(
        name=name,
        label=label,
        default=float(limits.default),
        minimum=float(limits.minimum),
        maximum=float(limits.maximum),
        step=step,
        tooltip=_PARAM_TOOLTIP,
    )


_NOTES = QT_TRANSLATE_NOOP(
    "Activation",
    "You typed this activation; sympy derived f′ exactly from it. Its properties above are "
    "estimated numerically at the current parameters, over x from −10⁶ to 10⁶ (a formula can "
    "change beyond what any sampling sees), so read them as a first guess and check the plot.",
)
_PARAM_TOOLTIP = QT_TRANSLATE_NOOP(
    "Param", "A parameter of your formula: set its range in the editor"
)

_PLACEHOLDER = Properties("", -math.inf, math.inf, False, False, False, False, False, True)
