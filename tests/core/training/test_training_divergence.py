"""Divergence is a state, never a warning (the suite turns warnings into errors): a diverging
epoch is quiet and reported, and no finite input makes numpy warn.
"""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from training_rows import circle_rows

from actviz.core import training as T


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
