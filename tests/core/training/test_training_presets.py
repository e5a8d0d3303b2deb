"""The lessons of the training lab's presets hold, over several seeds, with Playground's defaults
(circle and spiral data, batch 10, lr 0.03, [4, 2] unless said otherwise).

Thresholds are the lessons' own claims with a margin: a linear model is a half-plane classifier,
so on the circle it stays near chance (a chance-level square loss with a tanh output is about 1/2);
a model that fits gets nearly every test point right.
"""

from __future__ import annotations

import numpy as np
import pytest

from actviz.core import training as T

SEEDS = (0, 1, 2)
SQUARES = ("x1", "x2", "x1^2", "x2^2")


@pytest.mark.parametrize("seed", SEEDS)
def test_linear_activation_cannot_fit_the_circle_at_any_depth(seed: int) -> None:
    for hidden in ((), (4, 2), (8, 8, 8)):
        result = T.fit("circle", key="identity", hidden=hidden, epochs=60, seed=seed)
        assert result.test_accuracy[-1] < 0.75, hidden
        assert min(result.train_loss) > 0.4, hidden


def test_linear_layers_collapse_into_one_affine_map() -> None:
    # W3(W2(W1 x + b1) + b2) + b3 = A x + c: the output is tanh of an affine function of x.
    weights, biases = T.init_network(2, (8, 8, 8), seed=4)
    x = np.random.default_rng(0).uniform(-6.0, 6.0, (50, 2))
    a, c = np.eye(2), np.zeros(2)
    for w, b in zip(weights, biases, strict=True):
        a, c = a @ w, c @ w + b
    np.testing.assert_allclose(T.predict(weights, biases, x, "identity"), np.tanh(x @ a + c)[:, 0],
                               rtol=1e-12, atol=1e-14)  # fmt: skip


@pytest.mark.parametrize("seed", SEEDS)
def test_squared_features_let_a_linear_model_fit_the_circle(seed: int) -> None:
    result = T.fit("circle", key="identity", features=SQUARES, epochs=60, seed=seed)
    assert result.test_accuracy[-1] >= 0.97


@pytest.mark.parametrize("seed", SEEDS)
def test_tanh_and_relu_fit_the_circle(seed: int) -> None:
    for key in ("tanh", "relu"):
        result = T.fit("circle", key=key, epochs=100, seed=seed)
        assert result.test_accuracy[-1] >= 0.97, key
        assert result.train_loss[-1] < 0.05, key


@pytest.mark.parametrize("seed", SEEDS)
def test_the_spiral_needs_depth_or_sin_features(seed: int) -> None:
    shallow = T.fit("spiral", hidden=(8,), lr=0.1, epochs=200, seed=seed)
    assert shallow.test_accuracy[-1] < 0.75
    with_sines = T.fit("spiral", hidden=(8,), lr=0.1, epochs=200, seed=seed,
                       features=("x1", "x2", "sin(x1)", "sin(x2)"))  # fmt: skip
    assert with_sines.test_accuracy[-1] >= 0.95
    deep = T.fit("spiral", key="relu", hidden=(8, 8, 8), lr=0.1, epochs=150, seed=seed)
    assert deep.test_accuracy[-1] >= 0.8
    assert deep.test_accuracy[-1] > shallow.test_accuracy[-1] + 0.15


