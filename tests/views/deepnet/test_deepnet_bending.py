"""The "Bending space" tab: controls in both directions, one plot per layer fed with the core's
warp, and the affine collapse readout."""

from __future__ import annotations

import numpy as np
import pytest

from actviz.core.deepnet import compose_affine, warp
from actviz.model.deepnet.space_bender import SpaceBender
from actviz.views.deepnet.qt_bending_tab import QtBendingTab


@pytest.fixture
def tab(qtbot):
    widget = QtBendingTab(SpaceBender("tanh"))
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def flush(qtbot, tab: QtBendingTab) -> None:
    qtbot.waitUntil(lambda: not tab._redraw_timer.isActive(), timeout=5000)


def test_one_plot_per_layer_plus_the_input(qtbot, tab) -> None:
    bender = tab._bender
    assert tab.warp_view.shown_plots() == bender.layers + 1
    tab.controls.layers.setValue(5)
    assert bender.layers == 5
    flush(qtbot, tab)
    assert tab.warp_view.shown_plots() == 6
    bender.set_layers(2)
    assert tab.controls.layers.value() == 2 and tab.controls.edit_layer.maximum() == 2
    flush(qtbot, tab)
    assert tab.warp_view.shown_plots() == 3


def test_plotted_points_are_the_core_warp(qtbot, tab) -> None:
    bender = tab._bender
    flush(qtbot, tab)
    snap = bender.snapshot()
    weights, biases = bender.active_layers()
    expected = warp(snap.points[0], weights, biases, "tanh")
    mask = snap.labels == 0
    for layer in range(bender.layers):
        first, second = tab.warp_view.class_curves[layer + 1]
        np.testing.assert_allclose(np.column_stack(first.getData()), expected[layer][mask])
        np.testing.assert_allclose(np.column_stack(second.getData()), expected[layer][~mask])


def test_weight_sliders_write_to_the_selected_layer_and_follow_it(qtbot, tab) -> None:
    controls = tab.controls
    bender = tab._bender
    controls.edit_layer.setValue(2)
    controls.numbers["w12"].spin.setValue(-1.25)
    assert bender.weight(1, 0, 1) == -1.25
    controls.numbers["b2"].spin.setValue(0.5)
    assert bender.bias(1, 1) == 0.5
    bender.set_weight(1, 1, 0, 2.0)
    assert controls.numbers["w21"].value() == 2.0
    controls.edit_layer.setValue(1)
    assert controls.numbers["w21"].value() == bender.weight(0, 1, 0)


def test_seed_and_randomise_redraw_weights(tab) -> None:
    controls = tab.controls
    bender = tab._bender
    before = bender.weight(0, 0, 0)
    controls.randomise.click()
    assert bender.seed == 1 and controls.seed.value() == 1
    assert bender.weight(0, 0, 0) != before
    assert controls.numbers["w11"].value() == bender.weight(0, 0, 0)
    controls.dataset.setCurrentIndex(controls.dataset.findData("xor"))
    assert bender.dataset == "xor"


def test_identity_shows_the_collapse_with_the_composed_matrix(qtbot, tab) -> None:
    tab.controls.identity_button.click()
    assert tab._bender.choice.key == "identity"
    flush(qtbot, tab)
    text = tab.readout.text()
    assert "exactly one affine map" in text
    a, b = compose_affine(*tab._bender.active_layers())
    for value in (*a.ravel(), *b):
        assert f"{value:.3f}" in text
    # and the last picture really is x -> A x + B
    snap = tab._bender.snapshot()
    x, y = tab.warp_view.class_curves[len(snap.points) - 1][0].getData()
    mask = snap.labels == 0
    np.testing.assert_allclose(
        np.column_stack([x, y]), (snap.points[0] @ a.T + b)[mask], atol=1e-12
    )


def test_tanh_readout_says_the_grid_bends(qtbot, tab) -> None:
    flush(qtbot, tab)
    assert "Tanh" in tab.readout.text() and "would collapse" in tab.readout.text()


def test_redraws_are_coalesced(qtbot, tab) -> None:
    flush(qtbot, tab)
    before = tab.redraws
    for value in (0.1, 0.2, 0.3, 0.4):
        tab._bender.set_bias(0, 0, value)
    flush(qtbot, tab)
    assert tab.redraws == before + 1


def test_activation_params_bend_the_picture(qtbot, tab) -> None:
    from PySide6.QtWidgets import QWidget

    bender = tab._bender
    bender.choice.set_activation("leaky_relu")
    spin = tab.findChild(QWidget, "bend:paramSpin:negative_slope")
    assert spin is not None
    spin.setValue(0.5)
    assert bender.choice.params["negative_slope"] == 0.5
    flush(qtbot, tab)
    weights, biases = bender.active_layers()
    points = bender.snapshot().points[0]
    expected = warp(points, weights, biases, "leaky_relu", {"negative_slope": 0.5})[-1]
    mask = bender.snapshot().labels == 0
    x, y = tab.warp_view.class_curves[bender.layers][0].getData()
    np.testing.assert_allclose(np.column_stack([x, y]), expected[mask])
