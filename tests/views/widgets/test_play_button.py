"""The play buttons beside parameters and the softmax temperature, in both directions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from actviz.model.activation_choice import ActivationChoice
from actviz.model.softmax.lab import SoftmaxLabModel
from actviz.views.softmax.qt_softmax_controls import QtSoftmaxControls
from actviz.views.widgets.qt_param_panel import QtParamPanel


@pytest.fixture
def panel(qtbot):
    choice = ActivationChoice("softplus")  # beta in [0.1, 10], threshold in [1, 50]
    widget = QtParamPanel(choice)
    qtbot.addWidget(widget)
    widget.show()
    return choice, widget


def play_button(widget, name: str) -> QToolButton:
    button = widget.findChild(QToolButton, f"paramPlay:{name}")
    assert button is not None, f"no paramPlay:{name}"
    return button


def test_every_float_parameter_has_a_play_button_and_choices_have_none(qtbot) -> None:
    choice = ActivationChoice("gelu")  # "approximate" is a choice: nothing to play
    widget = QtParamPanel(choice)
    qtbot.addWidget(widget)
    assert widget.findChildren(QToolButton, "paramPlay:approximate") == []
    choice.set_activation("hardtanh")
    for name in ("min_val", "max_val"):
        play_button(widget, name)


def test_clicking_play_plays_the_parameter_and_the_slider_follows(panel, qtbot) -> None:
    choice, widget = panel
    button = play_button(widget, "beta")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    animation = widget.animation
    assert animation.playing and animation.target.name == "beta"
    assert button.isChecked()
    assert widget.animation_driver.running
    before = choice.params["beta"]
    animation.tick(0.5)  # what the driver's timer does
    after = choice.params["beta"]
    assert after != before
    assert widget.controls["beta"].field.value() == pytest.approx(after, rel=1e-6)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not animation.playing and not button.isChecked()
    assert not widget.animation_driver.running


def test_the_timer_moves_the_model_while_playing(panel, qtbot) -> None:
    choice, widget = panel
    start = choice.params["beta"]
    qtbot.mouseClick(play_button(widget, "beta"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: choice.params["beta"] != start, timeout=3000)
    widget.animation.pause()


def test_the_model_playing_shows_on_the_button(panel) -> None:
    _choice, widget = panel
    from actviz.model.publish.param_target import choice_param_target

    beta, threshold = play_button(widget, "beta"), play_button(widget, "threshold")
    widget.animation.set_target(choice_param_target(widget._choice, "threshold"))
    widget.animation.play()
    assert threshold.isChecked() and not beta.isChecked()
    assert threshold.accessibleName().startswith("Pause")
    widget.animation.pause()
    assert not threshold.isChecked()
    assert threshold.accessibleName().startswith("Play")


def test_playing_another_parameter_takes_the_clock_over(panel, qtbot) -> None:
    _choice, widget = panel
    beta, threshold = play_button(widget, "beta"), play_button(widget, "threshold")
    qtbot.mouseClick(beta, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(threshold, Qt.MouseButton.LeftButton)
    assert widget.animation.target.name == "threshold" and widget.animation.playing
    assert threshold.isChecked() and not beta.isChecked()


def test_switching_activation_stops_the_animation(panel, qtbot) -> None:
    choice, widget = panel
    qtbot.mouseClick(play_button(widget, "beta"), Qt.MouseButton.LeftButton)
    choice.set_activation("elu")
    assert not widget.animation.playing and widget.animation.target is None
    assert not widget.animation_driver.running


def test_the_menu_sets_mode_speed_and_range(panel) -> None:
    _choice, widget = panel
    menu = play_button(widget, "beta").animation_menu
    menu.synchronize()
    assert (menu.low.value(), menu.high.value()) == (0.1, 10.0)
    menu.mode_actions["loop"].trigger()
    assert widget.animation.mode == "loop" and widget.animation.target.name == "beta"
    menu.time_actions[8.0].trigger()
    assert widget.animation.duration == 8.0
    menu.low.setValue(1.0)
    menu.high.setValue(2.0)
    assert widget.animation.value_range == (1.0, 2.0)
    menu.whole.click()
    assert widget.animation.value_range == (0.1, 10.0)


def test_a_reversed_range_is_refused_with_a_message(panel) -> None:
    _choice, widget = panel
    menu = play_button(widget, "beta").animation_menu
    menu.synchronize()
    menu.high.setValue(0.5)
    menu.low.setValue(5.0)  # above "to"
    assert not menu.message.isHidden()
    assert "below" in menu.message.text()
    assert widget.animation.value_range == (0.1, 0.5)


def test_a_value_the_model_refuses_shows_under_the_parameter(qtbot) -> None:
    choice = ActivationChoice("hardtanh", {"min_val": 0.0, "max_val": 0.5})
    widget = QtParamPanel(choice)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.mouseClick(play_button(widget, "max_val"), Qt.MouseButton.LeftButton)
    widget.animation.seek(0.0)  # max_val = 0 = min_val: hardtanh refuses it
    assert not widget.animation.playing
    assert "max_val" in widget.controls["max_val"].error_text()


def test_the_softmax_temperature_plays_on_its_log_scale(qtbot) -> None:
    lab = SoftmaxLabModel()
    controls = QtSoftmaxControls(lab)
    qtbot.addWidget(controls)
    button = controls.findChild(QToolButton, "softmaxTemperaturePlay")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    animation = controls.temperature_animation
    assert animation.playing and button.isChecked()
    animation.set_mode("once")
    animation.seek(0.5)
    assert lab.temperature == pytest.approx(1.0)  # the middle of 0.01..100 on a log scale
    assert controls.temperature.value() == pytest.approx(1.0)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not animation.playing and not button.isChecked()
