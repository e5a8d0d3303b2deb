"""Expressions as readable rich text, in the catalogue's style: ``x · σ(βx)``, ``e<sup>−x</sup>``.

A small printer rather than LaTeX: Qt's rich text shows it directly (``<sup>`` for powers, Unicode
for the symbols), with no renderer to ship. Parameter names that spell a Greek letter are shown as
that letter (beta as β). A few forms the numeric side uses for precision are shown as the textbook
writes them, which is the same function: σ(−u) as (1 − σ(u)), sech²(u) as (1 − tanh²(u)),
1 + erf(u) as itself (it is evaluated as erfc(−u)), log1p(u) as log(1 + u) and expm1(u) as
e<sup>u</sup> − 1.
"""

from __future__ import annotations

import html
from decimal import Decimal

import sympy as sp
from sympy.codegen.cfunctions import expm1, log1p

from actviz.core.formula.functions import one_plus_erf, relu, sigmoid, softplus

GREEK = {
    "alpha": "α",
    "beta": "β",
    "gamma": "γ",
    "delta": "δ",
    "epsilon": "ε",
    "zeta": "ζ",
    "eta": "η",
    "theta": "θ",
    "kappa": "κ",
    "lambd": "λ",  # as torch spells it: lambda is a Python keyword
    "mu": "μ",
    "nu": "ν",
    "xi": "ξ",
    "rho": "ρ",
    "tau": "τ",
    "phi": "φ",
    "chi": "χ",
    "psi": "ψ",
    "omega": "ω",
    "Gamma": "Γ",
    "Delta": "Δ",
    "Theta": "Θ",
    "Phi": "Φ",
    "Psi": "Ψ",
    "Omega": "Ω",
}  # no sigma: σ is the sigmoid here; no pi: π is the constant

MINUS = "−"
ADD, MUL, POW, ATOM = 1, 2, 3, 4
_EXP_INLINE = 24  # longer exponents of e are written exp(...)
_NAMES = {
    sp.atan: "arctan",
    sp.asinh: "asinh",
    sp.Abs: "abs",
    sp.Max: "max",
    sp.Min: "min",
    softplus: "softplus",
    relu: "relu",
    sp.Heaviside: "H",
}


def display_name(name: str) -> str:
    """How a parameter is shown: its Greek letter, or its name."""
    return GREEK.get(name, name)


def to_html(expr: sp.Basic) -> str:
    """``expr`` as Qt rich text."""
    return _p(expr)[0]


def _wrap(item: tuple[str, int], minimum: int) -> str:
    text, prec = item
    return f"({text})" if prec < minimum else text


def _p(e: sp.Basic) -> tuple[str, int]:
    if isinstance(e, sp.Symbol):
        return html.escape(display_name(e.name)), ATOM
    if e is sp.pi:
        return "π", ATOM
    if e is sp.E:
        return "e", ATOM
    if e.is_Rational:
        return _rational(e)
    if e.is_Float:
        return _number(float(e))
    if isinstance(e, sp.Add):
        return _add(e)
    if isinstance(e, sp.Mul):
        return _mul(e)
    if isinstance(e, sp.Pow):
        return _pow(e)
    if isinstance(e, sp.Piecewise):
        return _piecewise(e)
    if isinstance(e, sp.core.relational.Relational):
        symbol = {">": ">", ">=": "≥", "<": "<", "<=": "≤", "==": "=", "!=": "≠"}[e.rel_op]
        return f"{_p(e.lhs)[0]} {symbol} {_p(e.rhs)[0]}", 0
    if isinstance(e, sp.And | sp.Or):
        word = " and " if isinstance(e, sp.And) else " or "
        return word.join(_p(arg)[0] for arg in e.args), 0
    if isinstance(e, sp.exp):
        return _exp(e.args[0])
    return _function(e)


def _exp(u: sp.Basic) -> tuple[str, int]:
    """e<sup>u</sup> for a short exponent without powers of its own, else exp(u)."""
    exponent = _p(u)[0]
    if "<sup>" in exponent or len(exponent) > _EXP_INLINE:
        return f"exp({exponent})", ATOM
    return f"e<sup>{exponent}</sup>", POW


def _number(value: float) -> tuple[str, int]:
    text = f"{abs(value):.15g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}·10<sup>{int(exponent)}</sup>".replace("-", MINUS)
    return (MINUS + text, ADD) if value < 0 else (text, ATOM)


def _rational(e: sp.Rational) -> tuple[str, int]:
    p, q = int(e.p), int(e.q)
    if q == 1:
        return (f"{MINUS}{-p}", ADD) if p < 0 else (str(p), ATOM)
    text = _decimal(e)
    if text is not None:  # a terminating decimal, as it was typed
        return (MINUS + text[1:], ADD) if p < 0 else (text, ATOM)
    return (f"{MINUS}{-p}/{q}", ADD) if p < 0 else (f"{p}/{q}", MUL)


def _decimal(e: sp.Basic) -> str | None:
    """A non-integer rational as a short decimal ("0.044715", "-0.5"), or None."""
    if not e.is_Rational or e.is_Integer:
        return None
    rest = int(e.q)
    for prime in (2, 5):
        while rest % prime == 0:
            rest //= prime
    if rest != 1:
        return None
    text = format(Decimal(int(e.p)) / Decimal(int(e.q)), "f")
    return text if len(text) <= 22 else None


