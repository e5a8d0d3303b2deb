"""The weight of the link selected in the network diagram, as an exact entry."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from actviz.model.training.lab import TrainingLab
from actviz.model.training.options import FEATURE_LABELS, WEIGHT_LIMIT
from actviz.views.training.controls.qt_number_entry import QtNumberEntry


class QtWeightEditor(QWidget):
    """Edits one weight of ``TrainingLab.main``; objectName ``trainingWeightEditor``."""

    def __init__(self, lab: TrainingLab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingWeightEditor")
        self._lab = lab
        self.key: tuple[int, int, int] | None = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.entry = QtNumberEntry(-WEIGHT_LIMIT, WEIGHT_LIMIT, 0.1, decimals=10, parent=self)
        self.entry.setObjectName("trainingWeightEntry")
        self.entry.spin.setObjectName("trainingWeightSpin")
        self.entry.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.entry)
        self.entry.valueChanged.connect(self._on_q_weight_changed)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text in the installed language (the selection stays)."""
        self.entry.setTexts(
            self.tr("Weight of the selected link"), self.tr("The weight of the selected link")
        )
        if self.key is None:
            self.label.setText(self._hint())
        else:
            self.set_weights()

    def _hint(self) -> str:
        return self.tr(
            "Links: blue for a positive weight, orange for a negative one, thicker for a larger "
            "one. Click a link to edit its weight."
        )

    # model -> widget -----------------------------------------------------------------------------
    def select(self, layer: int, source: int, target: int) -> None:
        self.key = (layer, source, target)
        self.entry.setEnabled(True)
        self.entry.clearError()
        self.set_weights()

    def clear(self) -> None:
        """The network was rebuilt: nothing is selected."""
        self.key = None
        self.label.setText(self._hint())
        self.entry.setEnabled(False)
        self.entry.clearError()

    def set_weights(self) -> None:
        """Show the selected weight (not while the learner is typing one)."""
        if self.key is None:
            return
        layer, source, target = self.key
        weights = self._lab.main.weights
        if layer >= len(weights) or source >= weights[layer].shape[0]:
            self.clear()
            return
        features = self._lab.features
        hidden = len(weights) - 1
        unit = self.tr("unit {unit} of layer {layer}")
        origin = (
            FEATURE_LABELS.get(features[source], features[source])
            if layer == 0
            else unit.format(unit=source + 1, layer=layer)
        )
        if layer == hidden:
            text = self.tr("Weight from {origin} to the output:").format(origin=origin)
        else:
            goal = unit.format(unit=target + 1, layer=layer + 1)
            text = self.tr("Weight from {origin} to {goal}:").format(origin=origin, goal=goal)
        self.label.setText(text)
        if not self.entry.spin.hasFocus():
            self.entry.setValue(float(weights[layer][source, target]))

    # widget -> model -----------------------------------------------------------------------------
    def _on_q_weight_changed(self, value: float) -> None:
        if self.key is None:
            return
        try:
            self._lab.set_weight(*self.key, value)
        except ValueError as error:
            self.entry.showError(str(error))
            self.set_weights()
