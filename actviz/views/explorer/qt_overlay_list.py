"""The list of pinned curves, each in its plot colour and line style: its check box shows or
hides the curve, its context menu hides, shows or removes it, and a button removes the selected
ones. A screen reader hears each curve's name and line style."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLineF, QPoint, QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from actviz.model.session import Overlay, Session
from actviz.views.theme import palette
from actviz.views.theme.appearance import Appearance, follow_appearance
from actviz.views.widgets.signals import signals_blocked


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
    """Shows a :class:`Session`'s pinned curves (objectName ``overlayList``)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overlayList")
        self._session = session
        self._appearance: Appearance | None = None  # swatches in the plot's colours
        self.list = QListWidget(self)
        self.list.setObjectName("overlayListView")
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.setIconSize(QSize(28, 14))  # the swatch shows the line's dash pattern
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeOverlayButton")
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearOverlaysButton")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.list.setMaximumHeight(110)

        self.retranslate()
        session.events.overlays.connect(self.set_overlays)
        self.remove_button.clicked.connect(self._on_q_remove)
        self.clear_button.clicked.connect(session.clear_overlays)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemChanged.connect(self._on_q_item_changed)
        self.list.customContextMenuRequested.connect(self._on_q_context_menu)
        follow_appearance(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.list.setToolTip(
            self.tr(
                "Curves pinned with “Pin curve” (P): tick to show, untick to hide; "
                "right-click or select and press Remove to take one away"
            )
        )
        self.list.setAccessibleName(self.tr("Pinned curves"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected pinned curves from the plot"))
        self.clear_button.setText(self.tr("Clear all"))
        self.clear_button.setToolTip(self.tr("Remove every pinned curve"))
        self.set_overlays(self._session.overlays)  # names and line styles in the new language

    def apply_appearance(self, appearance: Appearance) -> None:
        self._appearance = appearance
        self.set_overlays(self._session.overlays)

    def set_overlays(self, overlays: tuple[Overlay, ...]) -> None:
        with signals_blocked(self.list):
            selected = {i.row() for i in self.list.selectedIndexes()}
            self.list.clear()
            for row, overlay in enumerate(overlays):
                colour = palette.overlay_color(overlay.colour)
                if self._appearance is not None:  # the colour the plot draws it in now
                    colour = self._appearance.themed(colour)
                swatch = _swatch(colour, palette.overlay_dashes(overlay.colour))
                label = overlay.label_text()
                item = QListWidgetItem(swatch, label)
                style = palette.overlay_style_text(overlay.colour)
                spoken = self.tr("{curve}, {style}").format(curve=label, style=style)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
                item.setToolTip(self.tr("{curve} ({style})").format(curve=label, style=style))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = Qt.CheckState.Checked if overlay.visible else Qt.CheckState.Unchecked
                item.setCheckState(checked)
                self.list.addItem(item)
                item.setSelected(row in selected)
            if not overlays:
                placeholder = QListWidgetItem(self.tr("Nothing pinned yet"))
                placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
                self.list.addItem(placeholder)
        self._update_buttons()

    def entry_menu(self, row: int) -> QMenu | None:
        """The context menu of pinned curve ``row``: hide or show it, remove it."""
        if not 0 <= row < len(self._session.overlays):
            return None
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        visible = self._session.overlays[row].visible
        toggle = QAction(self.tr("Hide") if visible else self.tr("Show"), menu)
        toggle.setData(row)
        toggle.triggered.connect(self._on_q_menu_toggle)
        remove = QAction(self.tr("Remove pinned curve"), menu)
        remove.setData(row)
        remove.triggered.connect(self._on_q_menu_remove)
        menu.addActions([toggle, remove])
        return menu

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

    def _on_q_item_changed(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        if 0 <= row < len(self._session.overlays):
            visible = item.checkState() == Qt.CheckState.Checked
            self._session.set_overlay_visible(row, visible)

    def _on_q_context_menu(self, where: QPoint) -> None:
        menu = self.entry_menu(self.list.indexAt(where).row())
        if menu is not None:
            menu.popup(self.list.viewport().mapToGlobal(where))

    def _on_q_menu_toggle(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            row = action.data()
            if isinstance(row, int) and 0 <= row < len(self._session.overlays):
                visible = self._session.overlays[row].visible
                self._session.set_overlay_visible(row, not visible)

    def _on_q_menu_remove(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            row = action.data()
            if isinstance(row, int) and 0 <= row < len(self._session.overlays):
                self._session.remove_overlay(row)
