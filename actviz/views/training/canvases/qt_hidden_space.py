"""The hidden space: the training points and a grid of the input plane as a 2-unit hidden layer
sees them, so the learner watches the network pull the classes apart while it trains."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from actviz.core.i18n import format_number
from actviz.model.training.lab import TrainingLab
from actviz.model.training.maps import HiddenSpace
from actviz.views.training.canvases.map_colors import class_color, outline_pen, value_brushes
from actviz.views.training.canvases.plot_look import PlotLook
from actviz.views.widgets.qt_focus_ring import QtFocusRing
from actviz.views.widgets.signals import signals_blocked


class QtHiddenSpace(QWidget):
    """Shows ``TrainingLab.hidden_space(layer)``; objectName ``trainingHiddenSpace``."""

    def __init__(self, lab: TrainingLab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingHiddenSpace")
        self._lab = lab
        self.layer = QComboBox(self)
        self.layer.setObjectName("trainingHiddenLayer")
        self.plot = pg.PlotWidget(self)
        self.plot.setObjectName("trainingHiddenPlot")
        self.focus_ring = QtFocusRing.attach(self.plot)
        self.plot.setMinimumSize(300, 260)
        self.plot.setBackground("w")
        item = self.plot.getPlotItem()
        item.setAspectLocked(True)
        item.setMenuEnabled(False)
        self.grid = item.plot(pen=pg.mkPen("#9AA0A6", width=1))
        self.boundary = item.plot(pen=pg.mkPen("#202124", width=2, style=Qt.PenStyle.DashLine))
        self.points = pg.ScatterPlotItem(size=6, symbol="o")
        item.getViewBox().addItem(self.points)  # class colours stay as they are in every theme
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.empty = QLabel(self)
        self.empty.setObjectName("trainingHiddenEmpty")
        self.empty.setWordWrap(True)
        self.layer_label = QLabel(self)
        self.layer_label.setBuddy(self.layer)
        top = QHBoxLayout()
        top.addWidget(self.layer_label)
        top.addWidget(self.layer, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.explanation)
        self.look = PlotLook(self.plot, self.redraw)
        self.layer.currentIndexChanged.connect(self._on_q_layer_changed)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text in the installed language; the picture is drawn again with them."""
        self.layer.setToolTip(self.tr("Which 2-unit hidden layer to look through"))
        self.layer.setAccessibleName(self.tr("Look through"))
        self.layer_label.setText(self.tr("Look through"))
        self.plot.setAccessibleName(self.tr("The points as a hidden layer sees them"))
        item = self.plot.getPlotItem()
        item.setLabel("bottom", self.tr("unit 1"))
        item.setLabel("left", self.tr("unit 2"))
        self.explanation.setText(
            self.tr(
                "The input plane's grid and the training points where a 2-unit layer puts them: "
                "the deep-network lab's “Bending space”, with learned weights. Training bends "
                "the grid until the classes lie apart; after the last hidden layer, one straight "
                "line (dashed) splits them."
            )
        )
        self.empty.setText(
            self.tr(
                "No hidden layer has exactly 2 units. Make one 2 units wide (the default "
                "network's second layer is) to see the plane as that layer sees it."
            )
        )
        self.set_layers()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.look.attach()
        self.redraw()

    # model -> widget -----------------------------------------------------------------------------
    def set_layers(self) -> None:
        """Offer the 2-unit hidden layers of the current network (the last one by default)."""
        layers = self._lab.two_unit_layers()
        previous = self.layer.currentData()
        with signals_blocked(self.layer):
            self.layer.clear()
            for index in layers:
                self.layer.addItem(self.tr("hidden layer {layer}").format(layer=index + 1), index)
            if layers:
                at = self.layer.findData(previous)
                self.layer.setCurrentIndex(at if at >= 0 else len(layers) - 1)
        self.empty.setVisible(not layers)
        self.plot.setVisible(bool(layers))
        self.layer.setEnabled(bool(layers))
        self.redraw()

    def current_layer(self) -> int | None:
        data = self.layer.currentData()
        return data if isinstance(data, int) else None

    def redraw(self) -> None:
        layer = self.current_layer()
        if layer is None or not self.isVisible() or layer not in self._lab.two_unit_layers():
            return
        self.set_space(self._lab.hidden_space(layer))

    def set_space(self, space: HiddenSpace) -> None:
        dark = self.look.dark
        self.grid.setData(space.grid, connect=space.connect)
        if len(space.boundary):
            self.boundary.setData(space.boundary)
        else:
            self.boundary.setData([], [])
        finite = np.all(np.isfinite(space.train), axis=1)
        labels = space.train_labels[finite]
        if self._lab.regression:
            brushes = value_brushes(labels, dark)
        else:
            pair = (pg.mkBrush(class_color(-1.0, dark)), pg.mkBrush(class_color(1.0, dark)))
            brushes = [pair[int(label >= 0)] for label in labels]
        self.points.setData(
            pos=space.train[finite], brush=brushes, pen=outline_pen(dark), size=6 * self.look.scale
        )
        shown = space.train[finite]
        if len(shown):
            self.plot.setAccessibleDescription(
                self.tr(
                    "{count} training points as {layer} sees them: unit 1 from {x0} to {x1}, "
                    "unit 2 from {y0} to {y1}."
                ).format(
                    count=len(shown),
                    layer=self.layer.currentText(),
                    x0=_number(float(shown[:, 0].min())),
                    x1=_number(float(shown[:, 0].max())),
                    y0=_number(float(shown[:, 1].min())),
                    y1=_number(float(shown[:, 1].max())),
                )
            )

    # widget -> model -----------------------------------------------------------------------------
    def _on_q_layer_changed(self, _index: int) -> None:
        self.redraw()


def _number(value: float) -> str:
    return format_number(value, ".3g").replace("-", "−")
