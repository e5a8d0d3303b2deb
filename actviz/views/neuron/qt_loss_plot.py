"""A small plot of the loss before each gradient step (one curve, created once, fed by setData)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from actviz.core.i18n import format_number
from actviz.views.theme.plot_styler import follow_theme
from actviz.views.widgets.plot_bounds import bound_zoom
from actviz.views.widgets.qt_focus_ring import QtFocusRing

LOSS_COLOUR = "#0072B2"  # Okabe-Ito blue (orange in the dark theme)


class QtLossPlot(pg.PlotWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("neuronLossPlot")
        self.focus_ring = QtFocusRing.attach(self)
        self.setMinimumHeight(120)
        self.plot_item: pg.PlotItem = self.getPlotItem()
        self.plot_item.showGrid(x=True, y=True, alpha=0.25)
        self.plot_item.hideButtons()
        self.plot_item.setMenuEnabled(False)
        bound_zoom(self.plot_item)
        self.curve = self.plot_item.plot(pen=pg.mkPen(LOSS_COLOUR, width=2), symbol=None)
        self._losses: Sequence[float] = ()
        self._first_step = 1
        self.retranslate()
        follow_theme(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Loss over the steps"))
        self.plot_item.setLabel("bottom", self.tr("step"))
        self.plot_item.setLabel("left", self.tr("loss"))
        self._describe()

    def set_history(self, losses: Sequence[float], first_step: int = 1) -> None:
        ys = np.asarray(losses, dtype=np.float64)
        xs = np.arange(first_step, first_step + ys.size, dtype=np.float64)
        self.curve.setData(xs, ys)
        self._losses, self._first_step = losses, first_step
        self._describe()

    def _describe(self) -> None:
        """Say in the accessible description where the loss started and where it is now."""
        ys = np.asarray(self._losses, dtype=np.float64)
        xs = np.arange(self._first_step, self._first_step + ys.size, dtype=np.float64)
        if ys.size == 0:
            self.setAccessibleDescription(self.tr("No steps taken yet."))
        else:
            self.setAccessibleDescription(
                self.tr("Loss {first} at step {start}, {last} at step {end}.").format(
                    first=format_number(float(ys[0]), ".4g"),
                    start=int(xs[0]),
                    last=format_number(float(ys[-1]), ".4g"),
                    end=int(xs[-1]),
                )
            )

    def history(self) -> tuple[list[float], list[float]]:
        xs, ys = self.curve.getData()
        if xs is None:
            return [], []
        return [float(v) for v in xs], [float(v) for v in ys]
