"""Entropy (in bits and as a share of its maximum) and the top probability, as text."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from actviz.model.softmax_snapshot import SoftmaxSnapshot


class QtSoftmaxReadouts(QWidget):
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
        self.hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entropy)
        layout.addWidget(self.top)
        layout.addWidget(self.hint)

    def show_snapshot(self, snap: SoftmaxSnapshot) -> None:
        maximum = math.log2(snap.n)
        self.entropy.setText(
            f"Entropy: <b>{snap.entropy_bits:.3f} bits</b> = {100 * snap.entropy_fraction:.1f}% "
            f"of the maximum log₂({snap.n}) = {maximum:.3f} bits"
        )
        self.top.setText(
            f"Top class: <b>{snap.labels[snap.top]}</b>, p = <b>{snap.top_probability:.4f}</b>"
        )
