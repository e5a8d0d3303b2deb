"""``simulate`` against a plain re-computation of the same network.

``simulate`` keeps its own layer loop (it frees memory as it goes and, for large networks, redraws
the weights in the backward pass instead of keeping them). Its documented random streams give the
inputs, weights and upstream gradient, so the same network can be rebuilt here and every
per-layer number checked against an independent reference: finite differences of
L = sum(upstream * output) for the gradients, numpy's own statistics and ``np.histogram`` for the
rest, and the README's declared threshold |f'(z)| < 0.01 for saturation.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest

from actviz import core
from actviz.core import deepnet
from actviz.core.deepnet import input_gradients, layer_forward, signal_simulation, simulate
from actviz.core.deepnet.weight_init import draw_weights

SATURATED_BELOW = 0.01  # the README: "saturated ones (|f′| < 0.01)"


@dataclass
class Network:
    x: np.ndarray
    upstream: np.ndarray
    weights: list[np.ndarray]


def rebuild(
    depth: int, width: int, batch: int, init: str, sigma: float | None, seed: int
) -> Network:
    """The network ``simulate`` draws, from its documented streams: the children of
    ``SeedSequence(seed)`` give the inputs (0), the upstream gradient (1) and layer l's weights
    (2 + l)."""
    children = np.random.SeedSequence(seed).spawn(depth + 2)
    x = np.random.default_rng(children[0]).standard_normal((batch, width))
    upstream = np.random.default_rng(children[1]).standard_normal((batch, width))
    weights = [
        draw_weights(np.random.default_rng(children[2 + layer]), init, width, width, sigma)
        for layer in range(depth)
    ]
    return Network(x, upstream, weights)


def numeric_input_gradients(net: Network, key: str) -> list[np.ndarray]:
    """dL/dh_l for the input h_l of every layer, by central differences of the forward pass."""
    _, post = layer_forward(net.x, net.weights, None, key)
    inputs = [net.x, *post[:-1]]
    grads = []
    eps = 1e-6
    for layer, h0 in enumerate(inputs):

        def loss(h: np.ndarray, layer: int = layer) -> float:
            out = layer_forward(h, net.weights[layer:], None, key)[1][-1]
            return float(np.sum(net.upstream * out))

        numeric = np.zeros_like(h0)
        for index in np.ndindex(h0.shape):
            step = np.zeros_like(h0)
            step[index] = eps
            numeric[index] = (loss(h0 + step) - loss(h0 - step)) / (2 * eps)
        grads.append(numeric)
    return grads


def assert_histogram(counts: np.ndarray, edges: np.ndarray, values: np.ndarray) -> None:
    bins = counts.size
    reference, ref_edges = np.histogram(values, bins=bins, range=(values.min(), values.max()))
    np.testing.assert_allclose(edges, ref_edges, rtol=1e-12, atol=1e-300)
    assert np.abs(counts - reference).sum() <= 2  # a value exactly on an edge may go either way


SMALL_NETS = [
    ("sigmoid", "normal", 3.0),  # wide z: f' spans 0.01 to 0.25, so the threshold matters
    ("tanh", "normal", 1.5),
    ("relu", "he_normal", None),
    ("leaky_relu", "xavier_uniform", None),
    ("elu", "lecun_normal", None),
]


@pytest.mark.parametrize(("key", "init", "sigma"), SMALL_NETS)
def test_simulate_matches_a_recomputation_of_the_same_small_network(
    key: str, init: str, sigma: float | None
) -> None:
    depth, width, batch, seed, bins = 4, 5, 6, 11, 7
    result = simulate(depth, width, key, init=init, sigma=sigma, batch=batch, seed=seed, bins=bins)
    net = rebuild(depth, width, batch, init, sigma, seed)
    pre, post = layer_forward(net.x, net.weights, None, key)
    numeric = numeric_input_gradients(net, key)
    exact = input_gradients(pre, net.weights, net.upstream, key)
    f = core.get(key)
    for layer in range(depth):
        z, h = pre[layer], post[layer]
        d = f.derivative(z)
        assert result.pre_mean[layer] == pytest.approx(np.mean(z), rel=1e-12, abs=1e-15)
        assert result.pre_std[layer] == pytest.approx(np.std(z), rel=1e-12)
        assert result.act_mean[layer] == pytest.approx(np.mean(h), rel=1e-12, abs=1e-15)
        assert result.act_std[layer] == pytest.approx(np.std(h), rel=1e-12)
        assert result.dead_fraction[layer] == np.mean(np.all(d == 0.0, axis=0))
        assert result.saturated_fraction[layer] == np.mean(np.abs(d) < SATURATED_BELOW)
        assert result.grad_norm[layer] == pytest.approx(np.linalg.norm(numeric[layer]), rel=1e-6)
        np.testing.assert_allclose(exact[layer], numeric[layer], rtol=1e-5, atol=1e-9)
        assert_histogram(result.act_hist[layer], result.act_edges[layer], h)
        assert_histogram(result.grad_hist[layer], result.grad_edges[layer], exact[layer])


def test_the_saturation_case_can_tell_the_declared_threshold_from_another() -> None:
    """Guard for the test above: its sigmoid network has f' values between 0.01 and 0.1, so a
    threshold other than the declared one would change the saturated fraction."""
    key, init, sigma = SMALL_NETS[0]
    net = rebuild(4, 5, 6, init, sigma, 11)
    pre, _ = layer_forward(net.x, net.weights, None, key)
    d = np.abs(core.get(key).derivative(np.concatenate(pre)))
    assert np.any((d >= SATURATED_BELOW) & (d < 0.1))


def test_gradient_histograms_keep_the_sign() -> None:
    """An upstream gradient of random sign gives gradients of both signs in every layer: their
    histogram spans zero."""
    result = simulate(6, 32, "tanh", init="xavier_normal", batch=16, seed=2)
    assert np.all(result.grad_edges[:, 0] < 0) and np.all(result.grad_edges[:, -1] > 0)


@pytest.mark.statistical
def test_the_redraw_path_gives_the_forward_passs_weights_to_the_backward_pass() -> None:
    """Above 2^25 weights in all (the README offers 100 layers of 1024 units), ``simulate`` does
    not keep the weights but redraws each one for the backward pass. 33 layers of 1024 are the
    smallest such network; with two samples it stays cheap."""
    depth, width, batch, seed = 33, 1024, 2, 4
    # the size really takes that path
    assert depth * width**2 > signal_simulation._KEEP_WEIGHTS_LIMIT
    result = simulate(depth, width, "tanh", init="xavier_normal", batch=batch, seed=seed)
    net = rebuild(depth, width, batch, "xavier_normal", None, seed)
    pre, post = layer_forward(net.x, net.weights, None, "tanh")
    grads = input_gradients(pre, net.weights, net.upstream, "tanh")
    del net
    np.testing.assert_allclose(result.act_std, [np.std(h) for h in post], rtol=1e-12)
    np.testing.assert_allclose(result.grad_norm, [np.linalg.norm(g) for g in grads], rtol=1e-12)


@pytest.mark.parametrize("keep_limit", [0, 2**25])
def test_redrawing_the_weights_changes_no_number(monkeypatch, keep_limit: int) -> None:
    """The redraw path on a small network (its threshold lowered), against the same rebuilt
    network: the path is a memory trade, never a change of result."""
    monkeypatch.setattr(signal_simulation, "_KEEP_WEIGHTS_LIMIT", keep_limit)
    depth, width, batch, seed = 5, 6, 4, 9
    result = simulate(depth, width, "sigmoid", init="he_uniform", batch=batch, seed=seed)
    net = rebuild(depth, width, batch, "he_uniform", None, seed)
    pre, post = layer_forward(net.x, net.weights, None, "sigmoid")
    grads = input_gradients(pre, net.weights, net.upstream, "sigmoid")
    np.testing.assert_allclose(result.act_std, [np.std(h) for h in post], rtol=1e-12)
    np.testing.assert_allclose(result.grad_norm, [np.linalg.norm(g) for g in grads], rtol=1e-12)


def test_layer_forward_and_input_gradients_use_the_params_given() -> None:
    """Leaky ReLU with slope 0.3, by hand: z = W x + b, f(z) = z or 0.3 z, f' = 1 or 0.3."""
    w = [[1.0, -2.0], [0.5, 1.0]]
    b = [0.5, -3.0]
    pre, post = layer_forward([[1.0, 1.0]], [w], [b], "leaky_relu", {"negative_slope": 0.3})
    np.testing.assert_allclose(pre[0], [[-0.5, -1.5]])
    np.testing.assert_allclose(post[0], [[-0.15, -0.45]])
    grads = input_gradients(pre, [w], [[1.0, 2.0]], "leaky_relu", {"negative_slope": 0.3})
    # dL/dx = (g * f'(z)) W = [0.3, 0.6] W
    np.testing.assert_allclose(grads[0], [[0.3 * 1.0 + 0.6 * 0.5, 0.3 * -2.0 + 0.6 * 1.0]])


