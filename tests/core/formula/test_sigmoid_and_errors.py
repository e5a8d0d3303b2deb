"""σ(0) = 1/2 exactly (σ(0) = 1/(1 + e⁰)), and how an ExpressionError reads with and without a
column (its docstring: the column is None when the message concerns the whole formula)."""

from __future__ import annotations

import numpy as np
import sympy as sp

from actviz.core import ExpressionError, parse_activation
from actviz.core.formula.functions import sigmoid


def test_sigmoid_at_zero_is_one_half_exactly() -> None:
    assert sigmoid(sp.Integer(0)) == sp.Rational(1, 2)
    a = sp.Symbol("a", real=True)
    assert sigmoid(a - a) == sp.Rational(1, 2)
    assert sigmoid(a).func is sigmoid  # anything else stays symbolic


def test_sigmoid_of_zero_in_a_formula() -> None:
    f = parse_activation("x + sigmoid(0)")
    assert f.expression == "x + 1/2"
    np.testing.assert_array_equal(f.forward(np.array([0.0, 1.0])), [0.5, 1.5])


def test_error_without_a_column_is_the_bare_message() -> None:
    error = ExpressionError("boom")
    assert str(error) == "boom"
    assert (error.message, error.column) == ("boom", None)


def test_error_with_a_column_names_it() -> None:
    error = ExpressionError("boom", 3)
    assert str(error) == "column 3: boom"
    assert (error.message, error.column) == ("boom", 3)
