"""The operating point and tangent on a plot, checked against the activation evaluated here, and the
diagram's colour and width rules."""

from __future__ import annotations

import pyqtgraph as pg
import pytest

from actviz import core
from actviz.model.activation_choice import ActivationChoice
from actviz.model.neuron.lab import NeuronModel
from actviz.views.neuron.qt_neuron_diagram import gradient_colour, gradient_width
from actviz.views.neuron.qt_operating_point_overlay import QtOperatingPointOverlay
from actviz.views.theme.appearance import CANVAS


@pytest.fixture
def overlay(qtbot):
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.getPlotItem().setXRange(-4, 4, padding=0)
    model = NeuronModel(ActivationChoice("tanh"))
    overlay = QtOperatingPointOverlay(model, plot.getPlotItem(), plot)
    yield overlay, model
    del plot  # kept alive for the whole test


def test_marker_and_tangent_follow_the_model(overlay):
    item, model = overlay
    for x1, w1, b in ((0.5, 1.0, 0.2), (-2.0, 1.5, 0.0), (1.0, -0.3, 1.0)):
        model.set_x(0, x1)
        model.set_w(0, w1)
        model.set_b(b)
        z = w1 * x1 + model.w[1] * model.x[1] + b
        f = core.get("tanh")
        assert item.point() == pytest.approx((z, float(f.forward(z))), rel=1e-14)
        xs, ys = item.tangent_points()
        slope = float(f.derivative(z))
        assert xs == pytest.approx([-4.0, 4.0], rel=1e-9)
        for x, y in zip(xs, ys, strict=True):
            assert y == pytest.approx(float(f.forward(z)) + slope * (x - z), rel=1e-12, abs=1e-12)


def test_tangent_follows_activation_and_view_range(overlay):
    item, model = overlay
    model.choice.set_activation("sigmoid")
    z = model.result().z
    item.plot_item.setXRange(-10, 10, padding=0)
    xs, ys = item.tangent_points()
    s = float(core.get("sigmoid").derivative(z))
    assert xs == pytest.approx([-10.0, 10.0], rel=1e-9)
    assert (ys[1] - ys[0]) / 20.0 == pytest.approx(s, rel=1e-9)
    assert item.point()[1] == pytest.approx(float(core.get("sigmoid").forward(z)), rel=1e-14)


def test_items_are_created_once(overlay):
    item, model = overlay
    before = list(item.plot_item.items)
    for v in (0.1, 0.2, 0.3):
        model.set_b(v)
    assert list(item.plot_item.items) == before
    item.detach()
    assert item.marker not in item.plot_item.items


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_gradient_colour_and_width(theme):
    colours = CANVAS[theme]
    assert gradient_colour(0.5, colours) == colours.positive
    assert gradient_colour(-0.5, colours) == colours.negative
    assert gradient_colour(0.0, colours) == colours.neutral
    # Blue for positive in both themes (the README and the tour say so): blue dominates.
    assert colours.positive.blue() > colours.positive.red()
    assert colours.negative.red() > colours.negative.blue()
    assert gradient_width(0.0) == 1.0 and gradient_width(1e-5) == 1.0
    assert gradient_width(10.0) == gradient_width(1e6) == 9.0
    assert gradient_width(0.01) < gradient_width(0.1) < gradient_width(1.0)
    assert gradient_width(-2.0) == gradient_width(2.0)


def test_no_redraw_when_the_numbers_shown_do_not_change(overlay, monkeypatch):
    item, model = overlay
    model.choice.set_activation("leaky_relu")
    model.set_b(1.0)  # z > 0: the negative slope does not touch f at z
    calls: list[object] = []
    monkeypatch.setattr(item.marker, "setData", lambda *a, **k: calls.append(a))
    model.choice.set_param("negative_slope", 0.3)
    assert calls == []
    model.set_b(-5.0)  # now z < 0 and the slope matters
    assert len(calls) == 1
