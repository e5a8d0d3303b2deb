"""Checking a built panel in German: the catalogue read independently of Qt, and a walk over the
texts a learner sees that finds any still in English.

A text is "left in English" when it equals a source of the catalogue whose German differs and
is not itself a German translation of something (a German word may spell an English source).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QTabWidget, QWidget

CATALOGUE = Path(__file__).resolve().parent.parent / "resources" / "translations" / "actviz_de.ts"


@cache
def catalogue() -> dict[tuple[str, str], str]:
    """(context, English source) -> German, as the committed catalogue says."""
    root = ET.parse(CATALOGUE).getroot()
    return {
        (context.findtext("name", ""), m.findtext("source", "")): m.findtext("translation", "")
        for context in root.iter("context")
        for m in context.iter("message")
    }


@cache
def _english_only() -> frozenset[str]:
    german = set(catalogue().values())
    return frozenset(
        source
        for (_context, source), translation in catalogue().items()
        if translation and translation != source and source not in german
    )


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text of a visible label, button, group box, tab, entry and tip
    under ``root`` (``root`` included)."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
            texts += [widget.tabToolTip(i) for i in range(widget.count())]
        found += [(name, text) for text in texts if text]
    return found


def left_in_english(root: QWidget) -> list[tuple[str, str]]:
    """The shown texts under ``root`` that the catalogue translates but that still read English."""
    english = _english_only()
    return [(where, text) for where, text in shown_texts(root) if text in english]


def switch_language(code: str) -> None:
    """Apply ``code`` and deliver the LanguageChange events Qt posts to every window."""
    from PySide6.QtWidgets import QApplication

    from actviz.views.language import apply_language

    apply_language(code)
    for _ in range(2):
        QApplication.processEvents()
