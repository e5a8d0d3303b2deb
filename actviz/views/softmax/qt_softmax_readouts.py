"""Entropy (in bits and as a share of its maximum) and the top probability, as text.

The two readouts are set in the appearance's readout size, so they grow in presentation mode.
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from actviz.core.i18n import format_number
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
        self.top = QLabel(self)
        self.top.setObjectName("softmaxTopProbability")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        tint(self.hint, "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entropy)
        layout.addWidget(self.top)
        layout.addWidget(self.hint)
        self._snapshot: SoftmaxSnapshot | None = None
        self.retranslate()
        follow_appearance(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.entropy.setToolTip(
            self.tr(
                "Shannon entropy −Σ p log₂ p: 0 bits when one class is certain, log₂ n when all tie"
            )
        )
        self.hint.setText(
            self.tr(
                "Low T → one-hot (entropy 0). High T → uniform (entropy log₂ n). "
                "Adding the same number to every logit changes nothing."
            )
        )
        if self._snapshot is not None:
            self.show_snapshot(self._snapshot)

    def apply_appearance(self, appearance: Appearance) -> None:
        for label in (self.entropy, self.top):
            font = QFont(label.font())
            font.setPointSizeF(appearance.metrics.readout_point_size)
            label.setFont(font)

    def show_snapshot(self, snap: SoftmaxSnapshot) -> None:
        self._snapshot = snap
        maximum = math.log2(snap.n)
        self.entropy.setText(
            self.tr(
                "Entropy: <b>{bits} bits</b> = {percent}% of the maximum log₂({n}) = {maximum} bits"
            ).format(
                bits=format_number(snap.entropy_bits, ".3f"),
                percent=format_number(100 * snap.entropy_fraction, ".1f"),
                n=snap.n,
                maximum=format_number(maximum, ".3f"),
            )
        )
        self.top.setText(
            self.tr("Top class: <b>{name}</b>, p = <b>{p}</b>").format(
                name=html.escape(snap.labels[snap.top]),
                p=format_number(snap.top_probability, ".4f"),
            )
        )
