"""The parameter panel: a control per parameter of the selected activation, rebuilt on a switch.

Each float parameter has a play button; the panel's one :class:`ParamAnimation` clock plays one
parameter at a time (``animation``), fed by an :class:`AnimationDriver` while it plays.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from actviz.core.params import ParamValue
from actviz.model.activation_choice import ActivationChoice
from actviz.model.publish.animation import ParamAnimation, ParamTarget
from actviz.views.widgets.accessibility import chain_focus
from actviz.views.widgets.animation_driver import AnimationDriver
from actviz.views.widgets.qt_param_control import QtParamControl

NO_PARAMS_TEXT = "This activation has no parameters."  # the English of empty_label


class QtParamPanel(QWidget):
    """Shows the params of ``choice`` (objectName ``paramPanel``); plays them on ``animation``."""

    def __init__(
        self,
        choice: ActivationChoice,
        parent: QWidget | None = None,
        animation: ParamAnimation | None = None,
        *,
        label_above: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paramPanel")
        self._choice = choice
        self._label_above = label_above  # each label on its own line: for narrow side columns
        self.controls: dict[str, QtParamControl] = {}
        self.animation = animation if animation is not None else ParamAnimation()
        self.animation_driver = AnimationDriver(self.animation, self)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("noParamsLabel")
        self.empty_label.setWordWrap(True)
        self.reset_all_button = QPushButton(self)
        self.reset_all_button.setObjectName("resetAllParams")
        self.retranslate()
        self._controls_box = QVBoxLayout()
        self._controls_box.setContentsMargins(0, 0, 0, 0)
        self._controls_box.setSpacing(6)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reset_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addLayout(self._controls_box)
        layout.addLayout(buttons)

        self.set_activation(choice.key)
        choice.events.activation.connect(self.set_activation)
        choice.events.params.connect(self.set_params)
        self.animation.events.playing.connect(self.set_playing)
        self.animation.events.target.connect(self._show_playing)
        self.animation.events.error.connect(self.set_animation_error)
        self.reset_all_button.clicked.connect(self._on_q_reset_all)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # each control re-reads its own parameter's texts
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.empty_label.setText(self.tr("This activation has no parameters."))
        self.reset_all_button.setText(self.tr("Reset all"))
        self.reset_all_button.setToolTip(self.tr("Set every parameter back to its default"))

    # model -> widget -------------------------------------------------------------------------
    def set_activation(self, _key: str) -> None:
        """Replace the controls with those of the current activation (a playing one stops)."""
        target = self.animation.target
        if target is not None and target.owner is self._choice:
            self.animation.set_target(None)
        for control in self.controls.values():
            control.retire()
            self._controls_box.removeWidget(control)
            control.hide()
            control.deleteLater()
        self.controls = {}
        for param in self._choice.activation.params:
            control = QtParamControl(
                self._choice, param, self, self.animation, label_above=self._label_above
            )
            self._controls_box.addWidget(control)
            self.controls[param.name] = control
        has_params = bool(self.controls)
        self.empty_label.setVisible(not has_params)
        self.reset_all_button.setVisible(has_params)
        # New controls join the end of the window's Tab order: put them where they are on screen.
        stops = [w for control in self.controls.values() for w in control.focus_widgets()]
        chain_focus(self, [*stops, self.reset_all_button])

    def set_params(self, params: dict[str, ParamValue]) -> None:
        for name, value in params.items():
            control = self.controls.get(name)
            if control is not None:
                control.set_value(value)

    def set_playing(self, playing: bool) -> None:
        self.animation_driver.set_running(playing)
        self._show_playing(self.animation.target)

    def _show_playing(self, target: ParamTarget | None) -> None:
        playing = self.animation.playing
        for control in self.controls.values():
            control.set_playing(playing and control.play_button is not None
                                and control.play_button.shows(target))

    def set_animation_error(self, message: str) -> None:
        """The clock stopped because the model refused a value: say so under that parameter."""
        target = self.animation.target
        control = self.controls.get(target.name) if target is not None else None
        if control is not None:
            control.show_error(message)

    # widget -> model -------------------------------------------------------------------------
    def _on_q_reset_all(self) -> None:
        self._choice.reset_params()
        for control in self.controls.values():
            if control.field is not None:
                control.field.clearError()
