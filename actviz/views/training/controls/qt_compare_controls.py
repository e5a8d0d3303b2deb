"""The comparison: a second network that differs in one thing (activation, initialisation or
learning rate), trained on the same data from the same seed, side by side."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from actviz.core.training.network_setup import INITS, init_label_text
from actviz.model.training import options as opt
from actviz.model.training.lab import TrainingLab
from actviz.views.training.controls.field_texts import set_field_texts
from actviz.views.widgets.qt_activation_combo import QtActivationCombo
from actviz.views.widgets.qt_prefixed_param_panel import QtPrefixedParamPanel
from actviz.views.widgets.qt_slider_field import QtSliderField
from actviz.views.widgets.signals import signals_blocked


class QtCompareControls(QWidget):
    """Edits the comparison of a ``TrainingLab``; objectName ``trainingCompareControls``."""

    def __init__(self, lab: TrainingLab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingCompareControls")
        self._lab = lab
        self.kind = QComboBox(self)
        self.kind.setObjectName("trainingControl:compare_kind")
        for name in opt.COMPARE_KINDS:
            self.kind.addItem(opt.compare_label_text(name), name)
        self.activation = QtActivationCombo(lab.compare_choice, self)
        self.activation.setObjectName("trainingControl:compare_activation")
        self.params = QtPrefixedParamPanel(lab.compare_choice, "trainingCompare:", self)
        self.init = QComboBox(self)
        self.init.setObjectName("trainingControl:compare_init")
        for name in INITS:
            self.init.addItem(init_label_text(name), name)
        self.learning_rate = QtSliderField(
            "", *opt.LEARNING_RATE_RANGE, 0.001, log_scale=True, parent=self
        )
        self.learning_rate.setObjectName("trainingControl:compare_learning_rate")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.kind_label = QLabel(self)
        self.kind_label.setBuddy(self.kind)
        self.activation_label = QLabel(self)
        self.activation_label.setBuddy(self.activation)
        self.init_label = QLabel(self)
        self.init_label.setBuddy(self.init)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.kind_label, self.kind)
        form.addRow(self.activation_label, self.activation)
        form.addRow(self.params)
        form.addRow(self.init_label, self.init)
        form.addRow(self.learning_rate)
        form.addRow(self.hint)
        self._form = form
        self.retranslate()
        self.kind.currentIndexChanged.connect(self._on_q_kind_changed)
        self.init.currentIndexChanged.connect(self._on_q_init_changed)
        self.learning_rate.valueChanged.connect(self._on_q_learning_rate_changed)
        lab.events.compare_kind.connect(self.set_compare_kind)
        lab.events.compare_init.connect(self.set_compare_init)
        lab.events.compare_learning_rate.connect(self.set_compare_learning_rate)
        self.synchronize()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text in the installed language (the widgets keep their values)."""
        for index in range(self.kind.count()):
            self.kind.setItemText(index, opt.compare_label_text(self.kind.itemData(index)))
        for index in range(self.init.count()):
            self.init.setItemText(index, init_label_text(self.init.itemData(index)))
        self.kind_label.setText(self.tr("Compare with"))
        self.kind.setAccessibleName(self.tr("Compare with"))
        self.kind.setToolTip(
            self.tr("Train a second network that differs from this one in one thing")
        )
        self.activation_label.setText(self.tr("Its activation"))
        self.init_label.setText(self.tr("Its initial weights"))
        self.init.setAccessibleName(self.tr("Initial weights of the compared network"))
        set_field_texts(
            self.learning_rate,
            self.tr("Its learning rate"),
            self.tr("The compared network's learning rate"),
        )
        self.hint.setText(self.tr("Same data, same seed; its map appears beside the first."))

    # model -> widgets ----------------------------------------------------------------------------
    def synchronize(self) -> None:
        self.set_compare_init(self._lab.compare_init)
        self.set_compare_learning_rate(self._lab.compare_learning_rate)
        self.set_compare_kind(self._lab.compare_kind)

    def set_compare_kind(self, kind: str) -> None:
        with signals_blocked(self.kind):
            self.kind.setCurrentIndex(self.kind.findData(kind))
        self._form.setRowVisible(self.activation, kind == "activation")
        self._form.setRowVisible(self.params, kind == "activation")
        self._form.setRowVisible(self.init, kind == "init")
        self._form.setRowVisible(self.learning_rate, kind == "learning_rate")
        self._form.setRowVisible(self.hint, kind != "off")

    def set_compare_init(self, name: str) -> None:
        with signals_blocked(self.init):
            self.init.setCurrentIndex(self.init.findData(name))

    def set_compare_learning_rate(self, value: float) -> None:
        self.learning_rate.setValue(value)

    # widgets -> model ----------------------------------------------------------------------------
    def _on_q_kind_changed(self, index: int) -> None:
        self._lab.set_value("compare_kind", self.kind.itemData(index))

    def _on_q_init_changed(self, index: int) -> None:
        self._lab.set_value("compare_init", self.init.itemData(index))

    def _on_q_learning_rate_changed(self, value: float) -> None:
        try:
            self._lab.set_value("compare_learning_rate", value)
        except ValueError as error:
            self.learning_rate.showError(str(error)[:1].upper() + str(error)[1:])
            self.learning_rate.setValue(self._lab.compare_learning_rate)
