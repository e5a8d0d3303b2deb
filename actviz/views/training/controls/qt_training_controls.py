"""How the network trains: learning rate, batch size, regularisation and its rate."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from actviz.core.i18n import format_number
from actviz.model.training import options as opt
from actviz.model.training.lab import TrainingLab
from actviz.views.training.controls.field_texts import set_field_texts
from actviz.views.training.controls.qt_number_entry import QtNumberEntry
from actviz.views.widgets.qt_slider_field import QtSliderField
from actviz.views.widgets.signals import signals_blocked


class QtTrainingControls(QWidget):
    """Edits the training settings of a ``TrainingLab``; objectName ``trainingTrainingControls``."""

    def __init__(self, lab: TrainingLab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingTrainingControls")
        self._lab = lab
        self.learning_rate = QtSliderField(
            "", *opt.LEARNING_RATE_RANGE, 0.001, log_scale=True, parent=self
        )
        self.batch_size = QtNumberEntry(*opt.BATCH_RANGE, 1, decimals=4, parent=self)
        self.regularization = QComboBox(self)
        for name in opt.REGULARIZATIONS:
            self.regularization.addItem(opt.regularization_label_text(name), name)
        self.reg_rate = QtNumberEntry(*opt.REG_RATE_RANGE, 0.001, parent=self)
        for name in ("learning_rate", "batch_size", "regularization", "reg_rate"):
            getattr(self, name).setObjectName(f"trainingControl:{name}")
        self.batch_size.spin.setObjectName("trainingSpin:batch_size")
        self.reg_rate.spin.setObjectName("trainingSpin:reg_rate")
        self.batch_label = QLabel(self)
        self.regularization_label = QLabel(self)
        self.regularization_label.setBuddy(self.regularization)
        self.rate_label = QLabel(self)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.learning_rate)
        form.addRow(self.batch_label, self.batch_size)
        form.addRow(self.regularization_label, self.regularization)
        form.addRow(self.rate_label, self.reg_rate)
        self.retranslate()
        self.learning_rate.valueChanged.connect(self._on_q_learning_rate_changed)
        self.batch_size.valueChanged.connect(self._on_q_batch_size_changed)
        self.regularization.currentIndexChanged.connect(self._on_q_regularization_changed)
        self.reg_rate.valueChanged.connect(self._on_q_reg_rate_changed)
        for name in ("learning_rate", "batch_size", "regularization", "reg_rate"):
            getattr(lab.events, name).connect(getattr(self, f"set_{name}"))
        self.synchronize()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text in the installed language (the widgets keep their values)."""
        set_field_texts(
            self.learning_rate,
            self.tr("Learning rate"),
            self.tr("The size of each gradient step (Playground's default: {rate})").format(
                rate=format_number(opt.DEFAULTS["learning_rate"], "g")
            ),
        )
        self.batch_label.setText(self.tr("Batch size"))
        self.batch_size.setTexts(
            self.tr("Batch size"),
            self.tr("Training points per gradient step ({low} to {high})").format(
                low=opt.BATCH_RANGE[0], high=opt.BATCH_RANGE[1]
            ),
        )
        for index in range(self.regularization.count()):
            name = self.regularization.itemData(index)
            self.regularization.setItemText(index, opt.regularization_label_text(name))
        self.regularization_label.setText(self.tr("Regularisation"))
        self.regularization.setAccessibleName(self.tr("Regularisation"))
        self.regularization.setToolTip(
            self.tr(
                "L1 adds rate·Σ|w| to the loss (drives weights to exactly 0); L2 adds rate·½Σw²"
            )
        )
        self.rate_label.setText(self.tr("Rate"))
        self.reg_rate.setTexts(
            self.tr("Regularisation rate"),
            self.tr("How strongly the penalty pulls the weights towards 0 (0 to 10)"),
        )

    # model -> widgets ----------------------------------------------------------------------------
    def synchronize(self) -> None:
        for name in ("learning_rate", "batch_size", "regularization", "reg_rate"):
            getattr(self, f"set_{name}")(self._lab.value(name))

    def set_learning_rate(self, value: float) -> None:
        self.learning_rate.setValue(value)

    def set_batch_size(self, value: int) -> None:
        self.batch_size.setValue(value)

    def set_regularization(self, name: str) -> None:
        with signals_blocked(self.regularization):
            self.regularization.setCurrentIndex(self.regularization.findData(name))
        self.reg_rate.setEnabled(name != "none")

    def set_reg_rate(self, value: float) -> None:
        self.reg_rate.setValue(value)

    # widgets -> model ----------------------------------------------------------------------------
    def _write(self, name: str, value: object, field: QtSliderField | QtNumberEntry) -> None:
        try:
            self._lab.set_value(name, value)
        except ValueError as error:
            field.showError(str(error)[:1].upper() + str(error)[1:])
            field.setValue(self._lab.value(name))

    def _on_q_learning_rate_changed(self, value: float) -> None:
        self._write("learning_rate", value, self.learning_rate)

    def _on_q_batch_size_changed(self, value: float) -> None:
        self._write("batch_size", int(value) if value.is_integer() else value, self.batch_size)

    def _on_q_regularization_changed(self, index: int) -> None:
        self._lab.set_value("regularization", self.regularization.itemData(index))

    def _on_q_reg_rate_changed(self, value: float) -> None:
        self._write("reg_rate", value, self.reg_rate)
