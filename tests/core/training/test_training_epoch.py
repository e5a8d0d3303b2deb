"""One epoch as Playground runs it: plain mini-batch gradient descent (batch-averaged gradient,
L2 shrink), L1 stopping a weight at exactly zero, seeded shuffling, bad arguments named.

The epoch is checked against plain gradient descent written here from loss_and_grads (whose
gradient test_training_grads checks against finite differences), and the regularisers against
hand-worked numbers.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from training_rows import circle_rows

from actviz.core import training as T


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
