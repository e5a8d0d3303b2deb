"""The training core's contract: features, initialisation, the forward pass, Playground's
mini-batch update (batch-averaged gradient, L2 shrink, L1 stopping at exactly zero), divergence
without warnings, dead and saturated units, determinism, and bad arguments named.

Training is checked against plain gradient descent written here from loss_and_grads (whose
gradient test_training_grads checks against finite differences), and the regularisers against
hand-worked numbers.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actviz.core import training as T


def circle_rows(n: int = 40, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    points, labels = T.make_dataset("circle", n=n, seed=seed)
    return T.feature_matrix(points), labels


# --- features ---------------------------------------------------------------------------------
def test_feature_columns_follow_their_names() -> None:
    points = np.array([[0.5, -2.0], [3.0, 1.5]])
    x = T.feature_matrix(points, T.FEATURES)
    a, b = points[:, 0], points[:, 1]
    expected = np.column_stack([a, b, a * a, b * b, a * b, np.sin(a), np.sin(b)])
    np.testing.assert_array_equal(x, expected)
    np.testing.assert_array_equal(T.feature_matrix(points, ["sin(x2)", "x1"]), expected[:, [6, 0]])
    assert set(T.FEATURE_LABELS) == set(T.FEATURES)


@pytest.mark.parametrize(
    ("features", "word"),
    [([], "features"), (["x3"], "feature"), (["x1", "x1"], "repeat"), ("x1", "features")],
)
def test_bad_features_are_refused(features: object, word: str) -> None:
    with pytest.raises(ValueError, match=word):
        T.feature_matrix(np.zeros((2, 2)), features)  # type: ignore[arg-type]


def test_feature_matrix_refuses_bad_points_and_overflows_quietly() -> None:
    with pytest.raises(ValueError, match="points"):
        T.feature_matrix(np.zeros((3, 3)))
    with pytest.raises(ValueError, match="points"):
        T.feature_matrix([[0.0, math.nan]])
    huge = T.feature_matrix([[1e200, 1.0]], ["x1^2"])  # finite input: inf, and no warning
    assert huge[0, 0] == math.inf


# --- initialisation ---------------------------------------------------------------------------
def test_playground_init_has_uniform_weights_and_biases_of_a_tenth() -> None:
    samples = []
    for seed in range(40):
        weights, biases = T.init_network(7, (8,) * 6, seed=seed)
        assert [w.shape for w in weights] == [(7, 8)] + [(8, 8)] * 5 + [(8, 1)]
        assert all(np.all(b == 0.1) for b in biases)
        samples.append(np.concatenate([w.ravel() for w in weights]))
    values = np.concatenate(samples)  # uniform on [-0.5, 0.5]: mean 0, variance 1/12
    assert values.min() >= -0.5 and values.max() <= 0.5
    assert abs(values.mean()) < 0.01
    assert values.var() == pytest.approx(1.0 / 12.0, rel=0.03)


@pytest.mark.parametrize("init", ["xavier", "he"])
def test_xavier_and_he_bounds(init: str) -> None:
    weights, biases = T.init_network(3, (8, 5), init=init, seed=1)
    for w in weights:
        fan_in, fan_out = w.shape
        bound = math.sqrt(6.0 / (fan_in + fan_out)) if init == "xavier" else math.sqrt(6.0 / fan_in)
        assert np.abs(w).max() <= bound and np.abs(w).max() > 0.5 * bound
    assert all(np.all(b == 0.0) for b in biases)


def test_zeros_init_and_no_hidden_layers() -> None:
    weights, biases = T.init_network(2, (), init="zeros")
    assert [w.shape for w in weights] == [(2, 1)] and np.all(weights[0] == 0.0)
    assert np.all(biases[0] == 0.0)
    weights, _ = T.init_network(2, (3,), n_outputs=4)
    assert weights[-1].shape == (3, 4)


def test_init_is_seeded() -> None:
    a, _ = T.init_network(2, (4, 2), seed=7)
    b, _ = T.init_network(2, (4, 2), seed=7)
    c, _ = T.init_network(2, (4, 2), seed=8)
    assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))
    assert not np.array_equal(a[0], c[0])


@pytest.mark.parametrize(
    ("kwargs", "word"),
    [
        ({"n_inputs": 0, "hidden": (4,)}, "n_inputs"),
        ({"n_inputs": 2, "hidden": (4,) * 7}, "hidden"),
        ({"n_inputs": 2, "hidden": (0,)}, "hidden layer width"),
        ({"n_inputs": 2, "hidden": (9,)}, "hidden layer width"),
        ({"n_inputs": 2, "hidden": (2.5,)}, "hidden layer width"),
        ({"n_inputs": 2, "hidden": "42"}, "hidden"),
        ({"n_inputs": 2, "hidden": (4,), "init": "orthogonal"}, "init"),
        ({"n_inputs": 2, "hidden": (4,), "seed": -3}, "seed"),
        ({"n_inputs": 2, "hidden": (4,), "n_outputs": 0}, "n_outputs"),
    ],
)
def test_init_refuses_bad_arguments(kwargs: dict[str, object], word: str) -> None:
    with pytest.raises(ValueError, match=word):
        T.init_network(**kwargs)  # type: ignore[arg-type]


# --- activations per layer and the forward pass -----------------------------------------------
def test_forward_layers_use_each_layers_activation_and_params() -> None:
    weights, biases = T.init_network(2, (3, 2), seed=2)
    x = np.random.default_rng(1).uniform(-6, 6, (20, 2))
    keys = ["leaky_relu", "elu"]
    params = [{"negative_slope": 0.3}, {"alpha": 2.0}]
    layers = T.forward_layers(weights, biases, x, keys, params)
    z1 = x @ weights[0] + biases[0]
    h1 = np.where(z1 > 0, z1, 0.3 * z1)
    z2 = h1 @ weights[1] + biases[1]
    h2 = np.where(z2 > 0, z2, 2.0 * np.expm1(z2))
    out = np.tanh(h2 @ weights[2] + biases[2])
    for got, want in zip(layers, [h1, h2, out], strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-13, atol=1e-15)
    np.testing.assert_array_equal(T.predict(weights, biases, x, keys, params), layers[-1][:, 0])
    sigmoid = T.predict(weights, biases, x, keys, params, output="sigmoid")
    identity = T.predict(weights, biases, x, keys, params, output="identity")
    np.testing.assert_allclose(sigmoid, 1.0 / (1.0 + np.exp(-identity)), rtol=1e-13)


def test_one_params_mapping_applies_to_every_layer() -> None:
    acts = T.resolve_activations("leaky_relu", {"negative_slope": 0.2}, 3)
    assert [a.params for a in acts] == [{"negative_slope": 0.2}] * 3
    assert T.resolve_activations(["relu", "tanh"], [None, None], 2)[1].key == "tanh"
    assert T.resolve_activations("tanh", None, 0) == ()


@pytest.mark.parametrize(
    ("key", "params", "word"),
    [
        ("swishy", None, "key"),
        (["relu"], None, "key"),
        (["relu", "nope"], None, "key"),
        ("relu", {"alpha": 1.0}, "params"),
        ("elu", {"alpha": 99.0}, "params"),
        ("elu", [{"alpha": 1.0}], "params"),
        (["elu", "relu"], {"alpha": 1.0}, "params"),  # relu has no alpha
    ],
)
def test_bad_activation_arguments_are_named(key: object, params: object, word: str) -> None:
    with pytest.raises(ValueError, match=word):
        T.resolve_activations(key, params, 2)  # type: ignore[arg-type]


def test_shapes_are_checked() -> None:
    weights, biases = T.init_network(2, (4, 2))
    x, y = circle_rows()
    with pytest.raises(ValueError, match="x"):
        T.forward_layers(weights, biases, np.zeros((3, 3)), "tanh")
    with pytest.raises(ValueError, match="x"):
        T.forward_layers(weights, biases, np.zeros((0, 2)), "tanh")
    with pytest.raises(ValueError, match="x"):
        T.forward_layers(weights, biases, [[math.inf, 0.0]], "tanh")
    with pytest.raises(ValueError, match=r"weights\[1\]"):
        T.forward_layers([weights[0], np.zeros((3, 2)), weights[2]], biases, x, "tanh")
    with pytest.raises(ValueError, match=r"biases\[0\]"):
        T.forward_layers(weights, [biases[1], *biases[1:]], x, "tanh")
    with pytest.raises(ValueError, match="equal"):
        T.forward_layers(weights, biases[:2], x, "tanh")
    with pytest.raises(ValueError, match="y"):
        T.loss_and_grads(weights, biases, x, y[:-1], "tanh")
    with pytest.raises(ValueError, match="y"):
        T.loss_and_grads(weights, biases, x, np.full(len(x), math.nan), "tanh")
    with pytest.raises(ValueError, match="output"):
        T.forward_layers(weights, biases, x, "tanh", output="softmax")
    with pytest.raises(ValueError, match="one output"):
        T.predict(*T.init_network(2, (3,), n_outputs=2), x, "tanh")


def test_loss_arguments_are_checked() -> None:
    weights, biases = T.init_network(2, (3,))
    x, y = circle_rows()
    with pytest.raises(ValueError, match="sigmoid"):
        T.loss_and_grads(weights, biases, x, (y + 1) / 2, "tanh", loss="bce")
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        T.loss_and_grads(weights, biases, x, y, "tanh", output="sigmoid", loss="bce")
    with pytest.raises(ValueError, match="loss"):
        T.loss_and_grads(weights, biases, x, y, "tanh", loss="hinge")
    for name in ("l1", "l2"):
        for bad in (-0.1, math.nan, math.inf):
            with pytest.raises(ValueError, match=name):
                T.loss_and_grads(weights, biases, x, y, "tanh", **{name: bad})


def test_mean_loss_and_accuracy_from_their_definitions() -> None:
    weights, biases = T.init_network(2, (4, 2), seed=3)
    x, y = circle_rows(60)
    out = T.predict(weights, biases, x, "tanh")
    assert T.mean_loss(weights, biases, x, y, "tanh") == pytest.approx(
        np.mean(0.5 * (out - y) ** 2)
    )
    assert T.accuracy(weights, biases, x, y, "tanh") == pytest.approx(np.mean(np.sign(out) == y))
    value, _, _ = T.loss_and_grads(weights, biases, x, y, "tanh", l1=0.1, l2=0.2)
    expected_penalty = sum(0.1 * np.abs(w).sum() + 0.1 * (w * w).sum() for w in weights)
    assert value == pytest.approx(T.mean_loss(weights, biases, x, y, "tanh") + expected_penalty)


# --- one epoch, as Playground runs it ---------------------------------------------------------
def plain_sgd(weights, biases, x, y, key, *, lr, batch, l2=0.0):  # type: ignore[no-untyped-def]
    """Reference: consecutive batches, each step minus lr times the batch-mean gradient."""
    ws, bs = [w.copy() for w in weights], [b.copy() for b in biases]
    for start in range(0, len(x), batch):
        _, dws, dbs = T.loss_and_grads(ws, bs, x[start : start + batch], y[start : start + batch],
                                       key, l2=l2)  # fmt: skip
        ws = [w - lr * d for w, d in zip(ws, dws, strict=True)]
        bs = [b - lr * d for b, d in zip(bs, dbs, strict=True)]
    return ws, bs


@pytest.mark.parametrize(("batch", "l2"), [(10, 0.0), (7, 0.0), (1, 0.0), (100, 0.0), (10, 0.03)])
def test_an_epoch_is_plain_minibatch_gradient_descent(batch: int, l2: float) -> None:
    x, y = circle_rows(45, seed=2)  # 45 rows: a last, partial batch for most batch sizes
    weights, biases = T.init_network(2, (4, 2), seed=5)
    regularization = "l2" if l2 else "none"
    got_w, got_b = T.train_epoch(weights, biases, x, y, "tanh", lr=0.3, batch_size=batch,
                                 regularization=regularization, reg_rate=l2)  # fmt: skip
    want_w, want_b = plain_sgd(weights, biases, x, y, "tanh", lr=0.3, batch=batch, l2=l2)
    for got, want in zip(got_w + got_b, want_w + want_b, strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-14)


def test_an_epoch_leaves_its_arguments_alone_and_lr_zero_changes_nothing() -> None:
    x, y = circle_rows()
    weights, biases = T.init_network(2, (4, 2), seed=1)
    keep = [w.copy() for w in weights + biases]
    new_w, _ = T.train_epoch(weights, biases, x, y, "relu")
    assert all(np.array_equal(a, b) for a, b in zip(weights + biases, keep, strict=True))
    assert not np.array_equal(new_w[0], weights[0])
    same_w, same_b = T.train_epoch(weights, biases, x, y, "relu", lr=0.0)
    assert all(np.array_equal(a, b) for a, b in zip(same_w + same_b, keep, strict=True))


def test_l1_stops_a_weight_at_exactly_zero() -> None:
    # No hidden layer, identity output, inputs 0: the data pull nothing on the weight, so only
    # L1 moves it, by lr * rate = 0.03 a batch (one batch an epoch): 0.05 -> 0.02 -> 0, not -0.01.
    weights, biases = [np.array([[0.05], [-0.05]])], [np.array([0.0])]
    x, y = np.zeros((2, 2)), np.zeros(2)
    got_w, got_b = T.train_epoch(weights, biases, x, y, [], lr=0.1, batch_size=2,
                                 output="identity", regularization="l1", reg_rate=0.3)  # fmt: skip
    np.testing.assert_allclose(got_w[0], [[0.02], [-0.02]], rtol=1e-14)
    got_w, got_b = T.train_epoch(got_w, got_b, x, y, [], lr=0.1, batch_size=2,
                                 output="identity", regularization="l1", reg_rate=0.3)  # fmt: skip
    assert np.all(got_w[0] == 0.0) and not np.signbit(got_w[0]).any()
    np.testing.assert_array_equal(got_b[0], [0.0])


def test_l1_is_a_gradient_step_then_a_shrink_toward_zero() -> None:
    x, y = circle_rows(30, seed=3)
    weights, biases = T.init_network(2, (4,), seed=3)
    lr, rate = 0.2, 0.05
    got_w, got_b = T.train_epoch(weights, biases, x, y, "tanh", lr=lr, batch_size=30,
                                 regularization="l1", reg_rate=rate)  # fmt: skip
    _, dws, dbs = T.loss_and_grads(weights, biases, x, y, "tanh")
    for w, d, got in zip(weights, dws, got_w, strict=True):
        stepped = w - lr * d
        shrunk = np.sign(stepped) * np.maximum(np.abs(stepped) - lr * rate, 0.0)
        np.testing.assert_allclose(got, shrunk, rtol=1e-13, atol=1e-15)
    for b, d, got in zip(biases, dbs, got_b, strict=True):
        np.testing.assert_allclose(got, b - lr * d, rtol=1e-13)


def test_shuffling_is_optional_and_seeded() -> None:
    x, y = circle_rows()
    weights, biases = T.init_network(2, (4, 2))
    plain = T.train_epoch(weights, biases, x, y, "tanh")
    a = T.train_epoch(weights, biases, x, y, "tanh", shuffle=True, rng=np.random.default_rng(1))
    b = T.train_epoch(weights, biases, x, y, "tanh", shuffle=True, rng=np.random.default_rng(1))
    assert np.array_equal(a[0][0], b[0][0]) and not np.array_equal(a[0][0], plain[0][0])
    with pytest.raises(ValueError, match="rng"):
        T.train_epoch(weights, biases, x, y, "tanh", shuffle=True)


@pytest.mark.parametrize(
    ("kwargs", "word"),
    [
        ({"lr": -0.1}, "lr"),
        ({"lr": math.nan}, "lr"),
        ({"batch_size": 0}, "batch_size"),
        ({"batch_size": 2.0}, "batch_size"),
        ({"regularization": "l3"}, "regularization"),
        ({"reg_rate": -1.0}, "reg_rate"),
        ({"reg_rate": math.inf}, "reg_rate"),
        ({"output": "relu"}, "output"),
    ],
)
def test_train_epoch_refuses_bad_arguments(kwargs: dict[str, object], word: str) -> None:
    x, y = circle_rows()
    weights, biases = T.init_network(2, (4, 2))
    with pytest.raises(ValueError, match=word):
        T.train_epoch(weights, biases, x, y, "tanh", **kwargs)  # type: ignore[arg-type]


# --- divergence: a state, never a warning (the suite turns warnings into errors) ---------------
def test_a_diverging_epoch_is_quiet_and_reported() -> None:
    x, y = circle_rows()
    weights, biases = T.init_network(2, (4, 2))
    for _ in range(20):
        weights, biases = T.train_epoch(weights, biases, x, y * 1e6, "relu", lr=1e6,
                                        output="identity")  # fmt: skip
    assert T.is_diverged(weights, biases)
    assert np.isnan(T.mean_loss(weights, biases, x, y, "relu", output="identity"))
    assert np.isnan(T.predict(weights, biases, x, "relu")).all()
    activity = T.unit_activity(weights, biases, x, "relu")
    assert not any(d.any() for d in activity.dead) and not any(s.any() for s in activity.saturated)
    value, dws, _ = T.loss_and_grads(weights, biases, x, y, "relu", output="identity")
    assert not math.isfinite(value) and not np.isfinite(dws[0]).all()
    assert not T.is_diverged(*T.init_network(2, (4, 2)))


@settings(max_examples=30, deadline=None)
@given(
    scale=st.floats(1e-300, 1e300),
    key=st.sampled_from(["tanh", "relu", "sigmoid", "gelu", "softplus", "identity"]),
    output=st.sampled_from(["tanh", "sigmoid", "identity"]),
)
def test_no_warning_for_any_finite_input(scale: float, key: str, output: str) -> None:
    weights, biases = T.init_network(2, (3, 2), seed=1)
    weights = [w * scale for w in weights]
    x = np.array([[scale, -scale], [1.0, 2.0], [0.0, 0.0]])
    y = np.array([1.0, -1.0, 1.0])
    T.forward_layers(weights, biases, x, key, output=output)
    T.loss_and_grads(weights, biases, x, y, key, output=output, l1=0.1, l2=0.1)
    T.train_epoch(
        weights, biases, x, y, key, output=output, lr=1e3, regularization="l1", reg_rate=1.0
    )
    T.unit_activity(weights, biases, x, key)


# --- dead and saturated units -----------------------------------------------------------------
def test_unit_activity_on_a_hand_built_layer() -> None:
    # Inputs x in [1, 2]. Unit 0: z = x - 5 < 0 always (dead ReLU). Unit 1: z = x > 0 (alive).
    # Unit 2: z = x - 1.5: active on half the points.
    w1 = np.array([[1.0, 1.0, 1.0]])
    b1 = np.array([-5.0, 0.0, -1.5])
    weights, biases = [w1, np.ones((3, 1))], [b1, np.zeros(1)]
    x = np.linspace(1.0, 2.0, 11)[:, None] + 1e-3
    relu = T.unit_activity(weights, biases, x, "relu")
    np.testing.assert_array_equal(relu.dead[0], [True, False, False])
    np.testing.assert_allclose(relu.active_share[0], [0.0, 1.0, 6 / 11])
    np.testing.assert_array_equal(relu.saturated[0], [False, False, False])
    # tanh with weights of 10: |z| >= 10 * 1 on every point except near z = 0, so tanh'(z) < 0.01
    steep = T.unit_activity([w1 * 10, np.ones((3, 1))], [np.array([-50.0, 0.0, 0.0]), np.zeros(1)],
                            x, "tanh")  # fmt: skip
    np.testing.assert_array_equal(steep.saturated[0], [True, True, True])
    np.testing.assert_array_equal(steep.dead[0], [False, False, False])  # tanh' is never exactly 0
    calm = T.unit_activity(weights, biases, x * 0.1, "tanh")  # z = -5 + 0.1 x is still flat
    np.testing.assert_array_equal(calm.saturated[0], [True, False, False])
    assert T.SATURATION_THRESHOLD == 0.01 and T.SATURATED_SHARE == 0.9


# --- fit --------------------------------------------------------------------------------------
def test_fit_is_deterministic_and_records_every_epoch() -> None:
    a = T.fit("xor", epochs=12, seed=3, noise=0.1)
    b = T.fit("xor", epochs=12, seed=3, noise=0.1)
    assert a.train_loss == b.train_loss and a.test_accuracy == b.test_accuracy
    assert all(np.array_equal(x, y) for x, y in zip(a.weights, b.weights, strict=True))
    assert len(a.train_loss) == len(a.test_loss) == len(a.test_accuracy) == 12
    assert a.output == "tanh" and not a.regression and not a.diverged
    assert len(a.train_x) == len(a.test_x) == 250
    # the recorded figures are the network's own: recompute the last ones from the result
    assert a.test_loss[-1] == pytest.approx(
        T.mean_loss(a.weights, a.biases, a.test_x, a.test_y, "tanh")
    )
    assert a.test_accuracy[-1] == pytest.approx(
        T.accuracy(a.weights, a.biases, a.test_x, a.test_y, "tanh")
    )
    assert T.fit("xor", epochs=12, seed=4, noise=0.1).train_loss != a.train_loss


def test_fit_regression_and_custom_data() -> None:
    result = T.fit("reg_gauss", epochs=3, train_fraction=0.3)
    assert result.regression and result.output == "identity" and result.test_accuracy == []
    assert len(result.train_x) == 360
    points, labels = T.function_boundary("sin", n=80, seed=1)
    custom = T.fit((points, labels), epochs=5, features=T.FEATURES, hidden=())
    assert not custom.regression and len(custom.test_accuracy) == 5
    assert T.fit((points, labels * 0.5), epochs=1).regression
    with pytest.raises(ValueError, match="-1 or \\+1"):
        T.fit((points, labels * 0.5), epochs=1, regression=False)
    assert T.fit("circle", epochs=0).train_loss == []


@pytest.mark.parametrize(
    ("kwargs", "word"),
    [
        ({"dataset": "ring"}, "data set"),
        ({"hidden": (4,) * 7}, "hidden"),
        ({"key": "nope"}, "key"),
        ({"features": ("x1", "z")}, "feature"),
        ({"lr": math.nan}, "lr"),
        ({"batch_size": 0}, "batch_size"),
        ({"epochs": -1}, "epochs"),
        ({"noise": 0.9}, "noise"),
        ({"train_fraction": 1.0}, "train_fraction"),
        ({"l1": -1.0}, "l1"),
        ({"l2": math.nan}, "l2"),
        ({"init": "ones"}, "init"),
        ({"dataset": (np.zeros((0, 2)), np.zeros(0))}, "points"),
    ],
)
def test_fit_refuses_bad_arguments(kwargs: dict[str, object], word: str) -> None:
    arguments: dict[str, object] = {"dataset": "circle", "epochs": 1, **kwargs}
    dataset = arguments.pop("dataset")
    with pytest.raises(ValueError, match=word):
        T.fit(dataset, **arguments)  # type: ignore[arg-type]
