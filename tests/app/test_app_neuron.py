"""The neuron playground inside the main window: every control moved through its widget, and after
each gesture the diagram's numbers compared with ``forward_backward`` for the values the test
itself set, and the marker and tangent on the explorer's plot compared with the activation."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from actviz import core
from actviz.app import MainWindow, dispose_window
from actviz.core.neuron import forward_backward, loss_grad
from actviz.views.neuron.qt_neuron_panel import QtNeuronPanel


@pytest.fixture
def app_window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1500, 950)
    window.show()
    qtbot.waitExposed(window)
    panel = window.show_neuron()
    assert isinstance(panel, QtNeuronPanel)
    assert window.findChild(QtNeuronPanel, "neuronPanel") is panel
    yield window, panel
    panel.pause()
    dispose_window(window)


def enter(qtbot, field, text: str) -> None:
    field.spin.lineEdit().selectAll()
    field.spin.lineEdit().setText(text)
    qtbot.keyClick(field.spin, Qt.Key.Key_Return)


def check(qtbot, window, panel, x, w, b, key, params=None, upstream=1.0) -> None:
    qtbot.waitUntil(lambda: not panel.redraw_pending(), timeout=2000)
    fb = forward_backward(np.array(x), np.array(w), b, key, params, upstream)
    values = panel.diagram.values()
    for name in ("z", "a", "local_grad", "upstream", "dz", "db", "b"):
        assert values[name] == getattr(fb, name), name
    for i in range(len(x)):
        k = str(i + 1)
        assert (values["x" + k], values["w" + k]) == (x[i], w[i])
        assert values["p" + k] == fb.products[i]
        assert values["dw" + k] == fb.dw[i] and values["dx" + k] == fb.dx[i]
    # the operating point and the tangent on the explorer's plot
    f = core.get(key)
    resolved = f.resolve_params(params)
    a, slope = float(f.forward(fb.z, **resolved)), float(f.derivative(fb.z, **resolved))
    overlay = window.neuron_overlay
    assert overlay.point() == pytest.approx((fb.z, a), rel=1e-14, abs=1e-300)
    xs, ys = overlay.tangent_points()
    (x_lo, x_hi), _ = window.curve_plot.plot_item.getViewBox().viewRange()
    assert xs == pytest.approx([x_lo, x_hi], rel=1e-12)
    for xv, yv in zip(xs, ys, strict=True):
        assert yv == pytest.approx(a + slope * (xv - fb.z), rel=1e-12, abs=1e-12)


def test_every_control_drives_the_diagram_and_the_plot(qtbot, app_window):
    window, panel = app_window
    x, w, b = [1.0, -0.5, 0.5, 1.0], [0.8, 0.4, -0.3, 0.2], 0.1
    window.session.choice.set_activation("tanh")
    panel.n_spin.setValue(4)
    check(qtbot, window, panel, x, w, b, "tanh")
    for i, (xv, wv) in enumerate([(2.0, -1.5), (0.25, 3.0), (-4.0, 0.5), (1.5, -2.25)]):
        enter(qtbot, panel.field(f"x{i + 1}"), str(xv))
        x[i] = xv
        check(qtbot, window, panel, x, w, b, "tanh")
        enter(qtbot, panel.field(f"w{i + 1}"), str(wv))
        w[i] = wv
        check(qtbot, window, panel, x, w, b, "tanh")
    enter(qtbot, panel.field("b"), "-0.75")
    b = -0.75
    check(qtbot, window, panel, x, w, b, "tanh")
    enter(qtbot, panel.field("upstream"), "-1.5")
    check(qtbot, window, panel, x, w, b, "tanh", upstream=-1.5)
    panel.n_spin.setValue(2)
    check(qtbot, window, panel, x[:2], w[:2], b, "tanh", upstream=-1.5)
    # the main window's activation and its params reach the neuron
    window.session.choice.set_activation("leaky_relu", {"negative_slope": 0.3})
    check(qtbot, window, panel, x[:2], w[:2], b, "leaky_relu", {"negative_slope": 0.3}, -1.5)
    # a target and a loss instead of the upstream slider
    window.session.choice.set_activation("sigmoid")
    panel.mode_combo.setCurrentIndex(panel.mode_combo.findData("target"))
    panel.loss_combo.setCurrentIndex(panel.loss_combo.findData("bce"))
    enter(qtbot, panel.field("target"), "0.25")
    a = forward_backward(np.array(x[:2]), np.array(w[:2]), b, "sigmoid").a
    check(qtbot, window, panel, x[:2], w[:2], b, "sigmoid", None, loss_grad(a, 0.25, "bce"))
    enter(qtbot, panel.field("lr"), "0.5")
    assert window.neuron.lr == 0.5
    qtbot.mouseClick(panel.step_button, Qt.MouseButton.LeftButton)
    fb = forward_backward(np.array(x[:2]), np.array(w[:2]), b, "sigmoid")
    assert fb.dz * loss_grad(a, 0.25, "bce") == pytest.approx(a - 0.25, rel=1e-12)  # sigmoid+BCE
    dz = a - 0.25
    new_w = [float(v) for v in np.array(w[:2]) - 0.5 * np.array(x[:2]) * dz]
    assert window.neuron.w == pytest.approx(tuple(new_w), rel=1e-12)
    assert window.neuron.b == pytest.approx(b - 0.5 * dz, rel=1e-12)


def test_refused_entry_keeps_the_last_good_value(qtbot, app_window):
    _window, panel = app_window
    before = panel.model.w[0]
    enter(qtbot, panel.field("w1"), "nan")
    assert panel.field("w1").errorText() and panel.model.w[0] == before


def test_dying_relu_demo_in_the_window(qtbot, app_window):
    window, panel = app_window
    qtbot.mouseClick(panel.preset_buttons["dying_relu"], Qt.MouseButton.LeftButton)
    assert window.session.choice.key == "relu"  # the explorer shows the same activation
    qtbot.mouseClick(panel.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.model.history) >= 5, timeout=3000)
    panel.pause()
    assert len(set(panel.model.history)) == 1 and "Dying ReLU" in panel.diagnosis.text()
    qtbot.mouseClick(panel.preset_buttons["leaky_relu"], Qt.MouseButton.LeftButton)
    assert window.session.choice.key == "leaky_relu"
    for _ in range(60):
        panel.step()
    assert panel.model.result().z > 0 and panel.model.history[-1] < 1e-3


def test_neuron_state_is_saved_with_the_session(app_window):
    window, panel = app_window
    assert panel.model in window.saveables and window.saveables.index(panel.model) > 0
    panel.model.set_x(0, -2.0)
    state = panel.model.to_state()
    panel.model.set_x(0, 3.0)
    panel.model.apply_state(panel.model.check_state(state, []))
    assert panel.field("x1").value() == -2.0
