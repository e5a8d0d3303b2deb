"""A small plot of the loss before each gradient step (one curve, created once, fed by setData)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from actviz.views.theme.plot_styler import follow_theme
from actviz.views.widgets.plot_bounds import bound_zoom

LOSS_COLOUR = "#0072B2"  # Okabe-Ito blue (orange in the dark theme)


class QtLossPlot(pg.PlotWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("neuronLossPlot")
        self.setMinimumHeight(120)
        self.plot_item: pg.PlotItem = self.getPlotItem()
        self.plot_item.setLabel("bottom", "step")
        self.plot_item.setLabel("left", "loss")
        self.plot_item.showGrid(x=True, y=True, alpha=0.25)
        self.plot_item.hideButtons()
        self.plot_item.setMenuEnabled(False)
        bound_zoom(self.plot_item)
        self.curve = self.plot_item.plot(pen=pg.mkPen(LOSS_COLOUR, width=2), symbol=None)
        follow_theme(self)

    def set_history(self, losses: Sequence[float], first_step: int = 1) -> None:
        ys = np.asarray(losses, dtype=np.float64)
        xs = np.arange(first_step, first_step + ys.size, dtype=np.float64)
        self.curve.setData(xs, ys)

    def history(self) -> tuple[list[float], list[float]]:
        xs, ys = self.curve.getData()
        if xs is None:
            return [], []
        return [float(v) for v in xs], [float(v) for v in ys]
