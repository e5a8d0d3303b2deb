"""Keeps one pyqtgraph view in step with the :class:`~actviz.views.theme.appearance.Appearance`.

Panels build their plots once, in light-theme colours and normal sizes, and call
:func:`follow_theme` on the view; they need not know about themes or presentation mode. In the
light theme at normal size a view looks exactly as its panel made it; the dark theme gives it the
dark background and light axes and text. The styler remembers each item's own pen, brush and
size the first time it sees the item (its *base*), and draws it as ``appearance.themed(base
colour)`` at ``base width * metrics.scale``. Because it always starts from the base, toggling
back restores exactly what the panel set. Items added later (a pinned overlay) are picked up
before the next paint, at the cost of comparing one list length per repaint.

Curves (PlotDataItem), markers (ScatterPlotItem) and lines (InfiniteLine) are restyled here.
Bars, images and text items, whose colours a panel sets again on every update, are the panel's
own business: it follows the appearance itself (:func:`~actviz.views.theme.appearance.
follow_appearance`) and draws them with ``appearance.themed(...)``.

This module depends on :mod:`actviz.views.theme.appearance`; the appearance knows nothing of it.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen

from actviz.views.theme.appearance import Appearance, follow_appearance
from actviz.views.widgets.plot_teardown import close_plots_at_exit

_BASE = "_actviz_base"  # attribute holding an item's own look, captured once
# An axis whose grid is at least this opaque draws the grid in its own pen: that pen is a grid
# colour (mapped like any colour), not ink (which turns the theme's foreground).
_OPAQUE_GRID = 128


def follow_theme(view: pg.GraphicsView) -> PlotStyler:
    """Keep ``view`` in step with the application's appearance from now on (idempotent), and
    close it before the interpreter exits (every plot of the app comes through here)."""
    close_plots_at_exit()
    return PlotStyler.for_view(view)


class PlotStyler(QObject):
    """Restyles one pyqtgraph view (its child, objectName ``actvizPlotStyler``)."""

    def __init__(self, view: pg.GraphicsView) -> None:
        super().__init__(view)
        self.setObjectName("actvizPlotStyler")
        self._appearance: Appearance | None = None
        self._view = view
        self._seen = 0
        view.scene().sigPrepareForPaint.connect(self._on_prepare_for_paint)

    @classmethod
    def for_view(cls, view: pg.GraphicsView) -> PlotStyler:
        """The view's styler, created (and following the appearance) on first use."""
        for child in view.children():
            if isinstance(child, PlotStyler):
                return child
        styler = cls(view)
        follow_appearance(styler)
        return styler

    def apply_appearance(self, appearance: Appearance) -> None:
        self._appearance = appearance
        self.restyle()

    def plot_items(self) -> list[pg.PlotItem]:
        return [i for i in self._view.scene().items() if isinstance(i, pg.PlotItem)]

    def _item_count(self) -> int:
        return sum(len(plot_item.items) for plot_item in self.plot_items())

    def restyle(self) -> None:
        appearance = self._appearance
        if appearance is None:  # no Appearance yet: the view stays as its panel made it
            return
        metrics = appearance.metrics
        dark = appearance.is_dark()
        fg = appearance.plot_foreground()
        base_view = _capture(self._view, {"background": QBrush(self._view.backgroundBrush())})
        self._view.setBackground(
            appearance.plot_background() if dark else QBrush(base_view["background"])
        )
        for plot_item in self.plot_items():
            for name in ("left", "bottom", "right", "top"):
                axis = plot_item.getAxis(name)
                base = _capture(
                    axis,
                    {
                        "pen": QPen(axis.pen()),
                        "textPen": QPen(axis.textPen()),
                        "tickFont": axis.style.get("tickFont"),
                    },
                )
                grid = axis.grid
                opaque_grid = grid is not False and grid >= _OPAQUE_GRID
                ink = appearance.themed(base["pen"].color()) if opaque_grid else fg
                axis.setPen(ink if dark else base["pen"])
                axis.setTextPen(fg if dark else base["textPen"])
                if metrics.scale == 1.0:
                    axis.setStyle(tickFont=base["tickFont"])  # the plot's own (None: default)
                else:
                    tick_font = QFont(base["tickFont"] or QFont())
                    tick_font.setPointSizeF(metrics.font_point_size * 0.9)
                    axis.setStyle(tickFont=tick_font)
            title = plot_item.titleLabel
            base_title = _capture(title, {"color": title.opts.get("color")})
            if title.text:
                color = fg if dark else base_title["color"] or pg.getConfigOption("foreground")
                title.setText(title.text, color=color)
            self._restyle_legend(plot_item)
            for item in plot_item.items:
                self._restyle_item(item)
        self._seen = self._item_count()

    def _on_prepare_for_paint(self) -> None:
        if self._appearance is None or self._item_count() == self._seen:
            return
        for plot_item in self.plot_items():
            self._restyle_legend(plot_item)
            for item in plot_item.items:
                if not hasattr(item, _BASE):
                    self._restyle_item(item)
        self._seen = self._item_count()

    def _restyle_legend(self, plot_item: pg.PlotItem) -> None:
        assert self._appearance is not None
        legend = plot_item.legend
        if legend is None:
            return
        base = _capture(
            legend,
            {
                "brush": QBrush(legend.brush()),
                "text": legend.opts.get("labelTextColor"),
                "size": legend.opts.get("labelTextSize"),
            },
        )
        brush = QBrush(base["brush"])
        if brush.style() != Qt.BrushStyle.NoBrush:
            brush.setColor(self._appearance.themed(brush.color()))
            legend.setBrush(brush)
        if self._appearance.is_dark():
            legend.setLabelTextColor(self._appearance.plot_foreground())
        else:
            legend.setLabelTextColor(base["text"] or pg.getConfigOption("foreground"))
        metrics = self._appearance.metrics
        # Entries added later (a legend refilled after each run) take the size from the opts.
        size = base["size"] if metrics.scale == 1.0 else f"{metrics.font_point_size:.1f}pt"
        legend.setLabelTextSize(size)
        for _sample, label in legend.items:
            label.setText(label.text)

    def _restyle_item(self, item: object) -> None:
        assert self._appearance is not None
        scale = self._appearance.metrics.scale
        if isinstance(item, pg.PlotDataItem):
            opts = item.opts
            base = _capture(
                item,
                {
                    "pen": _pen_or_none(opts.get("pen")),
                    "symbolPen": _pen_or_none(opts.get("symbolPen")),
                    "symbolBrush": _brush_or_none(opts.get("symbolBrush")),
                    "symbolSize": opts.get("symbolSize"),
                },
            )
            if base["pen"] is not None:
                item.setPen(self._pen(base["pen"], scale))
            if opts.get("symbol") is not None:
                if base["symbolPen"] is not None:
                    item.setSymbolPen(self._pen(base["symbolPen"], scale))
                if base["symbolBrush"] is not None:
                    item.setSymbolBrush(self._brush(base["symbolBrush"]))
                if base["symbolSize"]:
                    item.setSymbolSize(float(base["symbolSize"]) * scale)
        elif isinstance(item, pg.ScatterPlotItem):
            opts = item.opts
            base = _capture(
                item,
                {
                    "pen": _pen_or_none(opts.get("pen")),
                    "brush": _brush_or_none(opts.get("brush")),
                    "size": opts.get("size"),
                },
            )
            if base["pen"] is not None:
                item.setPen(self._pen(base["pen"], scale))
            if base["brush"] is not None:
                item.setBrush(self._brush(base["brush"]))
            if base["size"]:
                item.setSize(float(base["size"]) * scale)
        elif isinstance(item, pg.InfiniteLine):
            base = _capture(item, {"pen": QPen(item.pen)})
            item.setPen(self._pen(base["pen"], scale))

    def _pen(self, base: QPen, scale: float) -> QPen:
        assert self._appearance is not None
        pen = QPen(base)
        if pen.style() != Qt.PenStyle.NoPen:
            pen.setWidthF(max(base.widthF(), 1.0) * scale)
            pen.setColor(self._appearance.themed(base.color()))
        return pen

    def _brush(self, base: QBrush) -> QBrush:
        assert self._appearance is not None
        brush = QBrush(base)
        if brush.style() != Qt.BrushStyle.NoBrush:
            brush.setColor(self._appearance.themed(base.color()))
        return brush


def _capture(item: object, look: dict[str, Any]) -> dict[str, Any]:
    """The item's base look: stored the first time, returned unchanged afterwards."""
    base = getattr(item, _BASE, None)
    if base is None:
        base = look
        setattr(item, _BASE, base)
    return base


def _pen_or_none(spec: object) -> QPen | None:
    if spec is None:
        return None
    return QPen(pg.mkPen(spec))


def _brush_or_none(spec: object) -> QBrush | None:
    if spec is None:
        return None
    if isinstance(spec, QColor | QBrush):
        return QBrush(spec)
    try:
        return QBrush(pg.mkBrush(spec))
    except (TypeError, ValueError):  # a per-point list or something else pyqtgraph accepts
        return None
