"""Test ids in plain printable ASCII ("1 <MINUS-SIGN> x", not pytest's escaped "1 \\u2212 x").

mutmut hands the ids it collected back to pytest, which does not find escaped ones again; the
conftest applies this to every string parameter, and tests with their own ``ids=`` call it.
"""

import unicodedata


def ascii_id(text: str) -> str:
    return "".join(c if c.isascii() and c.isprintable() else _char_id(c) for c in text)


def _char_id(char: str) -> str:
    return "<" + unicodedata.name(char, f"U+{ord(char):04X}").replace(" ", "-") + ">"
