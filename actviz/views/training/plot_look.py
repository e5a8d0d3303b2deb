"""How the training lab's plots follow the window's theme and presentation mode.

Class colours must mean the same in both themes, so items drawn in class colours (the map, the
points) are added to a plot's ViewBox directly, where the shared plot styler does not recolour
them; the styler still themes the background, axes, titles, legends and plain curves.
"""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QGraphicsItem
from shiboken6 import isValid

from actviz.views.theme.appearance import Appearance, current_appearance


def cache_axes(plot: pg.PlotItem) -> None:
    """Draw each axis once into a pixmap and reuse it until the axis changes.

    Axis text is the dearest thing in a repaint (about 4 ms an axis offscreen); a map or a
    curve redrawn 30 times a second would otherwise pay it every time its data changes.
    """
    for name in ("left", "bottom", "right", "top"):
        plot.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


class PlotLook(QObject):
    """Tracks the application's appearance for one view; ``dark`` and ``scale`` say how to draw.

    Call :meth:`attach` when the view is shown (the appearance may be created after the view);
    ``restyle`` is called after every change, and once on attaching.
    """

    def __init__(self, view: pg.GraphicsView, restyle: Callable[[], None] | None) -> None:
        super().__init__(view)
        self._view = view
        self._restyle = restyle
        self._appearance: Appearance | None = None

    @property
    def dark(self) -> bool:
        appearance = self._live()
        return appearance.is_dark() if appearance is not None else False

    @property
    def scale(self) -> float:
        appearance = self._live()
        return appearance.metrics.scale if appearance is not None else 1.0

    def _live(self) -> Appearance | None:
        """The appearance, unless its window (its Qt parent) is gone: then the defaults."""
        appearance = self._appearance
        return appearance if appearance is not None and isValid(appearance) else None

    def attach(self) -> None:
        # current_appearance() can outlive the window that owned it (a closed window, a test):
        # a deleted one is passed over, never called.
        appearance = current_appearance()
        if appearance is None or not isValid(appearance) or appearance is self._appearance:
            return
        if self._live() is not None:
            self._appearance.changed.disconnect(self._on_changed)  # type: ignore[union-attr]
        self._appearance = appearance
        appearance.changed.connect(self._on_changed)
        self._on_changed()

    def _on_changed(self) -> None:
        appearance = self._live()
        if appearance is not None and appearance.applied:
            appearance.style_plot(self._view)
        if self._restyle is not None:
            self._restyle()
