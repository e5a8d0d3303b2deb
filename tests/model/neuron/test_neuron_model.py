"""NeuronModel: validation, events (once, only on change), learning, presets, Saveable round trip.

Numbers are checked against closed forms written here (z = w·x + b, a = relu/sigmoid(z)), not
against the model's own results.
"""

from __future__ import annotations

import itertools
import json
import math

import numpy as np
import pytest

from actviz.model.activation_choice import ActivationChoice
from actviz.model.neuron.lab import PRESETS, NeuronModel
from actviz.model.state import Saveable


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


@pytest.fixture
def model() -> NeuronModel:
    return NeuronModel(ActivationChoice("relu"))


def record(signal) -> list:
    seen: list = []
    signal.connect(lambda *args: seen.append(args))
    return seen


def test_defaults_and_forward_numbers(model):
    assert model.n_inputs == 2 and len(model.x) == 2 and len(model.w) == 2
    fb = model.result()
    z = model.w[0] * model.x[0] + model.w[1] * model.x[1] + model.b
    assert fb.z == pytest.approx(z, rel=1e-15) and fb.a == max(z, 0.0)
    assert fb.dz == (1.0 if z > 0 else 0.0) * model.upstream


def test_setters_validate_and_emit_once_only_on_change(model):
    xs, bs = record(model.events.x), record(model.events.b)
    model.set_x(0, 2.5)
    model.set_x(0, 2.5)
    model.set_b(-1.25)
    model.set_b(-1.25)
    assert xs == [((2.5, model.x[1]),)] and bs == [(-1.25,)]
    for bad in (math.nan, math.inf, "abc", 99.0, True):
        with pytest.raises(ValueError, match="x1"):
            model.set_x(0, bad)
    assert model.x[0] == 2.5
    with pytest.raises(ValueError, match="inputs"):
        model.set_n_inputs(5)
    with pytest.raises(ValueError, match="learning rate"):
        model.set_lr(0.0)
    with pytest.raises(ValueError, match="mode"):
        model.set_mode("other")


def test_input_count_keeps_hidden_values(model):
    model.set_w(3, -2.0)
    model.set_n_inputs(4)
    assert model.w[3] == -2.0 and len(model.result().dw) == 4
    model.set_n_inputs(1)
    assert len(model.result().dx) == 1
    model.set_n_inputs(4)
    assert model.w[3] == -2.0


def test_target_mode_uses_the_loss_gradient():
    m = NeuronModel(ActivationChoice("sigmoid"))
    m.set_mode("target")
    m.set_target(0.0)
    m.set_loss_kind("bce")
    z = sum(w * x for w, x in zip(m.w, m.x, strict=True)) + m.b
    a = sigmoid(z)
    assert m.result().dz == pytest.approx(a, rel=1e-12)  # sigmoid + BCE: dL/dz = a - y
    assert m.current_loss() == pytest.approx(-math.log(1 - a), rel=1e-12)
    with pytest.raises(ValueError, match="target"):
        m.set_target(1.5)  # a BCE target is a probability


def test_bce_only_for_outputs_in_0_1(model):
    with pytest.raises(ValueError, match="squared"):
        model.set_loss_kind("bce")
    choice = ActivationChoice("sigmoid")
    m = NeuronModel(choice)
    m.set_loss_kind("bce")
    kinds = record(m.events.loss_kind)
    choice.set_activation("tanh")
    assert m.loss_kind == "squared" and kinds == [("squared",)]


def test_activation_changes_are_forwarded(model):
    seen = record(model.events.activation)
    model.choice.set_activation("leaky_relu")
    model.choice.set_param("negative_slope", 0.2)
    assert len(seen) == 3  # activation (+ its params), then the param
    model.set_x(0, -1.0)
    model.set_w(0, 1.0)
    model.set_x(1, 0.0)
    model.set_b(0.0)
    assert model.result().local_grad == 0.2


def test_step_descends_and_reset_restores(model):
    model.choice.set_activation("sigmoid")
    model.set_mode("target")
    model.set_target(1.0)
    w0, b0 = model.w, model.b
    losses = [model.step() for _ in range(20)]
    assert all(later < earlier for earlier, later in itertools.pairwise(losses))
    assert model.history == tuple(losses)
    model.reset()
    assert model.w == w0 and model.b == b0 and model.history == ()


def test_dying_relu_preset_does_not_learn_and_leaky_does(model):
    model.apply_preset("dying_relu")
    assert model.choice.key == "relu" and model.result().z < 0
    w0 = model.w
    for _ in range(30):
        model.step()
    assert model.w == w0 and len(set(model.history)) == 1
    assert "Dying ReLU" in model.diagnosis()
    model.apply_preset("leaky_relu")
    assert model.history == ()
    for _ in range(60):
        model.step()
    assert model.result().z > 0 and model.history[-1] < 1e-3


@pytest.mark.parametrize("name", list(PRESETS))
def test_every_preset_applies(model, name):
    model.apply_preset(name)
    preset = PRESETS[name]
    assert model.choice.key == preset.key and model.x == preset.x and model.w == preset.w
    assert model.loss_kind == preset.loss_kind and model.mode == "target"


def test_saveable_round_trip(model):
    assert isinstance(model, Saveable) and model.state_key == "neuron"
    model.set_n_inputs(3)
    model.set_x(2, -4.0)
    model.set_w(1, 7.5)
    model.set_mode("target")
    model.set_target(-2.0)
    model.set_lr(0.05)
    state = json.loads(json.dumps(model.to_state()))
    other = NeuronModel(ActivationChoice("relu"))
    notes: list[str] = []
    other.apply_state(other.check_state(state, notes))
    assert notes == [] and other.to_state() == model.to_state()


