"""The neuron's operating point on the main plot: a marker at (z, f(z)) and the tangent of slope
f'(z), the local linear picture backprop uses. Both items are created once and fed with setData;
the tangent spans the visible x range and follows zoom and pan.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor

from actviz.core.neuron import tangent_line
from actviz.model.neuron.lab import NeuronModel

# Okabe-Ito black (yellow in the dark theme): apart from f (blue) and f' (vermillion) in both.
MARKER_COLOUR = QColor("#000000")


class QtOperatingPointOverlay(QObject):
    def __init__(
        self, model: NeuronModel, plot_item: pg.PlotItem, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.plot_item = plot_item
        pen = pg.mkPen(MARKER_COLOUR, width=1.5, style=Qt.PenStyle.DashLine)
        self.tangent = pg.PlotDataItem(pen=pen, name=self.tangent_name())
        self.tangent.setZValue(20)
        self.marker = pg.ScatterPlotItem(
            size=11, brush=pg.mkBrush(MARKER_COLOUR), pen=pg.mkPen("w", width=1.5)
        )
        self.marker.setZValue(21)
        self._shown: tuple[float, ...] = ()
        plot_item.addItem(self.tangent, ignoreBounds=True)
        plot_item.addItem(self.marker, ignoreBounds=True)
        plot_item.getViewBox().sigXRangeChanged.connect(self._on_q_range_changed)
        for signal in (
            model.events.x,
            model.events.w,
            model.events.b,
            model.events.n_inputs,
            model.events.activation,
        ):
            signal.connect(self.update_from_model)
        self.update_from_model()

    def tangent_name(self) -> str:
        """The tangent's legend entry."""
        return self.tr("tangent at neuron's z")

    def event(self, event: QEvent) -> bool:
        # A QObject child of a widget gets the widget's LanguageChange here.
        if event.type() == QEvent.Type.LanguageChange:
            self.tangent.opts["name"] = self.tangent_name()
            legend = self.plot_item.legend
            for sample, label in legend.items if legend is not None else ():
                if sample.item is self.tangent:
                    label.setText(self.tangent_name())
        return super().event(event)

    def update_from_model(self, *_args: object) -> None:
        fb = self.model.result()
        (x_lo, x_hi), _ = self.plot_item.getViewBox().viewRange()
        shown = (fb.z, fb.a, fb.local_grad, x_lo, x_hi)
        if shown == self._shown:  # e.g. a param that does not bend f at z: nothing to redraw
            return
        self._shown = shown
        defined = math.isfinite(fb.a) and math.isfinite(fb.local_grad)
        self.marker.setVisible(defined)
        self.tangent.setVisible(defined)
        if not defined:  # a typed formula with a gap at z: no point to mark, no tangent
            return
        self.marker.setData([fb.z], [fb.a])
        xs, ys = tangent_line(fb.z, fb.a, fb.local_grad, x_lo, x_hi)
        self.tangent.setData(xs, ys)

    def _on_q_range_changed(self, *_args: object) -> None:
        self.update_from_model()

    def point(self) -> tuple[float, float]:
        """The marker's (x, y) as drawn."""
        xs, ys = self.marker.getData()
        return float(xs[0]), float(ys[0])

    def tangent_points(self) -> tuple[list[float], list[float]]:
        xs, ys = self.tangent.getData()
        return [float(v) for v in xs], [float(v) for v in ys]

    def attached(self) -> bool:
        return self.marker.scene() is not None

    def detach(self) -> None:
        """Take the marker and the tangent (and its legend entry) off the plot."""
        if self.attached():
            self.plot_item.removeItem(self.tangent)
            self.plot_item.removeItem(self.marker)

    def attach(self) -> None:
        """Put them back after :meth:`detach`."""
        if not self.attached():
            self.plot_item.addItem(self.tangent, ignoreBounds=True)
            self.plot_item.addItem(self.marker, ignoreBounds=True)
