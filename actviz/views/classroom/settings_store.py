"""Remembering the app between runs: every saveable's state as one JSON string, plus geometry.

A corrupt or foreign store never stops the app: the defaults stay and the reason is returned for
the status bar.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from actviz.model import snapshot
from actviz.model.state import Saveable

STATE_KEY = "app/state"
GEOMETRY_KEY = "window/geometry"


class SettingsStore:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def save(self, window: QMainWindow, saveables: Sequence[Saveable]) -> None:
        self.settings.setValue(STATE_KEY, snapshot.dumps(saveables))
        self.settings.setValue(GEOMETRY_KEY, window.saveGeometry())
        self.settings.sync()

    def restore(self, window: QMainWindow, saveables: Sequence[Saveable]) -> str | None:
        """Restore what was saved; return a message for the user when something was not used."""
        geometry = self.settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray | bytes) and geometry:
            window.restoreGeometry(QByteArray(geometry))
        text = self.settings.value(STATE_KEY)
        if text is None:
            return None
        if not isinstance(text, str):
            return "Stored settings were not readable; started with the defaults."
        notes: list[str] = []
        try:
            snapshot.loads(saveables, text, notes)
        except ValueError as error:
            return f"Stored settings were not used ({error}); started with the defaults."
        adjusted = [n for n in notes if "keeps its current state" not in n]
        if adjusted:
            return "Settings restored with adjustments: " + "; ".join(adjusted)
        return None
