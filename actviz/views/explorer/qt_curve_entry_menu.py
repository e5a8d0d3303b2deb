"""The context menu of a function-plot legend entry: hide or show the curve, and remove it if it
is a pinned one. Every choice is a model change (the plot draws what the Session says)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from actviz.model.session import Session


class LegendOwner(Protocol):
    """What the menu needs of the plot: its session, which pinned curve an item draws, and the
    legend click (hide/show) it stands in for."""

    session: Session

    def overlay_index(self, item: object) -> int | None: ...

    def toggle_entry(self, item: object) -> None: ...


class QtCurveEntryMenu(QObject):
    """Makes the legend entries' menus of a plot showing a :class:`Session` (no objectName)."""

    def __init__(self, plot: LegendOwner, parent: QWidget) -> None:
        super().__init__(parent)
        self._plot = plot
        self._parent = parent

    def menu_for(self, item: object, derivative_item: object) -> QMenu | None:
        """The menu of ``item``'s entry (None for an entry without one)."""
        index = self._plot.overlay_index(item)
        if index is None and item is not derivative_item:
            return None
        menu = QMenu(self._parent)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        visible = item.isVisible()  # type: ignore[attr-defined]
        toggle = QAction(self.tr("Hide") if visible else self.tr("Show"), menu)
        toggle.setData(item)
        toggle.triggered.connect(self._on_q_toggle)
        menu.addAction(toggle)
        if index is not None:
            remove = QAction(self.tr("Remove pinned curve"), menu)
            remove.setData(index)
            remove.triggered.connect(self._on_q_remove)
            menu.addAction(remove)
        return menu

    def _on_q_toggle(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self._plot.toggle_entry(action.data())

    def _on_q_remove(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            index = action.data()
            session = self._plot.session
            if isinstance(index, int) and 0 <= index < len(session.overlays):
                session.remove_overlay(index)
