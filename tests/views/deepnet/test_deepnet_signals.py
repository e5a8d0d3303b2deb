"""The "Signals & gradients" tab: controls in both directions, refusals, presets, the worker
(newest request wins, busy bar) and the plots fed with the core's numbers."""

from __future__ import annotations

import numpy as np
import pytest

from actviz.core.deepnet import simulate
from actviz.model.deepnet.lab import DeepNetLab
from actviz.views.deepnet.qt_deepnet_panel import QtDeepNetPanel
from actviz.views.deepnet.qt_layer_histograms import ridge_lines
from actviz.views.widgets.qt_slider_field import QtSliderField


def small_lab() -> DeepNetLab:
    lab = DeepNetLab()
    lab.set_depth(4)
    lab.set_width(16)
    lab.set_batch(16)
    return lab


@pytest.fixture
def panel(qtbot):
    widget = QtDeepNetPanel(small_lab())
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    yield widget
    widget.shutdown()


def wait_idle(qtbot, panel: QtDeepNetPanel) -> None:
    runner = panel.signals_tab.runner
    qtbot.waitUntil(lambda: runner.delivered > 0 and not runner.busy, timeout=20_000)


def test_panel_names_and_sub_tabs(panel) -> None:
    assert panel.objectName() == "deepNetPanel"
    assert [panel.tabs.tabText(i) for i in range(2)] == ["Signals && gradients", "Bending space"]
    for name in ("depth", "width", "batch", "sigma"):
        assert isinstance(panel.findChild(QtSliderField, f"deepNetControl:{name}"), QtSliderField)


def test_first_results_arrive_and_match_the_core(qtbot, panel) -> None:
    wait_idle(qtbot, panel)
    lab = panel.lab
    main, compare = lab.results
    assert compare is None and main is not None
    reference = simulate(4, 16, "relu", batch=16, seed=0)
    np.testing.assert_array_equal(main.act_std, reference.act_std)
    curve = panel.signals_tab.stats.curves["main:std"]
    x, y = curve.xData, curve.yData  # as given (getData returns log10 on a log axis)
    np.testing.assert_array_equal(x, [1, 2, 3, 4])
    np.testing.assert_allclose(y, reference.act_std)
    grad = panel.signals_tab.stats.curves["main:grad"].yData
    np.testing.assert_allclose(grad, reference.grad_norm)
    assert "4 layers × 16 units" in panel.signals_tab.status.text()


def test_controls_follow_the_model_and_write_to_it(qtbot, panel) -> None:
    controls = panel.signals_tab.controls
    lab = panel.lab
    lab.set_depth(7)
    assert controls.fields["depth"].value() == 7
    controls.fields["width"].spin.setValue(24)
    assert lab.width == 24
    lab.set_init("normal")
    assert controls.init.currentData() == "normal" and controls.fields["sigma"].isEnabled()
    controls.init.setCurrentIndex(controls.init.findData("lecun_normal"))
    assert lab.init == "lecun_normal" and not controls.fields["sigma"].isEnabled()
    controls.seed.setValue(11)
    assert lab.seed == 11
    lab.set_seed(3)
    assert controls.seed.value() == 3
    controls.compare_toggle.setChecked(True)
    assert lab.compare_enabled and controls.compare.isEnabled()
    lab.set_compare_enabled(False)
    assert not controls.compare_toggle.isChecked()
    controls.activation.setCurrentIndex(controls.activation.findData("selu"))
    assert lab.choice.key == "selu"
    lab.choice.set_activation("tanh")
    assert controls.activation.currentData() == "tanh"


def test_a_fractional_depth_is_refused_with_a_message(panel) -> None:
    field = panel.signals_tab.controls.fields["depth"]
    field.spin.setValue(2.5)
    assert panel.lab.depth == 4
    assert "whole number" in field.errorText()
    assert field.value() == 4


def test_typed_text_is_refused_at_the_field(qtbot, panel) -> None:
    field = panel.signals_tab.controls.fields["sigma"]
    field.spin.lineEdit().setText("lots")
    field.spin._judge_text()
    assert "not a number" in field.errorText()
    assert panel.lab.sigma == 0.01


def test_preset_button_sets_up_the_lab_and_shows_what_to_notice(qtbot, panel) -> None:
    presets = panel.signals_tab.presets
    presets.buttons["tanh_tiny"].click()
    lab = panel.lab
    assert (lab.choice.key, lab.init, lab.sigma, lab.width) == ("tanh", "normal", 0.01, 500)
    assert presets.notice.text() == lab.notice != "" and presets.notice.isVisible()
    assert panel.signals_tab.controls.fields["width"].value() == 500
    lab.set_depth(3)
    assert not presets.notice.isVisible()


def test_newest_request_wins_and_busy_bar_shows(qtbot, panel) -> None:
    wait_idle(qtbot, panel)
    tab = panel.signals_tab
    runner = tab.runner
    lab = panel.lab
    lab.set_width(256)
    lab.set_batch(128)
    delivered = runner.delivered
    for depth in range(10, 31, 5):  # five requests in a row, each submitted at once
        lab.set_depth(depth)
        runner.submit_now()
        assert tab.busy.isVisible()
    qtbot.waitUntil(lambda: not runner.busy, timeout=30_000)
    assert runner.delivered == delivered + 1  # only the newest result was handed over
    assert lab.results[0] is not None and lab.results[0].depth == 30
    assert not tab.busy.isVisible()


