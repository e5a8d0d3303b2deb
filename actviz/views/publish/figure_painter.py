"""Paints an activation's figure (f solid, f' dashed, axes, ticks, title) with a plain QPainter.

One painter for every kind of output: a ``QImage`` (PNG, animation frames), a ``QSvgGenerator``
(SVG) and a ``QPdfWriter`` (PDF, handouts, cheat sheets) all take the same calls, so an SVG or PDF
is true vector graphics and a PNG looks the same. (pyqtgraph's own SVG exporter cannot read what
Qt 6.11 writes, and a scene grab is a bitmap.) The numbers (samples, ranges, ticks, labels) come
from :func:`actviz.core.figure.activation_figure`; this module only draws them.

Sizes are in *design pixels* (1/96 inch): the caller says how many painter units make one
(``unit``), so the same figure fits a 800 px PNG and a 1200 dpi PDF page alike.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from actviz.core.activation import FloatArray
from actviz.core.figure import FigureData
from actviz.core.sampling import EndPoints
from actviz.views.theme.colours import (
    DARK_CURVES,
    LIGHT_CURVES,
    OKABE_ITO,
    PLOT_BACKGROUND,
    PLOT_FOREGROUND,
)

FIGURE_THEMES = ("light", "dark")
# Curves far outside the view are cut to this many view heights away, so the painter never
# meets coordinates like 1e300 (the visible part of each segment keeps its slope to < 1/100 px).
CLIP_BAND = 100.0


@dataclass(frozen=True)
class FigureStyle:
    """Colours and sizes (design pixels) of a figure; :meth:`for_theme` gives the app's looks."""

    background: QColor
    foreground: QColor
    grid: QColor
    zero_line: QColor
    function: QColor
    derivative: QColor
    line_width: float = 2.5
    font_px: int = 13
    title_px: int = 15
    marker_px: float = 8.0
    legend: bool = True
    axis_label: bool = True

    @classmethod
    def for_theme(cls, theme: str = "light", **sizes: object) -> FigureStyle:
        """The light or dark look of the app's plots (Okabe-Ito curves, same backgrounds)."""
        if theme not in FIGURE_THEMES:
            raise ValueError(f"theme must be one of {', '.join(FIGURE_THEMES)}, got {theme!r}")
        background = QColor(PLOT_BACKGROUND[theme])
        foreground = QColor(PLOT_FOREGROUND[theme])
        curves = LIGHT_CURVES if theme == "light" else DARK_CURVES
        return cls(
            background=background,
            foreground=foreground,
            grid=_blend(foreground, background, 0.14),
            zero_line=_blend(foreground, background, 0.45),
            function=QColor(OKABE_ITO[curves[0]]),
            derivative=QColor(OKABE_ITO[curves[1]]),
            **sizes,  # type: ignore[arg-type]
        )


def _blend(a: QColor, b: QColor, share_of_a: float) -> QColor:
    def mix(x: float, y: float) -> float:
        return share_of_a * x + (1.0 - share_of_a) * y

    return QColor.fromRgbF(
        mix(a.redF(), b.redF()), mix(a.greenF(), b.greenF()), mix(a.blueF(), b.blueF())
    )


