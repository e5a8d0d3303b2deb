"""The neuron panel in both directions (model -> widgets, widgets -> model), refused input, the
learning buttons and presets, with the diagram's numbers checked against ``forward_backward``."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from actviz.core.neuron import forward_backward
from actviz.model.activation_choice import ActivationChoice
from actviz.model.neuron.lab import NeuronModel
from actviz.views.neuron.qt_neuron_diagram import format_value
from actviz.views.neuron.qt_neuron_panel import QtNeuronPanel


@pytest.fixture
def panel(qtbot):
    model = NeuronModel(ActivationChoice("relu"))
    widget = QtNeuronPanel(model)
    qtbot.addWidget(widget)
    widget.resize(560, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def enter(qtbot, field, text: str) -> None:
    field.spin.lineEdit().selectAll()
    field.spin.lineEdit().setText(text)
    qtbot.keyClick(field.spin, Qt.Key.Key_Return)


def settle(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: not panel.redraw_pending(), timeout=2000)


def assert_diagram_matches(panel, x, w, b, key, params=None, upstream=1.0) -> None:
    expected = forward_backward(np.array(x), np.array(w), b, key, params, upstream)
    values = panel.diagram.values()
    for name in ("z", "a", "local_grad", "dz", "db", "b", "upstream"):
        assert values[name] == getattr(expected, name), name
    for i in range(len(x)):
        k = str(i + 1)
        assert values["x" + k] == x[i] and values["w" + k] == w[i]
        assert values["dw" + k] == expected.dw[i] and values["dx" + k] == expected.dx[i]
        assert values["p" + k] == expected.products[i]
    assert "x" + str(len(x) + 1) not in values
    assert panel.diagram.texts()["z"] == format_value(expected.z)


def test_widgets_to_model(qtbot, panel):
    model = panel.model
    enter(qtbot, panel.field("x1"), "2.5")
    enter(qtbot, panel.field("w2"), "-1.25")
    enter(qtbot, panel.field("b"), "0.75")
    enter(qtbot, panel.field("upstream"), "-2")
    panel.field("lr").slider.setValue(panel.field("lr").slider.maximum())
    assert model.x[0] == 2.5 and model.w[1] == -1.25 and model.b == 0.75
    assert model.upstream == -2.0 and model.lr == 2.0
    panel.n_spin.setValue(3)
    assert model.n_inputs == 3 and panel.field("x3").isVisibleTo(panel)
    assert not panel.field("x4").isVisibleTo(panel)
    settle(qtbot, panel)
    assert_diagram_matches(panel, model.x, model.w, 0.75, "relu", upstream=-2.0)


def test_model_to_widgets_without_echo(qtbot, panel):
    model = panel.model
    seen: list = []
    model.events.x.connect(lambda v: seen.append(v))
    model.set_x(1, -3.5)
    model.set_w(0, 4.0)
    model.set_b(-0.5)
    assert panel.field("x2").value() == -3.5 and panel.field("w1").value() == 4.0
    assert panel.field("b").value() == -0.5 and len(seen) == 1  # no write-back from the field
    model.set_mode("target")
    assert panel.field("target").isEnabled() and not panel.field("upstream").isEnabled()
    settle(qtbot, panel)
    assert_diagram_matches(panel, model.x, model.w, -0.5, "relu", upstream=model.result().upstream)


@pytest.mark.parametrize("text", ["abc", "nan", "inf", "99"])
def test_bad_entry_is_refused_with_a_message(qtbot, panel, text):
    before = panel.model.x[0]
    field = panel.field("x1")
    enter(qtbot, field, text)
    assert field.errorText() and panel.model.x[0] == before and field.value() == before


def test_target_outside_0_1_refused_for_bce(qtbot, panel):
    panel.model.choice.set_activation("sigmoid")
    panel.mode_combo.setCurrentIndex(panel.mode_combo.findData("target"))
    panel.loss_combo.setCurrentIndex(panel.loss_combo.findData("bce"))
    assert panel.model.loss_kind == "bce"
    field = panel.field("target")
    field.spin.setRange(-5, 5)  # the field's own range allows it; the model refuses
    enter(qtbot, field, "3")
    assert "target" in field.errorText() and panel.model.target == field.value() <= 1.0


def test_bce_disabled_for_unbounded_activations(panel):
    item = panel.loss_combo.model().item(panel.loss_combo.findData("bce"))
    assert not item.isEnabled()
    panel.model.choice.set_activation("sigmoid")
    assert item.isEnabled()


def test_step_reset_and_loss_plot(qtbot, panel):
    model = panel.model
    model.choice.set_activation("sigmoid")
    model.set_mode("target")
    w0 = model.w
    qtbot.mouseClick(panel.step_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.step_button, Qt.MouseButton.LeftButton)
    assert model.w != w0 and len(model.history) == 2
    xs, ys = panel.loss_plot.history()
    assert xs == [1.0, 2.0] and ys == list(model.history)
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert model.w == w0 and panel.loss_plot.history() == ([], [])


def test_play_and_pause(qtbot, panel):
    panel.model.choice.set_activation("tanh")
    panel.model.set_mode("target")
    qtbot.mouseClick(panel.play_button, Qt.MouseButton.LeftButton)
    assert panel.is_playing() and not panel.play_button.isEnabled()
    qtbot.waitUntil(lambda: len(panel.model.history) >= 3, timeout=3000)
    qtbot.mouseClick(panel.pause_button, Qt.MouseButton.LeftButton)
    count = len(panel.model.history)
    qtbot.wait(3 * 80)
    assert not panel.is_playing() and len(panel.model.history) == count


def test_dying_relu_preset_says_why(qtbot, panel):
    qtbot.mouseClick(panel.preset_buttons["dying_relu"], Qt.MouseButton.LeftButton)
    settle(qtbot, panel)
    assert panel.model.choice.key == "relu"
    assert "Dying ReLU" in panel.diagnosis.text() and panel.diagnosis.isVisibleTo(panel)
    w0 = panel.model.w
    for _ in range(5):
        qtbot.mouseClick(panel.step_button, Qt.MouseButton.LeftButton)
    assert panel.model.w == w0
    qtbot.mouseClick(panel.preset_buttons["leaky_relu"], Qt.MouseButton.LeftButton)
    for _ in range(5):
        qtbot.mouseClick(panel.step_button, Qt.MouseButton.LeftButton)
    settle(qtbot, panel)
    assert panel.model.w != w0 and not panel.diagnosis.isVisibleTo(panel)
    assert panel.field("w1").value() == pytest.approx(panel.model.w[0], abs=1e-6)  # 6 decimals


def test_saturation_is_explained(qtbot, panel):
    qtbot.mouseClick(panel.preset_buttons["saturated_sigmoid"], Qt.MouseButton.LeftButton)
    settle(qtbot, panel)
    assert "Saturated" in panel.diagnosis.text()
