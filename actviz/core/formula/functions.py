"""The functions a formula may call, as sympy objects, and the three sympy lacks.

``sigmoid``, ``softplus`` and ``relu`` are sympy functions of their own (rather than spelled out
with exp and log) for two reasons: their derivatives come out in the form a learner knows
(σ′ = σ(u)·σ(−u), softplus′ = σ, relu′ = H(u) with H(0) = 0 as PyTorch has it), and the numeric
side evaluates them with the stable forms the catalogue uses (scipy's expit, numpy's logaddexp).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sympy as sp
from sympy.codegen.cfunctions import expm1, log1p

from actviz.core.formula.vocabulary import FUNCTION_NAMES


class sigmoid(sp.Function):  # type: ignore[misc]  # sympy is untyped
    """σ(u) = 1 / (1 + e^(−u))."""

    nargs = 1

    @classmethod
    def eval(cls, arg: sp.Expr) -> sp.Expr | None:
        if arg.is_zero:
            return sp.Rational(1, 2)
        return None

    def fdiff(self, argindex: int = 1) -> sp.Expr:
        u = self.args[0]
        return sigmoid(u) * sigmoid(-u)  # = σ(1 − σ), without the cancellation in 1 − σ

    def _eval_is_extended_real(self) -> bool | None:
        return self.args[0].is_extended_real  # type: ignore[no-any-return]

    def _eval_is_positive(self) -> bool | None:
        return self.args[0].is_real  # type: ignore[no-any-return]


class softplus(sp.Function):  # type: ignore[misc]  # sympy is untyped
    """softplus(u) = log(1 + e^u)."""

    nargs = 1

    def fdiff(self, argindex: int = 1) -> sp.Expr:
        return sigmoid(self.args[0])

    def _eval_is_extended_real(self) -> bool | None:
        return self.args[0].is_extended_real  # type: ignore[no-any-return]

    def _eval_is_positive(self) -> bool | None:
        return self.args[0].is_real  # type: ignore[no-any-return]


class relu(sp.Function):  # type: ignore[misc]  # sympy is untyped
    """relu(u) = max(u, 0); its derivative at 0 is 0, as PyTorch returns."""

    nargs = 1

    def fdiff(self, argindex: int = 1) -> sp.Expr:
        return sp.Heaviside(self.args[0], 0)

    def _eval_is_extended_real(self) -> bool | None:
        return self.args[0].is_extended_real  # type: ignore[no-any-return]

    def _eval_is_nonnegative(self) -> bool | None:
        return self.args[0].is_real  # type: ignore[no-any-return]


class one_plus_erf(sp.Function):  # type: ignore[misc]  # sympy is untyped
    """1 + erf(u), evaluated as erfc(−u): exact in the left tail, where 1 + erf(u) cancels to 0.

    (sympy's own erfc turns erfc(−u) into 2 − erfc(u) on sight, which brings the cancellation
    back, hence a function of our own.)
    """

    nargs = 1

    def fdiff(self, argindex: int = 1) -> sp.Expr:
        u = self.args[0]
        return 2 * sp.exp(-(u**2)) / sp.sqrt(sp.pi)

    def _eval_is_extended_real(self) -> bool | None:
        return self.args[0].is_extended_real  # type: ignore[no-any-return]

    def _eval_is_nonnegative(self) -> bool | None:
        return self.args[0].is_real  # type: ignore[no-any-return]


def _heaviside(u: sp.Expr) -> sp.Expr:
    return sp.Heaviside(u, 1)  # 1 at 0, like the catalogue's binary step


# name -> (number of arguments, builder). ``where`` is handled by the tree walker (its first
# argument is a comparison).
FUNCTIONS: dict[str, tuple[int, Callable[..., Any]]] = {
    "exp": (1, sp.exp),
    "log": (1, sp.log),
    "log1p": (1, log1p),
    "expm1": (1, expm1),
    "sqrt": (1, sp.sqrt),
    "abs": (1, sp.Abs),
    "sign": (1, sp.sign),
    "sin": (1, sp.sin),
    "cos": (1, sp.cos),
    "tan": (1, sp.tan),
    "sinh": (1, sp.sinh),
    "cosh": (1, sp.cosh),
    "tanh": (1, sp.tanh),
    "asinh": (1, sp.asinh),
    "arctan": (1, sp.atan),
    "atan": (1, sp.atan),
    "erf": (1, sp.erf),
    "sigmoid": (1, sigmoid),
    "softplus": (1, softplus),
    "relu": (1, relu),
    "max": (2, sp.Max),
    "min": (2, sp.Min),
    "heaviside": (1, _heaviside),
}

assert set(FUNCTIONS) | {"where"} == set(FUNCTION_NAMES), "the vocabulary and the table disagree"
