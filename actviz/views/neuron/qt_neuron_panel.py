"""The neuron lab (``neuronPanel``): one neuron's controls, its live diagram with both passes, a
plain-words diagnosis, gradient-descent buttons and the loss over the steps.

Every number comes from the model (which asks :mod:`actviz.core.neuron`); this widget only shows
it and passes gestures on. Redraws are coalesced to one per event-loop turn.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSpinBox, QTabWidget, QWidget

from actviz.model.neuron.lab import (
    B_RANGE,
    LR_RANGE,
    MAX_INPUTS,
    MIN_INPUTS,
    PRESETS,
    TARGET_RANGE,
    UPSTREAM_RANGE,
    W_RANGE,
    X_RANGE,
    NeuronModel,
)
from actviz.views.neuron.neuron_layout import lay_out
from actviz.views.neuron.qt_loss_plot import QtLossPlot
from actviz.views.neuron.qt_neuron_diagram import QtNeuronDiagram, format_value
from actviz.views.theme.qt_text_tint import tint
from actviz.views.widgets.qt_slider_field import QtSliderField
from actviz.views.widgets.signals import signals_blocked

PLAY_INTERVAL_MS = 80
MODES = ("upstream", "target")
LOSS_KINDS = ("squared", "bce")


class QtNeuronPanel(QWidget):
    """Shows a :class:`NeuronModel` (objectName ``neuronPanel``)."""

    inputs_label: QLabel  # the labels between the controls, made by lay_out
    mode_label: QLabel
    try_label: QLabel
    sections: QTabWidget

    def __init__(self, model: NeuronModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("neuronPanel")
        self.model = model
        self.diagram = QtNeuronDiagram(self)
        self.diagnosis = QLabel(self)
        self.diagnosis.setObjectName("neuronDiagnosis")
        self.diagnosis.setWordWrap(True)
        tint(self.diagnosis, "warning", "font-weight: bold;")
        self.loss_readout = QLabel(self)
        self.loss_readout.setObjectName("neuronLossReadout")
        self.loss_plot = QtLossPlot(self)

        self.n_spin = QSpinBox(self)
        self.n_spin.setObjectName("neuronControl:n_inputs")
        self.n_spin.setRange(MIN_INPUTS, MAX_INPUTS)
        self.x_fields = [self._field(f"x{i + 1}", X_RANGE) for i in range(MAX_INPUTS)]
        self.w_fields = [self._field(f"w{i + 1}", W_RANGE) for i in range(MAX_INPUTS)]
        self.b_field = self._field("b", B_RANGE)
        self.upstream_field = self._field("upstream", UPSTREAM_RANGE)
        self.target_field = self._field("target", TARGET_RANGE)
        self.lr_field = QtSliderField(
            "learning rate", LR_RANGE[0], LR_RANGE[1], 0.001, log_scale=True, parent=self
        )
        self.lr_field.setObjectName("neuronControl:lr")
        self.mode_combo = QComboBox(self)
        self.mode_combo.setObjectName("neuronControl:mode")
        for mode in MODES:
            self.mode_combo.addItem("", mode)
        self.loss_combo = QComboBox(self)
        self.loss_combo.setObjectName("neuronControl:loss")
        for kind in LOSS_KINDS:
            self.loss_combo.addItem("", kind)
        self.loss_message = QLabel(self)
        self.loss_message.setObjectName("fieldMessage")
        tint(self.loss_message, "error")
        self.loss_message.setWordWrap(True)
        self.loss_message.hide()

        self.step_button = self._button("neuronStep")
        self.play_button = self._button("neuronPlay")
        self.pause_button = self._button("neuronPause")
        self.reset_button = self._button("neuronReset")
        self.pause_button.setEnabled(False)
        self.preset_buttons = {}
        for name in PRESETS:
            button = self._button(f"neuronPreset:{name}")
            button.setProperty("preset", name)
            button.clicked.connect(self._on_q_preset_clicked)
            self.preset_buttons[name] = button
        self.play_timer = QTimer(self)
        self.play_timer.setInterval(PLAY_INTERVAL_MS)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        lay_out(self)
        self._connect()
        self.retranslate()
        self.set_all()

    # construction ----------------------------------------------------------------------------
    def _field(self, name: str, limits: tuple[float, float, float]) -> QtSliderField:
        field = QtSliderField(name, limits[0], limits[1], limits[2], parent=self)
        field.setObjectName(f"neuronControl:{name}")
        field.slider.setMinimumWidth(60)  # the panel lives in a side pane about 340 px wide
        field.label.setMinimumWidth(field.label.fontMetrics().horizontalAdvance("x4 "))  # aligned
        return field

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        return button

    # texts -----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the lab in the learner's language (the numbers stay)."""
        self.n_spin.setToolTip(self.tr("How many inputs the neuron has"))
        self.n_spin.setAccessibleName(self.tr("Number of inputs"))
        for i, (x_field, w_field) in enumerate(zip(self.x_fields, self.w_fields, strict=True)):
            x_field.set_tooltip(self.tr("Input x{number}").format(number=i + 1))
            x_field.setLabel(f"x{i + 1}", self.tr("Input x{number}").format(number=i + 1))
            w_field.set_tooltip(self.tr("Weight w{number}").format(number=i + 1))
            w_field.setLabel(f"w{i + 1}", self.tr("Weight w{number}").format(number=i + 1))
        self.b_field.set_tooltip(self.tr("Bias b, added to the weighted sum"))
        self.b_field.setLabel("b", self.tr("Bias b"))
        self.upstream_field.set_tooltip(self.tr("∂L/∂a from later layers"))
        self.upstream_field.setLabel("∂L/∂a", self.tr("Upstream gradient ∂L/∂a"))
        self.target_field.set_tooltip(self.tr("The output y the neuron should give"))
        self.target_field.setLabel(self.tr("target y"), self.tr("Target y"))
        self.lr_field.set_tooltip(self.tr("Step size of gradient descent: w ← w − lr · ∂L/∂w"))
        self.lr_field.setLabel(self.tr("learning rate"))
        self.mode_combo.setAccessibleName(self.tr("Where ∂L/∂a comes from"))
        self.mode_combo.setItemText(0, self.tr("an upstream slider"))
        self.mode_combo.setItemText(1, self.tr("a target and a loss"))
        self.loss_combo.setAccessibleName(self.tr("Loss"))
        self.loss_combo.setItemText(0, self.tr("squared error (a − y)²"))
        self.loss_combo.setItemText(1, self.tr("binary cross-entropy"))
        for button, text, tip in (
            (self.step_button, self.tr("Step"), self.tr("One gradient-descent step")),
            (self.play_button, self.tr("Play"), self.tr("Keep stepping")),
            (self.pause_button, self.tr("Pause"), self.tr("Stop stepping")),
            (self.reset_button, self.tr("Reset"), self.tr("Weights and bias before step 1")),
        ):
            button.setText(text)
            button.setToolTip(tip)
        for name, button in self.preset_buttons.items():
            button.setText(PRESETS[name].label_text())
            button.setToolTip(PRESETS[name].tooltip_text())
        self.inputs_label.setText(self.tr("inputs"))
        self.mode_label.setText(self.tr("∂L/∂a comes from"))
        self.try_label.setText(self.tr("Try:"))
        for index, title in enumerate(
            (self.tr("Forward"), self.tr("Backward"), self.tr("Learn && try"))
        ):
            self.sections.setTabText(index, title)
        self.set_activation()
        self.refresh()

    def _connect(self) -> None:
        events = self.model.events
        events.n_inputs.connect(self.set_n_inputs)
        events.x.connect(self.set_x)
        events.w.connect(self.set_w)
        events.b.connect(self.set_b)
        events.mode.connect(self.set_mode)
        events.upstream.connect(self.set_upstream)
        events.target.connect(self.set_target)
        events.loss_kind.connect(self.set_loss_kind)
        events.lr.connect(self.set_lr)
        events.history.connect(self.set_history)
        events.activation.connect(self.set_activation)
        for signal in (events.n_inputs, events.x, events.w, events.b, events.mode):
            signal.connect(self.schedule_refresh)
        for signal in (events.upstream, events.target, events.loss_kind, events.activation):
            signal.connect(self.schedule_refresh)
        self._refresh_timer.timeout.connect(self.refresh)
        self.n_spin.valueChanged.connect(self._on_q_n_inputs_changed)
        for field in (*self.x_fields, *self.w_fields):
            field.valueChanged.connect(self._on_q_vector_changed)
        self.b_field.valueChanged.connect(self._on_q_b_changed)
        self.upstream_field.valueChanged.connect(self._on_q_upstream_changed)
        self.target_field.valueChanged.connect(self._on_q_target_changed)
        self.lr_field.valueChanged.connect(self._on_q_lr_changed)
        self.mode_combo.currentIndexChanged.connect(self._on_q_mode_changed)
        self.loss_combo.currentIndexChanged.connect(self._on_q_loss_changed)
        self.step_button.clicked.connect(self.step)
        self.play_button.clicked.connect(self.play)
        self.pause_button.clicked.connect(self.pause)
        self.reset_button.clicked.connect(self._on_q_reset_clicked)
        self.play_timer.timeout.connect(self.step)

    # model -> widgets ------------------------------------------------------------------------
    def set_all(self) -> None:
        m = self.model
        self.set_n_inputs(m.n_inputs)
        state = m.to_state()  # all four inputs and weights, the hidden ones too
        self.set_x(tuple(state["x"]))
        self.set_w(tuple(state["w"]))
        self.set_b(m.b)
        self.set_mode(m.mode)
        self.set_upstream(m.upstream)
        self.set_target(m.target)
        self.set_loss_kind(m.loss_kind)
        self.set_lr(m.lr)
        self.set_history(m.history)
        self.set_activation()

    def set_n_inputs(self, n: int) -> None:
        with signals_blocked(self.n_spin):
            self.n_spin.setValue(n)
        for i in range(MAX_INPUTS):
            self.x_fields[i].setVisible(i < n)
            self.w_fields[i].setVisible(i < n)

    def set_x(self, values: tuple[float, ...]) -> None:
        for field, value in zip(self.x_fields, values, strict=False):
            field.setValue(value)

    def set_w(self, values: tuple[float, ...]) -> None:
        for field, value in zip(self.w_fields, values, strict=False):
            field.setValue(value)

    def set_b(self, value: float) -> None:
        self.b_field.setValue(value)

    def set_mode(self, mode: str) -> None:
        with signals_blocked(self.mode_combo):
            self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))
        target = mode == "target"
        self.upstream_field.setEnabled(not target)
        self.target_field.setEnabled(target)
        self.loss_combo.setEnabled(target)

    def set_upstream(self, value: float) -> None:
        self.upstream_field.setValue(value)

    def set_target(self, value: float) -> None:
        self.target_field.setValue(value)

    def set_loss_kind(self, kind: str) -> None:
        with signals_blocked(self.loss_combo):
            self.loss_combo.setCurrentIndex(self.loss_combo.findData(kind))

    def set_lr(self, value: float) -> None:
        self.lr_field.setValue(value)

    def set_history(self, losses: tuple[float, ...]) -> None:
        self.loss_plot.set_history(losses, self.model.steps - len(losses) + 1)

    def set_activation(self) -> None:
        allowed = self.model.bce_allowed()
        item = self.loss_combo.model().item(self.loss_combo.findData("bce"))  # type: ignore[attr-defined]
        item.setEnabled(allowed)
        item.setToolTip("" if allowed else self.tr("Only for activations with outputs in (0, 1)"))

    def schedule_refresh(self, *_args: object) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def redraw_pending(self) -> bool:
        return self._refresh_timer.isActive()

    def refresh(self) -> None:
        """Diagram, diagnosis and loss readout for the model's current numbers."""
        self._refresh_timer.stop()
        fb = self.model.result()
        self.diagram.set_pass(fb, self.model.choice.activation.name_text())
        message = self.model.diagnosis()
        self.diagnosis.setText(message)
        self.diagnosis.setVisible(bool(message))
        loss = self.model.current_loss()
        shown = "" if loss is None else self.tr("loss = {value}").format(value=format_value(loss))
        self.loss_readout.setText(shown)
        self.loss_readout.setVisible(loss is not None)

    # widgets -> model ------------------------------------------------------------------------
    def _apply(self, field: QtSliderField, setter: object, *args: object) -> None:
        try:
            setter(*args)  # type: ignore[operator]
        except ValueError as error:
            field.showError(str(error))
            self.set_all()

    def _on_q_n_inputs_changed(self, n: int) -> None:
        self.model.set_n_inputs(n)

    def _on_q_vector_changed(self, value: float) -> None:
        field = self.sender()
        if field in self.x_fields:
            self._apply(field, self.model.set_x, self.x_fields.index(field), value)
        elif field in self.w_fields:
            self._apply(field, self.model.set_w, self.w_fields.index(field), value)

    def _on_q_b_changed(self, value: float) -> None:
        self._apply(self.b_field, self.model.set_b, value)

    def _on_q_upstream_changed(self, value: float) -> None:
        self._apply(self.upstream_field, self.model.set_upstream, value)

    def _on_q_target_changed(self, value: float) -> None:
        self._apply(self.target_field, self.model.set_target, value)

    def _on_q_lr_changed(self, value: float) -> None:
        self._apply(self.lr_field, self.model.set_lr, value)

    def _on_q_mode_changed(self, index: int) -> None:
        self.model.set_mode(self.mode_combo.itemData(index))

    def _on_q_loss_changed(self, index: int) -> None:
        try:
            self.model.set_loss_kind(self.loss_combo.itemData(index))
        except ValueError as error:
            self.loss_message.setText(str(error))
            self.loss_message.show()
            self.set_loss_kind(self.model.loss_kind)
        else:
            self.loss_message.hide()

    def _on_q_preset_clicked(self) -> None:
        self.pause()
        self.model.apply_preset(str(self.sender().property("preset")))

    def _on_q_reset_clicked(self) -> None:
        self.pause()
        self.model.reset()

    # learning --------------------------------------------------------------------------------
    def step(self) -> None:
        try:
            self.model.step()
        except ValueError as error:
            self.pause()
            self.loss_readout.setText(str(error))
            self.loss_readout.show()

    def play(self) -> None:
        self.play_timer.start()
        self.play_button.setEnabled(False)
        self.pause_button.setEnabled(True)

    def pause(self) -> None:
        self.play_timer.stop()
        self.play_button.setEnabled(True)
        self.pause_button.setEnabled(False)

    def is_playing(self) -> bool:
        return self.play_timer.isActive()

    def hideEvent(self, event: object) -> None:
        self.pause()  # a hidden lab does not keep training
        super().hideEvent(event)  # type: ignore[arg-type]

    def field(self, name: str) -> QtSliderField:
        """The control called ``neuronControl:<name>``."""
        found = self.findChild(QtSliderField, f"neuronControl:{name}")
        assert found is not None, name
        return found

