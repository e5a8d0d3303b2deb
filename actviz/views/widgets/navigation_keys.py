"""The focused control keeps its own navigation keys: Home, End, Page Up, Page Down.

The window has single-key shortcuts (Home restores the plot's view). Qt gives a shortcut the key
unless the focused widget claims it, and sliders, lists and combo boxes do not claim Home and End,
so Home in a parameter slider reset the plot instead of taking the slider to its minimum. This
filter claims those keys for such a widget while it has focus; the shortcuts still work
everywhere else. Installed once per window (:func:`NavigationKeys.install`).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QAbstractSlider, QApplication, QComboBox, QWidget

NAVIGATION = frozenset(
    {Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
)
_KINDS = (QAbstractSlider, QAbstractItemView, QComboBox)


class NavigationKeys(QObject):
    """Watches the focus in ``window``; claims navigation keys for the controls that use them."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("navigationKeys")
        self._window = window
        self._watched: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_q_focus_changed)
            self._on_q_focus_changed(None, app.focusWidget())

    @classmethod
    def install(cls, window: QWidget) -> NavigationKeys:
        found = window.findChild(cls, "navigationKeys")
        return found if found is not None else cls(window)

    def _on_q_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None and shiboken6.isValid(self._watched):
            self._watched.removeEventFilter(self)
        self._watched = None
        if isinstance(new, _KINDS) and new.window() is self._window:
            new.installEventFilter(self)
            self._watched = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if plain and Qt.Key(event.key()) in NAVIGATION:
                event.accept()  # the widget gets it as a key press, the shortcut does not fire
        return False
