"""Writing files whatever the locale, and checking a lesson's sections one by one.

References: the lesson format and the CSV are UTF-8 (docs/translation.md: files are data, the same
bytes in every language), so a text written while the C locale (ASCII) is in force must still be
UTF-8; ``check_all``'s docstring: a missing section is noted unless its model says
``section_optional``, and a section that crashes its check is reported as malformed with the
error's type and text.
"""

from __future__ import annotations

import locale
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from actviz.model.atomic_files import write_text_atomically
from actviz.model.session_file import SessionFileError, atomic_write_text, check_all

TEXT = "x,f [current: GELU (approximate=tanh) – σ′]\n"


@pytest.fixture
def ascii_locale() -> Iterator[None]:
    """The C locale for character types: Python's default text encoding is then ASCII."""
    before = locale.setlocale(locale.LC_CTYPE)
    locale.setlocale(locale.LC_CTYPE, "C")
    try:
        if not sys.flags.utf8_mode:  # in UTF-8 mode the default is UTF-8 whatever the locale
            assert locale.getencoding().lower() in {"ascii", "ansi_x3.4-1968"}
        yield
    finally:
        locale.setlocale(locale.LC_CTYPE, before)


@pytest.mark.parametrize("write", [write_text_atomically, atomic_write_text])
def test_files_are_utf8_in_an_ascii_locale(ascii_locale, tmp_path: Path, write) -> None:
    path = tmp_path / "out.txt"
    write(path, TEXT)
    assert path.read_bytes() == TEXT.encode("utf-8")


class Part:
    """A model with one lesson section; it may be optional, or its check may crash."""

    def __init__(self, key: str, optional: bool | None = None, crash: Exception | None = None):
        self.state_key = key
        self.crash = crash
        if optional is not None:
            self.section_optional = optional

    def to_state(self) -> dict[str, object]:
        return {}

    def check_state(self, data: object, notes: list[str]) -> dict[str, object]:
        if self.crash is not None:
            raise self.crash
        return {"checked": data}

    def apply_state(self, state: dict[str, object]) -> None:
        pass


def test_only_missing_sections_that_are_not_optional_are_noted() -> None:
    notes: list[str] = []
    parts = [Part("a"), Part("b", optional=True), Part("c"), Part("d", optional=False)]
    cleaned = check_all({"a": 1}, parts, notes)  # type: ignore[list-item]
    assert cleaned == {"a": {"checked": 1}}
    assert notes == [
        "no 'c' section: that part keeps its current state",
        "no 'd' section: that part keeps its current state",
    ]


def test_a_section_whose_check_crashes_is_reported_with_the_error_type() -> None:
    parts = [Part("a", crash=KeyError("weights"))]
    with pytest.raises(SessionFileError) as caught:
        check_all({"a": {}}, parts, [])  # type: ignore[list-item]
    assert str(caught.value) == "section 'a' is malformed (KeyError: 'weights')"


def test_a_section_whose_check_overflows_is_reported_not_raised() -> None:
    """Arithmetic on untrusted numbers (math.exp of a huge saved value) raises OverflowError."""
    parts = [Part("a", crash=OverflowError("math range error"))]
    with pytest.raises(SessionFileError) as caught:
        check_all({"a": {}}, parts, [])  # type: ignore[list-item]
    assert str(caught.value) == "section 'a' is malformed (OverflowError: math range error)"
