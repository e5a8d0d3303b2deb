"""The first gate: checks on the raw text, before Python's parser sees it.

Cheap, linear checks that give a precise message and column for the common mistakes (unbalanced
brackets, a stray quote, a pasted Greek letter) and keep the parser itself away from hostile
input: over-long text, NUL bytes, deep nesting. ``^`` is accepted as power, as people type it; it
becomes ``**`` here, with a map back to the typed columns for every later message.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from actviz.core.formula.errors import ExpressionError

MAX_LENGTH = 500
MAX_NESTING = 24  # brackets inside brackets

_ALLOWED = frozenset(string.ascii_letters + string.digits + " \t+-*/^(),.<>=_")
_WHY_NOT = {
    '"': "strings are not allowed in a formula",
    "'": "strings are not allowed in a formula",
    "[": "square brackets are not allowed: group with ( )",
    "]": "square brackets are not allowed: group with ( )",
    "{": "braces are not allowed: group with ( )",
    "}": "braces are not allowed: group with ( )",
    ":": "':' is not allowed (a formula has no lambdas, slices or annotations)",
    ";": "';' is not allowed: type one formula",
    "#": "'#' is not allowed (a formula has no comments)",
    "%": "'%' (remainder) is not supported",
    "@": "'@' is not allowed",
    "\\": "backslashes are not allowed",
    "&": "bitwise operators are not supported",
    "|": "bitwise operators are not supported",
    "~": "bitwise operators are not supported",
    "!": "'!' is not allowed: compare with <, <=, > or >= inside where(condition, a, b)",
    "$": "'$' is not allowed",
    "?": "'?' is not allowed: use where(condition, a, b)",
    "`": "backquotes are not allowed",
    "\0": "the text contains a NUL character",
    "\n": "type the formula on one line",
    "\r": "type the formula on one line",
}


@dataclass(frozen=True)
class CheckedText:
    """Text ready for ``ast.parse``, and the typed column of each of its characters."""

    source: str
    typed: str
    origin: tuple[int, ...]  # origin[i]: 0-based index in ``typed`` of source[i]

    def column(self, offset: int) -> int:
        """The 1-based typed column of 0-based ``offset`` in ``source`` (past the end: one past)."""
        if offset < 0:
            return 1
        if offset >= len(self.origin):
            return len(self.typed) + 1
        return self.origin[offset] + 1


def check_text(text: object) -> CheckedText:
    """Refuse text that is not a plausible one-line formula; map ``^`` to ``**``.

    Raises :class:`ExpressionError` for non-text, empty or over-long input, a character a formula
    never contains, unbalanced brackets, or brackets nested more than ``MAX_NESTING`` deep.
    """
    if not isinstance(text, str):
        raise ExpressionError(f"a formula is text, not {type(text).__name__}")
    if len(text) > MAX_LENGTH:
        raise ExpressionError(
            f"the formula is {len(text)} characters long; at most {MAX_LENGTH} are allowed"
        )
    if not text.strip():
        raise ExpressionError("type a formula in x, such as x * sigmoid(x)")
    for index, char in enumerate(text):
        if char not in _ALLOWED:
            raise ExpressionError(_why_not(char), index + 1)
    _check_brackets(text)
    source: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char == "^":
            source += "**"
            origin += (index, index)
        else:
            source.append(char)
            origin.append(index)
    return CheckedText("".join(source), text, tuple(origin))


def _why_not(char: str) -> str:
    if char in _WHY_NOT:
        return _WHY_NOT[char]
    if not char.isprintable():
        return f"the text contains an invisible control character (U+{ord(char):04X})"
    if not char.isascii():
        greek = "; type Greek names in letters (beta, gamma)" if char.isalpha() else ""
        return f"'{char}' is not allowed: use plain letters, digits and + - * / ^ ( ){greek}"
    return f"'{char}' is not allowed in a formula"


def _check_brackets(text: str) -> None:
    opened: list[int] = []
    for index, char in enumerate(text):
        if char == "(":
            opened.append(index)
            if len(opened) > MAX_NESTING:
                raise ExpressionError(
                    f"brackets are nested more than {MAX_NESTING} deep", index + 1
                )
        elif char == ")":
            if not opened:
                raise ExpressionError("this ')' closes no '('", index + 1)
            opened.pop()
    if opened:
        raise ExpressionError("this '(' is never closed", opened[-1] + 1)
