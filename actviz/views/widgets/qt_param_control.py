"""One parameter of an activation: slider + exact entry for a float, a combo box for a choice."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QToolButton, QWidget

from actviz import core
from actviz.core.i18n import format_number
from actviz.core.params import ParamValue
from actviz.model.activation_choice import ActivationChoice
from actviz.model.publish.animation import ParamAnimation, ParamTarget, choice_param_target
from actviz.views.widgets.qt_play_button import QtPlayButton
from actviz.views.widgets.qt_slider_field import QtSliderField
from actviz.views.widgets.signals import signals_blocked


class QtParamControl(QWidget):
    """Shows ``choice.params[param.name]`` and writes the user's changes back to ``choice``;
    objectName ``paramControl:<name>``. Given an ``animation``, a float parameter also gets a
    play button (``paramPlay:<name>``) that plays it on that clock."""

    def __init__(
        self,
        choice: ActivationChoice,
        param: core.Param,
        parent: QWidget | None = None,
        animation: ParamAnimation | None = None,
        *,
        label_above: bool = False,
    ) -> None:
        super().__init__(parent)
        self.param = param
        self._choice = choice
        self._retired = False  # set when the activation changed: this control writes nothing
        self.setObjectName(f"paramControl:{param.name}")
        label = param.label_text()
        self.field: QtSliderField | None = None
        self.combo: QComboBox | None = None
        self.play_button: QtPlayButton | None = None
        self._combo_reset: QToolButton | None = None
        self._combo_label: QLabel | None = None
        if param.choices is None:
            assert param.minimum is not None and param.maximum is not None and param.step
            self.field = QtSliderField(
                label,
                param.minimum,
                param.maximum,
                param.step,
                log_scale=param.log_scale,
                tooltip=self._field_tooltip(),
                show_reset=True,
                label_above=label_above,
                parent=self,
            )
            self.field.slider.setObjectName(f"paramSlider:{param.name}")
            self.field.spin.setObjectName(f"paramSpin:{param.name}")
            layout = QGridLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.field, 0, 1)
            layout.setColumnStretch(1, 1)
            if animation is not None:  # first in the row, so a narrow panel never hides it
                self.play_button = QtPlayButton(animation, self.animation_target, label, self)
                self.play_button.setObjectName(f"paramPlay:{param.name}")
                if label_above:  # at the end of the label's line: the slider row keeps its room
                    self.field.add_to_label_row(self.play_button)
                else:
                    layout.addWidget(self.play_button, 0, 0, Qt.AlignmentFlag.AlignTop)
            self.field.valueChanged.connect(self._on_q_value_changed)
            self.field.resetRequested.connect(self._on_q_reset)
        else:
            self.combo = QComboBox(self)
            self.combo.setObjectName(f"paramCombo:{param.name}")
            self.combo.addItems(list(param.choices))  # identifiers, as PyTorch spells them
            label_widget = QLabel(self)
            label_widget.setBuddy(self.combo)
            self._combo_label = label_widget
            reset = QToolButton(self)
            reset.setText("↺")
            self._combo_reset = reset
            self._retranslate_combo()
            layout = QGridLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            row = 1 if label_above else 0
            layout.addWidget(label_widget, 0, 0, 1, 3 if label_above else 1)
            layout.addWidget(self.combo, row, 0 if label_above else 1, 1, 2 if label_above else 1)
            layout.addWidget(reset, row, 2)
            layout.setColumnStretch(1, 1)
            self.combo.currentTextChanged.connect(self._on_q_value_changed)
            reset.clicked.connect(self._on_q_reset)
        self.set_value(choice.params[param.name])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The parameter's label, tips and names in the learner's language."""
        label = self.param.label_text()
        if self.field is not None:
            self.field.set_tooltip(self._field_tooltip())
            self.field.setLabel(label)
        if self.play_button is not None:
            self.play_button.set_label(label)
        if self.combo is not None:
            self._retranslate_combo()

    def _tooltip(self) -> str:
        return self.param.tooltip_text() or self.tr("{label}: {range}").format(
            label=self.param.label_text(), range=self.param.range_text()
        )

    def _field_tooltip(self) -> str:
        return self.tr("{tip} (range {range}, default {default})").format(
            tip=self._tooltip(),
            range=self.param.range_text(),
            default=format_number(float(self.param.default), "g"),
        )

    def _retranslate_combo(self) -> None:
        assert self.combo is not None and self._combo_reset is not None
        label, tooltip = self.param.label_text(), self._tooltip()
        self.combo.setToolTip(tooltip)
        self.combo.setAccessibleName(label)
        if self._combo_label is not None:
            self._combo_label.setText(label)
            self._combo_label.setToolTip(tooltip)
        reset_text = self.tr("Reset {label} to its default ({default})").format(
            label=label, default=self.param.default
        )
        self._combo_reset.setToolTip(reset_text)
        self._combo_reset.setAccessibleName(reset_text)

    # model -> widget -------------------------------------------------------------------------
    def set_value(self, value: ParamValue) -> None:
        if self.field is not None:
            self.field.setValue(float(value))
        elif self.combo is not None:
            with signals_blocked(self.combo):
                self.combo.setCurrentText(str(value))

    def set_playing(self, playing: bool) -> None:
        if self.play_button is not None:
            self.play_button.set_playing(playing)

    def show_error(self, message: str) -> None:
        if self.field is not None:
            self.field.showError(_sentence(message))

    def retire(self) -> None:
        """Stop writing to the model: the activation changed and this control is on its way out.

        Its entry may still commit on the way (focus leaves it as it hides, a lesson opened with
        Ctrl+O while it was being typed in), and the parameter may not exist any more.
        """
        self._retired = True

    def animation_target(self) -> ParamTarget:
        """This parameter as something a clock can play."""
        return choice_param_target(self._choice, self.param.name)

    def focus_widgets(self) -> list[QWidget | None]:
        """This control's Tab stops in the order they are on screen."""
        if self.field is not None:
            return [self.play_button, *self.field.focus_widgets()]
        return [self.combo, self._combo_reset]

    def error_text(self) -> str:
        return self.field.errorText() if self.field is not None else ""

    # widget -> model -------------------------------------------------------------------------
    def _on_q_value_changed(self, value: float | str) -> None:
        if self._retired:
            return
        try:
            self._choice.set_param(self.param.name, value)
        except ValueError as error:
            if self.field is not None:
                self.field.showError(_sentence(str(error)))
            self.set_value(self._choice.params[self.param.name])

    def _on_q_reset(self) -> None:
        if self._retired:
            return
        try:
            self._choice.reset_param(self.param.name)
        except ValueError as error:  # e.g. a default that would cross another param's value
            if self.field is not None:
                self.field.showError(_sentence(str(error)))
        self.set_value(self._choice.params[self.param.name])
        if self.field is not None and not self.field.errorText():
            self.field.clearError()


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:]