def test_check_state_clamps_notes_and_refuses(model):
    notes: list[str] = []
    before = model.to_state()
    state = model.check_state(
        {"x": [1, 2, 3, 99], "b": math.nan, "lr": 50, "extra": 1, "n_inputs": 9}, notes
    )
    assert state["x"][3] == 5.0 and state["b"] == 0.1 and state["lr"] == 2.0
    assert state["n_inputs"] == 4 and len(notes) == 5
    assert model.to_state() == before  # checking is pure
    for bad in ({"x": [1, 2]}, {"mode": "loud"}, {"w": "abc"}, [], {"n_inputs": "two"}):
        with pytest.raises(ValueError):
            model.check_state(bad, [])


def test_weights_stay_finite_and_in_range_under_a_large_learning_rate(model):
    model.choice.set_activation("identity")
    model.set_mode("target")
    model.set_target(5.0)
    model.set_lr(2.0)
    for _ in range(50):
        model.step()
    assert np.all(np.abs(model.w) <= 10.0) and abs(model.b) <= 10.0
    assert all(math.isfinite(v) for v in model.history)


def test_listeners_read_the_new_state_during_the_event(model):
    seen: list[float] = []
    for signal in (model.events.x, model.events.w, model.events.b, model.events.n_inputs):
        signal.connect(lambda *_: seen.append(model.result().z))
    model.set_x(0, 3.0)
    model.set_w(0, 2.0)
    model.set_b(0.5)
    model.set_n_inputs(1)
    x1w2 = model.to_state()["x"][1] * model.to_state()["w"][1]
    assert seen == pytest.approx([3.0 * 0.8 + x1w2 + 0.1, 6.0 + x1w2 + 0.1, 6.5 + x1w2, 6.5])


def _fd_gradient(loss_of, w: tuple[float, ...], b: float) -> tuple[list[float], float]:
    """Central finite differences of ``loss_of(w, b)`` in every weight and the bias."""
    h = 1e-6
    dw = []
    for i in range(len(w)):
        up = tuple(v + h if j == i else v for j, v in enumerate(w))
        down = tuple(v - h if j == i else v for j, v in enumerate(w))
        dw.append((loss_of(up, b) - loss_of(down, b)) / (2 * h))
    return dw, (loss_of(w, b + h) - loss_of(w, b - h)) / (2 * h)


def _output(model: NeuronModel, w: tuple[float, ...], b: float) -> float:
    z = math.fsum(wi * xi for wi, xi in zip(w, model.x, strict=True)) + b
    return float(model.choice.activation.forward(z, **model.choice.params))


@pytest.mark.parametrize("upstream", [1.5, -0.75])
@pytest.mark.parametrize("key", ["sigmoid", "tanh", "elu"])
def test_step_in_upstream_mode_descends_the_sliders_loss(model, key, upstream):
    """Upstream mode has no target: the loss is L = g·a with g = dL/da from the slider. A step is
    w - lr ∂L/∂w, b - lr ∂L/∂b (finite differences of L here), so L falls and a moves against g."""
    model.choice.set_activation(key)
    model.set_n_inputs(3)
    for i, (x, w) in enumerate([(0.8, 0.4), (-1.2, 0.3), (0.5, -0.6)]):
        model.set_x(i, x)
        model.set_w(i, w)
    model.set_b(0.2)
    model.set_upstream(upstream)
    model.set_lr(0.05)

    def loss_of(w, b):
        return upstream * _output(model, w, b)

    w0, b0 = model.w, model.b
    dw, db = _fd_gradient(loss_of, w0, b0)
    before = model.step()
    assert before == pytest.approx(loss_of(w0, b0), rel=1e-12)
    np.testing.assert_allclose(model.w, np.array(w0) - 0.05 * np.array(dw), rtol=1e-7)
    assert model.b == pytest.approx(b0 - 0.05 * db, rel=1e-7)
    assert loss_of(model.w, model.b) < before
    assert math.copysign(1.0, _output(model, model.w, model.b) - _output(model, w0, b0)) == -(
        math.copysign(1.0, upstream)
    )


@pytest.mark.parametrize(("key", "kind"), [("tanh", "squared"), ("sigmoid", "squared"),
                                           ("sigmoid", "bce")])  # fmt: skip
def test_step_in_target_mode_follows_the_losss_gradient(model, key, kind):
    """Squared error (a - y)² and binary cross-entropy -(y log a + (1 - y) log(1 - a)), written
    here: a step is minus lr times their finite-difference gradient, and the loss falls."""
    model.choice.set_activation(key)
    model.set_mode("target")
    model.set_loss_kind(kind)
    model.set_target(0.25)
    model.set_lr(0.1)

    def loss_of(w, b):
        a, y = _output(model, w, b), 0.25
        if kind == "squared":
            return (a - y) ** 2
        return -(y * math.log(a) + (1.0 - y) * math.log1p(-a))

    w0, b0 = model.w, model.b
    dw, db = _fd_gradient(loss_of, w0, b0)
    before = model.step()
    assert before == pytest.approx(loss_of(w0, b0), rel=1e-12)
    np.testing.assert_allclose(model.w, np.array(w0) - 0.1 * np.array(dw), rtol=1e-7)
    assert model.b == pytest.approx(b0 - 0.1 * db, rel=1e-7)
    assert loss_of(model.w, model.b) < before
