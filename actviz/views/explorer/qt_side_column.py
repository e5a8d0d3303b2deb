"""The explorer's side column: the activation picker, its parameters and the pinned curves, stacked.

It scrolls vertically when the window is short; its controls put their labels above the slider so
the column stays narrow and the plot keeps the room.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGroupBox, QScrollArea, QVBoxLayout, QWidget

from actviz.model.session import Session
from actviz.views.explorer.qt_overlay_list import QtOverlayList
from actviz.views.explorer.qt_picker import QtPicker
from actviz.views.widgets.qt_param_panel import QtParamPanel

MINIMUM_WIDTH = 220


class QtSideColumn(QScrollArea):
    """Shows Session's activation, parameters and overlays; objectName ``explorerSideColumn``."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explorerSideColumn")
        self.picker = QtPicker(session.choice)
        self.param_panel = QtParamPanel(session.choice, label_above=True)
        self.overlay_list = QtOverlayList(session)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 6, 6, 6)
        self.activation_box = _group(self.picker)
        self.parameters_box = _group(self.param_panel)
        self.pinned_box = _group(self.overlay_list)
        layout.addWidget(self.activation_box, 3)
        layout.addWidget(self.parameters_box, 0)
        layout.addWidget(self.pinned_box, 1)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(MINIMUM_WIDTH)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls, which it scrolls to
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.activation_box.setTitle(self.tr("Activation"))
        self.parameters_box.setTitle(self.tr("Parameters"))
        self.pinned_box.setTitle(self.tr("Pinned curves"))


def _group(content: QWidget) -> QGroupBox:
    box = QGroupBox()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(content)
    return box
