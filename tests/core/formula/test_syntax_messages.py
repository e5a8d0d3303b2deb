"""What a formula Python cannot parse is told, and at which typed column.

References: the columns are counted by hand on the typed text (``^`` is one typed column but two
source characters, so a column after it differs from Python's offset); the reason quoted in the
fallback message is the one ``ast.parse`` itself gives for the same source; the list of known
functions is the vocabulary documented in the editor's help (``atan`` is an unlisted alias of
``arctan``). Two errors are built by hand as a parser that points just past the text reports them,
since the running Python reports those at offset 0.
"""

from __future__ import annotations

import ast

import pytest

from actviz.core import ExpressionError, parse_activation
from actviz.core.formula.text import check_text
from actviz.core.formula.tree import _syntax_error


def refusal(text: str) -> ExpressionError:
    with pytest.raises(ExpressionError) as caught:
        parse_activation(text)
    return caught.value


STOPS_EARLY = "the formula stops too early: something is missing at the end"
NO_OPERATOR = "two values with nothing between them: is an operator such as * missing?"


@pytest.mark.parametrize(
    ("text", "message", "column"),
    [
        ("x +", STOPS_EARLY, None),
        ("exp(x) + x.", STOPS_EARLY, None),
        ("* x", "'*' is not expected here", 1),
        ("x +* 2", "'*' is not expected here", 4),
        ("x ^^ 2", "'^' is not expected here", 4),  # the second ^: source 'x **** 2', offset 5
        ("x^2 ^^ 2", "'^' is not expected here", 6),
        ("exp(x) 3", "'3' is not expected here", 8),
        ("exp(x y)", NO_OPERATOR, 5),
        ("x^2 + (x y)", NO_OPERATOR, 8),
        ("x^2 + 2x", "a number cannot run into a name: write 2*x for a product", 7),
    ],
)
def test_syntax_errors_say_what_and_where(text: str, message: str, column: int | None) -> None:
    error = refusal(text)
    assert (error.message, error.column) == (message, column)


@pytest.mark.parametrize(("text", "column"), [("x^2 + 0b2", 9), ("exp(1=x)", 5), ("x + 09", 5)])
def test_other_syntax_errors_quote_pythons_reason(text: str, column: int) -> None:
    with pytest.raises(SyntaxError) as python:
        ast.parse(check_text(text).source, mode="eval")
    error = refusal(text)
    assert error.message == f"Python cannot read this: {python.value.msg}"
    assert error.column == column


@pytest.mark.parametrize("text", ["x +", "x +  ", "x^2 -"])
def test_an_error_just_past_the_text_means_something_is_missing(text: str) -> None:
    checked = check_text(text)
    end = len(checked.source.rstrip()) + 1  # 1-based: just past the last non-blank
    for offset in (end, end + 1):
        located = SyntaxError("invalid syntax", ("<formula>", 1, offset, checked.source))
        error = _syntax_error(located, checked)
        assert (error.message, error.column) == (STOPS_EARLY, None)


def test_an_unknown_function_lists_the_known_ones() -> None:
    error = refusal("x + foo(x)")
    known = (
        "exp, log, log1p, expm1, sqrt, abs, sign, sin, cos, tan, sinh, cosh, tanh, asinh, "
        "arctan, erf, sigmoid, softplus, relu, max, min, heaviside, where"
    )
    assert error.message == f"'foo' is not a function actviz knows (known: {known})"
    assert error.column == 5
    assert parse_activation("atan(x)").forward(1.0) == parse_activation("arctan(x)").forward(1.0)
