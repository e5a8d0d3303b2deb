"""The training kernel on networks small enough to work by hand: one input, one hidden unit (or
none), one output. Losses from the docstring formulas (1/2 (out - y)^2, softplus(z) - y z), the
L1 gradient sign(w) with 0 at w = 0, the unit-activity thresholds exactly at their documented
edges (|f'| < 0.01 on at least 90% of points), and refusals naming the bad argument."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest

from actviz.core.training.activity import unit_activity
from actviz.core.training.mlp import (
    check_targets,
    forward_layers,
    loss_and_grads,
    mean_loss,
)

# x -> h = f(1 * x + 0) -> out = 1 * h + 0
HIDDEN = ([[[1.0]], [[1.0]]], [[0.0], [0.0]])


def test_hidden_params_reach_the_loss() -> None:
    # leaky ReLU with slope 0.5 at x = -2: h = -1, out = -1, loss 1/2 (-1 - 0)^2
    value = mean_loss(*HIDDEN, [[-2.0]], [0.0], "leaky_relu", {"negative_slope": 0.5},
                      output="identity")  # fmt: skip
    assert value == pytest.approx(0.5, rel=1e-15)


def test_bce_loss_by_hand() -> None:
    # no hidden layer: z = 2 * 1 + 0.5 = 2.5; bce = softplus(2.5) - 1 * 2.5
    expected = math.log1p(math.exp(2.5)) - 2.5
    value = mean_loss([[[2.0]]], [[0.5]], [[1.0]], [1.0], "relu", output="sigmoid", loss="bce")
    assert value == pytest.approx(expected, rel=1e-14)


def test_mean_loss_refuses_bce_targets_outside_0_1() -> None:
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        mean_loss([[[1.0]]], [[0.0]], [[1.0]], [2.0], "relu", output="sigmoid", loss="bce")
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        check_targets([1.5], 1, 1, "bce")


def test_a_diverged_network_gives_a_loss_without_warnings() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        value = mean_loss([[[1e200]], [[1e200]]], [[0.0], [0.0]], [[1e200]], [0.0], "relu",
                          output="identity")  # fmt: skip
    assert value == math.inf


def test_targets_come_back_as_float64() -> None:
    ys = check_targets([1, 0], 2, 1, "square")
    assert ys.dtype == np.float64 and ys.shape == (2, 1)


def test_l1_gradient_is_zero_at_a_zero_weight() -> None:
    # no hidden layer, w = 0, b = 0, x = 1, y = 0: out = 0, so the data gradient is 0 and the
    # L1 term adds sign(0) = 0; at w = 2 it adds l1 * 1 to the data gradient x (out - y) = 2.
    _, dws, _ = loss_and_grads([[[0.0]]], [[0.0]], [[1.0]], [0.0], "relu", output="identity",
                               l1=0.25)  # fmt: skip
    assert dws[0][0, 0] == 0.0
    _, dws, _ = loss_and_grads([[[2.0]]], [[0.0]], [[1.0]], [0.0], "relu", output="identity",
                               l1=0.25)  # fmt: skip
    assert dws[0][0, 0] == pytest.approx(2.25, rel=1e-15)


@pytest.mark.parametrize(
    ("call", "pattern"),
    [
        (lambda: mean_loss([[[1.0]]], [[0.0]], [[1.0]], [0.0], "relu", output="bogus"),
         r"unknown output 'bogus'"),
        (lambda: mean_loss([[[1.0]]], [[0.0]], [[1.0]], [0.0], "relu", loss="bogus"),
         r"unknown loss 'bogus'"),
        (lambda: mean_loss([[[1.0]]], [[0.0]], [[1.0]], [0.0], "relu", output="tanh",
                           loss="bce"), r"got output 'tanh'$"),
        (lambda: forward_layers([[[1.0]]], [[0.0]], [[1.0]], "relu", output="bogus"),
         r"unknown output 'bogus'"),
        (lambda: loss_and_grads([[[1.0]]], [[0.0]], [[1.0]], [0.0], "relu", l1=-1.0), r"^l1 "),
        (lambda: loss_and_grads([[[1.0]]], [[0.0]], [[1.0]], [0.0], "relu", l2=-1.0), r"^l2 "),
    ],
)  # fmt: skip
def test_refusals_name_the_argument(call: object, pattern: str) -> None:
    with pytest.raises(ValueError, match=pattern):
        call()  # type: ignore[operator]


@pytest.mark.parametrize(
    ("slope", "negatives", "saturated"),
    [
        (0.005, 10, True),  # |f'| = 0.005 < 0.01 everywhere
        (0.01, 10, False),  # |f'| = 0.01 is not below 0.01
        (0.005, 9, True),  # below on exactly 90% of the points: "at least 90%"
        (0.005, 8, False),
    ],
)
def test_saturation_at_its_documented_edges(slope: float, negatives: int, saturated: bool) -> None:
    x = np.array([[-1.0]] * negatives + [[1.0]] * (10 - negatives))
    activity = unit_activity(*HIDDEN, x, "leaky_relu", {"negative_slope": slope})
    assert bool(activity.saturated[0][0]) is saturated
    assert not activity.dead[0][0]
