"""One small plot per layer: the grid and the two classes as they come out of each 2-unit layer."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from actviz.model.deepnet.space_bender import MAX_LAYERS, BendingSnapshot
from actviz.views.deepnet.deepnet_text import warp_text
from actviz.views.deepnet.qt_layer_stats_plots import COMPARE_COLOUR, MAIN_COLOUR
from actviz.views.theme.plot_styler import follow_theme
from actviz.views.widgets.plot_bounds import bound_zoom
from actviz.views.widgets.qt_focus_ring import QtFocusRing

_COLUMNS = 4


class QtWarpView(pg.GraphicsLayoutWidget):
    """Shows a BendingSnapshot, one plot per layer (objectName ``deepNetWarpView``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deepNetWarpView")
        self.setBackground("w")
        self.focus_ring = QtFocusRing.attach(self)
        self.plots: list[pg.PlotItem] = []
        self.grid_curves: list[pg.PlotDataItem] = []
        self.class_curves: list[tuple[pg.PlotDataItem, pg.PlotDataItem]] = []
        grid_pen = pg.mkPen("#888888", width=1)
        for _index in range(MAX_LAYERS + 1):
            plot = pg.PlotItem()
            plot.setAspectLocked(True)
            plot.showGrid(x=False, y=False)
            plot.hideButtons()
            bound_zoom(plot)
            self.grid_curves.append(plot.plot(pen=grid_pen))
            first = plot.plot(
                pen=None, symbol="o", symbolSize=5, symbolBrush=MAIN_COLOUR, symbolPen=None
            )
            second = plot.plot(
                pen=None, symbol="t", symbolSize=6, symbolBrush=COMPARE_COLOUR, symbolPen=None
            )
            self.class_curves.append((first, second))
            self.plots.append(plot)
        self._shown = 0
        self.retranslate()
        follow_theme(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("The plane after each layer"))
        for index, plot in enumerate(self.plots):
            after = self.tr("after layer {layer}").format(layer=index)
            plot.setTitle(after if index else self.tr("input x"))

    def shown_plots(self) -> int:
        return self._shown

    def set_snapshot(self, snap: BendingSnapshot, activation_name: str = "f") -> None:
        count = len(snap.grid)
        if count != self._shown:
            self.ci.clear()  # re-lay the plots in use; the items themselves are kept
            for index in range(count):
                self.ci.addItem(self.plots[index], row=index // _COLUMNS, col=index % _COLUMNS)
            self._shown = count
        mask = snap.labels == 0
        for index in range(count):
            grid, connect = _defined_polyline(snap.grid[index], snap.connect)
            self.grid_curves[index].setData(grid, connect=connect)
            points = snap.points[index]
            defined = np.all(np.isfinite(points), axis=1)
            first, second = self.class_curves[index]
            first.setData(points[mask & defined])
            second.setData(points[~mask & defined])
            self.plots[index].enableAutoRange()
        self.setAccessibleDescription(warp_text(snap, activation_name))


def _defined_polyline(points: np.ndarray, connect: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The points where a typed activation is defined, joined only where both ends were kept.

    (A formula with a gap, log(x) say, sends some points to NaN; Qt must never get them.)
    """
    defined = np.all(np.isfinite(points), axis=1)
    if defined.all():
        return points, connect
    joined = connect.astype(bool) & defined & np.append(defined[1:], False)
    return points[defined], joined[defined]