def test_changes_in_one_turn_of_the_event_loop_make_one_request(qtbot, panel) -> None:
    wait_idle(qtbot, panel)
    runner = panel.signals_tab.runner
    before = runner.submitted
    panel.lab.set_depth(5)
    panel.lab.set_width(20)
    panel.lab.set_seed(4)
    qtbot.waitUntil(lambda: runner.submitted == before + 1 and not runner.busy, timeout=20_000)
    assert runner.submitted == before + 1


def test_compare_results_are_drawn_in_the_second_colour(qtbot, panel) -> None:
    wait_idle(qtbot, panel)
    panel.lab.compare.set_activation("sigmoid")
    panel.lab.set_compare_enabled(True)
    qtbot.waitUntil(lambda: panel.lab.results[1] is not None, timeout=20_000)
    compare = panel.lab.results[1]
    assert compare.key == "sigmoid"
    _, y = panel.signals_tab.stats.curves["compare:dead"].getData()
    np.testing.assert_array_equal(y, compare.dead_fraction)
    x, _ = panel.signals_tab.histograms.curves["compare:act"].getData()
    assert np.nanmin(x) >= 0 and np.nanmax(x) <= 1  # sigmoid's outputs
    panel.lab.set_compare_enabled(False)
    qtbot.waitUntil(lambda: panel.lab.results[1] is None, timeout=20_000)
    assert len(panel.signals_tab.stats.curves["compare:dead"].getData()[0] or []) == 0


def test_a_blow_up_is_reported_in_the_status_line(qtbot, panel) -> None:
    lab = panel.lab
    lab.set_init("normal")
    lab.set_sigma(10.0)
    lab.set_width(64)
    lab.set_depth(100)
    qtbot.waitUntil(
        lambda: lab.results[0] is not None and lab.results[0].depth == 100, timeout=20_000
    )
    assert "exploded" in panel.signals_tab.status.text()


def test_ridge_lines_stack_one_outline_per_layer() -> None:
    result = simulate(3, 16, "sigmoid", batch=16, seed=0, bins=10)
    x, y = ridge_lines(result.act_hist, result.act_edges)
    assert len(x) == 3 * (10 + 3) and int(np.isnan(x).sum()) == 3
    baselines = y[~np.isnan(y)]
    assert baselines.max() == 3.0 and baselines.min() >= 1.0 - 0.85 - 1e-12
    np.testing.assert_array_equal(
        x[1:11], 0.5 * (result.act_edges[0, 1:] + result.act_edges[0, :-1])
    )


def test_shutdown_while_running_stops_cleanly(qtbot) -> None:
    lab = DeepNetLab()
    lab.set_depth(40)
    lab.set_width(512)
    widget = QtDeepNetPanel(lab)
    qtbot.addWidget(widget)
    widget.signals_tab.runner.submit_now()
    widget.shutdown()
    assert not widget.signals_tab.runner.busy
    lab.set_depth(3)  # no worker any more: nothing is scheduled
    assert widget.signals_tab.runner.submitted == 1


def test_activation_params_drive_the_lab_under_their_own_names(panel) -> None:
    from PySide6.QtWidgets import QWidget

    lab = panel.lab
    lab.choice.set_activation("leaky_relu")
    assert panel.findChild(QWidget, "paramControl:negative_slope") is None  # the explorer's name
    control = panel.findChild(QWidget, "deepNet:paramControl:negative_slope")
    assert control is not None
    spin = panel.findChild(QWidget, "deepNet:paramSpin:negative_slope")
    spin.setValue(0.2)
    assert lab.choice.params["negative_slope"] == 0.2
    request, _ = lab.requests()
    assert dict(request.params) == {"negative_slope": 0.2}


def test_a_hidden_lab_runs_only_when_shown(qtbot) -> None:
    widget = QtDeepNetPanel(small_lab())
    qtbot.addWidget(widget)
    runner = widget.signals_tab.runner
    widget.lab.set_depth(5)
    qtbot.wait(50)
    assert runner.submitted == 0
    widget.show()
    qtbot.waitUntil(lambda: runner.delivered == 1 and not runner.busy, timeout=20_000)
    assert runner.submitted == 1 and widget.lab.results[0].depth == 5
    widget.shutdown()


def test_compare_params_have_their_own_panel(panel) -> None:
    from PySide6.QtWidgets import QWidget

    lab = panel.lab
    controls = panel.signals_tab.controls
    assert not controls.compare_params.isVisibleTo(panel)
    lab.set_compare_enabled(True)
    assert controls.compare_params.isVisibleTo(panel)
    lab.compare.set_activation("elu")
    spin = panel.findChild(QWidget, "deepNetCompare:paramSpin:alpha")
    assert spin is not None
    spin.setValue(0.5)
    assert lab.compare.params["alpha"] == 0.5 and lab.choice.key == "relu"
    _, request = lab.requests()
    assert dict(request.params) == {"alpha": 0.5}
