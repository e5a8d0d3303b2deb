"""The softmax lab (objectName ``softmaxPanel``): controls on the left, the charts on the right:
the bars on top, the Jacobian and the sweep below (or, with the naive toggle on, the naive table).

The panel only composes. Sub-widgets write gestures to the :class:`SoftmaxLabModel`; every model
event schedules one redraw (coalesced to at most one per frame, and put off while the panel is
hidden), which computes a single snapshot (all numbers from ``actviz.core.softmax``) and hands it
to the bars, heat map, sweep, table and readouts, so they always show the same state.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from actviz.model.softmax.lab import SoftmaxLabModel
from actviz.model.softmax.snapshot import SoftmaxSnapshot, take_snapshot, take_sweep
from actviz.views.softmax.qt_jacobian_heatmap import QtJacobianHeatmap
from actviz.views.softmax.qt_softmax_bars import QtSoftmaxBars
from actviz.views.softmax.qt_softmax_classes import QtSoftmaxClasses
from actviz.views.softmax.qt_softmax_controls import QtSoftmaxControls
from actviz.views.softmax.qt_softmax_naive_table import QtSoftmaxNaiveTable
from actviz.views.softmax.qt_softmax_readouts import QtSoftmaxReadouts
from actviz.views.softmax.qt_softmax_sweep import QtSoftmaxSweep


class QtSoftmaxPanel(QWidget):
    """Shows a SoftmaxLabModel (objectName ``softmaxPanel``)."""

    def __init__(self, model: SoftmaxLabModel | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("softmaxPanel")
        self.model = model if model is not None else SoftmaxLabModel()
        self.snapshot: SoftmaxSnapshot | None = None

        self.controls = QtSoftmaxControls(self.model)
        self.classes = QtSoftmaxClasses(self.model)
        self.readouts = QtSoftmaxReadouts()
        self.bars = QtSoftmaxBars()
        self.heatmap = QtJacobianHeatmap()
        self.sweep = QtSoftmaxSweep(self.model)
        self.naive_table = QtSoftmaxNaiveTable()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.groups = [_group(w) for w in (self.controls, self.classes, self.readouts)]
        for box in self.groups:
            left_layout.addWidget(box)
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls
        # As narrow as the controls allow (with room for a scroll bar): the charts get the rest.
        scroll.setMinimumWidth(
            left.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        )

        self.lower = QSplitter(Qt.Orientation.Horizontal)
        self.lower.addWidget(self.heatmap)
        self.lower.addWidget(self.sweep)
        self.lower.setSizes([500, 500])  # equal halves; the heat map is square, the sweep wide
        # With the naive toggle on, its table takes the lower row: at laptop heights a third row
        # would squeeze every chart and leave the table scrolling.
        self.lower_row = QStackedWidget()
        self.lower_row.addWidget(self.lower)
        self.lower_row.addWidget(self.naive_table)
        self.charts = QSplitter(Qt.Orientation.Vertical)
        self.charts.addWidget(self.bars)
        self.charts.addWidget(self.lower_row)
        self.charts.setCollapsible(0, False)
        self.charts.setCollapsible(1, False)
        self._chart_sizes: list[int] = []  # the rows' heights before the naive table came
        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.addWidget(scroll)
        main.addWidget(self.charts)
        main.setStretchFactor(1, 1)
        main.setCollapsible(0, False)
        main.setCollapsible(1, False)
        main.setSizes([scroll.minimumWidth(), 4 * scroll.minimumWidth()])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(main)

        # At most one redraw per frame however many events a gesture fires (reset fires several).
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(0)
        self._redraw_timer.timeout.connect(self.redraw)
        self.model.events.all.connect(self._schedule_redraw)
        self._fit_timer = QTimer(self)  # row heights are set once the new lower row is laid out
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_rows)
        # Drawn when first shown: a lab in a background tab costs nothing at start-up.
        self._stale = True
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._schedule_redraw()  # the charts' words and the readouts' numbers
        super().changeEvent(event)

    def retranslate(self) -> None:
        titles = (
            self.tr("Temperature, shift and mode"),
            self.tr("Classes: name and score"),
            self.tr("Readouts"),
        )
        for box, title in zip(self.groups, titles, strict=True):
            box.setTitle(title)

    def _schedule_redraw(self, *_args: Any) -> None:
        if not self.isVisible():
            self._stale = True
            return
        if not self._redraw_timer.isActive():
            self._redraw_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.redraw()

    def redraw_pending(self) -> bool:
        return self._redraw_timer.isActive()

    def redraw(self) -> None:
        self._redraw_timer.stop()
        self._stale = False
        snap = take_snapshot(self.model)
        self.snapshot = snap
        naive_on = self.model.naive
        self.bars.show_snapshot(snap, naive_on)
        self.heatmap.show_snapshot(snap)
        self.readouts.show_snapshot(snap)
        self.sweep.show_sweep(take_sweep(self.model), snap.labels, snap.mode)
        if naive_on:
            self.naive_table.show_snapshot(snap)
        self._show_lower_row(self.naive_table if naive_on else self.lower)

    def _show_lower_row(self, page: QWidget) -> None:
        """Switch the lower row; then (once laid out) the naive table gets the height its rows
        need and the bars the rest, and the rows get their heights back when it goes."""
        if self.lower_row.currentWidget() is page:
            return
        if page is self.naive_table and self.charts.isVisible():
            self._chart_sizes = self.charts.sizes()
        self.lower_row.setCurrentWidget(page)
        self._fit_timer.start()

    def _fit_rows(self) -> None:
        total = sum(self.charts.sizes())
        if total <= 0:
            return
        if self.lower_row.currentWidget() is self.naive_table:
            wanted = min(self.naive_table.needed_height(self.charts.width()), total // 2)
            self.charts.setSizes([total - wanted, wanted])
        else:
            self.charts.setSizes(self._chart_sizes or [total // 2, total - total // 2])


def _group(content: QWidget) -> QGroupBox:
    box = QGroupBox()
    layout = QVBoxLayout(box)
    layout.addWidget(content)
    return box
