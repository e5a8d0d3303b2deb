"""The builder's guards for parse trees the text gate never lets through.

Reference: tree's contract (its module docstring): every node that is not allowed is refused with
a message and the column it starts at, columns counted by hand (1-based) in each text. The text
gate refuses quotes, and today's Python has no operator or literal beyond those the builder
lists, so these guards are reached here with a hand-made CheckedText (strings), or with a parsed
tree whose operator or literal is swapped for one a later Python might add.
"""

from __future__ import annotations

import ast

import pytest

from actviz.core import ExpressionError
from actviz.core.formula.text import CheckedText, check_text
from actviz.core.formula.tree import _Builder, build_expression


def _unchecked(text: str) -> CheckedText:
    """``text`` as it is, with each character at its own column (no gate, no ``^`` map)."""
    return CheckedText(text, text, tuple(range(len(text))))


@pytest.mark.parametrize(("text", "column"), [("x + 'a'", 5), ("2*x + b'a'", 7)])
def test_a_string_past_the_gate_is_still_refused(text: str, column: int) -> None:
    with pytest.raises(ExpressionError) as caught:
        build_expression(_unchecked(text))
    assert caught.value.message == "strings are not allowed in a formula"
    assert caught.value.column == column


class _FutureOperator(ast.operator):
    """A binary operator Python does not have (yet)."""


class _FutureUnaryOperator(ast.unaryop):
    """A unary operator Python does not have (yet)."""


def _refusal(text: str, swap: type[ast.AST], change: object) -> ExpressionError:
    """The builder's refusal of ``text`` once the first node of type ``swap`` is changed."""
    checked = check_text(text)
    tree = ast.parse(checked.source, mode="eval")
    node = next(n for n in ast.walk(tree) if isinstance(n, swap))
    if isinstance(node, ast.Constant):
        node.value = change  # type: ignore[assignment]
    else:
        node.op = change  # type: ignore[attr-defined]
    with pytest.raises(ExpressionError) as caught:
        _Builder(checked).build(tree.body, 0)
    return caught.value


def test_an_unknown_binary_operator_is_refused_where_the_operation_starts() -> None:
    error = _refusal("-(x + 1)", ast.BinOp, _FutureOperator())  # x + 1 starts at column 3
    assert error.message == "this operator is not supported"
    assert error.column == 3


def test_an_unknown_unary_operator_is_refused_where_the_operation_starts() -> None:
    error = _refusal("x + -x", ast.UnaryOp, _FutureUnaryOperator())
    assert error.message == "this operator is not supported"
    assert error.column == 5


@pytest.mark.parametrize("value", [(1, 2), frozenset({1})])
def test_a_literal_that_is_not_a_number_is_refused(value: object) -> None:
    error = _refusal("x + 3", ast.Constant, value)
    assert error.message == "only numbers are allowed here"
    assert error.column == 5  # where the 3 was
