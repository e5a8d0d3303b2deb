"""The network: input features, hidden layers, their activations, the initialisation and the
output unit (for a classification set)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QWidget,
)

from actviz.core.training.network_setup import FEATURES, INITS, init_label_text
from actviz.model.training import options as opt
from actviz.model.training.lab import TrainingLab
from actviz.views.theme.qt_text_tint import tint
from actviz.views.training.controls.qt_layer_activations import QtLayerActivations
from actviz.views.training.controls.qt_layer_sizes import QtLayerSizes
from actviz.views.widgets.signals import signals_blocked


class QtNetworkControls(QWidget):
    """Edits the network settings of a ``TrainingLab``; objectName ``trainingNetworkControls``."""

    def __init__(self, lab: TrainingLab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingNetworkControls")
        self._lab = lab
        self.features: dict[str, QCheckBox] = {}
        features = QWidget(self)
        grid = QGridLayout(features)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, name in enumerate(FEATURES):
            box = QCheckBox(opt.FEATURE_LABELS[name], features)  # maths: the same in every language
            box.setObjectName(f"trainingFeature:{name}")
            box.toggled.connect(self._on_q_feature_toggled)
            grid.addWidget(box, i // 4, i % 4)
            self.features[name] = box
        self.features_message = QLabel(self)
        self.features_message.setObjectName("fieldMessage")
        tint(self.features_message, "error")
        self.features_message.setWordWrap(True)
        self.features_message.hide()
        self.hidden = QtLayerSizes(lab, self)
        self.activations = QtLayerActivations(lab, self)
        self.init = QComboBox(self)
        self.init.setObjectName("trainingControl:init")
        for name in INITS:
            self.init.addItem(init_label_text(name), name)
        self.output = QComboBox(self)
        self.output.setObjectName("trainingControl:output")
        for name in opt.OUTPUTS:
            self.output.addItem(opt.output_label_text(name), name)
        self.inputs_label = QLabel(self)
        self.hidden_label = QLabel(self)
        self.init_label = QLabel(self)
        self.init_label.setBuddy(self.init)
        self.output_label = QLabel(self)
        self.output_label.setBuddy(self.output)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.inputs_label, features)
        form.addRow(self.features_message)
        form.addRow(self.hidden_label, self.hidden)
        form.addRow(self.activations)
        form.addRow(self.init_label, self.init)
        form.addRow(self.output_label, self.output)
        self._form = form
        self.retranslate()
        self.init.currentIndexChanged.connect(self._on_q_init_changed)
        self.output.currentIndexChanged.connect(self._on_q_output_changed)
        lab.events.features.connect(self.set_features)
        lab.events.init.connect(self.set_init)
        lab.events.output.connect(self.set_output)
        lab.events.dataset.connect(self.set_dataset)
        self.synchronize()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text in the installed language (the widgets keep their values)."""
        for name, box in self.features.items():
            box.setToolTip(
                self.tr("Feed {feature} to the network").format(feature=opt.FEATURE_LABELS[name])
            )
        for index in range(self.init.count()):
            self.init.setItemText(index, init_label_text(self.init.itemData(index)))
        for index in range(self.output.count()):
            self.output.setItemText(index, opt.output_label_text(self.output.itemData(index)))
        self.inputs_label.setText(self.tr("Inputs"))
        self.hidden_label.setText(self.tr("Hidden"))
        self.init_label.setText(self.tr("Initial weights"))
        self.init.setAccessibleName(self.tr("Initial weights"))
        self.init.setToolTip(self.tr("How the weights start (the seed decides the draw)"))
        self.output_label.setText(self.tr("Output"))
        self.output.setAccessibleName(self.tr("Output unit and loss"))
        self.output.setToolTip(
            self.tr("A regression set always uses a linear output and square loss")
        )

    # model -> widgets ----------------------------------------------------------------------------
    def synchronize(self) -> None:
        self.set_features(self._lab.features)
        self.set_init(self._lab.init)
        self.set_output(self._lab.output)
        self.set_dataset(self._lab.dataset)

    def set_features(self, names: tuple[str, ...]) -> None:
        for name, box in self.features.items():
            with signals_blocked(box):
                box.setChecked(name in names)

    def set_init(self, name: str) -> None:
        with signals_blocked(self.init):
            self.init.setCurrentIndex(self.init.findData(name))

    def set_output(self, name: str) -> None:
        with signals_blocked(self.output):
            self.output.setCurrentIndex(self.output.findData(name))

    def set_dataset(self, _name: str) -> None:
        self._form.setRowVisible(self.output, not self._lab.regression)

    # widgets -> model ----------------------------------------------------------------------------
    def _on_q_feature_toggled(self, _on: bool) -> None:
        chosen = [name for name, box in self.features.items() if box.isChecked()]
        try:
            self._lab.set_features(chosen)
            self.features_message.hide()
        except ValueError as error:
            self.features_message.setText(str(error)[:1].upper() + str(error)[1:])
            self.features_message.show()
            self.set_features(self._lab.features)

    def _on_q_init_changed(self, index: int) -> None:
        self._lab.set_value("init", self.init.itemData(index))

    def _on_q_output_changed(self, index: int) -> None:
        self._lab.set_value("output", self.output.itemData(index))
