"""The Jacobian d output_i / d z_j as a heat map with each value written in its cell.

Blue is negative, orange-red positive and the canvas colour zero (white, or near-black in the dark
theme): a diverging scale of the theme's canvas colours, symmetric about zero and following the
largest entry, so the pattern stays visible at any temperature (the values say the size). The
numbers grow in presentation mode.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from actviz.core.i18n import format_number
from actviz.model.softmax.lab import MAX_CLASSES
from actviz.model.softmax.snapshot import SoftmaxSnapshot
from actviz.views.softmax import qt_softmax_style as style
from actviz.views.softmax.softmax_text import class_ticks, jacobian_text
from actviz.views.theme.appearance import (
    Appearance,
    CanvasColours,
    canvas_colours,
    contrast_ratio,
    follow_appearance,
)
from actviz.views.theme.plot_styler import follow_theme
from actviz.views.widgets.plot_bounds import bound_zoom
from actviz.views.widgets.qt_focus_ring import QtFocusRing


def diverging_colormap(colours: CanvasColours) -> pg.ColorMap:
    """low (most negative) through the background (zero) to high (most positive)."""
    stops = [colours.low, colours.background, colours.high]
    rgba = np.array([[c.red(), c.green(), c.blue(), 255] for c in stops], dtype=np.ubyte)
    return pg.ColorMap(pos=np.array([0.0, 0.5, 1.0]), color=rgba)


class QtJacobianHeatmap(pg.GraphicsLayoutWidget):
    """Shows a snapshot's Jacobian (objectName ``softmaxJacobian``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("softmaxJacobian")
        self.setBackground("w")
        self.colours = canvas_colours(None)
        self._font_scale = 1.0
        self.focus_ring = QtFocusRing.attach(self)
        self.plot = self.addPlot(title=style.jacobian_title("softmax"))
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.invertY(True)  # row 0 at the top, as a matrix is written
        self.plot.setAspectLocked(True)
        bound_zoom(self.plot)
        self.image = pg.ImageItem(axisOrder="row-major")
        self._colormap = diverging_colormap(self.colours)
        self.image.setColorMap(self._colormap)
        self.plot.addItem(self.image)
        self.cell_texts = [
            pg.TextItem("", color=style.TEXT, anchor=(0.5, 0.5)) for _ in range(MAX_CLASSES**2)
        ]
        for item in self.cell_texts:
            self.plot.addItem(item, ignoreBounds=True)
            item.hide()
        self._matrix = np.zeros((0, 0))
        self._shown_n = 0
        self._cell_state: list[tuple[str, str] | None] = [None] * MAX_CLASSES**2
        self._snapshot: SoftmaxSnapshot | None = None
        self.retranslate()
        follow_theme(self)
        follow_appearance(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Jacobian heat map"))
        self.plot.getAxis("bottom").setLabel(self.tr("with respect to z_j"))
        self.plot.getAxis("left").setLabel(self.tr("output i"))
        if self._snapshot is not None:
            self.show_snapshot(self._snapshot)

    def apply_appearance(self, appearance: Appearance) -> None:
        self.colours = appearance.canvas_colours()
        self._font_scale = appearance.metrics.font_scale
        self._colormap = diverging_colormap(self.colours)
        self.image.setColorMap(self._colormap)
        self._cell_state = [None] * MAX_CLASSES**2  # every cell's colour is new
        self._shown_n = 0  # and its font size
        if self._snapshot is not None:
            self.show_snapshot(self._snapshot)

    def cell_point_size(self, n: int) -> float:
        """The size of the numbers in the cells (more classes, smaller; presentation, larger)."""
        return (9.0 if n <= 5 else 7.0 if n <= 7 else 6.0) * self._font_scale

    def cell_colours(self, values: np.ndarray, scale: float) -> list[QColor]:
        """The colours the heat map gives ``values`` when the scale runs from -scale to scale."""
        rgba = self._colormap.map((values.ravel() / scale + 1.0) / 2.0, mode=pg.ColorMap.BYTE)
        return [QColor(int(r), int(g), int(b)) for r, g, b, _a in rgba]

    def text_colour(self, cell: QColor) -> QColor:
        """Ink or background, whichever contrasts more with the cell it is written on."""
        ink, paper = self.colours.text, self.colours.background
        return ink if contrast_ratio(ink, cell) >= contrast_ratio(paper, cell) else paper

    # model -> widget -------------------------------------------------------------------------
    def show_snapshot(self, snap: SoftmaxSnapshot) -> None:
        self._snapshot = snap
        jac = snap.jacobian
        n = jac.shape[0]
        self._matrix = jac
        scale = float(np.max(np.abs(jac)))
        scale = scale if scale > 0.0 else 1.0
        self.image.setImage(jac, levels=(-scale, scale), autoLevels=False)
        self.image.setRect(QRectF(0.0, 0.0, float(n), float(n)))
        self.plot.setTitle(
            self.tr("{title}   (T = {temperature})").format(
                title=style.jacobian_title(snap.mode),
                temperature=format_number(snap.temperature, "g"),
            )
        )
        centres = [(i + 0.5, label) for i, label in class_ticks(snap)]
        self.plot.getAxis("bottom").setTicks([centres])
        self.plot.getAxis("left").setTicks([centres])
        self.plot.setRange(xRange=(0, n), yRange=(0, n), padding=0.02)
        description = jacobian_text(snap)
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)
        if n != self._shown_n:  # layout work only when the class count changes
            self._place_cells(n)
        cells = self.cell_colours(jac, scale)
        for i in range(n):
            for j in range(n):
                value = float(jac[i, j])
                text_colour = self.text_colour(cells[i * n + j])
                shown = (style.compact_number(value), text_colour.name())
                k = i * MAX_CLASSES + j
                if self._cell_state[k] != shown:  # setText is the costly part: skip repeats
                    self._cell_state[k] = shown
                    item = self.cell_texts[k]
                    item.setText(shown[0])
                    item.setColor(text_colour)

    def _place_cells(self, n: int) -> None:
        self._shown_n = n
        font = QFont(self.font())
        font.setPointSizeF(self.cell_point_size(n))
        for k, item in enumerate(self.cell_texts):
            i, j = divmod(k, MAX_CLASSES)
            visible = i < n and j < n
            item.setVisible(visible)
            if visible:
                item.setFont(font)
                item.setPos(j + 0.5, i + 0.5)

    # read back (tests, exports) --------------------------------------------------------------
    def matrix(self) -> np.ndarray:
        """The matrix drawn now (row i = output, column j = logit)."""
        return np.asarray(self.image.image if self.image.image is not None else self._matrix)

    def cell_text(self, i: int, j: int) -> str:
        return str(self.cell_texts[i * MAX_CLASSES + j].textItem.toPlainText())
