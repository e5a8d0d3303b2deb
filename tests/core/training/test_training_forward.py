"""The forward pass with an activation per layer, the shapes and arguments it checks, and the mean
loss and accuracy from their definitions.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from training_rows import circle_rows

from actviz.core import training as T


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
