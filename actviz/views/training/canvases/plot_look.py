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

from actviz.views.theme.appearance import Appearance, follow_appearance
from actviz.views.theme.plot_styler import follow_theme


def cache_axes(plot: pg.PlotItem) -> None:
    """Draw each axis once into a pixmap and reuse it until the axis changes.

    Axis text is the dearest thing in a repaint (about 4 ms an axis offscreen); a map or a
    curve redrawn 30 times a second would otherwise pay it every time its data changes.
    """
    for name in ("left", "bottom", "right", "top"):
        plot.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


class PlotLook(QObject):
    """Tracks the application's appearance for one view; ``dark`` and ``scale`` say how to draw.

    Call :meth:`attach` when the view is shown: from then on the view follows the appearance
    (the shared plot styler themes it) and ``restyle`` is called after every change of theme or
    presentation mode, and once on attaching if there is an appearance already.
    """

    def __init__(self, view: pg.GraphicsView, restyle: Callable[[], None] | None) -> None:
        super().__init__(view)
        self._view = view
        self._restyle = restyle
        self._appearance: Appearance | None = None
        self._following = False

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
        """Start following (idempotent); not in ``__init__``: ``restyle`` may need the view's
        items, which its constructor makes after this object."""
        if self._following:
            return
        self._following = True
        follow_theme(self._view)
        follow_appearance(self)

    def apply_appearance(self, appearance: Appearance) -> None:
        self._appearance = appearance
        if self._restyle is not None:
            self._restyle()
