"""The "Bending space" half of the deep-network lab: controls, one plot per layer, and the affine
collapse readout. Redraws are coalesced: one per turn of the event loop."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from actviz.model.deepnet.space_bender import SpaceBender
from actviz.views.deepnet.qt_affine_readout import QtAffineReadout
from actviz.views.deepnet.qt_bending_controls import QtBendingControls
from actviz.views.deepnet.qt_warp_view import QtWarpView


class QtBendingTab(QWidget):
    """Shows a SpaceBender: controls, the warped planes and the affine readout."""

    def __init__(self, bender: SpaceBender, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bender = bender
        self.controls = QtBendingControls(bender, self)
        self.warp_view = QtWarpView(self)
        self.readout = QtAffineReadout(self)
        self.redraws = 0

        scroll = QScrollArea(self)
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(360)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls
        right = QVBoxLayout()
        right.addWidget(self.warp_view, 1)
        right.addWidget(self.readout)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(right, 1)

        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(0)
        self._redraw_timer.timeout.connect(self.redraw)
        bender.events.changed.connect(self.schedule_redraw)
        self.redraw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.redraw()  # the descriptions and the readout's sentences
        super().changeEvent(event)

    def schedule_redraw(self) -> None:
        self._redraw_timer.start()

    def redraw(self) -> None:
        snap = self._bender.snapshot()
        name = self._bender.choice.activation.name_text()
        self.warp_view.set_snapshot(snap, name)
        self.readout.set_snapshot(snap, name)
        self.redraws += 1
