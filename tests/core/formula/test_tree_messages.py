"""The formula builder's refusals, word for word and at the column they point to, and its edges.

References: the documented limits (parse_activation's docstring: exponents within ±100, nesting
40; tree's constants: literals within ±1e15 and not closer to 0 than 1e-100, both edges allowed),
the documented list of functions, and columns counted by hand in each text (1-based, the start
of the part the message is about).
"""

from __future__ import annotations

import numpy as np
import pytest

from actviz.core import ExpressionError, parse_activation

REFUSED = [
    ("1 + x // 2", "'//' (floor division) is not supported: use /", 5),
    ("x**101", "powers are limited to exponents within ±100", 4),
    ("x**-101", "powers are limited to exponents within ±100", 4),
    ("exp(x, 2)", "exp takes 1 argument(s), not 2", 1),
    ("x + max(x)", "max takes 2 argument(s), not 1", 5),
    ("x*1e-101", "numbers closer to 0 than 1e-100 are not supported", 3),
    ("x*2e15", "numbers are limited to ±1e+15", 3),
    ("x*None", "'None' is not a number", 3),
    ("x + ...", "'Ellipsis' is not a number", 5),
    ("x*True", "'True' is not a number", 3),
    ("not x", "'not' is not supported", 1),
    ("where(x > 0, x)", "where takes 3 arguments: where(condition, value if true, otherwise)", 1),
    ("where(x, 1, 2)", "the first argument of where is a comparison, such as x > 0", 7),
    ("where(0 < x < 1, 1, 2)", "one comparison per where (nest where for more)", 7),
    ("where(x == 0, 1, 2)", "compare with <, <=, > or >= (== and != are not supported)", 7),
    # the refusals below point at the whole operation or call, or at the part in question
    ("1 + x/0", "division by zero", 5),
    ("x + 0**-1", "division by zero (0 to a negative power)", 5),
    ("x + 0^(-2)", "division by zero (0 to a negative power)", 5),
    ("1 + (2)(x)", "only the listed functions can be called, by name", 5),
    ("x + x.real(1)", "only the listed functions can be called, by name", 5),
    ("x + exp(x=1, y=22)", "keyword arguments are not allowed", 11),  # the first keyword's value
    ("x + exp(*x)", "'*' unpacking is not allowed", 9),
    ("x + 1j", "complex numbers are not supported", 5),
    ("x + 2*3j", "complex numbers are not supported", 7),
]


@pytest.mark.parametrize(("text", "message", "column"), REFUSED)
def test_refusal_message_and_column(text: str, message: str, column: int) -> None:
    with pytest.raises(ExpressionError) as caught:
        parse_activation(text)
    error = caught.value
    assert error.message == message
    assert error.column == column
    assert str(error) == f"column {column}: {message}"


def test_unknown_function_lists_the_known_ones() -> None:
    with pytest.raises(ExpressionError) as caught:
        parse_activation("x + foo(x)")
    assert caught.value.column == 5
    message = caught.value.message
    assert message.startswith("'foo' is not a function actviz knows (known: ")
    listed = message.split("(known: ", 1)[1].rstrip(")").split(", ")
    documented = (
        "exp log log1p expm1 sqrt abs sign sin cos tan sinh cosh tanh asinh arctan erf sigmoid "
        "softplus relu max min heaviside where"
    ).split()
    assert set(documented) <= set(listed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("x**100", lambda x: x**100),
        ("x**-100 + x", lambda x: x**-100 + x),
        ("x*1e15", lambda x: x * 1e15),
        ("x*1e-100", lambda x: x * 1e-100),
        ("+x", lambda x: x),
        ("x*+3", lambda x: 3 * x),
        ("-+x", lambda x: -x),
    ],
)
def test_edges_are_accepted(text: str, expected: object) -> None:
    xs = np.array([0.5, 1.0, 1.5])
    f = parse_activation(text)
    np.testing.assert_allclose(f.forward(xs), expected(xs), rtol=1e-14)  # type: ignore[operator]


def _chain(n: int) -> str:
    """x with n additions: n + 1 levels of operations down to the leftmost x."""
    return "x" + "+x" * n


@pytest.mark.parametrize("where", ["where({chain} > 0, x, 0)", "where(0 < {chain}, x, 0)"])
def test_a_comparison_counts_as_one_level_of_nesting(where: str) -> None:
    # where (1 level), its comparison (1), n additions (n), the leaf x (1): at most 40 levels
    # below the top, so n = 38 is the deepest chain allowed inside a comparison.
    parse_activation(where.format(chain=_chain(38)))
    with pytest.raises(ExpressionError) as caught:
        parse_activation(where.format(chain=_chain(39)))
    assert caught.value.message == "the formula is nested too deeply (more than 40 levels)"