def test_whole_number_inputs_and_weights_are_taken_as_floats() -> None:
    pre, post = layer_forward([[1, 2]], [[[1, 0], [0, 1]]], [[0, 1]], "identity")
    assert pre[0].dtype == np.float64 and post[0].tolist() == [[1.0, 3.0]]
    grads = input_gradients(pre, [[[1, 0], [0, 1]]], [[1, 1]], "identity")
    assert grads[0].dtype == np.float64 and grads[0].tolist() == [[1.0, 1.0]]


@pytest.mark.parametrize(
    ("weights", "biases", "message"),
    [
        ([], None, "^need at least one layer$"),
        ([np.ones((2, 3))], None, r"^layer 1: weight of shape \(2, 3\) cannot take 2 inputs$"),
        ([np.ones((2, 2)), np.ones((3, 3))], None, r"^layer 2: weight of shape \(3, 3\)"),
        ([np.ones((2, 2))], [np.ones(2), np.ones(2)], "^1 weight matrices but 2 bias vectors$"),
        ([np.ones((3, 2))], [np.ones(2)], r"^layer 1: bias of shape \(2,\), expected \(3,\)$"),
        ([np.ones((2, 2)), np.full((2, 2), np.nan)], None, "^layer 2: weights and biases must"),
    ],
)
def test_malformed_layers_are_refused_naming_the_layer(weights, biases, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        layer_forward(np.ones((1, 2)), weights, biases, "relu")


def test_compose_affine_of_one_layer_is_that_layer_and_refuses_no_layers() -> None:
    a, b = deepnet.compose_affine([[[2.0, 1.0], [0.0, 3.0]]], [[1.0, -1.0]])
    np.testing.assert_array_equal(a, [[2.0, 1.0], [0.0, 3.0]])
    np.testing.assert_array_equal(b, [1.0, -1.0])
    with pytest.raises(ValueError, match="need at least one layer"):
        deepnet.compose_affine([], [])
    with pytest.raises(ValueError, match="x must be a 2-D array of rows, got shape \\(2,\\)"):
        layer_forward([1.0, 2.0], [np.eye(2)], None, "relu")
