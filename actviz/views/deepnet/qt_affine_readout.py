"""The linear collapse in numbers: the single A and B that the layers amount to without f."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from actviz.core.i18n import format_number
from actviz.model.deepnet.space_bender import BendingSnapshot


def _matrix_html(m: np.ndarray) -> str:
    rows = m.reshape(m.shape[0], -1)
    cells = "".join(
        "<tr>"
        + "".join(f"<td align='right'>&nbsp;{format_number(v, '.3f')}&nbsp;</td>" for v in row)
        + "</tr>"
        for row in rows
    )
    return f"<table style='border-left:1px solid gray; border-right:1px solid gray'>{cells}</table>"


class QtAffineReadout(QLabel):
    """Shows a BendingSnapshot's affine collapse (objectName ``deepNetAffine``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deepNetAffine")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def set_snapshot(self, snap: BendingSnapshot, activation_name: str) -> None:
        layers = len(snap.grid) - 1
        a, b = _matrix_html(snap.affine_a), _matrix_html(snap.affine_b)
        equation = (
            f"<table><tr><td>A =</td><td>{a}</td><td>&nbsp;&nbsp;B =</td><td>{b}</td></tr></table>"
        )
        if snap.is_linear:
            lead = self.tr(
                "<b>With no activation, these {layers} layers are exactly one affine map "
                "y = A x + B.</b> Every grid line stays straight and parallel lines stay "
                "parallel: depth alone adds nothing a single layer could not do. That is why "
                "networks need a non-linear f."
            ).format(layers=layers)
        else:
            lead = self.tr(
                "Without f, these {layers} layers would collapse into the single map "
                "y = A x + B below. With {name}, the grid bends and folds, which no "
                "matrix can do: that is what makes depth worth having."
            ).format(layers=layers, name=activation_name)
        self.setText(f"{lead}{equation}")
