"""Line plots against layer: activation std, gradient norm (both log scale) and the dead and
saturated fractions, for the lab's activation (solid colour) and the comparison (second colour)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QWidget

from actviz import core
from actviz.core.deepnet import SimulationResult
from actviz.core.i18n import format_number
from actviz.views.deepnet.deepnet_text import stats_text
from actviz.views.theme.plot_styler import follow_theme
from actviz.views.widgets.plot_bounds import bound_zoom
from actviz.views.widgets.qt_focus_ring import QtFocusRing

# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
MAIN_COLOUR = "#0072B2"
COMPARE_COLOUR = "#D55E00"


def positive_or_nan(values: np.ndarray) -> np.ndarray:
    """Values for a log axis: zeros, negatives and NaN become gaps, never warnings."""
    out = np.full(values.shape, np.nan)
    mask = np.isfinite(values) & (values > 0)
    out[mask] = values[mask]
    return out


class QtLayerStatsPlots(pg.GraphicsLayoutWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deepNetStatsPlots")
        self.setBackground("w")
        self.focus_ring = QtFocusRing.attach(self)
        self.std_plot = self._add_plot(0, log=True)
        self.grad_plot = self._add_plot(1, log=True)
        self.frac_plot = self._add_plot(2, log=False)
        self._results: tuple[SimulationResult | None, SimulationResult | None] = (None, None)
        self.frac_plot.setYRange(0, 1, padding=0.05)
        for column, plot in enumerate((self.std_plot, self.grad_plot, self.frac_plot)):
            plot.setPreferredWidth(100)  # equal thirds, whatever the titles' lengths
            self.ci.layout.setColumnStretchFactor(column, 1)
        self.curves: dict[str, pg.PlotDataItem] = {}
        for which, colour in (("main", MAIN_COLOUR), ("compare", COMPARE_COLOUR)):
            solid = pg.mkPen(colour, width=2)
            dashed = pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine)
            dotted = pg.mkPen(colour, width=2, style=Qt.PenStyle.DotLine)
            self.curves[f"{which}:std"] = self.std_plot.plot(
                pen=solid, symbol="o", symbolSize=4, symbolBrush=colour, symbolPen=None
            )
            self.curves[f"{which}:grad"] = self.grad_plot.plot(
                pen=solid, symbol="o", symbolSize=4, symbolBrush=colour, symbolPen=None
            )
            self.curves[f"{which}:dead"] = self.frac_plot.plot(pen=solid)
            self.curves[f"{which}:saturated"] = self.frac_plot.plot(
                pen=dotted if which == "main" else dashed
            )
        self._legends = {
            plot: plot.addLegend(offset=(-5, 5), brush=(255, 255, 255, 210))
            for plot in (self.std_plot, self.grad_plot, self.frac_plot)
        }
        self.retranslate()
        follow_theme(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Titles, axes, legends and the description in the learner's language."""
        self.setAccessibleName(self.tr("Per-layer statistics"))
        for plot, title, y_label in (
            (self.std_plot, self.tr("Activation std per layer"), self.tr("std (log)")),
            (self.grad_plot, self.tr("Gradient norm per layer"), self.tr("‖∂L/∂input‖ (log)")),
            (self.frac_plot, self.tr("Dead and saturated units"), self.tr("fraction")),
        ):
            plot.setTitle(title)
            plot.setLabel("left", y_label)
            plot.setLabel("bottom", self.tr("layer"))
        self.set_results(*self._results)

    def _add_plot(self, column: int, *, log: bool) -> pg.PlotItem:
        plot: pg.PlotItem = self.addPlot(row=0, col=column)
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.setLogMode(y=log)
        plot.getAxis("left").enableAutoSIPrefix(False)
        plot.setMouseEnabled(x=False, y=True)
        bound_zoom(plot)
        return plot

    def set_results(self, main: SimulationResult | None, compare: SimulationResult | None) -> None:
        self._results = (main, compare)
        for legend in self._legends.values():
            legend.clear()
        for which, result in (("main", main), ("compare", compare)):
            if result is None:
                for name in ("std", "grad", "dead", "saturated"):
                    self.curves[f"{which}:{name}"].setData([], [])
                continue
            layers = np.arange(1, result.depth + 1)
            label = core.get(result.key).name_text()
            series = {
                "std": positive_or_nan(result.act_std),
                "grad": positive_or_nan(result.grad_norm),
                "dead": result.dead_fraction,
                "saturated": result.saturated_fraction,
            }
            for name, values in series.items():
                curve = self.curves[f"{which}:{name}"]
                if np.any(np.isfinite(values)):
                    curve.setData(layers, values, connect="finite")
                else:  # nothing to draw (after a blow-up): an all-NaN curve upsets autoscale
                    curve.setData([], [])
            self._legends[self.std_plot].addItem(self.curves[f"{which}:std"], label)
            self._legends[self.grad_plot].addItem(self.curves[f"{which}:grad"], label)
            self._legends[self.frac_plot].addItem(
                self.curves[f"{which}:dead"], self.tr("{name} dead").format(name=label)
            )
            self._legends[self.frac_plot].addItem(
                self.curves[f"{which}:saturated"],
                self.tr("{name} |f′| &lt; {limit}").format(
                    name=label, limit=format_number(0.01, "g")
                ),
            )
        shown = [result for result in (main, compare) if result is not None]
        self.setAccessibleDescription(stats_text(shown))
        for plot in (self.std_plot, self.grad_plot, self.frac_plot):
            plot.enableAutoRange(axis="x")
        self.std_plot.enableAutoRange(axis="y")
        self.grad_plot.enableAutoRange(axis="y")
