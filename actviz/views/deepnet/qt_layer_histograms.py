"""The classic stacked figure: one histogram per layer, of the activations and of the gradients,
stacked top (layer 1) to bottom (last layer) so a collapse, a saturation or a vanishing gradient
shows as a change of shape down the stack."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QWidget

from actviz.core.deepnet import SimulationResult
from actviz.views.deepnet.deepnet_text import histograms_text
from actviz.views.deepnet.qt_layer_stats_plots import COMPARE_COLOUR, MAIN_COLOUR
from actviz.views.theme.plot_styler import follow_theme
from actviz.views.widgets.plot_bounds import bound_zoom
from actviz.views.widgets.qt_focus_ring import QtFocusRing

_RIDGE_HEIGHT = 0.85  # of the space between two layers


def ridge_lines(hist: np.ndarray, edges: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """x, y of every layer's histogram outline, layer l on baseline y = l + 1, NaN-separated.

    Each outline is scaled to its own tallest bin (the shape matters, not the count) and rises
    towards smaller y (the axis is drawn inverted, layer 1 on top).
    """
    xs: list[np.ndarray] = []
    ys: list[np.ndarray] = []
    for layer in range(hist.shape[0]):
        counts, e = hist[layer], edges[layer]
        if not (np.all(np.isfinite(counts)) and np.all(np.isfinite(e))):
            continue  # a layer after a blow-up
        top = counts.max()
        height = counts / top * _RIDGE_HEIGHT if top > 0 else np.zeros_like(counts)
        base = layer + 1.0
        centres = 0.5 * (e[1:] + e[:-1])
        xs.append(np.concatenate([[e[0]], centres, [e[-1], np.nan]]))
        ys.append(np.concatenate([[base], base - height, [base, np.nan]]))
    if not xs:
        return np.empty(0), np.empty(0)
    return np.concatenate(xs), np.concatenate(ys)


class QtLayerHistograms(pg.GraphicsLayoutWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deepNetHistograms")
        self.setBackground("w")
        self.focus_ring = QtFocusRing.attach(self)
        self.act_plot = self._add_plot(0)
        self.grad_plot = self._add_plot(1)
        self._results: tuple[SimulationResult | None, SimulationResult | None] = (None, None)
        self.curves: dict[str, pg.PlotDataItem] = {}
        for which, colour, style in (
            ("main", MAIN_COLOUR, Qt.PenStyle.SolidLine),
            ("compare", COMPARE_COLOUR, Qt.PenStyle.DashLine),
        ):
            pen = pg.mkPen(colour, width=1.5, style=style)
            self.curves[f"{which}:act"] = self.act_plot.plot(pen=pen)
            self.curves[f"{which}:grad"] = self.grad_plot.plot(pen=pen)
        self.retranslate()
        follow_theme(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Histograms per layer"))
        self.act_plot.setTitle(self.tr("Activations f(z), per layer"))
        self.act_plot.setLabel("bottom", self.tr("activation value"))
        self.grad_plot.setTitle(self.tr("Gradients ∂L/∂input, per layer"))
        self.grad_plot.setLabel("bottom", self.tr("gradient value"))
        for plot in (self.act_plot, self.grad_plot):
            plot.setLabel("left", self.tr("layer"))
        self._describe()

    def _describe(self) -> None:
        shown = [result for result in self._results if result is not None]
        self.setAccessibleDescription(histograms_text(shown))

    def _add_plot(self, column: int) -> pg.PlotItem:
        plot: pg.PlotItem = self.addPlot(row=0, col=column)
        plot.invertY(True)
        plot.showGrid(x=True, y=False, alpha=0.25)
        bound_zoom(plot)
        return plot

    def set_results(self, main: SimulationResult | None, compare: SimulationResult | None) -> None:
        for which, result in (("main", main), ("compare", compare)):
            if result is None:
                self.curves[f"{which}:act"].setData([], [])
                self.curves[f"{which}:grad"].setData([], [])
                continue
            x, y = ridge_lines(result.act_hist, result.act_edges)
            self.curves[f"{which}:act"].setData(x, y, connect="finite")
            x, y = ridge_lines(result.grad_hist, result.grad_edges)
            self.curves[f"{which}:grad"].setData(x, y, connect="finite")
        self._results = (main, compare)
        self._describe()
        for plot in (self.act_plot, self.grad_plot):
            plot.enableAutoRange()
