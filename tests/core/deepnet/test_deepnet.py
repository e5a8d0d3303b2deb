"""The deep-network simulation shows the published facts it exists to teach, and its gradients
agree with finite differences.

References: He et al. 2015 (Delving deep into rectifiers), Glorot and Bengio 2010, the CS231n
notes on initialisation (tanh with std 0.01 and 1.0, width 500), Klambauer et al. 2017 (SELU).
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actviz import core
from actviz.core.deepnet import input_gradients, layer_forward, simulate
from actviz.core.deepnet.weight_init import INITS


def require(key: str) -> None:
    """The facts below are about these activations: losing one fails, it does not skip."""
    assert key in core.names(), f"{key} left the catalogue"


def per_layer_ratio(values: np.ndarray) -> float:
    """Geometric mean of values[l + 1] / values[l]."""
    return float(np.exp(np.mean(np.log(values[1:] / values[:-1]))))


# --- published facts ------------------------------------------------------------------------
@pytest.mark.statistical
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_relu_with_he_keeps_the_second_moment_across_50_layers(seed: int) -> None:
    # He et al.: Var(w) = 2 / fan_in gives E[h_l^2] = E[h_{l-1}^2] for ReLU.
    result = simulate(50, 512, "relu", init="he_normal", batch=256, seed=seed)
    moment = result.act_second_moment
    assert 0.95 < per_layer_ratio(moment) < 1.05
    # Finite width makes log E[h^2] a random walk with variance about 5 L / n (Hanin 2018):
    # for L = 50, n = 512 its std is 0.7, so allow a factor of 4 either way, not 2^-49.
    assert 0.25 < moment[-1] / moment[0] < 4.0
    assert np.all(result.act_std > 0.3)


@pytest.mark.statistical
def test_relu_with_xavier_halves_the_second_moment_each_layer() -> None:
    # Xavier normal: Var(w) = 2 / (n + n) = 1 / n, and ReLU keeps half of E[z^2].
    result = simulate(50, 512, "relu", init="xavier_normal", batch=256, seed=0)
    assert 0.45 < per_layer_ratio(result.act_second_moment) < 0.55
    assert result.act_std[-1] < 1e-6 * result.act_std[0]


@pytest.mark.statistical
def test_tanh_with_tiny_weights_collapses_to_zero_within_10_layers() -> None:
    require("tanh")
    result = simulate(10, 500, "tanh", init="normal", sigma=0.01, batch=256, seed=0)
    assert np.all(np.diff(result.act_std) < 0)
    # tanh is the identity near 0, so each layer scales the std by 0.01 * sqrt(500) = 0.224.
    gain = 0.01 * math.sqrt(500)
    assert result.act_std[-1] < 1e-5
    assert result.act_std[-1] == pytest.approx(gain**10, rel=0.5)
    assert abs(result.act_mean[-1]) < 1e-6


@pytest.mark.statistical
def test_tanh_with_unit_weights_saturates() -> None:
    require("tanh")
    result = simulate(10, 500, "tanh", init="normal", sigma=1.0, batch=256, seed=0)
    # z has std about sqrt(500) * 0.9 = 20, so almost every unit sits on a flat tail.
    assert np.all(result.pre_std[1:] > 15)
    assert np.all(result.saturated_fraction[1:] > 0.8)
    assert np.all(result.act_std > 0.9)
    for layer in range(1, 10):  # the histogram piles up at -1 and +1
        centres = 0.5 * (result.act_edges[layer, 1:] + result.act_edges[layer, :-1])
        counts = result.act_hist[layer]
        assert counts[np.abs(centres) > 0.9].sum() > 0.75 * counts.sum()


@pytest.mark.statistical
def test_selu_with_lecun_normal_stays_near_mean_0_std_1() -> None:
    require("selu")
    result = simulate(50, 512, "selu", init="lecun_normal", batch=256, seed=0)
    assert np.all(np.abs(result.act_mean) < 0.1)
    assert np.all(np.abs(result.act_std - 1.0) < 0.15)


def test_sigmoid_gradient_shrinks_by_orders_of_magnitude_towards_the_first_layer() -> None:
    result = simulate(10, 256, "sigmoid", init="xavier_normal", batch=128, seed=0)
    assert np.all(np.diff(result.grad_norm) > 0)  # larger towards the output
    assert result.grad_norm[0] < 1e-4 * result.grad_norm[-1]


def test_narrow_deep_relu_loses_units_while_leaky_relu_keeps_them() -> None:
    # Lu et al. 2019, Dying ReLU and initialization: deep narrow ReLU nets collapse.
    relu = simulate(50, 8, "relu", batch=256, seed=0)
    leaky = simulate(50, 8, "leaky_relu", batch=256, seed=0)
    assert relu.dead_fraction[0] == 0.0 and np.max(relu.dead_fraction[25:]) >= 0.5
    assert np.all(leaky.dead_fraction == 0.0)


# --- closed forms for the fractions ---------------------------------------------------------
def test_relu_dead_fraction_with_two_samples_is_one_quarter() -> None:
    # Given its weights, a unit's z for two independent samples are independent centred normals,
    # so both are negative (the unit passes no gradient) with probability 1/4.
    result = simulate(1, 1024, "relu", batch=2, seed=3)
    assert result.dead_fraction[0] == pytest.approx(0.25, abs=0.05)
    assert result.saturated_fraction[0] == pytest.approx(0.5, abs=0.05)
    assert simulate(1, 1024, "relu", batch=256, seed=3).dead_fraction[0] == 0.0


@pytest.mark.statistical
def test_identity_with_lecun_normal_keeps_the_second_moment() -> None:
    require("identity")
    result = simulate(20, 512, "identity", init="lecun_normal", batch=256, seed=0)
    assert 0.95 < per_layer_ratio(result.act_second_moment) < 1.05
    assert np.all(result.saturated_fraction == 0.0) and np.all(result.dead_fraction == 0.0)


def test_histograms_count_every_value() -> None:
    result = simulate(5, 64, "sigmoid", batch=32, seed=0, bins=30)
    assert result.act_hist.shape == (5, 30) and result.act_edges.shape == (5, 31)
    assert np.all(result.act_hist.sum(axis=1) == 32 * 64)
    assert np.all(result.grad_hist.sum(axis=1) == 32 * 64)
    assert np.all(np.diff(result.act_edges, axis=1) > 0)
    assert np.all((result.act_edges[:, 0] >= 0) & (result.act_edges[:, -1] <= 1))


# --- gradients against finite differences ---------------------------------------------------
@pytest.mark.parametrize("key", ["sigmoid", "relu"])
def test_input_gradients_match_central_differences(key: str) -> None:
    rng = np.random.default_rng(7)
    sizes = [3, 5, 4, 2]
    weights = [rng.standard_normal((sizes[i + 1], sizes[i])) for i in range(3)]
    biases = [rng.standard_normal(sizes[i + 1]) * 0.3 for i in range(3)]
    x = rng.standard_normal((4, 3))
    upstream = rng.standard_normal((4, 2))
    pre, post = layer_forward(x, weights, biases, key)
    grads = input_gradients(pre, weights, upstream, key)
    inputs = [x, *post[:-1]]
    eps = 1e-6
    for layer in range(3):

        def loss(h: np.ndarray, layer: int = layer) -> float:
            out = layer_forward(h, weights[layer:], biases[layer:], key)[1][-1]
            return float(np.sum(upstream * out))

        h0 = inputs[layer]
        numeric = np.zeros_like(h0)
        for index in np.ndindex(h0.shape):
            step = np.zeros_like(h0)
            step[index] = eps
            numeric[index] = (loss(h0 + step) - loss(h0 - step)) / (2 * eps)
        np.testing.assert_allclose(grads[layer], numeric, rtol=1e-6, atol=1e-8)


def test_simulate_grad_norm_is_the_upstream_norm_through_one_identity_layer() -> None:
    require("identity")
    # One identity layer: dL/dx = g W, and E||g W||^2 = batch * width * width * Var(w) * 1.
    result = simulate(1, 512, "identity", init="lecun_normal", batch=64, seed=0)
    expected = math.sqrt(64 * 512)
    assert result.grad_norm[0] == pytest.approx(expected, rel=0.05)


# --- determinism, blow-ups, bad arguments -----------------------------------------------------
def test_same_seed_same_result_and_other_seed_differs() -> None:
    a = simulate(6, 32, "sigmoid", batch=16, seed=5)
    b = simulate(6, 32, "sigmoid", batch=16, seed=5)
    c = simulate(6, 32, "sigmoid", batch=16, seed=6)
    for name in ("pre_mean", "act_std", "grad_norm", "act_hist", "grad_edges"):
        np.testing.assert_array_equal(getattr(a, name), getattr(b, name))
    assert not np.array_equal(a.act_std, c.act_std)


def test_an_exploding_signal_is_reported_without_warnings() -> None:
    result = simulate(100, 64, "relu", init="normal", sigma=100.0, batch=8, seed=0)
    assert "exploded" in result.blow_up
    first_nan = int(np.argmax(np.isnan(result.act_std)))
    assert 30 < first_nan < 100 and np.all(np.isnan(result.act_std[first_nan:]))
    assert np.all(np.isfinite(result.act_std[:first_nan]))
    assert np.all(np.isnan(result.grad_norm))


def test_a_vanishing_signal_gives_finite_statistics() -> None:
    result = simulate(100, 8, "relu", init="normal", sigma=1e-3, batch=8, seed=0)
    assert result.blow_up == ""
    for name in ("act_std", "pre_std", "grad_norm", "act_hist", "act_edges", "grad_edges"):
        assert np.all(np.isfinite(getattr(result, name))), name


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"depth": 0}, "depth"),
        ({"depth": 101}, "depth"),
        ({"depth": 2.5}, "depth"),
        ({"depth": True}, "depth"),
        ({"width": 1}, "width"),
        ({"width": 2048}, "width"),
        ({"batch": 1}, "batch"),
        ({"key": "nonesuch"}, "nonesuch"),
        ({"init": "orthogonal"}, "init"),
        ({"init": "normal"}, "sigma"),
        ({"init": "normal", "sigma": float("nan")}, "sigma"),
        ({"init": "normal", "sigma": -1.0}, "sigma"),
        ({"init": "normal", "sigma": float("inf")}, "sigma"),
        ({"init": "normal", "sigma": "big"}, "sigma"),
        ({"params": {"slope": 1.0}}, "slope"),
        ({"seed": -1}, "seed"),
        ({"bins": 1}, "bins"),
    ],
)
def test_bad_arguments_raise_value_error(kwargs: dict, message: str) -> None:
    args = {"depth": 3, "width": 8, "key": "relu", "batch": 4, **kwargs}
    with pytest.raises(ValueError, match=message):
        simulate(**args)


@pytest.mark.parametrize("scale", [1e-200, 1e-3, 1.0, 1e100])
def test_layer_histogram_agrees_with_numpy(scale: float) -> None:
    from actviz.core.deepnet.layer_statistics import layer_histogram

    x = np.random.default_rng(0).standard_normal((64, 32)) * scale
    counts, edges = layer_histogram(x, 25)
    reference, ref_edges = np.histogram(x, bins=25, range=(x.min(), x.max()))
    np.testing.assert_allclose(edges, ref_edges, rtol=1e-12)
    assert np.abs(counts - reference).sum() <= 2  # a value exactly on an edge may go either way
    assert counts.sum() == x.size


def test_layer_histogram_of_a_constant_is_one_full_bin() -> None:
    from actviz.core.deepnet.layer_statistics import layer_histogram

    counts, edges = layer_histogram(np.zeros((4, 4)), 10)
    assert counts.sum() == 16 and counts.max() == 16 and np.all(np.diff(edges) > 0)


@settings(max_examples=30, deadline=None)
@given(
    depth=st.integers(1, 12),
    width=st.integers(2, 24),
    batch=st.integers(2, 16),
    key=st.sampled_from(core.names()),
    init=st.sampled_from(INITS),
    sigma=st.floats(1e-4, 10.0),
    seed=st.integers(0, 2**32 - 1),
)
def test_any_small_network_gives_sane_statistics_without_warnings(
    depth: int, width: int, batch: int, key: str, init: str, sigma: float, seed: int
) -> None:
    result = simulate(depth, width, key, init=init, sigma=sigma, batch=batch, seed=seed)
    for name in ("pre_mean", "act_std", "dead_fraction", "saturated_fraction", "grad_norm"):
        assert getattr(result, name).shape == (depth,)
    done = ~np.isnan(result.act_std)
    assert np.all((result.dead_fraction[done] >= 0) & (result.dead_fraction[done] <= 1))
    assert np.all(result.saturated_fraction[done] >= result.dead_fraction[done] - 1e-12)
    assert np.all(result.act_std[done] >= 0) and np.all(result.pre_std[done] >= 0)
    assert np.all(result.act_hist[done].sum(axis=1) == batch * width)
    if result.blow_up == "":
        assert np.all(done) and np.all(result.grad_norm >= 0)
