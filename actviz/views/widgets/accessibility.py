"""Helpers that keep the window usable with a keyboard and a screen reader.

- :func:`announce` tells a screen reader something that happened away from the focus (a refused
  entry, the value under the plot's keyboard cursor); it costs nothing when no assistive
  technology is listening.
- :func:`chain_focus` puts widgets made after their neighbours (a parameter panel rebuilt for
  another activation, a class row added to the softmax lab) where they are on screen in the Tab
  order: Qt appends every new widget to the end of its window's focus chain.
- :func:`tab_focusable` is the test the keyboard tests and :func:`chain_focus` share.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say ``text`` on behalf of ``widget`` (nothing if none listens)."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def tab_focusable(widget: QWidget) -> bool:
    """Whether Tab can stop at ``widget`` (its focus policy has TabFocus)."""
    policy = widget.focusPolicy()
    return bool(policy.value & Qt.FocusPolicy.TabFocus.value)


def chain_focus(owner: QWidget, widgets: Sequence[QWidget | None]) -> None:
    """Make Tab visit ``widgets`` in this order, right where ``owner`` (their container) sits in
    its window's focus chain: after the last Tab stop that precedes ``owner``.

    ``None`` entries and widgets Tab never stops at are skipped. Call it again after a rebuild.
    An ``owner`` built outside its window (nothing precedes it yet) is put in order again when
    it is shown.
    """
    order = [w for w in widgets if w is not None and tab_focusable(w)]
    if not order:
        return
    previous = _stop_before(owner)
    if previous is None:
        _Rechain.watch(owner, order)
    for widget in order:
        if previous is not None and previous.window() is widget.window():
            QWidget.setTabOrder(previous, widget)
        previous = widget


class _Rechain(QObject):
    """Runs :func:`chain_focus` again when an owner built outside its window is shown in it."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.order: list[weakref.ref[QWidget]] = []

    @classmethod
    def watch(cls, owner: QWidget, order: list[QWidget]) -> None:
        watcher = owner.findChild(cls, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if watcher is None:
            watcher = cls(owner)
            owner.installEventFilter(watcher)
        watcher.order = [weakref.ref(w) for w in order]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            if _stop_before(watched) is not None:
                watched.removeEventFilter(self)
                order = [w for w in (ref() for ref in self.order) if w is not None]
                self.setParent(None)
                self.deleteLater()
                chain_focus(watched, order)
        return False


def _stop_before(owner: QWidget) -> QWidget | None:
    """The nearest Tab stop before ``owner`` in the focus chain that is not inside ``owner``."""
    widget = owner.previousInFocusChain()
    while widget is not None and widget is not owner and not widget.isWindow():
        if tab_focusable(widget) and not owner.isAncestorOf(widget):
            return widget
        widget = widget.previousInFocusChain()
    return None
