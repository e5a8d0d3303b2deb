"""The words a formula may use (no sympy here: the editor's help text reads these too)."""

from __future__ import annotations

VARIABLE = "x"
CONSTANTS = ("pi", "e")
FUNCTION_NAMES = (
    "exp", "log", "log1p", "expm1", "sqrt", "abs", "sign", "sin", "cos", "tan", "sinh", "cosh",
    "tanh", "asinh", "arctan", "atan", "erf", "sigmoid", "softplus", "relu", "max", "min",
    "heaviside", "where",
)  # fmt: skip
MAX_PARAMS = 8
MAX_NAME_LENGTH = 24


def help_text() -> str:
    """One paragraph saying what may be typed (in the installed language)."""
    from actviz.core.i18n import translate

    functions = ", ".join(name for name in FUNCTION_NAMES if name not in ("atan", "where"))
    message = translate(
        "Formula",
        "Write f in terms of x with + − * / and ^ (or **) for powers. Functions: {functions}, "
        "where(condition, a, b) with a condition such as x > 0. Constants: pi, e. Any other "
        "name (a, beta, ...) is a parameter with its own slider; at most {limit}.",
    )
    return message.format(functions=functions, limit=MAX_PARAMS)
