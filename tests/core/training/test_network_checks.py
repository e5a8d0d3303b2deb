"""check_network and check_inputs: what they return and the exact refusal of each bad shape.

Reference: their docstrings (weights and biases come back as float64 arrays whose shapes chain:
weights[i] is (fan_in, fan_out), biases[i] has fan_out entries, weights[i] takes as many inputs
as layer i - 1 has units; x comes back as finite float64 rows with one column per network input)
and the shapes worked out by hand for each case.
"""

from __future__ import annotations

import numpy as np
import pytest

from actviz.core.training.mlp import check_inputs, check_network


def test_integer_lists_come_back_as_float64() -> None:
    ws, bs = check_network([[[1, 2], [3, 4]], [[5], [6]]], [[0, 1], [2]])
    assert [w.dtype for w in ws] == [np.float64, np.float64]
    assert [b.dtype for b in bs] == [np.float64, np.float64]
    assert ws[1].tolist() == [[5.0], [6.0]] and bs[0].tolist() == [0.0, 1.0]
    x = check_inputs([[1, 2]], ws)
    assert x.dtype == np.float64 and x.tolist() == [[1.0, 2.0]]


@pytest.mark.parametrize(
    ("weights", "biases", "message"),
    [
        (
            [[1.0, 2.0]],
            [[0.0]],
            "weights[0] must be a non-empty (fan_in, fan_out) matrix, got (2,)",
        ),
        (
            [np.zeros((0, 3))],
            [np.zeros(3)],
            "weights[0] must be a non-empty (fan_in, fan_out) matrix, got (0, 3)",
        ),
        (
            [np.zeros((2, 3)), np.zeros((4, 1))],
            [np.zeros(3), np.zeros(1)],
            "weights[1] takes 4 inputs but layer 0 has 3 units",
        ),
        (
            [np.zeros((2, 3)), np.zeros((3, 5)), np.zeros((6, 1))],
            [np.zeros(3), np.zeros(5), np.zeros(1)],
            "weights[2] takes 6 inputs but layer 1 has 5 units",
        ),
    ],
)
def test_bad_shapes_are_refused_with_their_message(
    weights: list[object], biases: list[object], message: str
) -> None:
    with pytest.raises(ValueError) as refused:
        check_network(weights, biases)  # type: ignore[arg-type]
    assert str(refused.value) == message


def test_inputs_with_the_wrong_columns_name_x() -> None:
    ws, _ = check_network([np.zeros((2, 1))], [np.zeros(1)])
    with pytest.raises(ValueError) as refused:
        check_inputs([[1.0, 2.0, 3.0]], ws)
    assert str(refused.value) == "x must have shape (n, 2) with n ≥ 1, got (1, 3)"
