"""The first gate on the raw text: the typed column of each parsed offset, and why a character is
refused.

References: the columns are counted by hand on the typed text (``^`` becomes ``**`` for the
parser, two source characters for one typed column), following ``CheckedText.column``'s contract
(1-based, one past the end for offsets past the end, column 1 for offsets before the start);
leading blanks are left out of the source but still counted in the typed columns. The
refusal messages are checked for the words that carry the meaning: the character itself, its
code point (worked out with ``ord``) for an invisible one, and the hint on Greek letters only for
letters outside ASCII.
"""

from __future__ import annotations

import pytest

from actviz.core import ExpressionError, parse_activation
from actviz.core.formula.text import check_text


def test_columns_map_source_offsets_back_to_typed_columns() -> None:
    checked = check_text("x^2 + a")
    assert checked.source == "x**2 + a"  # 8 source characters for 7 typed ones
    # source offset -> typed column, by hand: x=1, ^ (two stars)=2, 2=3, space=4, +=5, space=6, a=7
    by_hand = {0: 1, 1: 2, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7}
    assert {offset: checked.column(offset) for offset in by_hand} == by_hand
    assert checked.column(8) == 8  # just past the end: one past the typed text
    assert checked.column(9) == 8 and checked.column(500) == 8
    assert checked.column(-1) == 1 and checked.column(-40) == 1  # before the start


def test_leading_blanks_are_not_an_indent_and_columns_still_count_them() -> None:
    checked = check_text("  \tx^2")
    assert checked.source == "x**2"  # Python's parser would read the blanks as an indent
    assert [checked.column(offset) for offset in range(5)] == [4, 5, 5, 6, 7]
    assert parse_activation(" x").forward(2.0) == 2.0
    assert parse_activation("\t x^2 + 1").forward(3.0) == 10.0
    error = refusal("  * x")
    assert error.column == 3 and error.message == "'*' is not expected here"


def refusal(text: str) -> ExpressionError:
    with pytest.raises(ExpressionError) as caught:
        parse_activation(text)
    return caught.value


def test_an_invisible_character_is_named_by_its_code_point() -> None:
    error = refusal("x\x1b + 1")
    assert error.column == 2
    assert "control character" in error.message
    assert f"U+{ord(chr(27)):04X}" == "U+001B" and "(U+001B)" in error.message
    error = refusal("x + \u200b1")  # a zero-width space: not printable, not ASCII
    assert "(U+200B)" in error.message and error.column == 5


@pytest.mark.parametrize("letter", ["β", "é", "Ω"])
def test_a_letter_outside_ascii_gets_the_hint_on_greek_names(letter: str) -> None:
    error = refusal(f"x * {letter}")
    assert error.column == 5
    assert f"'{letter}' is not allowed" in error.message
    assert "Greek names in letters (beta, gamma)" in error.message


@pytest.mark.parametrize("char", ["€", "²", "$", "@", "`"])
def test_other_printable_characters_are_refused_without_the_greek_hint(char: str) -> None:
    error = refusal(f"x + {char}")
    assert error.column == 5
    assert error.message == f"'{char}' is not allowed in a formula"


@pytest.mark.parametrize(
    ("char", "message"),
    [
        (":", "':' is not allowed (a formula has no lambdas, slices or annotations)"),
        (";", "';' is not allowed: type one formula"),
        ("#", "'#' is not allowed (a formula has no comments)"),
        ("%", "'%' (remainder) is not supported"),
        ("!", "'!' is not allowed: compare with <, <=, > or >= inside where(condition, a, b)"),
        ("?", "'?' is not allowed: use where(condition, a, b)"),
    ],
)
def test_a_refused_character_is_named_in_its_message(char: str, message: str) -> None:
    error = refusal(f"x {char} 1")
    assert error.column == 3
    assert error.message == message
