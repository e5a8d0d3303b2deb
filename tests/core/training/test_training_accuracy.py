"""Accuracy against its docstring, on a network small enough to work out by hand.

"Share of rows classified right: the sign of a tanh or identity output against labels -1/+1, or a
sigmoid output >= 1/2 against labels 0/1. A NaN output counts as wrong." The network is one input,
one hidden leaky-ReLU unit of negative slope 1 (the catalogue's tooltip: "1 gives the identity"),
and an output bias of 1/2, so the output layer's z is x + 1/2: hand-computable, with z = 0 (the
threshold itself: sigmoid 1/2, tanh 0) reached exactly at x = -1/2.
"""

from __future__ import annotations

import math

import pytest

from actviz.core import training as T

WEIGHTS = [[[1.0]], [[1.0]]]
BIASES = [[0.0], [0.5]]
IDENTITY_SLOPE = {"negative_slope": 1.0}
X = [[-0.5], [1.5], [-2.5], [-1.0]]  # z = 0, 2, -2, -1/2
NAN_WEIGHTS = [[[1.0]], [[math.nan]]]  # a diverged network: every output is NaN


def accuracy(y: list[float], output: str, weights: object = WEIGHTS) -> float:
    return T.accuracy(weights, BIASES, X, y, "leaky_relu", IDENTITY_SLOPE, output=output)  # type: ignore[arg-type]


def test_a_sigmoid_output_of_one_half_or_more_is_class_1() -> None:
    # sigmoid(z) >= 1/2 exactly when z >= 0: guesses 1 (z = 0 is on the threshold), 1, 0, 0.
    assert accuracy([1.0, 1.0, 0.0, 1.0], "sigmoid") == 0.75
    assert accuracy([0.0, 0.0, 1.0, 0.0], "sigmoid") == 0.25
    assert accuracy([1.0, 1.0, 0.0, 0.0], "sigmoid") == 1.0


@pytest.mark.parametrize("output", ["tanh", "identity"])
def test_the_sign_of_a_tanh_or_identity_output_is_the_class(output: str) -> None:
    # tanh(z) and z have z's sign; z = 0 counts as +1: guesses +1, +1, -1, -1.
    assert accuracy([1.0, 1.0, -1.0, 1.0], output) == 0.75
    assert accuracy([-1.0, -1.0, 1.0, -1.0], output) == 0.25
    assert accuracy([1.0, 1.0, -1.0, -1.0], output) == 1.0


@pytest.mark.parametrize(
    ("output", "labels"),
    [("sigmoid", [1.0, 1.0, 0.0, 0.0]), ("tanh", [1.0, 1.0, -1.0, -1.0])],
)
def test_a_nan_output_counts_as_wrong(output: str, labels: list[float]) -> None:
    assert accuracy(labels, output, NAN_WEIGHTS) == 0.0


def test_the_hidden_activations_params_are_used() -> None:
    # With the default slope 0.01 the hidden unit gives x/100 for x < 0, so z > 0 on every row
    # and all four guesses are class 1: the labels that are right for slope 1 score only 1/2.
    default = T.accuracy(WEIGHTS, BIASES, X, [1.0, 1.0, 0.0, 0.0], "leaky_relu", output="sigmoid")
    assert default == 0.5
    assert accuracy([1.0, 1.0, 0.0, 0.0], "sigmoid") == 1.0


def test_labels_of_the_wrong_length_are_named_y() -> None:
    with pytest.raises(ValueError, match=r"^y must have shape \(4,\), got \(3,\)"):
        accuracy([1.0, 1.0, 0.0], "sigmoid")
