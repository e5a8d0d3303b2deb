"""How the function plot's pieces look: cosmetic pens, the end points of a jump, the axes' grid,
and pyqtgraph's limits (made once, when the plot is built)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from actviz.model.session import MIN_VIEW_SPAN, VIEW_LIMIT

GRID_COLOR = "#dcdcdc"


def pen(color: QColor, *, dashed: bool = False, width: float = 2.0) -> pg.QtGui.QPen:
    """A cosmetic pen (its width in pixels at every zoom)."""
    line = pg.mkPen(color=color, width=width)
    line.setCosmetic(True)
    if dashed:
        line.setStyle(Qt.PenStyle.DashLine)
    return line


def end_markers(color: QColor, *, filled: bool) -> pg.ScatterPlotItem:
    """The dots at a jump's ends: filled where the value is taken, open where it is not."""
    brush = pg.mkBrush(color) if filled else pg.mkBrush(255, 255, 255)
    return pg.ScatterPlotItem(size=9, pen=pg.mkPen(color, width=2), brush=brush, symbol="o")


def style_axes(plot_item: pg.PlotItem) -> None:
    """Opaque grid lines at major ticks, the maths' axis names, no autoscale button or menu."""
    for name in ("left", "bottom"):
        axis = plot_item.getAxis(name)
        # An opaque light grid at major ticks only: translucent (alpha-blended) grid lines took
        # half of each repaint at 1200 px. The axis pen is the grid colour; labels stay dark.
        axis.setPen(GRID_COLOR)
        axis.setTextPen("#202124")
        axis.setStyle(maxTickLevel=0)
        axis.setGrid(255)
    # Axes with a grid sit at z 0.5; the view box above them keeps the grid lines under the
    # curves and the legend box instead of through the legend's text.
    plot_item.getViewBox().setZValue(1)
    plot_item.setLabel("bottom", "x")  # symbols: the same in every language
    plot_item.setLabel("left", "f(x), f′(x)")
    plot_item.hideButtons()  # autoscale would fight the model's view range
    plot_item.setMenuEnabled(False)


def limit_view(view_box: pg.ViewBox) -> None:
    """pyqtgraph's own limits stop a wheel or drag far past what the model accepts (and keep its
    arithmetic finite); the exact rule is clamp_view_range, applied to every change."""
    view_box.disableAutoRange()
    view_box.setLimits(
        xMin=-VIEW_LIMIT,
        xMax=VIEW_LIMIT,
        yMin=-VIEW_LIMIT,
        yMax=VIEW_LIMIT,
        minXRange=MIN_VIEW_SPAN,
        minYRange=MIN_VIEW_SPAN,
    )
