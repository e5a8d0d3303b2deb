"""Remembering the app between runs: every saveable's state as one JSON string, the window's
geometry, the layout of its panes (splitter sizes) as a small JSON object, and the language
chosen in View › Language.

A corrupt or foreign store never stops the app: the defaults stay and the reason is returned for
the status bar.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QByteArray, QCoreApplication
from PySide6.QtWidgets import QMainWindow

from actviz.model import snapshot
from actviz.model.state import Saveable, read_json
from actviz.views.classroom.recent_files import SettingsLike

STATE_KEY = "app/state"
GEOMETRY_KEY = "window/geometry"
LAYOUT_KEY = "window/layout"
#: A language code ("de"), or "" for the system's language; missing means "" too.
LANGUAGE_KEY = "appearance/language"


class SettingsStore:
    def __init__(self, settings: SettingsLike) -> None:
        self.settings = settings

    def language(self) -> str:
        """The language chosen in View › Language ("" to follow the system). The caller checks
        that it still ships (``choose_language``): a store may name anything."""
        value = self.settings.value(LANGUAGE_KEY, "")
        return value if isinstance(value, str) else ""

    def set_language(self, code: str) -> None:
        """Remember ``code`` ("" to follow the system) at once, not only when the window closes."""
        self.settings.setValue(LANGUAGE_KEY, code)
        self.settings.sync()

    def save(
        self,
        window: QMainWindow,
        saveables: Sequence[Saveable],
        layout: Mapping[str, object] | None = None,
    ) -> None:
        self.settings.setValue(STATE_KEY, snapshot.dumps(saveables))
        self.settings.setValue(GEOMETRY_KEY, window.saveGeometry())
        if layout is not None:
            self.settings.setValue(LAYOUT_KEY, json.dumps(layout))
        self.settings.sync()

    def restore_geometry(self, window: QMainWindow) -> bool:
        """Give ``window`` its saved geometry; False when none was saved or it was unusable."""
        geometry = self.settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray | bytes) and geometry:
            return bool(window.restoreGeometry(QByteArray(geometry)))
        return False

    def layout(self) -> object:
        """The saved layout object (the panes check it), or None."""
        text = self.settings.value(LAYOUT_KEY)
        if not isinstance(text, str):
            return None
        try:
            return read_json(text)  # huge integers read as inf: the panes' checks refuse them
        except (ValueError, RecursionError):
            return None

    def restore(self, saveables: Sequence[Saveable]) -> str | None:
        """Restore every saveable; return a message for the user when something was not used."""
        text = self.settings.value(STATE_KEY)
        if text is None:
            return None
        if not isinstance(text, str):
            return QCoreApplication.translate(
                "SettingsStore", "Stored settings were not readable; started with the defaults."
            )
        notes: list[str] = []
        try:
            snapshot.loads(saveables, text, notes)
        except ValueError as error:
            return QCoreApplication.translate(
                "SettingsStore",
                "Stored settings were not used ({error}); started with the defaults.",
            ).format(error=error)
        adjusted = [n for n in notes if "keeps its current state" not in n]
        if adjusted:
            return QCoreApplication.translate(
                "SettingsStore", "Settings restored with adjustments: {notes}"
            ).format(notes="; ".join(adjusted))
        return None

