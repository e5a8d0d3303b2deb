"""Controls of the bending view: activation, number of 2-unit layers, data set, random weights,
and the six numbers (W and b) of one layer at a time."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from actviz.core.deepnet.toy_data import DATASETS, dataset_label_text
from actviz.model.deepnet.space_bender import MAX_LAYERS, SEED_MAX, WEIGHT_LIMIT, SpaceBender
from actviz.views.widgets.qt_activation_combo import QtActivationCombo
from actviz.views.widgets.qt_prefixed_param_panel import QtPrefixedParamPanel
from actviz.views.widgets.qt_slider_field import QtSliderField
from actviz.views.widgets.signals import signals_blocked

# (field name, label, kind, row, col): the numbers of one layer y = f(W x + b).
_NUMBERS = (
    ("w11", "W[1,1]", "w", 0, 0),
    ("w12", "W[1,2]", "w", 0, 1),
    ("w21", "W[2,1]", "w", 1, 0),
    ("w22", "W[2,2]", "w", 1, 1),
    ("b1", "b[1]", "b", 0, 0),
    ("b2", "b[2]", "b", 1, 0),
)


class QtBendingControls(QWidget):
    """Shows a SpaceBender's settings and one layer's numbers (controls ``bendControl:*``)."""

    def __init__(self, bender: SpaceBender, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bender = bender
        self.activation = QtActivationCombo(bender.choice, self)
        self.activation.setObjectName("bendControl:activation")
        self.params = QtPrefixedParamPanel(bender.choice, "bend:", self)
        self.identity_button = QPushButton(self)
        self.identity_button.setObjectName("bendControl:identity")
        self.layers = QSpinBox(self)
        self.layers.setObjectName("bendControl:layers")
        self.layers.setRange(1, MAX_LAYERS)
        self.dataset = QComboBox(self)
        self.dataset.setObjectName("bendControl:dataset")
        for name in DATASETS:
            self.dataset.addItem(dataset_label_text(name), name)
        self.seed = QSpinBox(self)
        self.seed.setObjectName("bendControl:seed")
        self.seed.setRange(0, SEED_MAX)
        self.randomise = QPushButton(self)
        self.randomise.setObjectName("bendControl:randomise")
        self.edit_layer = QSpinBox(self)
        self.edit_layer.setObjectName("bendControl:edit_layer")
        self.numbers: dict[str, QtSliderField] = {}
        self.weights_box = QGroupBox(self)
        weights_layout = QVBoxLayout(self.weights_box)
        weights_layout.addWidget(self.edit_layer)
        for name, label, _kind, _row, _col in _NUMBERS:
            field = QtSliderField(label, -WEIGHT_LIMIT, WEIGHT_LIMIT, 0.01, parent=self)
            field.setObjectName(f"bendControl:{name}")
            field.setProperty("numberName", name)
            field.valueChanged.connect(self._on_q_number_changed)
            weights_layout.addWidget(field)
            self.numbers[name] = field

        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(self.randomise)
        form = QFormLayout()
        self.form_labels = [QLabel(self) for _ in range(4)]  # activation, layers, data, seed
        # Each label names its control for screen readers (addRow with a text did that).
        controls = (self.activation, self.layers, self.dataset)
        for label, control in zip(self.form_labels[:3], controls, strict=True):
            label.setBuddy(control)
        form.addRow(self.form_labels[0], self.activation)
        form.addRow(self.params)
        form.addRow(self.identity_button)
        form.addRow(self.form_labels[1], self.layers)
        form.addRow(self.form_labels[2], self.dataset)
        form.addRow(self.form_labels[3], seed_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.weights_box)
        layout.addStretch(1)

        self.identity_button.clicked.connect(self._on_q_identity_clicked)
        self.layers.valueChanged.connect(self._on_q_layers_changed)
        self.dataset.currentIndexChanged.connect(self._on_q_dataset_changed)
        self.seed.valueChanged.connect(self._on_q_seed_changed)
        self.randomise.clicked.connect(self._on_q_randomise_clicked)
        self.edit_layer.valueChanged.connect(self._on_q_edit_layer_changed)
        bender.events.layers.connect(self.set_layers)
        bender.events.dataset.connect(self.set_dataset)
        bender.events.seed.connect(self.set_seed)
        bender.events.weights.connect(self.set_weights)
        self.retranslate()
        self.set_layers(bender.layers)
        self.set_dataset(bender.dataset)
        self.set_seed(bender.seed)
        self.set_weights()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.activation.setToolTip(self.tr("The activation f applied after every layer"))
        self.identity_button.setText(self.tr("No activation (identity)"))
        self.identity_button.setToolTip(
            self.tr("Show that the layers collapse into one affine map")
        )
        self.layers.setToolTip(
            self.tr("How many 2-unit layers y = f(W x + b) the plane goes through")
        )
        self.dataset.setToolTip(
            self.tr("A two-class toy data set, drawn in two colours and shapes")
        )
        for index in range(self.dataset.count()):
            self.dataset.setItemText(index, dataset_label_text(self.dataset.itemData(index)))
        self.seed.setToolTip(self.tr("Every layer's weights are drawn from this seed"))
        self.seed.setAccessibleName(self.tr("Seed"))
        self.randomise.setText(self.tr("New random weights"))
        self.edit_layer.setToolTip(self.tr("Which layer's W and b the sliders below edit"))
        self.edit_layer.setAccessibleName(self.tr("Layer whose weights are edited"))
        self.weights_box.setTitle(self.tr("Weights of layer"))
        for label, text in zip(
            self.form_labels,
            (self.tr("Activation"), self.tr("Layers"), self.tr("Data"), self.tr("Seed")),
            strict=True,
        ):
            label.setText(text)
        rule = self.tr("of the selected layer: y_i = f(Σ_j W[i,j] x_j + b_i)")
        for name, label, kind, row, col in _NUMBERS:
            if kind == "w":
                what = self.tr("Weight from input {column} to unit {row}").format(
                    column=col + 1, row=row + 1
                )
                spoken = self.tr("Weight row {row}, column {column}").format(
                    row=row + 1, column=col + 1
                )
            else:
                what = self.tr("Bias of unit {row}").format(row=row + 1)
                spoken = what
            self.numbers[name].set_tooltip(
                self.tr("{what} {rule}").format(what=what, rule=rule)
            )
            self.numbers[name].setLabel(label, spoken)

    # model -> widgets ----------------------------------------------------------------------------
    def set_layers(self, count: int) -> None:
        with signals_blocked(self.layers), signals_blocked(self.edit_layer):
            self.layers.setValue(count)
            self.edit_layer.setRange(1, count)
        self.set_weights()

    def set_dataset(self, name: str) -> None:
        with signals_blocked(self.dataset):
            self.dataset.setCurrentIndex(self.dataset.findData(name))

    def set_seed(self, seed: int) -> None:
        with signals_blocked(self.seed):
            self.seed.setValue(seed)

    def set_weights(self) -> None:
        layer = self.edit_layer.value() - 1
        for name, _label, kind, row, col in _NUMBERS:
            value = (
                self._bender.weight(layer, row, col)
                if kind == "w"
                else self._bender.bias(layer, row)
            )
            self.numbers[name].setValue(value)

    # widgets -> model ----------------------------------------------------------------------------
    def _on_q_number_changed(self, value: float) -> None:
        field = self.sender()
        if not isinstance(field, QtSliderField):
            return
        name = str(field.property("numberName"))
        _, _, kind, row, col = next(n for n in _NUMBERS if n[0] == name)
        layer = self.edit_layer.value() - 1
        try:
            if kind == "w":
                self._bender.set_weight(layer, row, col, value)
            else:
                self._bender.set_bias(layer, row, value)
        except ValueError as error:
            field.showError(str(error))
            self.set_weights()

    def _on_q_identity_clicked(self) -> None:
        self._bender.choice.set_activation("identity")

    def _on_q_layers_changed(self, count: int) -> None:
        self._bender.set_layers(count)

    def _on_q_dataset_changed(self, index: int) -> None:
        self._bender.set_dataset(self.dataset.itemData(index))

    def _on_q_seed_changed(self, seed: int) -> None:
        self._bender.set_seed(seed)

    def _on_q_randomise_clicked(self) -> None:
        self._bender.set_seed((self._bender.seed + 1) % (SEED_MAX + 1))

    def _on_q_edit_layer_changed(self, _layer: int) -> None:
        self.set_weights()
