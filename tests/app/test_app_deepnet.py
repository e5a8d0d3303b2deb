"""The deep-network lab inside the main window: each preset, clicked through its button, draws
what the core computes for those settings and shows the fact it exists to teach."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from actviz.app import MainWindow
from actviz.core.deepnet import simulate
from actviz.model.deepnet.presets import PRESETS
from actviz.views.deepnet.qt_deepnet_panel import QtDeepNetPanel


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    panel = win.show_lab("deepNetPanel")
    assert isinstance(panel, QtDeepNetPanel)
    assert win.tabs.currentWidget() is win.lab("deepNetPanel").page
    yield win, panel
    panel.shutdown()


def drawn(panel: QtDeepNetPanel, name: str) -> np.ndarray:
    return np.asarray(panel.signals_tab.stats.curves[name].yData)


def check_fact(name: str, panel: QtDeepNetPanel) -> None:
    std, grad = drawn(panel, "main:std"), drawn(panel, "main:grad")
    if name == "relu_he":
        assert 0.25 < (std[-1] / std[0]) ** 2 < 4
    elif name == "relu_xavier":
        ratio = np.exp(np.mean(np.log(std[1:] / std[:-1]) * 2))
        assert 0.45 < ratio < 0.55
    elif name == "tanh_tiny":
        assert std[-1] < 1e-5
    elif name == "tanh_unit":
        assert np.all(drawn(panel, "main:saturated")[1:] > 0.8)
    elif name == "selu_lecun":
        assert np.all(np.abs(std - 1) < 0.15)
    elif name == "sigmoid_vanishing":
        assert grad[0] < 1e-4 * grad[-1]
        compare = drawn(panel, "compare:grad")
        assert compare[0] / compare[-1] > 1e3 * grad[0] / grad[-1]
    elif name == "relu_dying":
        assert np.max(drawn(panel, "main:dead")) >= 0.5
        assert np.all(drawn(panel, "compare:dead") == 0)
    else:
        raise AssertionError(f"no check for preset {name}")


@pytest.mark.parametrize("item", PRESETS, ids=lambda p: p.name)
def test_each_preset_runs_and_shows_its_fact(qtbot, window, item) -> None:
    _win, panel = window
    tab = panel.signals_tab
    button = tab.presets.buttons[item.name]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    lab = panel.lab
    assert tab.presets.notice.text() == item.notice
    qtbot.waitUntil(
        lambda: (
            lab.results[0] is not None
            and lab.results[0].key == item.activation
            and lab.results[0].depth == item.depth
            and not tab.runner.busy
        ),
        timeout=60_000,
    )
    assert not tab.busy.isVisible()
    sigma = item.sigma if item.init == "normal" else None
    reference = simulate(item.depth, item.width, item.activation, init=item.init, sigma=sigma)
    np.testing.assert_allclose(drawn(panel, "main:std"), reference.act_std, rtol=1e-12)
    np.testing.assert_allclose(drawn(panel, "main:grad"), reference.grad_norm, rtol=1e-12)
    check_fact(item.name, panel)
    assert f"{item.depth} layers × {item.width} units" in tab.status.text()


def test_closing_the_window_during_a_run_is_clean(qtbot, window) -> None:
    win, panel = window
    panel.lab.apply_preset("relu_he")
    panel.signals_tab.runner.submit_now()
    win.close()
    panel.shutdown()
    assert not panel.signals_tab.runner.busy


def test_bending_tab_is_reachable_and_draws(qtbot, window) -> None:
    _, panel = window
    panel.tabs.setCurrentWidget(panel.bending_tab)
    panel.bending_tab.controls.identity_button.click()
    qtbot.waitUntil(lambda: "exactly one affine map" in panel.bending_tab.readout.text())