@pytest.mark.parametrize("seed", SEEDS)
def test_too_large_a_learning_rate_diverges(seed: int) -> None:
    # Classification: tanh bounds the output, so divergence shows as a loss worse than the
    # untrained network's, where the default rate nearly reaches 0.
    start = T.fit("circle", epochs=0, seed=seed)
    weights, biases = T.init_network(2, (4, 2), seed=seed)
    initial = T.mean_loss(weights, biases, start.train_x, start.train_y, "tanh")
    wild = T.fit("circle", lr=10.0, epochs=50, seed=seed)
    assert wild.train_loss[-1] > initial and min(wild.train_loss) > 0.35
    assert T.fit("circle", lr=0.03, epochs=100, seed=seed).train_loss[-1] < 0.05
    # Regression: an identity output overflows to inf/NaN, reported as a state, never a warning
    # (the suite turns warnings into errors).
    run = T.fit("reg_plane", lr=3.0, epochs=30, seed=seed)
    assert run.diverged and run.diverged_epoch is not None and run.diverged_epoch <= 10
    assert len(run.train_loss) == 30 and np.isnan(run.train_loss[-1])
    assert T.is_diverged(run.weights, run.biases) or not np.isfinite(
        run.train_loss[run.diverged_epoch - 1]
    )
    assert not T.fit("reg_plane", lr=0.03, epochs=30, seed=seed).diverged


@pytest.mark.parametrize("seed", SEEDS)
def test_relu_units_die_under_a_large_learning_rate(seed: int) -> None:
    def dead_units(lr: float) -> tuple[int, T.FitResult, T.UnitActivity]:
        result = T.fit("circle", key="relu", hidden=(8, 8), lr=lr, epochs=50, seed=seed)
        activity = T.unit_activity(result.weights, result.biases, result.train_x, "relu")
        return sum(int(d.sum()) for d in activity.dead), result, activity

    calm, _, _ = dead_units(0.03)
    dead, result, activity = dead_units(3.0)
    assert dead >= 3 and dead > calm
    # A dead unit outputs 0 on every training point and gets no gradient: it cannot recover.
    outputs = T.forward_layers(result.weights, result.biases, result.train_x, "relu")
    _, dws, dbs = T.loss_and_grads(
        result.weights, result.biases, result.train_x, result.train_y, "relu"
    )
    for layer, mask in enumerate(activity.dead):
        assert np.all(outputs[layer][:, mask] == 0.0)
        assert np.all(dws[layer][:, mask] == 0.0) and np.all(dbs[layer][mask] == 0.0)
        assert np.all(activity.active_share[layer][mask] == 0.0)


@pytest.mark.parametrize("seed", SEEDS)
def test_l1_drives_weights_to_exactly_zero(seed: int) -> None:
    plain = T.fit("circle", features=T.FEATURES, epochs=100, seed=seed)
    sparse = T.fit("circle", features=T.FEATURES, l1=0.01, epochs=100, seed=seed)
    total = sum(w.size for w in sparse.weights)
    zeros = sum(int(np.count_nonzero(w == 0.0)) for w in sparse.weights)
    assert sum(int(np.count_nonzero(w == 0.0)) for w in plain.weights) == 0
    assert zeros >= total // 2
    assert sparse.test_accuracy[-1] >= 0.95  # the few weights left still solve the circle
    assert all(np.count_nonzero(b == 0.0) == 0 for b in sparse.biases)  # biases are not penalised


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("key", ["tanh", "sigmoid"])
def test_zero_initialisation_keeps_the_units_of_each_layer_identical(seed: int, key: str) -> None:
    result = T.fit("circle", key=key, init="zeros", hidden=(4, 3), epochs=30, seed=seed)
    for w, b in zip(result.weights[:-1], result.biases[:-1], strict=True):
        np.testing.assert_array_equal(w, np.repeat(w[:, :1], w.shape[1], axis=1))
        np.testing.assert_array_equal(b, np.full_like(b, b[0]))
    np.testing.assert_array_equal(result.weights[1], np.repeat(result.weights[1][:1], 4, axis=0))
    if key == "sigmoid":  # sigmoid(0) = 1/2, so the weights do move, all alike
        assert np.abs(result.weights[-1]).max() > 0.0
    assert result.test_accuracy[-1] < 0.8  # one unit's worth of network cannot fit the circle
    broken = T.fit("circle", key=key, hidden=(4, 3), epochs=30, seed=seed)
    assert not np.allclose(broken.weights[0][:, 0], broken.weights[0][:, 1])
