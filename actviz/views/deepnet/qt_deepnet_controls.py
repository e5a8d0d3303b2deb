"""The deep-network lab's settings: activation (and "compare with"), depth, width, initialisation,
sigma, batch and seed. Each control writes to the ``DeepNetLab`` and shows its refusals."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from actviz.core.deepnet.weight_init import INITS, init_label_text
from actviz.model.deepnet.lab import (
    BATCH_RANGE,
    DEPTH_RANGE,
    SEED_MAX,
    SIGMA_RANGE,
    WIDTH_RANGE,
    DeepNetLab,
)
from actviz.views.widgets.qt_activation_combo import QtActivationCombo
from actviz.views.widgets.qt_prefixed_param_panel import QtPrefixedParamPanel
from actviz.views.widgets.qt_slider_field import QtSliderField
from actviz.views.widgets.signals import signals_blocked


def _whole(value: float) -> int | float:
    """A slider or entry value as an int when whole; else unchanged (the model refuses it)."""
    return int(value) if float(value).is_integer() else value


class QtDeepNetControls(QWidget):
    """Shows a DeepNetLab's settings (no objectName; its controls are ``deepNetControl:*``)."""

    def __init__(self, lab: DeepNetLab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lab = lab
        self.activation = QtActivationCombo(lab.choice, self)
        self.activation.setObjectName("deepNetControl:activation")
        self.params = QtPrefixedParamPanel(lab.choice, "deepNet:", self)
        self.compare_toggle = QCheckBox(self)
        self.compare_toggle.setObjectName("deepNetControl:compare_enabled")
        self.compare = QtActivationCombo(lab.compare, self)
        self.compare.setObjectName("deepNetControl:compare")
        self.compare_params = QtPrefixedParamPanel(lab.compare, "deepNetCompare:", self)
        self.init = QComboBox(self)
        self.init.setObjectName("deepNetControl:init")
        for name in INITS:
            self.init.addItem(init_label_text(name), name)

        self.fields: dict[str, QtSliderField] = {}
        ranges = {"depth": DEPTH_RANGE, "width": WIDTH_RANGE, "batch": BATCH_RANGE}
        for name, (lo, hi) in ranges.items():
            self.fields[name] = QtSliderField(name, lo, hi, 1, parent=self)
        self.fields["sigma"] = QtSliderField("σ", *SIGMA_RANGE, 1e-4, log_scale=True, parent=self)
        for name, field in self.fields.items():
            field.setObjectName(f"deepNetControl:{name}")
        self.seed = QSpinBox(self)
        self.seed.setObjectName("deepNetControl:seed")
        self.seed.setRange(0, SEED_MAX)
        self.activation_label = QLabel(self)
        self.init_label = QLabel(self)
        self.seed_label = QLabel(self)
        # Each label names its control for screen readers (addRow with a text did that).
        for label, control in (
            (self.activation_label, self.activation),
            (self.init_label, self.init),
            (self.seed_label, self.seed),
        ):
            label.setBuddy(control)

        form = QFormLayout()
        # In a narrow column a field too wide for its row goes under its label.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.activation_label, self.activation)
        form.addRow(self.params)
        form.addRow(self.compare_toggle, self.compare)
        form.addRow(self.compare_params)
        form.addRow(self.init_label, self.init)
        for field in self.fields.values():
            form.addRow(field)
        form.addRow(self.seed_label, self.seed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)

        self._setters: dict[str, Callable[[object], None]] = {
            "depth": lab.set_depth,
            "width": lab.set_width,
            "batch": lab.set_batch,
            "sigma": lab.set_sigma,
        }
        self.fields["depth"].valueChanged.connect(self._on_q_depth_changed)
        self.fields["width"].valueChanged.connect(self._on_q_width_changed)
        self.fields["batch"].valueChanged.connect(self._on_q_batch_changed)
        self.fields["sigma"].valueChanged.connect(self._on_q_sigma_changed)
        self.init.currentIndexChanged.connect(self._on_q_init_changed)
        self.seed.valueChanged.connect(self._on_q_seed_changed)
        self.compare_toggle.toggled.connect(self._on_q_compare_toggled)
        for name in ("depth", "width", "batch", "sigma"):
            getattr(lab.events, name).connect(getattr(self, f"set_{name}"))
        lab.events.init.connect(self.set_init)
        lab.events.seed.connect(self.set_seed)
        lab.events.compare_enabled.connect(self.set_compare_enabled)
        self.retranslate()
        self._refresh_all()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.activation.setToolTip(self.tr("The activation used in every layer"))
        self.activation_label.setText(self.tr("Activation"))
        self.compare_toggle.setText(self.tr("Compare with"))
        self.compare_toggle.setToolTip(
            self.tr("Run a second network with another activation, drawn dashed")
        )
        self.compare.setAccessibleName(self.tr("Compare with activation"))
        self.init_label.setText(self.tr("Initialisation"))
        self.init.setToolTip(self.tr("How the weights are drawn; biases are zero"))
        for index in range(self.init.count()):
            self.init.setItemText(index, init_label_text(self.init.itemData(index)))
        for name, label, tip in (
            ("depth", self.tr("Depth"), self.tr("Number of dense layers")),
            ("width", self.tr("Width"), self.tr("Units per layer (and inputs per unit)")),
            ("batch", self.tr("Batch"), self.tr("Standard-normal input samples pushed through")),
        ):
            self.fields[name].set_tooltip(tip)
            self.fields[name].setLabel(label)
        self.fields["sigma"].set_tooltip(
            self.tr(
                "Standard deviation of the weights for the “Normal with std σ” initialisation"
            )
        )
        self.fields["sigma"].setLabel("σ", self.tr("Weight standard deviation σ"))
        self.seed_label.setText(self.tr("Seed"))
        self.seed.setToolTip(
            self.tr("Inputs, weights and the upstream gradient are drawn from this seed")
        )

    # model -> widgets ----------------------------------------------------------------------------
    def _refresh_all(self) -> None:
        lab = self._lab
        for name in ("depth", "width", "batch", "sigma"):
            self.fields[name].setValue(getattr(lab, name))
        self.set_init(lab.init)
        self.set_seed(lab.seed)
        self.set_compare_enabled(lab.compare_enabled)

    def set_depth(self, value: int) -> None:
        self.fields["depth"].setValue(value)

    def set_width(self, value: int) -> None:
        self.fields["width"].setValue(value)

    def set_batch(self, value: int) -> None:
        self.fields["batch"].setValue(value)

    def set_sigma(self, value: float) -> None:
        self.fields["sigma"].setValue(value)

    def set_init(self, name: str) -> None:
        with signals_blocked(self.init):
            self.init.setCurrentIndex(self.init.findData(name))
        self.fields["sigma"].setEnabled(name == "normal")

    def set_seed(self, value: int) -> None:
        with signals_blocked(self.seed):
            self.seed.setValue(value)

    def set_compare_enabled(self, enabled: bool) -> None:
        with signals_blocked(self.compare_toggle):
            self.compare_toggle.setChecked(enabled)
        self.compare.setEnabled(enabled)
        self.compare_params.setVisible(enabled)

    # widgets -> model ----------------------------------------------------------------------------
    def _write(self, name: str, value: float) -> None:
        field = self.fields[name]
        try:
            self._setters[name](value if name == "sigma" else _whole(value))
        except ValueError as error:
            field.showError(str(error))
            field.setValue(getattr(self._lab, name))

    def _on_q_depth_changed(self, value: float) -> None:
        self._write("depth", value)

    def _on_q_width_changed(self, value: float) -> None:
        self._write("width", value)

    def _on_q_batch_changed(self, value: float) -> None:
        self._write("batch", value)

    def _on_q_sigma_changed(self, value: float) -> None:
        self._write("sigma", value)

    def _on_q_init_changed(self, index: int) -> None:
        self._lab.set_init(self.init.itemData(index))

    def _on_q_seed_changed(self, value: int) -> None:
        self._lab.set_seed(value)

    def _on_q_compare_toggled(self, checked: bool) -> None:
        self._lab.set_compare_enabled(checked)
