"""The Jacobian d output_i / d z_j as a heat map with each value written in its cell.

Blue is negative, red positive, white zero; the colour scale is symmetric about zero and follows the
largest entry, so the pattern stays visible at any temperature (the values say the size).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from actviz.model.softmax_lab import MAX_CLASSES
from actviz.model.softmax_snapshot import SoftmaxSnapshot
from actviz.views.softmax import qt_softmax_style as style
from actviz.views.softmax.softmax_text import class_ticks, jacobian_text
from actviz.views.widgets.qt_focus_ring import QtFocusRing

_COLORMAP = pg.ColorMap(
    pos=np.array([0.0, 0.5, 1.0]),
    color=np.array([[59, 76, 192, 255], [245, 245, 245, 255], [180, 4, 38, 255]], dtype=np.ubyte),
)


class QtJacobianHeatmap(pg.GraphicsLayoutWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("softmaxJacobian")
        self.setBackground("w")
        self.setAccessibleName(self.tr("Jacobian heat map"))
        self.focus_ring = QtFocusRing.attach(self)
        self.plot = self.addPlot(title=style.JACOBIAN_TITLE["softmax"])
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.invertY(True)  # row 0 at the top, as a matrix is written
        self.plot.setAspectLocked(True)
        self.plot.getAxis("bottom").setLabel("with respect to z_j")
        self.plot.getAxis("left").setLabel("output i")
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(_COLORMAP)
        self.plot.addItem(self.image)
        self.cell_texts = [
            pg.TextItem("", color=style.TEXT, anchor=(0.5, 0.5)) for _ in range(MAX_CLASSES**2)
        ]
        for item in self.cell_texts:
            self.plot.addItem(item, ignoreBounds=True)
            item.hide()
        self._matrix = np.zeros((0, 0))
        self._shown_n = 0
        self._cell_state: list[tuple[str, bool] | None] = [None] * MAX_CLASSES**2

    # model -> widget -------------------------------------------------------------------------
    def show_snapshot(self, snap: SoftmaxSnapshot) -> None:
        jac = snap.jacobian
        n = jac.shape[0]
        self._matrix = jac
        scale = float(np.max(np.abs(jac)))
        scale = scale if scale > 0.0 else 1.0
        self.image.setImage(jac, levels=(-scale, scale), autoLevels=False)
        self.image.setRect(QRectF(0.0, 0.0, float(n), float(n)))
        self.plot.setTitle(style.JACOBIAN_TITLE[snap.mode] + f"   (T = {snap.temperature:g})")
        centres = [(i + 0.5, label) for i, label in class_ticks(snap)]
        self.plot.getAxis("bottom").setTicks([centres])
        self.plot.getAxis("left").setTicks([centres])
        self.plot.setRange(xRange=(0, n), yRange=(0, n), padding=0.02)
        description = jacobian_text(snap)
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)
        if n != self._shown_n:  # layout work only when the class count changes
            self._place_cells(n)
        for i in range(n):
            for j in range(n):
                value = float(jac[i, j])
                dark = abs(value) > 0.6 * scale  # white text stays legible on strong colours
                shown = (style.compact_number(value), dark)
                k = i * MAX_CLASSES + j
                if self._cell_state[k] != shown:  # setText is the costly part: skip repeats
                    self._cell_state[k] = shown
                    item = self.cell_texts[k]
                    item.setText(shown[0])
                    item.setColor("white" if dark else style.TEXT)

    def _place_cells(self, n: int) -> None:
        self._shown_n = n
        font = QFont(self.font())
        font.setPointSize(9 if n <= 5 else 7 if n <= 7 else 6)
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
