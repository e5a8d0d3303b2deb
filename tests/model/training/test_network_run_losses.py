"""NetworkRun.losses against a forward pass by hand, as the spec and the data change between calls.

Reference: the network's definition (a layer maps rows h to f(h W + b); the output unit is tanh; the
loss is the mean of 1/2 (output - target)^2), computed here with plain numpy for a 2-3-1 network
with whole-number weights and leaky ReLU, whose negative slope is the parameter under test. The
run keeps a prepared copy of the spec's activations and the data's features between calls: each
call must answer for the spec and data it is given, never for the ones of the call before.
"""

from __future__ import annotations

import math

import numpy as np

from actviz.model.training.data import DataSplit
from actviz.model.training.run import NetworkRun
from actviz.model.training.spec import NetworkSpec

W1 = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
B1 = np.array([0.0, 0.5, -0.5])
W2 = np.array([[1.0], [0.0], [-1.0]])
B2 = np.array([0.25])


def spec(slope: float) -> NetworkSpec:
    return NetworkSpec(
        features=("x1", "x2"), hidden=(3,), keys=("leaky_relu",),
        params=({"negative_slope": slope},),
        init="playground", seed=0, output="tanh", loss="square",
        learning_rate=0.03, batch_size=10, regularization="none", reg_rate=0.0,
    )  # fmt: skip


def split(train: list[list[float]], test: list[list[float]]) -> DataSplit:
    train_x = np.array(train, dtype=np.float64).reshape(-1, 3)
    test_x = np.array(test, dtype=np.float64).reshape(-1, 3)
    return DataSplit(
        train_x[:, :2], train_x[:, 2], test_x[:, :2], test_x[:, 2], regression=False
    )


def by_hand(rows: list[list[float]], slope: float) -> float:
    points = np.array(rows, dtype=np.float64)
    z = points[:, :2] @ W1 + B1
    hidden = np.where(z > 0, z, slope * z)
    output = np.tanh(hidden @ W2 + B2)[:, 0]
    return float(np.mean(0.5 * (output - points[:, 2]) ** 2))


def run_with_hand_weights() -> NetworkRun:
    run = NetworkRun(spec(0.2))
    state = {"weights": [W1, W2], "biases": [B1, B2], "history": [], "diverged_at": None}
    run.apply_state(state, spec(0.2))
    return run


# every hidden unit negative for these points: the slope decides the output
NEGATIVE = [[-1.0, -0.5, 1.0], [-0.5, -1.0, -1.0]]
MIXED = [[0.5, -0.25, 1.0], [-0.25, 0.5, -1.0], [0.1, 0.1, 1.0]]


def test_the_losses_use_the_activation_parameter_of_the_spec() -> None:
    run = run_with_hand_weights()
    data = split(NEGATIVE, MIXED)
    train, test = run.losses(spec(0.2), data)
    assert math.isclose(train, by_hand(NEGATIVE, 0.2), rel_tol=1e-12)
    assert test is not None and math.isclose(test, by_hand(MIXED, 0.2), rel_tol=1e-12)
    assert not math.isclose(by_hand(NEGATIVE, 0.2), by_hand(NEGATIVE, 0.01))  # the check can fail


def test_a_changed_spec_on_the_same_data_is_answered_for_the_new_spec() -> None:
    run = run_with_hand_weights()
    data = split(NEGATIVE, [])
    run.losses(spec(0.2), data)
    train, test = run.losses(spec(0.5), data)
    assert math.isclose(train, by_hand(NEGATIVE, 0.5), rel_tol=1e-12) and test is None
    train_again, _ = run.losses(spec(0.2), data)
    assert math.isclose(train_again, by_hand(NEGATIVE, 0.2), rel_tol=1e-12)


def test_new_data_under_the_same_spec_is_answered_for_the_new_data() -> None:
    run = run_with_hand_weights()
    run.losses(spec(0.2), split(NEGATIVE, []))
    train, _ = run.losses(spec(0.2), split(MIXED, []))
    assert math.isclose(train, by_hand(MIXED, 0.2), rel_tol=1e-12)


def test_without_training_points_the_training_loss_is_nan_and_nothing_warns() -> None:
    train, test = run_with_hand_weights().losses(spec(0.2), split([], MIXED))
    assert math.isnan(train)
    assert test is not None and math.isclose(test, by_hand(MIXED, 0.2), rel_tol=1e-12)
