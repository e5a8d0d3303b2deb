"""Logits, the exponentials and the output as three bar charts side by side, arg-max marked.

With the naive toggle on, the middle chart shows the order of magnitude of the naive exp(z/T)
against the largest float64 (bars past the dashed line overflowed to inf), and the right chart
draws the naive output beside the stable one, writing NaN / −inf where it broke.

Bars and numbers are drawn in the theme's colours (the view follows the appearance and redraws its
last snapshot when the theme changes); the numbers grow in presentation mode.

The most probable class is marked by more than its colour: a star before its name under every
chart and before its value, and a heavy outline round its bars. The accessible description reads
every class's numbers (:mod:`actviz.views.softmax.softmax_text`).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from actviz.model.softmax.lab import MAX_CLASSES
from actviz.model.softmax.snapshot import SoftmaxSnapshot
from actviz.views.softmax import qt_softmax_style as style
from actviz.views.softmax.softmax_text import bars_text, class_ticks
from actviz.views.theme.appearance import Appearance, follow_appearance
from actviz.views.theme.plot_styler import follow_theme
from actviz.views.widgets.plot_bounds import bound_zoom
from actviz.views.widgets.qt_focus_ring import QtFocusRing

_LOG10_MAX_FLOAT = math.log10(np.finfo(np.float64).max)
_LOG10_MIN_FLOAT = math.log10(np.finfo(np.float64).smallest_subnormal)
_WIDTH = 0.6
TOP_OUTLINE = 3.0  # px, the outline of the most probable class's bars


class QtSoftmaxBars(pg.GraphicsLayoutWidget):
    """Shows a :class:`SoftmaxSnapshot` as bars (objectName ``softmaxBars``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("softmaxBars")
        self.setBackground("w")
        self._appearance: Appearance | None = None
        self._shown: tuple[SoftmaxSnapshot, bool] | None = None
        self.focus_ring = QtFocusRing.attach(self)
        self.logit_plot = self._make_plot(0, "")
        self.exp_plot = self._make_plot(1, style.terms_title("softmax"))
        self.output_plot = self._make_plot(2, style.OUTPUT_TITLE["softmax"])
        for column, plot in enumerate((self.logit_plot, self.exp_plot, self.output_plot)):
            plot.setPreferredWidth(100)  # equal thirds, whatever the titles' lengths
            self.ci.layout.setColumnStretchFactor(column, 1)

        empty = np.zeros(0)
        self.logit_bars = pg.BarGraphItem(x=empty, height=empty, width=_WIDTH)
        self.exp_bars = pg.BarGraphItem(x=empty, height=empty, width=_WIDTH)
        self.output_bars = pg.BarGraphItem(x=empty, height=empty, width=_WIDTH)
        self.naive_bars = pg.BarGraphItem(
            x=empty,
            height=empty,
            width=_WIDTH / 2,
            brush=pg.mkBrush(style.NAIVE),
            pen=pg.mkPen(style.TEXT),
        )
        self.logit_plot.addItem(self.logit_bars)
        self.exp_plot.addItem(self.exp_bars)
        self.output_plot.addItem(self.output_bars)
        self.output_plot.addItem(self.naive_bars)
        dashed = pg.mkPen(style.BROKEN, width=1.5, style=Qt.PenStyle.DashLine)
        # Plain lines with separate text items: an InfiniteLine's own label (InfLineLabel) crashes
        # the interpreter at exit when the panel is torn down after the QApplication.
        self.overflow_line = pg.InfiniteLine(_LOG10_MAX_FLOAT, angle=0, pen=dashed)
        self.underflow_line = pg.InfiniteLine(_LOG10_MIN_FLOAT, angle=0, pen=dashed)
        self.overflow_text = self._make_text(self.exp_plot, style.BROKEN)
        self.underflow_text = self._make_text(self.exp_plot, style.BROKEN)
        self.overflow_text.setAnchor((0.0, 1.0))
        self.underflow_text.setAnchor((0.0, 0.0))
        for line in (self.overflow_line, self.underflow_line):
            self.exp_plot.addItem(line, ignoreBounds=True)
            line.hide()
        # Text items are made once for the largest class count and hidden when not needed.
        self.value_texts = [self._make_text(self.output_plot) for _ in range(MAX_CLASSES)]
        self.naive_texts = [
            self._make_text(self.output_plot, style.BROKEN) for _ in range(MAX_CLASSES)
        ]
        self.retranslate()
        follow_theme(self)
        follow_appearance(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The charts' words in the learner's language (their numbers too, at the next show)."""
        self.setAccessibleName(self.tr("Softmax bars: logits, terms and outputs"))
        self.logit_plot.setTitle(self.tr("logits z = score + shift"))
        self.overflow_text.setText(self.tr("largest float64 ≈ 1.8e308"))
        self.underflow_text.setText(self.tr("smallest float64 ≈ 5e−324"))
        if self._shown is not None:
            self.show_snapshot(*self._shown)

    def apply_appearance(self, appearance: Appearance) -> None:
        self._appearance = appearance
        self.naive_bars.setOpts(
            brush=self._brush(style.NAIVE), pen=pg.mkPen(self._colour(style.TEXT))
        )
        for item in (self.overflow_text, self.underflow_text, *self.naive_texts):
            item.setColor(self._colour(style.BROKEN))
        if self._shown is not None:
            self.show_snapshot(*self._shown)

    def _colour(self, colour: str | tuple[int, ...]) -> QColor:
        return style.themed(self._appearance, colour)

    def _brush(self, colour: str | tuple[int, ...]) -> QBrush:
        return QBrush(self._colour(colour))

    def value_point_size(self, crowded: bool) -> float:
        """The size of the numbers over the bars (more classes, smaller; presentation, larger)."""
        scale = self._appearance.metrics.font_scale if self._appearance is not None else 1.0
        return (7.0 if crowded else 9.0) * scale

    def _make_plot(self, column: int, title: str) -> pg.PlotItem:
        plot = self.addPlot(row=0, col=column, title=title)
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.showGrid(y=True, alpha=0.2)
        bound_zoom(plot)
        return plot

    @staticmethod
    def _make_text(plot: pg.PlotItem, color: str = style.TEXT, text: str = "") -> pg.TextItem:
        item = pg.TextItem(text, color=color, anchor=(0.5, 1.0))
        plot.addItem(item, ignoreBounds=True)
        item.hide()
        return item

    # model -> widget -------------------------------------------------------------------------
    def show_snapshot(self, snap: SoftmaxSnapshot, naive_on: bool) -> None:
        self._shown = (snap, naive_on)
        n = snap.n
        x = np.arange(n, dtype=np.float64)
        brushes = [self._brush(style.TOP if i == snap.top else style.BAR) for i in range(n)]
        ticks = [class_ticks(snap)]
        for plot in (self.logit_plot, self.exp_plot, self.output_plot):
            plot.getAxis("bottom").setTicks(ticks)
            plot.setXRange(-0.6, n - 0.4, padding=0)

        pens = self._outlines(snap)
        self.logit_bars.setOpts(x=x, height=snap.logits, brushes=brushes, pens=pens)
        self._show_terms(snap, x, brushes, naive_on)
        self.output_plot.setTitle(style.OUTPUT_TITLE[snap.mode])
        offset = _WIDTH / 4 if naive_on else 0.0
        self.output_bars.setOpts(
            x=x - offset,
            height=snap.output,
            brushes=brushes,
            pens=pens,
            width=_WIDTH / 2 if naive_on else _WIDTH,
        )
        self._show_values(snap, x - offset)
        self._show_naive_output(snap, x + _WIDTH / 4, naive_on)
        description = bars_text(snap, naive_on)
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)

    @staticmethod
    def _outlines(snap: SoftmaxSnapshot) -> list[Any]:
        """A heavy ink outline round the most probable class's bars, a thin one elsewhere."""
        top = pg.mkPen(style.TEXT, width=TOP_OUTLINE)
        plain = pg.mkPen(style.TEXT, width=0.5)
        return [top if i == snap.top else plain for i in range(snap.n)]

    def _show_terms(
        self, snap: SoftmaxSnapshot, x: np.ndarray, brushes: list[Any], naive_on: bool
    ) -> None:
        if naive_on:
            naive = snap.naive
            broken = naive.overflowed | naive.underflowed
            self.exp_plot.setTitle(self.tr("naive log₁₀ exp(z/T)"))  # the dashed line marks inf
            self.exp_bars.setOpts(
                x=x,
                pens=self._outlines(snap),
                height=naive.log10_exp,
                brushes=[
                    self._brush(style.BROKEN) if b else brushes[i] for i, b in enumerate(broken)
                ],
            )
            near_overflow = bool(np.max(naive.log10_exp) > 0.5 * _LOG10_MAX_FLOAT)
            near_underflow = bool(np.min(naive.log10_exp) < 0.5 * _LOG10_MIN_FLOAT)
            for item in (self.overflow_line, self.overflow_text):
                item.setVisible(near_overflow)
            for item in (self.underflow_line, self.underflow_text):
                item.setVisible(near_underflow)
            self.overflow_text.setPos(-0.55, _LOG10_MAX_FLOAT)
            self.underflow_text.setPos(-0.55, _LOG10_MIN_FLOAT)
        else:
            self.exp_plot.setTitle(style.terms_title(snap.mode))
            pens = self._outlines(snap)
            self.exp_bars.setOpts(x=x, height=snap.terms, brushes=brushes, pens=pens)
            for item in (self.overflow_line, self.overflow_text):
                item.hide()
            for item in (self.underflow_line, self.underflow_text):
                item.hide()

    def _show_values(self, snap: SoftmaxSnapshot, x: np.ndarray) -> None:
        for i, item in enumerate(self.value_texts):
            if i < snap.n:
                value = float(snap.output[i])
                star = "★ " if i == snap.top else ""  # the arg-max, also coloured in every chart
                crowded = snap.n > 5
                text = style.compact_number(value) if crowded else style.number_text(value)
                item.setText(star + text)
                item.setColor(self._colour(style.TOP if i == snap.top else style.TEXT))
                font = item.textItem.font()
                font.setPointSizeF(self.value_point_size(crowded))
                item.setFont(font)
                item.setPos(float(x[i]), max(value, 0.0))
                item.show()
            else:
                item.hide()

    def _show_naive_output(self, snap: SoftmaxSnapshot, x: np.ndarray, naive_on: bool) -> None:
        output = snap.naive.output
        finite = np.isfinite(output)
        self.naive_bars.setVisible(naive_on)
        self.naive_bars.setOpts(x=x, height=np.where(finite, output, 0.0))
        for i, item in enumerate(self.naive_texts):
            if naive_on and i < snap.n and not finite[i]:
                item.setText(style.number_text(float(output[i])))
                item.setPos(float(x[i]), 0.0)
                item.show()
            else:
                item.hide()

    # read back (tests, exports) --------------------------------------------------------------
    def heights(self, which: str) -> np.ndarray:
        """The drawn heights of ``logits``, ``exp``, ``output`` or ``naive``."""
        item = {
            "logits": self.logit_bars,
            "exp": self.exp_bars,
            "output": self.output_bars,
            "naive": self.naive_bars,
        }[which]
        return np.asarray(item.opts["height"], dtype=np.float64)
