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
from actviz.core.i18n import QT_TRANSLATE_NOOP, translate, translate_marked

MAX_LENGTH = 500
MAX_NESTING = 24  # brackets inside brackets

_ALLOWED = frozenset(string.ascii_letters + string.digits + " \t+-*/^(),.<>=_")
_STRINGS = QT_TRANSLATE_NOOP("Formula", "strings are not allowed in a formula")
_SQUARE = QT_TRANSLATE_NOOP("Formula", "square brackets are not allowed: group with ( )")
_BRACES = QT_TRANSLATE_NOOP("Formula", "braces are not allowed: group with ( )")
_BITWISE = QT_TRANSLATE_NOOP("Formula", "bitwise operators are not supported")
_ONE_LINE = QT_TRANSLATE_NOOP("Formula", "type the formula on one line")
# What each character a formula never holds is taken for; "{char}" is the character.
_WHY_NOT = {
    '"': _STRINGS,
    "'": _STRINGS,
    "[": _SQUARE,
    "]": _SQUARE,
    "{": _BRACES,
    "}": _BRACES,
    ":": QT_TRANSLATE_NOOP(
        "Formula", "'{char}' is not allowed (a formula has no lambdas, slices or annotations)"
    ),
    ";": QT_TRANSLATE_NOOP("Formula", "'{char}' is not allowed: type one formula"),
    "#": QT_TRANSLATE_NOOP("Formula", "'{char}' is not allowed (a formula has no comments)"),
    "%": QT_TRANSLATE_NOOP("Formula", "'{char}' (remainder) is not supported"),
    "&": _BITWISE,
    "|": _BITWISE,
    "~": _BITWISE,
    "!": QT_TRANSLATE_NOOP(
        "Formula",
        "'{char}' is not allowed: compare with <, <=, > or >= inside where(condition, a, b)",
    ),
    "?": QT_TRANSLATE_NOOP("Formula", "'{char}' is not allowed: use where(condition, a, b)"),
    "\0": QT_TRANSLATE_NOOP("Formula", "the text contains a NUL character"),
    "\n": _ONE_LINE,
    "\r": _ONE_LINE,
}


@dataclass(frozen=True)
class CheckedText:
    """Text ready for ``ast.parse``, and the typed column of each of its characters."""

    source: str
    typed: str
    origin: tuple[int, ...]  # origin[i]: 0-based index in ``typed`` of source[i]

    def column(self, offset: int) -> int:
        """The 1-based typed column of 0-based ``offset`` in ``source``.

        Before the start it is 1; past the end, one past the typed text.
        """
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
        message = translate("Formula", "a formula is text, not {kind}")
        raise ExpressionError(message.format(kind=type(text).__name__))
    if len(text) > MAX_LENGTH:
        message = translate(
            "Formula", "the formula is {length} characters long; at most {limit} are allowed"
        )
        raise ExpressionError(message.format(length=len(text), limit=MAX_LENGTH))
    if not text.strip():
        raise ExpressionError(translate("Formula", "type a formula in x, such as x * sigmoid(x)"))
    for index, char in enumerate(text):
        if char not in _ALLOWED:
            raise ExpressionError(_why_not(char), index + 1)
    _check_brackets(text)
    source: list[str] = []
    origin: list[int] = []
    indent = len(text) - len(text.lstrip(" \t"))  # leading blanks: Python reads an indent
    for index, char in enumerate(text[indent:], indent):
        if char == "^":
            source += "**"
            origin += (index, index)
        else:
            source.append(char)
            origin.append(index)
    return CheckedText("".join(source), text, tuple(origin))


def _why_not(char: str) -> str:
    if char in _WHY_NOT:
        return translate_marked("Formula", _WHY_NOT[char]).format(char=char)
    if not char.isprintable():
        message = translate("Formula", "the text contains an invisible control character ({code})")
        return message.format(code=f"U+{ord(char):04X}")
    if not char.isascii() and char.isalpha():
        message = translate(
            "Formula",
            "'{char}' is not allowed: use plain letters and type Greek names in letters (beta, "
            "gamma)",
        )
        return message.format(char=char)
    return translate("Formula", "'{char}' is not allowed in a formula").format(char=char)


def _check_brackets(text: str) -> None:
    opened: list[int] = []
    for index, char in enumerate(text):
        if char == "(":
            opened.append(index)
            if len(opened) > MAX_NESTING:
                message = translate("Formula", "brackets are nested more than {limit} deep")
                raise ExpressionError(message.format(limit=MAX_NESTING), index + 1)
        elif char == ")":
            if not opened:
                raise ExpressionError(translate("Formula", "this ')' closes no '('"), index + 1)
            opened.pop()
    if opened:
        raise ExpressionError(translate("Formula", "this '(' is never closed"), opened[-1] + 1)
