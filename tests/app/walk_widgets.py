"""Widget helpers of the random walk: names for its log, the widgets it leaves alone, menu
entries, zoomable plots and a wheel event."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QMainWindow,
    QMenu,
    QPushButton,
    QTabBar,
    QToolButton,
    QWidget,
)


def widget_name(widget: QWidget) -> str:
    """The widget's class and objectName, or the nearest named ancestor's."""
    named: QWidget | None = widget
    while named is not None and not named.objectName():
        named = named.parentWidget()
    where = named.objectName() if named is not None else "?"
    return f"{type(widget).__name__}:{where}"


def inside_spin_or_combo(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractSpinBox | QComboBox)


def opens_a_popup_loop(button: QWidget) -> bool:
    """Qt's own helper buttons (tab scrollers, the menu bar's » overflow) and buttons with a
    menu: clicking them runs a popup's event loop inside Qt, which waits for a real mouse."""
    if button.objectName().startswith("qt_") or isinstance(button.parentWidget(), QTabBar):
        return True
    return isinstance(button, QPushButton | QToolButton) and button.menu() is not None


def item_text(index: QModelIndex) -> str:
    return str(index.data() or "")


def menu_actions(window: QMainWindow) -> list[QAction]:
    out: list[QAction] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif not action.isSeparator() and action.isEnabled():
                out.append(action)

    for action in window.menuBar().actions():
        if action.menu() is not None:
            walk(action.menu())
    return out


def zoomable_boxes(view: pg.GraphicsView) -> list[pg.ViewBox]:
    return [
        i
        for i in view.scene().items()
        if isinstance(i, pg.ViewBox) and any(i.state["mouseEnabled"])
    ]


def wheel(view: pg.GraphicsView, notches: int) -> None:
    viewport = view.viewport()
    pos = QPointF(viewport.width() / 2, viewport.height() / 2)
    event = QWheelEvent(
        pos,
        QPointF(viewport.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def finite_ranges(view: pg.GraphicsView) -> bool:
    return all(
        math.isfinite(low) and math.isfinite(high)
        for box in zoomable_boxes(view)
        for low, high in box.viewRange()
    )
