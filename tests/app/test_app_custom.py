"""Your own activation in the whole window: created from the Edit menu, edited, used by the
explorer, the neuron, the deep-network lab (both sides and the bending view), saved in a lesson
and opened again; a lesson with a hostile formula is refused and changes nothing."""

from __future__ import annotations

import gc
import json
import math
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt

from actviz import core
from actviz.app import MainWindow, dispose_window
from actviz.core.deepnet import simulate
from actviz.core.neuron import forward_backward
from actviz.views.custom.qt_formula_field import PAUSE_MS
from actviz.views.deepnet.qt_deepnet_panel import QtDeepNetPanel
from actviz.views.neuron.qt_neuron_panel import QtNeuronPanel

SWISH = "x * sigmoid(beta * x)"


@pytest.fixture
def window(qtbot):
    # Custom-activation events are process-wide: earlier tests' windows (disposed, not yet
    # collected) must go first, or an edit here would reach their deleted widgets through them.
    gc.collect()
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    neuron = win.findChild(QtNeuronPanel, "neuronPanel")
    if neuron is not None:
        neuron.pause()
    deepnet = win.findChild(QtDeepNetPanel, "deepNetPanel")
    if deepnet is not None:
        deepnet.shutdown()
    dispose_window(win)


def create(qtbot, win: MainWindow, text: str, name: str) -> str:
    """Through the Edit menu's New activation…, as a learner does it."""
    edit_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Edit")
    new = next(a for a in edit_menu.actions() if a.text().startswith("&New activation"))
    new.trigger()
    editor = win.custom_actions.editor
    assert editor is not None and editor.isVisible() and editor.objectName() == "activationEditor"
    qtbot.keyClicks(editor.name_edit, name)
    qtbot.keyClicks(editor.field.edit, text)
    qtbot.wait(PAUSE_MS + 50)
    with qtbot.waitSignal(editor.committed) as blocker:
        qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    return str(blocker.args[0])


def drawn(win: MainWindow) -> tuple[np.ndarray, np.ndarray]:
    win.curve_plot.redraw()
    x, y = win.curve_plot.function_curve.getData()
    return np.asarray(x), np.asarray(y)


def test_create_use_in_the_explorer_and_edit(qtbot, window) -> None:
    key = create(qtbot, window, SWISH, "My swish")
    choice = window.session.choice
    assert choice.key == key == "custom:my-swish"  # the new activation is shown at once
    assert "paramControl:beta" in {w.objectName() for w in window.findChildren(object)}
    choice.set_param("beta", 2.0)
    x, y = drawn(window)
    finite = np.isfinite(x)
    np.testing.assert_allclose(y[finite], x[finite] / (1 + np.exp(-2 * x[finite])), rtol=1e-12)
    assert "σ(βx)" in window.explorer.formula_pane.plain_text()
    window.explorer.pin_current()
    assert window.explorer.picker.visible_keys()[-1] == key

    window.custom_actions.edit_action.trigger()  # F2: edit the current one
    editor = window.custom_actions.editor
    assert editor.field.edit.text() == SWISH and editor.ok_button.text() == "Save"
    editor.field.edit.setText("x * tanh(softplus(beta * x))")
    editor.ok_button.click()
    assert choice.key == key and choice.params == {"beta": 2.0}
    x, y = drawn(window)
    finite = np.isfinite(x)
    expected = x[finite] * np.tanh(np.logaddexp(0, 2 * x[finite]))
    np.testing.assert_allclose(y[finite], expected, rtol=1e-12)
    pinned = window.curve_plot.overlay_curves[0][0].getData()[1]
    assert np.nanmax(np.abs(pinned - window.curve_plot.function_curve.getData()[1])) < 1e-12


def test_the_neuron_uses_it(qtbot, window) -> None:
    key = create(qtbot, window, "x^3 - x", "Cubic")
    neuron = window.neuron
    panel = window.show_neuron()
    qtbot.waitUntil(lambda: not panel.redraw_pending(), timeout=2000)
    fb = forward_backward(
        np.array(neuron.x), np.array(neuron.w), neuron.b, key, {}, neuron.upstream
    )
    assert fb.a == pytest.approx(fb.z**3 - fb.z, rel=1e-12)
    assert fb.local_grad == pytest.approx(3 * fb.z**2 - 1, rel=1e-12)
    values = panel.diagram.values()
    assert values["a"] == fb.a and values["local_grad"] == fb.local_grad