def figure_font(pixel_size: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPixelSize(max(1, pixel_size))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # same layout at any scale
    return font


def paint_figure(
    painter: QPainter,
    rect: QRectF,
    data: FigureData,
    style: FigureStyle,
    *,
    unit: float = 1.0,
    fill_background: bool = True,
) -> None:
    """Draw ``data`` into ``rect`` (painter units); one design pixel is ``unit`` painter units."""
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.translate(rect.topLeft())
        painter.scale(unit, unit)
        area = QRectF(0.0, 0.0, rect.width() / unit, rect.height() / unit)
        if fill_background:
            painter.fillRect(area, style.background)
        _FigurePainter(painter, area, data, style).paint()
    finally:
        painter.restore()


class _FigurePainter:
    """One figure's drawing steps, sharing the plot area and the data-to-pixel mapping."""

    def __init__(self, painter: QPainter, area: QRectF, data: FigureData, style: FigureStyle):
        self.p, self.data, self.style = painter, data, style
        self.font = figure_font(style.font_px)
        self.title_font = figure_font(style.title_px, bold=True)
        metrics = QFontMetricsF(self.font)
        self.text_height = metrics.height()
        label_width = max((metrics.horizontalAdvance(t) for t in data.y_labels), default=0.0)
        pad = style.font_px * 0.5
        top = QFontMetricsF(self.title_font).height() * 1.4 if data.title else pad
        left = label_width + pad * 2 + (self.text_height if style.axis_label else 0.0)
        bottom = self.text_height * (2.0 if style.axis_label else 1.0) + 8.0
        last_label = data.x_labels[-1] if data.x_labels else ""
        right = max(pad * 2, metrics.horizontalAdvance(last_label) / 2)
        self.area = area
        self.plot = QRectF(
            area.left() + left,
            area.top() + top,
            max(area.width() - left - right, 1.0),
            max(area.height() - top - bottom, 1.0),
        )

    # data -> design pixels ---------------------------------------------------------------------
    def px(self, x: FloatArray) -> FloatArray:
        x0, x1 = self.data.x_range
        return self.plot.left() + (x - x0) * (self.plot.width() / (x1 - x0))

    def py(self, y: FloatArray) -> FloatArray:
        y0, y1 = self.data.y_range
        band = CLIP_BAND * (y1 - y0)
        clipped = np.clip(y, y0 - band, y1 + band)  # NaN stays NaN: a break in the line
        return self.plot.bottom() - (clipped - y0) * (self.plot.height() / (y1 - y0))

    # steps -------------------------------------------------------------------------------------
    def paint(self) -> None:
        self.grid_and_ticks()
        self.p.save()
        self.p.setClipRect(self.plot)
        samples = self.data.samples
        if self.data.show_derivative:
            self.curve(samples.df_x, samples.df_y, self.style.derivative, dashed=True)
        self.curve(samples.f_x, samples.f_y, self.style.function, dashed=False)
        if self.data.show_derivative:
            self.end_points(samples.df_ends, self.style.derivative)
        self.end_points(samples.f_ends, self.style.function)
        self.p.restore()
        self.frame()
        if self.style.legend:
            self.legend()
        self.title()

    def grid_and_ticks(self) -> None:
        p, style, plot = self.p, self.style, self.plot
        grid = QPen(style.grid, 1.0)
        zero = QPen(style.zero_line, 1.2)
        p.setFont(self.font)
        xs = self.px(self.data.x_ticks)
        ys = self.py(self.data.y_ticks)
        for value, x, text in zip(self.data.x_ticks, xs, self.data.x_labels, strict=True):
            p.setPen(zero if value == 0.0 else grid)
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            p.setPen(style.foreground)
            box = QRectF(x - 60.0, plot.bottom() + 3.0, 120.0, self.text_height)
            p.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
        for value, y, text in zip(self.data.y_ticks, ys, self.data.y_labels, strict=True):
            p.setPen(zero if value == 0.0 else grid)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(style.foreground)
            box = QRectF(
                self.area.left(), y - self.text_height / 2, plot.left() - self.area.left() - 5.0,
                self.text_height,
            )
            p.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        if style.axis_label:
            p.setPen(style.foreground)
            below = QRectF(
                plot.left(), plot.bottom() + 3.0 + self.text_height, plot.width(), self.text_height
            )
            p.drawText(below, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, "x")

    def curve(self, x: FloatArray, y: FloatArray, color: QColor, *, dashed: bool) -> None:
        if not x.size:
            return
        path = finite_path(self.px(x), self.py(y))
        pen = QPen(color, self.style.line_width * (0.85 if dashed else 1.0))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if dashed:
            pen.setDashPattern([3.0, 2.0])
        self.p.setPen(pen)
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawPath(path)

    def end_points(self, ends: EndPoints, color: QColor) -> None:
        """A filled dot at the value at a jump, a hollow one at the other side's limit."""
        radius = self.style.marker_px / 2
        self.p.setPen(QPen(color, max(1.5, self.style.line_width * 0.7)))
        for xs, ys, brush in (
            (ends.open_x, ends.open_y, self.style.background),
            (ends.closed_x, ends.closed_y, color),
        ):
            self.p.setBrush(brush)
            for x, y in zip(self.px(xs), self.py(ys), strict=True):
                if np.isfinite(x) and np.isfinite(y):
                    self.p.drawEllipse(QPointF(float(x), float(y)), radius, radius)

    def frame(self) -> None:
        self.p.setPen(QPen(self.style.zero_line, 1.0))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawRect(self.plot)

    def legend(self) -> None:
        p, style = self.p, self.style
        entries = [("f(x)", style.function, False)]
        if self.data.show_derivative:
            entries.append(("f′(x)", style.derivative, True))
        metrics = QFontMetricsF(self.font)
        sample = style.font_px * 2.0
        width = sample + 6.0 + max(metrics.horizontalAdvance(t) for t, _, _ in entries) + 12.0
        height = self.text_height * len(entries) + 8.0
        box = QRectF(self.plot.left() + 8.0, self.plot.top() + 8.0, width, height)
        background = QColor(style.background)
        background.setAlphaF(0.85)
        p.setPen(QPen(style.grid, 1.0))
        p.setBrush(background)
        p.drawRect(box)
        p.setFont(self.font)
        for i, (text, color, dashed) in enumerate(entries):
            y = box.top() + 4.0 + self.text_height * (i + 0.5)
            pen = QPen(color, style.line_width)
            if dashed:
                pen.setDashPattern([3.0, 2.0])
            p.setPen(pen)
            p.drawLine(QPointF(box.left() + 6.0, y), QPointF(box.left() + 6.0 + sample, y))
            p.setPen(style.foreground)
            left = box.left() + 12.0 + sample
            label = QRectF(left, y - self.text_height / 2, width, self.text_height)
            p.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def title(self) -> None:
        if not self.data.title:
            return
        self.p.setPen(self.style.foreground)
        self.p.setFont(self.title_font)
        area = self.area
        box = QRectF(area.left(), area.top(), area.width(), self.plot.top() - area.top())
        metrics = QFontMetricsF(self.title_font)
        text = metrics.elidedText(self.data.title, Qt.TextElideMode.ElideRight, box.width() - 4.0)
        self.p.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, text)


def finite_path(x: FloatArray, y: FloatArray) -> QPainterPath:
    """The polyline through the points, broken wherever x or y is not finite (a pole, a gap); a
    lone finite point between two breaks has no line to draw and is left out.

    The figure painters need no pyqtgraph (it costs a third of a headless command's start-up)."""
    path = QPainterPath()
    finite = np.isfinite(x) & np.isfinite(y)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], finite.astype(np.int8), [0]))))
    for start, stop in zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True):
        if stop - start < 2:
            continue
        xs, ys = x[start:stop].tolist(), y[start:stop].tolist()
        path.addPolygon(QPolygonF([QPointF(a, b) for a, b in zip(xs, ys, strict=True)]))
    return path
