"""How the training lab's plots follow the window's theme and presentation mode.

Class colours must mean the same in both themes, so items drawn in class colours (the map, the
points) are added to a plot's ViewBox directly, where the shared plot styler does not recolour
them; the styler still themes the background, axes, titles, legends and plain curves.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QGraphicsItem

from actviz.views.theme.appearance import Appearance, current_appearance


def cache_axes(plot: pg.PlotItem) -> None:
    """Draw each axis once into a pixmap and reuse it until the axis changes.

    Axis text is the dearest thing in a repaint (about 4 ms an axis offscreen); a map or a
    curve redrawn 25 times a second would otherwise pay it every time its data changes.
    """
    for name in ("left", "bottom", "right", "top"):
        plot.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


class PlotLook(QObject):
    """Tracks the application's appearance for one view; ``dark`` and ``scale`` say how to draw.

    Call :meth:`attach` when the view is shown (the appearance may be created after the view);
    ``restyle`` is called after every change, and once on attaching.
    """

    def __init__(self, view: pg.GraphicsView, restyle: object) -> None:
        super().__init__(view)
        self._view = view
        self._restyle = restyle
        self._appearance: Appearance | None = None

    @property
    def dark(self) -> bool:
        return self._appearance.is_dark() if self._appearance is not None else False

    @property
    def scale(self) -> float:
        return self._appearance.metrics.scale if self._appearance is not None else 1.0

    def attach(self) -> None:
        appearance = current_appearance()
        if appearance is None or appearance is self._appearance:
            return
        if self._appearance is not None:
            self._appearance.changed.disconnect(self._on_changed)
        self._appearance = appearance
        appearance.changed.connect(self._on_changed)
        self._on_changed()

    def _on_changed(self) -> None:
        if self._appearance is not None and self._appearance.applied:
            self._appearance.style_plot(self._view)
        if callable(self._restyle):
            self._restyle()
