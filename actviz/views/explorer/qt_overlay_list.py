"""The list of pinned curves, each in its plot colour and line style, with a button to remove the
selected ones. A screen reader hears each curve's name and line style."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from actviz.model.session import Overlay, Session
from actviz.views.theme import palette


def _swatch(color: QColor, dashes: list[float]) -> QIcon:
    """A short stretch of the curve as the plot draws it: its colour and its dash pattern."""
    pixmap = QPixmap(28, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    pen = QPen(color, 2.5)
    pen.setDashPattern(dashes)
    painter.setPen(pen)
    painter.drawLine(QLineF(1, 7, 27, 7))
    painter.end()
    return QIcon(pixmap)


class QtOverlayList(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overlayList")
        self._session = session
        self.list = QListWidget(self)
        self.list.setObjectName("overlayListView")
        self.list.setToolTip("Curves pinned with “Pin curve” (P); select one and press Remove")
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setAccessibleName(self.tr("Pinned curves"))
        self.list.setIconSize(QSize(28, 14))  # the swatch shows the line's dash pattern
        self.remove_button = QPushButton("Remove", self)
        self.remove_button.setObjectName("removeOverlayButton")
        self.remove_button.setToolTip("Remove the selected pinned curves from the plot")
        self.clear_button = QPushButton("Clear all", self)
        self.clear_button.setObjectName("clearOverlaysButton")
        self.clear_button.setToolTip("Remove every pinned curve")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.list.setMaximumHeight(110)

        self.set_overlays(session.overlays)
        session.events.overlays.connect(self.set_overlays)
        self.remove_button.clicked.connect(self._on_q_remove)
        self.clear_button.clicked.connect(session.clear_overlays)
        self.list.itemSelectionChanged.connect(self._update_buttons)

    def set_overlays(self, overlays: tuple[Overlay, ...]) -> None:
        self.list.clear()
        for overlay in overlays:
            colour = palette.overlay_color(overlay.colour)
            swatch = _swatch(colour, palette.overlay_dashes(overlay.colour))
            item = QListWidgetItem(swatch, overlay.label())
            style = palette.overlay_style_text(overlay.colour)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{overlay.label()}, {style}")
            item.setToolTip(f"{overlay.label()} ({style})")
            self.list.addItem(item)
        if not overlays:
            placeholder = QListWidgetItem("Nothing pinned yet")
            placeholder.setFlags(placeholder.flags() & ~placeholder.flags())
            self.list.addItem(placeholder)
        self._update_buttons()

    def _update_buttons(self) -> None:
        pinned = bool(self._session.overlays)
        self.clear_button.setEnabled(pinned)
        self.remove_button.setEnabled(pinned and bool(self.list.selectedIndexes()))

    def _on_q_remove(self) -> None:
        rows = sorted((i.row() for i in self.list.selectedIndexes()), reverse=True)
        for row in rows:
            if row < len(self._session.overlays):
                self._session.remove_overlay(row)

    def remove_row(self, row: int) -> None:
        self._session.remove_overlay(row)
