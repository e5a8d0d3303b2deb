"""Entropy (in bits and as a share of its maximum) and the top probability, as text.

The two readouts are set in the appearance's readout size, so they grow in presentation mode.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from actviz.model.softmax.snapshot import SoftmaxSnapshot
from actviz.views.theme.appearance import Appearance, follow_appearance
from actviz.views.theme.qt_text_tint import tint


class QtSoftmaxReadouts(QWidget):
    """Shows a snapshot's entropy and top class (objectName ``softmaxReadouts``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("softmaxReadouts")
        self.entropy = QLabel(self)
        self.entropy.setObjectName("softmaxEntropy")
        self.entropy.setWordWrap(True)
        self.entropy.setToolTip(
            "Shannon entropy −Σ p log₂ p: 0 bits when one class is certain, log₂ n when all tie"
        )
        self.top = QLabel(self)
        self.top.setObjectName("softmaxTopProbability")
        self.hint = QLabel(
            "Low T → one-hot (entropy 0). High T → uniform (entropy log₂ n). "
            "Adding the same number to every logit changes nothing.",
            self,
        )
        self.hint.setWordWrap(True)
        tint(self.hint, "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entropy)
        layout.addWidget(self.top)
        layout.addWidget(self.hint)
        follow_appearance(self)

    def apply_appearance(self, appearance: Appearance) -> None:
        for label in (self.entropy, self.top):
            font = QFont(label.font())
            font.setPointSizeF(appearance.metrics.readout_point_size)
            label.setFont(font)

    def show_snapshot(self, snap: SoftmaxSnapshot) -> None:
        maximum = math.log2(snap.n)
        self.entropy.setText(
            f"Entropy: <b>{snap.entropy_bits:.3f} bits</b> = {100 * snap.entropy_fraction:.1f}% "
            f"of the maximum log₂({snap.n}) = {maximum:.3f} bits"
        )
        self.top.setText(
            f"Top class: <b>{snap.labels[snap.top]}</b>, p = <b>{snap.top_probability:.4f}</b>"
        )
