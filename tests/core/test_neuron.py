"""One neuron's forward and backward pass, the losses and the gradient step.

References are independent of the code under test: central finite differences of the forward pass
(z and f written out here with math.fsum), the closed forms of the losses, and hand-worked numbers.
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actviz import core
from actviz.core import neuron

SMOOTH_KEYS = ["sigmoid", "tanh", "softplus", "silu", "gelu", "elu", "mish", "identity"]


def forward_a(x, w, b, key, params=None) -> float:
    z = math.fsum(float(wi) * float(xi) for wi, xi in zip(w, x, strict=True)) + b
    return float(core.get(key).forward(z, **(params or {})))


def central(f, h=1e-6) -> float:
    return (f(h) - f(-h)) / (2 * h)


@pytest.mark.parametrize("key", SMOOTH_KEYS)
@pytest.mark.parametrize("upstream", [1.0, -0.7])
def test_gradients_match_finite_differences(key, upstream):
    x = np.array([0.3, -1.2, 0.8])
    w = np.array([0.5, 0.25, -0.9])
    b = 0.1
    fb = neuron.forward_backward(x, w, b, key, upstream=upstream)

    def scaled(xx, ww, bb):  # L = upstream * a, so dL/da = upstream
        return upstream * forward_a(xx, ww, bb, key)

    assert fb.a == pytest.approx(forward_a(x, w, b, key), rel=1e-14, abs=1e-15)
    for i in range(3):
        e = np.eye(3)[i]
        dw = central(lambda h, e=e: scaled(x, w + h * e, b))
        dx = central(lambda h, e=e: scaled(x + h * e, w, b))
        assert fb.dw[i] == pytest.approx(dw, rel=1e-6, abs=1e-8)
        assert fb.dx[i] == pytest.approx(dx, rel=1e-6, abs=1e-8)
    assert fb.db == pytest.approx(central(lambda h: scaled(x, w, b + h)), rel=1e-6, abs=1e-8)
    assert fb.dz == pytest.approx(fb.local_grad * upstream, rel=1e-15)


def test_hand_worked_relu_example():
    fb = neuron.forward_backward([1.0, 2.0], [0.5, -0.25], 0.75, "relu", upstream=2.0)
    assert (fb.z, fb.a, fb.local_grad, fb.dz, fb.db) == (0.75, 0.75, 1.0, 2.0, 2.0)
    np.testing.assert_array_equal(fb.products, [0.5, -0.5])
    np.testing.assert_array_equal(fb.dw, [2.0, 4.0])
    np.testing.assert_array_equal(fb.dx, [1.0, -0.5])


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.floats(-5, 5), min_size=1, max_size=4),
    st.floats(-10, 10),
    st.floats(-5, 5),
    st.sampled_from(["relu", "leaky_relu", "sigmoid", "tanh", "hardtanh", "gelu"]),
)
def test_chain_rule_identities(xs, b, upstream, key):
    x = np.array(xs)
    w = np.linspace(-1, 1, x.size)
    fb = neuron.forward_backward(x, w, b, key, upstream=upstream)
    assert np.all(np.isfinite([fb.z, fb.a, fb.dz, fb.db]))
    np.testing.assert_array_equal(fb.dw, x * fb.dz)
    np.testing.assert_array_equal(fb.dx, w * fb.dz)
    assert fb.db == fb.dz


@pytest.mark.parametrize(
    ("x", "w", "b", "upstream", "message"),
    [
        ([1.0, 2.0], [1.0], 0.0, 1.0, "same length"),
        ([1.0, math.nan], [1.0, 1.0], 0.0, 1.0, "finite"),
        ([1.0], [math.inf], 0.0, 1.0, "finite"),
        ([1.0], [1.0], math.nan, 1.0, "finite"),
        ([1.0], [1.0], 0.0, math.inf, "finite"),
        ([], [], 0.0, 1.0, "at least one"),
        (["a"], [1.0], 0.0, 1.0, "numbers"),
    ],
)
def test_bad_input_raises_a_clear_value_error(x, w, b, upstream, message):
    with pytest.raises(ValueError, match=message):
        neuron.forward_backward(x, w, b, "relu", upstream=upstream)


def test_bad_params_raise():
    with pytest.raises(ValueError, match="negative_slope"):
        neuron.forward_backward([1.0], [1.0], 0.0, "leaky_relu", {"negative_slope": math.nan})


@pytest.mark.parametrize(("a", "y"), [(0.3, 1.0), (0.9, 0.0), (0.5, 0.25), (-2.0, 3.0)])
def test_squared_loss_is_torch_mse(a, y):
    assert neuron.loss(a, y, "squared") == pytest.approx((a - y) ** 2, rel=1e-15)
    fd = central(lambda h: neuron.loss(a + h, y, "squared"))
    assert neuron.loss_grad(a, y, "squared") == pytest.approx(fd, rel=1e-8)


@pytest.mark.parametrize(("a", "y"), [(0.3, 1.0), (0.9, 0.0), (0.5, 0.25), (0.01, 0.7)])
def test_bce_closed_form_and_gradient(a, y):
    expected = -(y * math.log(a) + (1 - y) * math.log(1 - a))
    assert neuron.loss(a, y, "bce") == pytest.approx(expected, rel=1e-14)
    fd = central(lambda h: neuron.loss(a + h, y, "bce"), h=1e-7)
    assert neuron.loss_grad(a, y, "bce") == pytest.approx(fd, rel=1e-6)


def test_bce_is_finite_at_saturated_outputs():
    assert neuron.loss(1.0, 0.0, "bce") == 100.0  # torch clamps log at -100
    assert neuron.loss(0.0, 1.0, "bce") == 100.0
    assert neuron.loss(1.0, 1.0, "bce") == 0.0
    assert neuron.loss_grad(1.0, 0.0, "bce") == 1e12
    assert math.isfinite(neuron.loss_grad(0.0, 1.0, "bce"))


def test_bce_refuses_outputs_and_targets_outside_0_1():
    with pytest.raises(ValueError, match="output"):
        neuron.loss(1.5, 1.0, "bce")
    with pytest.raises(ValueError, match="target"):
        neuron.loss_grad(0.5, -0.1, "bce")
    with pytest.raises(ValueError, match="loss kind"):
        neuron.loss(0.5, 1.0, "hinge")


def test_bce_offered_only_for_outputs_in_0_1():
    assert neuron.bce_allowed("sigmoid") and neuron.bce_allowed("hardsigmoid")
    assert not neuron.bce_allowed("tanh") and not neuron.bce_allowed("relu")


def test_sgd_step_moves_against_the_gradient_and_lowers_the_loss():
    x, w, b = np.array([1.0, -0.5]), np.array([0.2, 0.4]), 0.1
    step = neuron.sgd_step(x, w, b, "sigmoid", None, 1.0, "bce", 0.5)
    a = forward_a(x, w, b, "sigmoid")
    assert step.loss == pytest.approx(-math.log(a), rel=1e-13)
    # sigmoid + BCE: dL/dz = a - y
    np.testing.assert_allclose(step.w, w - 0.5 * x * (a - 1.0), rtol=1e-12)
    assert step.b == pytest.approx(b - 0.5 * (a - 1.0), rel=1e-12)
    after = neuron.loss(forward_a(x, step.w, step.b, "sigmoid"), 1.0, "bce")
    assert after < step.loss
    with pytest.raises(ValueError, match="learning rate"):
        neuron.sgd_step(x, w, b, "sigmoid", None, 1.0, "bce", math.nan)


def train(key, params, steps=60):
    x, w, b = np.array([1.0, 1.0]), np.array([-1.0, -0.5]), -0.5  # z = -2
    losses = []
    for _ in range(steps):
        w, b, before = neuron.sgd_step(x, w, b, key, params, 1.0, "squared", 0.1)
        losses.append(before)
    return w, b, losses


def test_dying_relu_stops_learning_while_leaky_relu_recovers():
    w, b, losses = train("relu", None)
    np.testing.assert_array_equal(w, [-1.0, -0.5])  # not one bit moved
    assert b == -0.5 and losses[-1] == losses[0] == 1.0
    w, b, losses = train("leaky_relu", {"negative_slope": 0.1})
    assert w.sum() + b > 0  # z crossed back to the live side
    assert losses[-1] < 1e-3 < losses[0]


def test_diagnosis_in_plain_words():
    dead = neuron.forward_backward([1.0], [-1.0], -1.0, "relu")
    assert "Dying ReLU" in neuron.diagnose(dead, "relu")
    saturated = neuron.forward_backward([2.0], [5.0], 0.0, "sigmoid")
    assert "Saturated" in neuron.diagnose(saturated, "sigmoid")
    assert neuron.diagnose(neuron.forward_backward([1.0], [0.5], 0.0, "sigmoid"), "sigmoid") == ""
    leaky = neuron.forward_backward([1.0], [-1.0], -1.0, "leaky_relu", {"negative_slope": 0.1})
    assert neuron.diagnose(leaky, "leaky_relu") == ""
    done = neuron.forward_backward([1.0], [0.5], 0.0, "tanh", upstream=0.0)
    assert "nothing to learn" in neuron.diagnose(done, "tanh")


def test_tangent_line_has_the_slope_and_touches_the_point():
    (x0, x1), (y0, y1) = neuron.tangent_line(0.5, 2.0, -3.0, -1.0, 4.0)
    assert (x0, x1) == (-1.0, 4.0)
    assert y0 == 2.0 + -3.0 * (-1.5) and y1 == 2.0 + -3.0 * 3.5


def test_diagnosis_at_its_thresholds():
    """A slope of exactly FLAT_SLOPE still counts as gradient; a dead unit needs z < 0 in the ReLU
    family; saturation is named only for saturating activations."""
    steep = neuron.forward_backward([1.0], [5.0], 0.0, "sigmoid")
    at_threshold = dataclasses.replace(steep, local_grad=neuron.FLAT_SLOPE)
    assert neuron.diagnose(at_threshold, "sigmoid") == ""
    flat_at_zero = neuron.forward_backward([0.0], [1.0], 0.0, "relu")  # z = 0: relu'(0) = 0
    assert flat_at_zero.local_grad == 0.0
    message = neuron.diagnose(flat_at_zero, "relu")
    assert "Dying ReLU" not in message and message.startswith(
        f"{core.get('relu').name} is flat at z = 0"
    )
    step = neuron.forward_backward([3.0], [1.0], 0.0, "binary_step")  # flat, but not saturating
    assert neuron.diagnose(step, "binary_step").startswith(
        f"{core.get('binary_step').name} is flat at z = 3"
    )
    dead = neuron.forward_backward([1.0], [-2.0], 0.0, "relu")
    assert neuron.diagnose(dead, "relu").startswith("Dying ReLU: z = -2 < 0, so ReLU is flat")
    saturated = neuron.forward_backward([1.0], [30.0], 0.0, "sigmoid")
    assert neuron.diagnose(saturated, "sigmoid").startswith("Saturated: |z| = 30 is large, so")


def test_a_zero_learning_rate_moves_nothing_and_an_overflow_is_refused():
    step = neuron.sgd_step([1.0, -0.5], [0.3, 0.2], 0.1, "tanh", None, 1.0, "squared", 0.0)
    np.testing.assert_array_equal(step.w, [0.3, 0.2])
    assert step.b == 0.1
    with pytest.raises(ValueError, match=r"the learning rate must be ≥ 0, got -0\.1"):
        neuron.sgd_step([1.0], [0.3], 0.1, "tanh", None, 1.0, "squared", -0.1)
    # x = 0: dL/dw = 0 stays finite while the bias step overflows on its own.
    with pytest.raises(ValueError, match="overflowed"):
        neuron.sgd_step([0.0], [0.3], 0.1, "identity", None, -5.0, "squared", 1e308)


def test_bce_refuses_a_target_just_outside_0_1():
    for target in (1.5, -0.01, 1.0000001):
        with pytest.raises(ValueError, match="target in \\[0, 1\\]"):
            neuron.loss(0.5, target, "bce")
    assert neuron.loss(0.5, 1.0, "bce") == pytest.approx(math.log(2.0))
