"""The weight of the link selected in the network diagram, as an exact entry."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from actviz.model.training.lab import TrainingLab
from actviz.model.training.options import FEATURE_LABELS, WEIGHT_LIMIT
from actviz.views.training.qt_number_entry import QtNumberEntry

HINT = (
    "Links: blue for a positive weight, orange for a negative one, thicker for a larger one. "
    "Click a link to edit its weight."
)


class QtWeightEditor(QWidget):
    """Edits one weight of ``TrainingLab.main``; objectName ``trainingWeightEditor``."""

    def __init__(self, lab: TrainingLab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingWeightEditor")
        self._lab = lab
        self.key: tuple[int, int, int] | None = None
        self.label = QLabel(HINT, self)
        self.label.setWordWrap(True)
        self.entry = QtNumberEntry(
            -WEIGHT_LIMIT, WEIGHT_LIMIT, 0.1, decimals=10, parent=self,
            label=self.tr("Weight of the selected link"),
            tooltip="The weight of the selected link",
        )  # fmt: skip
        self.entry.setObjectName("trainingWeightEntry")
        self.entry.spin.setObjectName("trainingWeightSpin")
        self.entry.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.entry)
        self.entry.valueChanged.connect(self._on_q_weight_changed)

    # model -> widget -----------------------------------------------------------------------------
    def select(self, layer: int, source: int, target: int) -> None:
        self.key = (layer, source, target)
        self.entry.setEnabled(True)
        self.entry.clearError()
        self.set_weights()

    def clear(self) -> None:
        """The network was rebuilt: nothing is selected."""
        self.key = None
        self.label.setText(HINT)
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
        origin = (
            FEATURE_LABELS.get(features[source], features[source])
            if layer == 0
            else f"unit {source + 1} of layer {layer}"
        )
        goal = "the output" if layer == hidden else f"unit {target + 1} of layer {layer + 1}"
        self.label.setText(f"Weight from {origin} to {goal}:")
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
