"""Keyboard focus in the window: the focused control keeps its own keys, and shows it has focus.

- The window has single-key shortcuts (Home restores the plot's view). Qt gives a shortcut the key
  unless the focused widget claims it, and sliders, lists and combo boxes do not claim Home and
  End, so Home in a parameter slider reset the plot instead of taking the slider to its minimum.
  While such a widget has focus, Home, End, Page Up and Page Down are claimed for it; the
  shortcuts still work everywhere else.
- Fusion shows a focused list or tree by almost nothing, and a focused slider by a thin outline
  that is hard to see on the dark theme; such a widget gets a :class:`QtFocusRing` the first time
  it takes focus. Plots and painted canvases attach their own.

One per window: :meth:`KeyboardFocus.install`.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QAbstractSlider, QApplication, QComboBox, QWidget

from actviz.views.widgets.qt_focus_ring import QtFocusRing

NAVIGATION = frozenset({Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})
_OWN_KEYS = (QAbstractSlider, QAbstractItemView, QComboBox)  # they use NAVIGATION themselves
_FAINT_FOCUS = (QAbstractSlider, QAbstractItemView)  # Fusion's focus mark is hard to see


class KeyboardFocus(QObject):
    """Watches the focus in ``window`` (objectName ``keyboardFocus``)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("keyboardFocus")
        self._window = window
        self._watched: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_q_focus_changed)
            self._on_q_focus_changed(None, app.focusWidget())

    @classmethod
    def install(cls, window: QWidget) -> KeyboardFocus:
        found = window.findChild(cls, "keyboardFocus")
        return found if found is not None else cls(window)

    def _on_q_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None and shiboken6.isValid(self._watched):
            self._watched.removeEventFilter(self)
        self._watched = None
        if new is None or new.window() is not self._window:
            return
        if isinstance(new, _OWN_KEYS):
            new.installEventFilter(self)
            self._watched = new
        if isinstance(new, _FAINT_FOCUS):
            QtFocusRing.attach(new)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if plain and Qt.Key(event.key()) in NAVIGATION:
                event.accept()  # the widget gets it as a key press, the shortcut does not fire
        return False
