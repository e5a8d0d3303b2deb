"""train_epoch's defaults, arguments and objective, against its signature and docstring.

Reference: plain mini-batch gradient descent written out here for a network with no hidden layer
(z = x W + b), where the output delta has a closed form: z - y for the identity output with the
square loss, sigmoid(z) - y for the binary cross-entropy (d/dz [softplus(z) - y z]). Playground's
defaults, as the signature declares them: lr 0.03, batch size 10, regularisation rate 0.
"""

from __future__ import annotations

import numpy as np
import pytest

from actviz.core import training as T

RNG = np.random.default_rng(7)
X = RNG.uniform(-2.0, 2.0, (12, 2))  # 12 rows: batches of 10 and 2 by default
W = [np.array([[0.5], [-0.25]])]
B = [np.array([0.1])]


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def by_hand(y: np.ndarray, *, lr: float, batch: int, bce: bool) -> tuple[np.ndarray, np.ndarray]:
    w, b = W[0].copy(), B[0].copy()
    for start in range(0, len(X), batch):
        xb, yb = X[start : start + batch], y[start : start + batch, None]
        z = xb @ w + b
        delta = sigmoid(z) - yb if bce else z - yb
        w -= lr * xb.T @ delta / len(xb)
        b -= lr * delta.sum(axis=0) / len(xb)
    return w, b


def test_the_defaults_are_playgrounds() -> None:
    y = X[:, 0] - 0.5 * X[:, 1]
    got_w, got_b = T.train_epoch(W, B, X, y, "relu", output="identity")
    want_w, want_b = by_hand(y, lr=0.03, batch=10, bce=False)
    np.testing.assert_allclose(got_w[0], want_w, rtol=1e-13)
    np.testing.assert_allclose(got_b[0], want_b, rtol=1e-13)
    # The default regularisation rate is 0: naming a regulariser alone changes nothing.
    for regularization in ("l1", "l2"):
        reg_w, reg_b = T.train_epoch(W, B, X, y, "relu", output="identity",
                                     regularization=regularization)  # fmt: skip
        np.testing.assert_array_equal(reg_w[0], got_w[0])
        np.testing.assert_array_equal(reg_b[0], got_b[0])


def test_binary_cross_entropy_steps_by_sigmoid_minus_target() -> None:
    y = (X[:, 0] > 0.0).astype(np.float64)
    got_w, got_b = T.train_epoch(W, B, X, y, "relu", lr=0.5, batch_size=5, output="sigmoid",
                                 loss="bce")  # fmt: skip
    want_w, want_b = by_hand(y, lr=0.5, batch=5, bce=True)
    np.testing.assert_allclose(got_w[0], want_w, rtol=1e-13)
    np.testing.assert_allclose(got_b[0], want_b, rtol=1e-13)


def test_bce_targets_outside_0_1_are_refused() -> None:
    y = np.where(X[:, 0] > 0.0, 2.0, 0.0)
    with pytest.raises(ValueError, match=r"^y must lie in \[0, 1\] for the bce loss"):
        T.train_epoch(W, B, X, y, "relu", output="sigmoid", loss="bce")


def test_the_hidden_layers_params_are_used() -> None:
    # Leaky ReLU of negative slope 1 is the identity (the catalogue's tooltip says so), and the
    # hidden pre-activations here are negative on some rows, where the default slope 0.01 is not.
    weights = [np.array([[1.0, -1.0], [0.5, 1.0]]), np.array([[1.0], [-0.5]])]
    biases = [np.zeros(2), np.array([0.2])]
    y = np.tanh(X[:, 1])
    slope_one = T.train_epoch(weights, biases, X, y, "leaky_relu", {"negative_slope": 1.0})
    identity = T.train_epoch(weights, biases, X, y, "identity")
    for got, want in zip(slope_one[0] + slope_one[1], identity[0] + identity[1], strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-15)
    default = T.train_epoch(weights, biases, X, y, "leaky_relu")
    assert not np.allclose(default[0][0], identity[0][0], rtol=1e-6)


@pytest.mark.parametrize(
    ("argument", "value", "message"),
    [
        ("lr", -0.1, r"^lr must be a finite number ≥ 0"),
        ("batch_size", 0, r"^batch_size must be ≥ 1, got 0"),
        ("regularization", "l3", r"^unknown regularization 'l3'; known: none, l1, l2"),
        ("reg_rate", -1.0, r"^reg_rate must be a finite number ≥ 0"),
    ],
)
def test_a_bad_argument_is_named(argument: str, value: object, message: str) -> None:
    y = np.zeros(len(X))
    with pytest.raises(ValueError, match=message):
        T.train_epoch(W, B, X, y, "relu", **{argument: value})  # type: ignore[arg-type]