def _add(e: sp.Add) -> tuple[str, int]:
    parts: list[str] = []
    terms = e.as_ordered_terms()
    numbers = [t for t in terms if t.is_number and t.is_positive]
    if numbers and not any(t.is_polynomial() for t in terms if not t.is_number):
        terms = numbers + [t for t in terms if t not in numbers]  # 1 + e^x, as it is written
    if terms[0].could_extract_minus_sign():  # x − a rather than −a + x
        positive = [t for t in terms if not t.could_extract_minus_sign()]
        if positive:
            terms = [positive[0]] + [t for t in terms if t is not positive[0]]
    for index, term in enumerate(terms):
        negative = term.could_extract_minus_sign()
        text = _wrap(_p(-term if negative else term), MUL)
        if index == 0:
            parts.append((MINUS if negative else "") + text)
        else:
            parts.append((f" {MINUS} " if negative else " + ") + text)
    return "".join(parts), ADD


def _mul(e: sp.Mul) -> tuple[str, int]:
    if e.could_extract_minus_sign():
        return MINUS + _wrap(_p(-e), MUL), ADD
    coefficient, rest = e.as_coeff_Mul()
    decimal = _decimal(coefficient)
    if decimal is not None and coefficient.q >= 10:  # 0.01x rather than x/100
        rest_text = _wrap(_p(rest), MUL)
        joint = "" if _juxtapose(coefficient, rest, rest_text) else "·"
        return f"{decimal}{joint}{rest_text}", MUL
    numerator, denominator = sp.fraction(e, exact=True)
    if denominator != 1:
        top = _wrap(_p(numerator), MUL)
        bottom = _wrap(_p(denominator), POW)
        return f"{top}/{bottom}", MUL
    ordered = e.as_ordered_factors()
    texts = [_wrap(_p(f), MUL) for f in ordered]
    text = texts[0]
    for before, after, after_text in zip(ordered, ordered[1:], texts[1:], strict=False):
        text += ("" if _juxtapose(before, after, after_text) else "·") + after_text
    return text, MUL


def _juxtapose(before: sp.Basic, after: sp.Basic, after_text: str) -> bool:
    """2x, 2(…), βx: written without a dot; anything else gets one."""
    if before.is_Number:
        return after_text[:1].isalpha() or after_text[:1] in "(√|σ"
    return _single_letter(before) and _single_letter(after)


def _single_letter(e: sp.Basic) -> bool:
    return isinstance(e, sp.Symbol) and len(display_name(e.name)) == 1


def _pow(e: sp.Pow) -> tuple[str, int]:
    base, power = e.args
    if power == sp.Rational(1, 2):
        return "√" + _wrap(_p(base), ATOM), ATOM
    if power.could_extract_minus_sign():
        return f"1/{_wrap(_p(base**-power), POW)}", MUL
    if isinstance(base, sp.sech) and power == 2:
        return f"1 {MINUS} tanh<sup>2</sup>({_p(base.args[0])[0]})", ADD
    exponent = _p(power)[0]
    if (
        isinstance(base, sp.Function)
        and not isinstance(base, sigmoid | sp.exp)
        and power.is_Integer
    ):
        name, args = _call_parts(base)
        return f"{name}<sup>{exponent}</sup>({args})", ATOM
    return f"{_wrap(_p(base), ATOM)}<sup>{exponent}</sup>", POW


def _call_parts(e: sp.Basic) -> tuple[str, str]:
    name = _NAMES.get(e.func, getattr(e.func, "__name__", str(e.func)))
    return name, ", ".join(_p(arg)[0] for arg in e.args if not _is_heaviside_value(e, arg))


def _is_heaviside_value(e: sp.Basic, arg: sp.Basic) -> bool:
    return isinstance(e, sp.Heaviside) and arg is e.args[-1] and len(e.args) == 2


def _function(e: sp.Basic) -> tuple[str, int]:
    if isinstance(e, sigmoid):
        (u,) = e.args
        if u.could_extract_minus_sign():
            return f"1 {MINUS} σ({_p(-u)[0]})", ADD
        return f"σ({_p(u)[0]})", ATOM
    if isinstance(e, one_plus_erf):
        (u,) = e.args
        if u.could_extract_minus_sign():
            return f"1 {MINUS} erf({_p(-u)[0]})", ADD
        return f"1 + erf({_p(u)[0]})", ADD
    if isinstance(e, log1p):
        return f"log(1 + {_p(e.args[0])[0]})", ATOM
    if isinstance(e, expm1):
        power = _exp(e.args[0])[0]
        return f"{power} {MINUS} 1", ADD
    if isinstance(e, sp.Abs):
        return f"|{_p(e.args[0])[0]}|", ATOM
    name, args = _call_parts(e)
    return f"{name}({args})", ATOM


def _piecewise(e: sp.Piecewise) -> tuple[str, int]:
    pieces: list[str] = []
    for value, condition in (pair.args for pair in e.args):
        text = _p(value)[0]
        if condition is sp.true:
            pieces.append(f"else {text}" if pieces else text)
        else:
            pieces.append(f"{text} if {_p(condition)[0]}")
    return ", ".join(pieces), 0
