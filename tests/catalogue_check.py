"""A translator for the Qt-free tests that checks every text it is asked for is in the catalogue.

The core and the model ask :func:`actviz.core.i18n.translate` for every text a learner reads.
A text that reaches the screen in English although German exists is a bug a learner sees, and
the English run of a test cannot tell: a wrong context (``translate("formula", ...)``) or an
edited source text still reads the same. Installed around every test of ``tests/core`` and
``tests/model`` (``tests/conftest.py``), this translator answers in English, as no translator
does, but notes each (context, text) the German catalogue does not have; the test then fails.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from functools import cache
from pathlib import Path

CATALOGUE = Path(__file__).resolve().parent.parent / "resources/translations/actviz_de.ts"


@cache
def catalogue_entries() -> frozenset[tuple[str, str, str | None]]:
    """(context, source text, disambiguation or None) of every message of the German catalogue."""
    entries = set()
    for context in ElementTree.parse(CATALOGUE).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            comment = message.findtext("comment")
            entries.add((name, message.findtext("source", ""), comment or None))
    return frozenset(entries)


class CatalogueCheck:
    """The translator: English out, every miss remembered in :attr:`misses`."""

    def __init__(self) -> None:
        self.misses: list[tuple[str, str, str | None]] = []

    def __call__(self, context: str, text: str, disambiguation: str | None) -> str:
        if (context, text, disambiguation or None) not in catalogue_entries():
            self.misses.append((context, text, disambiguation))
        return text
