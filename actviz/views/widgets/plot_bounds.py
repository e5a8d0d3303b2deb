"""Zoom limits for the labs' data plots, so that a wheel or drag may go on without end.

Left alone, a pyqtgraph view box zoomed out a few dozen times overflows its own arithmetic
("Cannot set range [-inf, -inf]" at every further step), and one zoomed in without end reaches
spans float64 cannot hold. Limits alone are not enough either: the view maps data to pixels with
a transform whose determinant is the product of the two scales (pixels per unit), and the mouse
wheel inverts it. Past about 1e±300 the inverse is NaN ("Cannot set range [nan, nan]"). So each
axis's scale must stay within about 1e±150: extents up to 1e150 (the largest value a lab plots:
the deep network stops there) and spans down to 1e-140 at a few thousand pixels keep it so. The
explorer's function plot has its own, tighter, limits: its view range is model state
(:func:`actviz.model.session.clamp_view_range`).
"""

from __future__ import annotations

import pyqtgraph as pg

DATA_EXTENT = 1e150  # a linear axis stays within ±this ...
DATA_MIN_SPAN = 1e-140  # ... and at least this wide
LOG_EXTENT = 320.0  # a log axis, in decades (float64 runs from 1e-324 to 1.8e308)
LOG_MIN_SPAN = 1e-9  # decades


def bound_zoom(plot: pg.PlotItem) -> None:
    """Limit how far ``plot`` can be zoomed and panned; call after setting its log modes."""
    view_box = plot.getViewBox()
    log_x, log_y = view_box.state["logMode"]
    x_extent, x_span = (LOG_EXTENT, LOG_MIN_SPAN) if log_x else (DATA_EXTENT, DATA_MIN_SPAN)
    y_extent, y_span = (LOG_EXTENT, LOG_MIN_SPAN) if log_y else (DATA_EXTENT, DATA_MIN_SPAN)
    view_box.setLimits(
        xMin=-x_extent,
        xMax=x_extent,
        yMin=-y_extent,
        yMax=y_extent,
        minXRange=x_span,
        minYRange=y_span,
    )
