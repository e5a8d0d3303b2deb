"""The activation of the hidden layers: one for all, or one per layer, each with its parameters."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from actviz.model.training.lab import TrainingLab
from actviz.views.widgets.qt_activation_combo import QtActivationCombo
from actviz.views.widgets.qt_prefixed_param_panel import QtPrefixedParamPanel
from actviz.views.widgets.signals import signals_blocked


class QtLayerActivations(QWidget):
    """Edits ``TrainingLab.choice``, ``.per_layer`` and ``.layer_choices``; objectName
    ``trainingControl:activations``."""

    def __init__(self, lab: TrainingLab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingControl:activations")
        self._lab = lab
        self.activation = QtActivationCombo(lab.choice, self)
        self.activation.setObjectName("trainingControl:activation")
        self.params = QtPrefixedParamPanel(lab.choice, "training:", self)
        self.per_layer = QCheckBox(self)
        self.per_layer.setObjectName("trainingControl:per_layer")
        self.layer_rows: list[QWidget] = []
        self.layer_combos: list[QtActivationCombo] = []
        self.layer_params: list[QtPrefixedParamPanel] = []
        self.layer_labels: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.shared = QWidget(self)
        shared = QFormLayout(self.shared)
        shared.setContentsMargins(0, 0, 0, 0)
        self.activation_label = QLabel(self.shared)
        self.activation_label.setBuddy(self.activation)
        shared.addRow(self.activation_label, self.activation)
        shared.addRow(self.params)
        layout.addWidget(self.shared)
        layout.addWidget(self.per_layer)
        for i, choice in enumerate(lab.layer_choices):
            row = QWidget(self)
            form = QFormLayout(row)
            form.setContentsMargins(0, 0, 0, 0)
            combo = QtActivationCombo(choice, row)
            combo.setObjectName(f"trainingControl:activation{i + 1}")
            params = QtPrefixedParamPanel(choice, f"trainingLayer{i + 1}:", row)
            label = QLabel(row)
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.layer_labels.append(label)
            form.addRow(params)
            layout.addWidget(row)
            self.layer_rows.append(row)
            self.layer_combos.append(combo)
            self.layer_params.append(params)
        self.per_layer.toggled.connect(self._on_q_per_layer_toggled)
        lab.events.per_layer.connect(self.set_per_layer)
        lab.events.hidden.connect(self.set_hidden)
        self.retranslate()
        self.set_per_layer(lab.per_layer)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text in the installed language (the widgets keep their values)."""
        self.activation_label.setText(self.tr("Activation"))
        self.per_layer.setText(self.tr("One activation per layer"))
        self.per_layer.setToolTip(self.tr("Give each hidden layer its own activation"))
        for i, (label, combo) in enumerate(zip(self.layer_labels, self.layer_combos, strict=True)):
            label.setText(self.tr("Layer {layer}").format(layer=i + 1))
            combo.setToolTip(self.tr("The activation of hidden layer {layer}").format(layer=i + 1))
        self._set_shared_tooltip()

    # model -> widgets ----------------------------------------------------------------------------
    def set_per_layer(self, on: bool) -> None:
        with signals_blocked(self.per_layer):
            self.per_layer.setChecked(on)
        self.set_hidden(self._lab.hidden)

    def set_hidden(self, hidden: tuple[int, ...]) -> None:
        per_layer = self._lab.per_layer
        self.shared.setVisible(not per_layer)
        self.per_layer.setEnabled(len(hidden) > 1 or per_layer)
        for i, row in enumerate(self.layer_rows):
            row.setVisible(per_layer and i < len(hidden))
        self._set_shared_tooltip()

    def _set_shared_tooltip(self) -> None:
        if not self._lab.hidden:
            self.activation.setToolTip(self.tr("No hidden layer: the activation is not used"))
        else:
            self.activation.setToolTip(self.tr("The activation of every hidden layer"))

    # widgets -> model ----------------------------------------------------------------------------
    def _on_q_per_layer_toggled(self, on: bool) -> None:
        self._lab.set_per_layer(on)
