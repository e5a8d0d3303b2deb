"""Keeps one pyqtgraph plot in step with the :class:`~actviz.views.appearance.Appearance`.

Panels build their plots once, in light-theme colours and normal sizes, and need not know about
themes or presentation mode. The styler remembers each item's own pen, brush and size the first
time it sees the item (its *base*), and draws it as ``appearance.themed(base colour)`` at
``base width * metrics.scale``. Because it always starts from the base, toggling back restores
exactly what the panel set. Items added later (a pinned overlay) are picked up before the next
paint, at the cost of comparing one list length per repaint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen

if TYPE_CHECKING:
    from actviz.views.appearance import Appearance

_BASE = "_actviz_base"  # attribute holding an item's own look, captured once


class PlotStyler(QObject):
    def __init__(self, appearance: Appearance, plot: pg.PlotWidget) -> None:
        super().__init__(plot)
        self.setObjectName("actvizPlotStyler")
        self._appearance = appearance
        self._plot = plot
        self._seen = 0
        plot.scene().sigPrepareForPaint.connect(self._on_prepare_for_paint)

    @classmethod
    def for_plot(cls, appearance: Appearance, plot: pg.PlotWidget) -> PlotStyler:
        """The plot's styler, created on first use."""
        for child in plot.children():
            if isinstance(child, PlotStyler):
                child._appearance = appearance
                return child
        return cls(appearance, plot)

    def restyle(self) -> None:
        appearance = self._appearance
        metrics = appearance.metrics
        fg = appearance.plot_foreground()
        self._plot.setBackground(appearance.plot_background())
        plot_item = self._plot.getPlotItem()
        for name in ("left", "bottom", "right", "top"):
            axis = plot_item.getAxis(name)
            axis.setPen(fg)
            axis.setTextPen(fg)
            base_font = _capture(axis, {"tickFont": axis.style.get("tickFont")})["tickFont"]
            if metrics.scale == 1.0:
                axis.setStyle(tickFont=base_font)  # the plot's own choice (None: Qt's default)
            else:
                tick_font = QFont(base_font or QFont())
                tick_font.setPointSizeF(metrics.font_point_size * 0.9)
                axis.setStyle(tickFont=tick_font)
        title = plot_item.titleLabel
        if title.text:
            title.setText(title.text, color=fg)
        self._restyle_legend(plot_item)
        for item in plot_item.items:
            self._restyle_item(item)
        self._seen = len(plot_item.items)

    def _on_prepare_for_paint(self) -> None:
        plot_item = self._plot.getPlotItem()
        if len(plot_item.items) != self._seen:
            self._restyle_legend(plot_item)
            for item in plot_item.items:
                if not hasattr(item, _BASE):
                    self._restyle_item(item)
            self._seen = len(plot_item.items)

    def _restyle_legend(self, plot_item: pg.PlotItem) -> None:
        legend = plot_item.legend
        if legend is None:
            return
        base = _capture(legend, {"brush": QBrush(legend.brush())})
        brush = QBrush(base["brush"])
        if brush.style() != Qt.BrushStyle.NoBrush:
            brush.setColor(self._appearance.themed(brush.color()))
            legend.setBrush(brush)
        legend.setLabelTextColor(self._appearance.plot_foreground())
        size = f"{self._appearance.metrics.font_point_size:.1f}pt"
        for _sample, label in legend.items:
            label.setAttr("size", size)
            label.setText(label.text)

    def _restyle_item(self, item: object) -> None:
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

    def _pen(self, base: QPen, scale: float) -> QPen:
        pen = QPen(base)
        if pen.style() != Qt.PenStyle.NoPen:
            pen.setWidthF(max(base.widthF(), 1.0) * scale)
            pen.setColor(self._appearance.themed(base.color()))
        return pen

    def _brush(self, base: QBrush) -> QBrush:
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
