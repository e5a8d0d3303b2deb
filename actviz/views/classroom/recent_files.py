"""The Open Recent list: most recent first, no duplicates, kept in QSettings between runs.

A store written by another version, or edited by hand, holds whatever it holds: anything that is not
a list of path strings reads as an empty list, never as a crash.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QSettings, Signal

SETTINGS_KEY = "session/recentFiles"
MAX_RECENT = 8


class MemorySettings:
    """The part of QSettings these helpers use, kept in memory: for tests and ``--screenshot``
    runs, which must neither read nor change the user's stored settings."""

    def __init__(self) -> None:
        self._values: dict[str, object] = {}

    def value(self, key: str, default: object = None) -> object:
        return self._values.get(key, default)

    def setValue(self, key: str, value: object) -> None:
        self._values[key] = value

    def sync(self) -> None:
        """Nothing to flush."""


SettingsLike = QSettings | MemorySettings


class RecentFiles(QObject):
    changed = Signal()

    def __init__(
        self,
        settings: SettingsLike | None = None,
        maximum: int = MAX_RECENT,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings: SettingsLike = settings if settings is not None else QSettings()
        self._maximum = maximum

    def paths(self) -> list[str]:
        """Stored paths, most recent first."""
        raw = self._settings.value(SETTINGS_KEY, [])
        if isinstance(raw, str):  # QSettings' INI backend returns a one-element list as a str
            raw = [raw]
        if not isinstance(raw, list):
            return []
        seen: list[str] = []
        for item in raw:
            if isinstance(item, str) and item and item not in seen:
                seen.append(item)
        return seen[: self._maximum]

    def add(self, path: str | os.PathLike[str]) -> None:
        """Put ``path`` (made absolute) at the top of the list."""
        absolute = os.path.abspath(os.fspath(path))
        paths = [absolute, *(p for p in self.paths() if p != absolute)]
        self._store(paths[: self._maximum])

    def remove(self, path: str | os.PathLike[str]) -> None:
        absolute = os.path.abspath(os.fspath(path))
        paths = self.paths()
        if absolute in paths:
            paths.remove(absolute)
            self._store(paths)

    def clear(self) -> None:
        if self.paths():
            self._store([])

    def _store(self, paths: list[str]) -> None:
        self._settings.setValue(SETTINGS_KEY, paths)
        self._settings.sync()
        self.changed.emit()
