"""Points CSV, read and written, against the module's documented contract.

Reading: "every bad row is reported with its 1-based line number in one ValueError" (the
docstring's example "line 4: y 'abc' is not a finite number"), at most MAX_REPORTED = 20 lines
listed and the rest counted; the first content line is a header only if it holds no number at
all. Writing: "every float written exactly (shortest repr that reads back to the same float64)",
i.e. Python's repr of the float64 value, which reads back through the parser.
"""

from __future__ import annotations

import numpy as np
import pytest

from actviz.core.training.points_csv import format_points_csv, parse_points_csv


def message_of(text: str) -> str:
    with pytest.raises(ValueError) as caught:
        parse_points_csv(text)
    return str(caught.value)


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("abc,2,1", "x 'abc' is not a finite number"),
        ("1,abc,1", "y 'abc' is not a finite number"),
        ("1,2,abc", "label 'abc' is not a finite number"),
        ("1,2,inf", "label 'inf' is not a finite number"),
        (",2,1", "x empty"),
        ("1,,1", "y empty"),
        ("1,2,", "label empty"),
        ("1,2", "expected 3 values (x, y, label), got 2"),
        ("1,2,3,4", "expected 3 values (x, y, label), got 4"),
    ],
)
def test_a_bad_row_is_reported_by_line_and_column(row: str, problem: str) -> None:
    text = f"x,y,label\n1,2,1\n\n{row}\n"
    assert message_of(text) == f"1 bad line(s), nothing loaded: line 4: {problem}"


def test_a_first_line_with_a_number_in_it_is_data_not_a_header() -> None:
    assert message_of("abc,1,2\n3,4,1\n") == (
        "1 bad line(s), nothing loaded: line 1: x 'abc' is not a finite number"
    )


def test_only_quotes_and_spaces_are_stripped_from_a_field() -> None:
    assert message_of("1,2,0X\n") == (
        "1 bad line(s), nothing loaded: line 1: label '0X' is not a finite number"
    )


def test_every_bad_line_is_listed_up_to_twenty_and_the_rest_counted() -> None:
    def bad_lines(count: int) -> tuple[str, str]:
        text = "\n".join(f"{k},y{k},1" for k in range(1, count + 1))
        listed = "; ".join(f"line {k}: y 'y{k}' is not a finite number" for k in range(1, 21))
        return text, listed

    two = "\n".join(["1,a,1", "2,b,1"])
    assert message_of(two) == (
        "2 bad line(s), nothing loaded: line 1: y 'a' is not a finite number; "
        "line 2: y 'b' is not a finite number"
    )
    text, listed = bad_lines(20)
    assert message_of(text) == f"20 bad line(s), nothing loaded: {listed}"
    text, listed = bad_lines(21)
    assert message_of(text) == f"21 bad line(s), nothing loaded: {listed}; and 1 more bad lines"


def test_whole_numbers_and_booleans_are_written_as_the_floats_they_are() -> None:
    text = format_points_csv([[1, -2]], np.array([True]))
    assert text == "x,y,label\n1.0,-2.0,1.0\n"
    text = format_points_csv(np.array([[True, False]]), [0])
    assert text == "x,y,label\n1.0,0.0,0.0\n"
    points, labels = parse_points_csv(text)
    assert points.tolist() == [[1.0, 0.0]] and labels.tolist() == [0.0]


@pytest.mark.parametrize("shape", [(2, 3), (2, 1), (4,)])
def test_points_must_be_rows_of_two(shape: tuple[int, ...]) -> None:
    with pytest.raises(ValueError, match=r"^points must have shape \(n, 2\) and labels \(n,\)"):
        format_points_csv(np.zeros(shape), np.zeros(2))
