"""The softmax lab's global controls: temperature, shift, mode, naive toggle, random and reset."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from actviz.core.softmax import MODES
from actviz.model.publish.animation import ParamAnimation, ParamTarget, temperature_target
from actviz.model.softmax.lab import (
    SHIFT_MAX,
    SHIFT_MIN,
    SHIFT_STEP,
    TEMPERATURE_MAX,
    TEMPERATURE_MIN,
    SoftmaxLabModel,
)
from actviz.views.widgets.animation_driver import AnimationDriver
from actviz.views.widgets.qt_play_button import QtPlayButton
from actviz.views.widgets.qt_slider_field import QtSliderField
from actviz.views.widgets.signals import signals_blocked

# The functions' names, as PyTorch spells them: the same in every language.
MODE_TEXT = {"softmax": "softmax", "log_softmax": "log-softmax", "softmin": "softmin"}


class QtSoftmaxControls(QWidget):
    """Shows a SoftmaxLabModel's temperature, shift, mode and naive toggle (``softmaxControls``)."""

    def __init__(self, model: SoftmaxLabModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("softmaxControls")
        self._model = model
        self.temperature = QtSliderField(
            "Temperature T",
            TEMPERATURE_MIN,
            TEMPERATURE_MAX,
            0.01,
            log_scale=True,
            label_above=True,
            parent=self,
        )
        self.temperature.setObjectName("softmaxTemperature")
        # The temperature can play (on its log scale), like an activation's parameters.
        self._temperature_target = temperature_target(model)
        self.temperature_animation = ParamAnimation(self._temperature_target)
        self.temperature_driver = AnimationDriver(self.temperature_animation, self)
        self.temperature_play = QtPlayButton(
            self.temperature_animation, self.temperature_target, "", self
        )
        self.temperature_play.setObjectName("softmaxTemperaturePlay")
        self.shift = QtSliderField(
            "Add to every logit",
            SHIFT_MIN,
            SHIFT_MAX,
            SHIFT_STEP,
            label_above=True,
            parent=self,
        )
        self.shift.setObjectName("softmaxShift")

        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QRadioButton] = {}
        modes = QHBoxLayout()
        for i, mode in enumerate(MODES):
            button = QRadioButton(MODE_TEXT[mode], self)
            button.setObjectName(f"softmaxMode:{mode}")
            self.mode_group.addButton(button, i)
            self.mode_buttons[mode] = button
            modes.addWidget(button)
        modes.addStretch(1)

        self.naive_check = QCheckBox(self)
        self.naive_check.setObjectName("softmaxNaive")
        self.random_button = QPushButton(self)
        self.random_button.setObjectName("softmaxRandom")
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("softmaxReset")
        self.retranslate()
        buttons = QGridLayout()
        buttons.addWidget(self.naive_check, 0, 0, 1, 2)  # own row: the column stays narrow
        buttons.addWidget(self.random_button, 1, 0)
        buttons.addWidget(self.reset_button, 1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        temperature_row = QHBoxLayout()
        temperature_row.addWidget(self.temperature, 1)
        temperature_row.addWidget(self.temperature_play, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(temperature_row)
        layout.addWidget(self.shift)
        layout.addLayout(modes)
        layout.addLayout(buttons)

        self.temperature.valueChanged.connect(self._on_q_temperature_changed)
        self.shift.valueChanged.connect(self._on_q_shift_changed)
        self.mode_group.idClicked.connect(self._on_q_mode_clicked)
        self.naive_check.toggled.connect(self._on_q_naive_toggled)
        self.random_button.clicked.connect(self._on_q_random_clicked)
        self.reset_button.clicked.connect(self._on_q_reset_clicked)
        model.events.temperature.connect(self.set_temperature)
        self.temperature_animation.events.playing.connect(self.set_temperature_playing)
        self.temperature_animation.events.error.connect(self.temperature.showError)
        model.events.shift.connect(self.set_shift)
        model.events.mode.connect(self.set_mode)
        model.events.naive.connect(self.set_naive)
        self.set_temperature(model.temperature)
        self.set_shift(model.shift)
        self.set_mode(model.mode)
        self.set_naive(model.naive)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.temperature.set_tooltip(
            self.tr("Divides every logit: low T sharpens to one-hot, high T flattens to uniform")
        )
        self.temperature.setLabel(self.tr("Temperature T"))
        self.temperature_play.set_label(self.tr("the temperature"))
        self.shift.set_tooltip(
            self.tr(
                "The same constant added to every logit: softmax does not change. "
                "Large values make the naive formula overflow."
            )
        )
        self.shift.setLabel(self.tr("Add to every logit"))
        tips = {
            "softmax": self.tr(
                "p_i = exp(z_i/T) / Σ_j exp(z_j/T): the largest score gets the largest probability"
            ),
            "log_softmax": self.tr("log p_i, computed directly: what a cross-entropy loss uses"),
            "softmin": self.tr("softmax(−z/T): the smallest score gets the largest probability"),
        }
        for mode, button in self.mode_buttons.items():
            button.setToolTip(tips[mode])
        self.naive_check.setText(self.tr("Naive exp (no max subtracted)"))
        self.naive_check.setToolTip(
            self.tr(
                "Also compute exp(z/T) / Σ exp(z/T) directly, as a textbook writes it, "
                "to see where it overflows"
            )
        )
        self.random_button.setText(self.tr("Random"))
        self.random_button.setToolTip(
            self.tr("New scores drawn from a normal distribution (seeded)")
        )
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Back to cat, dog, bird at T = 1"))

    # model -> widget -------------------------------------------------------------------------
    def set_temperature(self, value: float) -> None:
        self.temperature.setValue(value)

    def set_temperature_playing(self, playing: bool) -> None:
        self.temperature_driver.set_running(playing)
        self.temperature_play.set_playing(playing)

    def temperature_target(self) -> ParamTarget:
        return self._temperature_target

    def set_shift(self, value: float) -> None:
        self.shift.setValue(value)

    def set_mode(self, mode: str) -> None:
        with signals_blocked(self.mode_group):
            self.mode_buttons[mode].setChecked(True)

    def set_naive(self, on: bool) -> None:
        with signals_blocked(self.naive_check):
            self.naive_check.setChecked(on)

    # widget -> model -------------------------------------------------------------------------
    def _on_q_temperature_changed(self, value: float) -> None:
        try:
            self._model.set_temperature(value)
        except ValueError as error:
            self.temperature.showError(str(error))
            self.temperature.setValue(self._model.temperature)

    def _on_q_shift_changed(self, value: float) -> None:
        try:
            self._model.set_shift(value)
        except ValueError as error:
            self.shift.showError(str(error))
            self.shift.setValue(self._model.shift)

    def _on_q_mode_clicked(self, button_id: int) -> None:
        self._model.set_mode(MODES[button_id])

    def _on_q_naive_toggled(self, on: bool) -> None:
        self._model.set_naive(on)

    def _on_q_random_clicked(self) -> None:
        self._model.randomize()

    def _on_q_reset_clicked(self) -> None:
        self._model.reset()