def test_both_network_labs_use_it(qtbot, window) -> None:
    key = create(qtbot, window, "where(x > 0, x, a * (exp(x) - 1))", "My ELU")
    panel = window.show_lab("deepNetPanel")
    controls = panel.signals_tab.controls
    combo = controls.activation
    combo.setCurrentIndex(combo.findData(key))
    lab = panel.lab
    assert lab.choice.key == key
    qtbot.waitUntil(
        lambda: (
            lab.results[0] is not None
            and lab.results[0].key == key
            and not panel.signals_tab.runner.busy
        ),
        timeout=60_000,
    )
    reference = simulate(lab.depth, lab.width, key, lab.choice.params, init=lab.init)
    drawn_std = np.asarray(panel.signals_tab.stats.curves["main:std"].yData)
    np.testing.assert_allclose(drawn_std, reference.act_std, rtol=1e-12)
    compare = controls.compare
    assert compare.findData(key) >= 0  # listed on the compare side too
    bending = lab.bending
    bending.choice.set_activation(key)
    panel.tabs.setCurrentWidget(panel.bending_tab)
    qtbot.wait(50)
    assert bending.choice.activation is core.get(key)
    window.custom_actions.confirm_delete = lambda _name: True  # type: ignore[method-assign]
    window.session.choice.set_activation(key)
    window.custom_actions.delete_current()
    assert lab.choice.key == "relu" and bending.choice.key == "relu"
    assert window.session.choice.key == "relu" and combo.findData(key) == -1


def test_lesson_round_trip_and_a_hostile_lesson(qtbot, window, tmp_path: Path) -> None:
    key = create(qtbot, window, SWISH, "My swish")
    window.session.choice.set_param("beta", 1.5)
    window.neuron.set_b(0.25)
    lesson = tmp_path / "swish.actviz"
    assert window.classroom.session.save_to(lesson)
    saved = json.loads(lesson.read_text())
    assert saved["state"]["custom_activations"]["activations"][0]["text"] == SWISH
    assert saved["state"]["explorer"]["activation"] == {"key": key, "params": {"beta": 1.5}}

    other = MainWindow()
    try:
        window.custom_activations.clear()  # the registry is shared: start the second one clean
        assert key not in core.names()
        assert other.classroom.session.open_path(lesson), other.classroom.session.last_error
        assert other.session.choice.key == key and other.session.choice.params == {"beta": 1.5}
        assert other.neuron.b == 0.25
        assert core.get(key).forward(1.0, beta=1.5) == pytest.approx(1 / (1 + math.exp(-1.5)))

        hostile = json.loads(lesson.read_text())
        entry = hostile["state"]["custom_activations"]["activations"][0]
        entry["text"] = "__import__('os').system('touch " + str(tmp_path / "pwned") + "')"
        hostile["state"]["explorer"]["activation"]["params"] = {}
        bad = tmp_path / "hostile.actviz"
        bad.write_text(json.dumps(hostile))
        other.session.choice.set_activation("tanh")
        before = [s.to_state() for s in other.saveables]
        assert not other.classroom.session.open_path(bad)
        assert "custom_activations" in (other.classroom.session.last_error or "")
        assert [s.to_state() for s in other.saveables] == before
        assert not (tmp_path / "pwned").exists()
    finally:
        dispose_window(other)


def test_custom_activations_are_remembered_between_runs(qtbot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first = MainWindow(settings=settings)
    key = first.custom_activations.add("log(1 + exp(x))", "Softplus by hand")
    first.session.choice.set_activation(key)
    first.save_settings()
    dispose_window(first)
    core.unregister_custom(key)

    second = MainWindow(settings=settings)
    try:
        assert [e.name for e in second.custom_activations.entries] == ["Softplus by hand"]
        assert second.session.choice.key == key
        assert second.statusBar().currentMessage() == ""
    finally:
        dispose_window(second)


def test_a_formula_with_gaps_is_safe_in_every_lab(qtbot, window) -> None:
    """log(x) is undefined for x <= 0: the plot has a gap, the neuron says it cannot learn there,
    the deep network stops with a message, the bending view drops the points; no warning."""
    key = create(qtbot, window, "log(x)", "Log")
    x, y = drawn(window)
    assert np.isnan(y[(x <= 0) & np.isfinite(x)]).all() and np.isfinite(y[x > 0]).all()
    assert "f is undefined or too large at x ≤ 0" in window.explorer.formula_pane.plain_text()
    panel = window.show_neuron()
    window.neuron.set_b(-5.0)
    window.neuron.set_mode("target")
    qtbot.waitUntil(lambda: not panel.redraw_pending(), timeout=2000)
    assert "undefined at z" in panel.diagnosis.text()
    assert not window.neuron_overlay.marker.isVisible()
    panel.step()
    assert "undefined" in panel.loss_readout.text() and window.neuron.b == -5.0

    deepnet = window.show_lab("deepNetPanel")
    lab = deepnet.lab
    lab.choice.set_activation(key)
    qtbot.waitUntil(
        lambda: (
            lab.results[0] is not None
            and lab.results[0].key == key
            and not deepnet.signals_tab.runner.busy
        ),
        timeout=60_000,
    )
    assert "undefined" in lab.results[0].blow_up
    deepnet.tabs.setCurrentWidget(deepnet.bending_tab)
    lab.bending.choice.set_activation(key)
    qtbot.wait(100)
    view = deepnet.bending_tab.findChild(object, "deepNetWarpView")
    last = view.class_curves[view.shown_plots() - 1][0].getData()[0]
    assert last is None or np.all(np.isfinite(last))
