"""The value of a step at exactly 0, where a formula's step and the catalogue must agree.

References: the documented conventions. relu′(0) = 0, as PyTorch returns (the catalogue's relu
has the same derivative at 0); heaviside(0) = 1, like the catalogue's binary step. At 0 the two
sides give 0 and 1, so any other value (½, sympy's default, or 2) is neither side.
"""

from __future__ import annotations

import numpy as np

import actviz.core as core
from actviz.core import parse_activation


def test_relu_derivative_at_zero_is_zero_like_pytorch() -> None:
    xs = np.array([-1.0, -0.0, 0.0, 1.0])
    assert parse_activation("relu(x)").derivative(xs).tolist() == [0.0, 0.0, 0.0, 1.0]
    assert core.get("relu").derivative(0.0) == 0.0
    assert parse_activation("relu(x - 2)").derivative(2.0) == 0.0  # at its own switch
    assert parse_activation("relu(x)^2").derivative(np.array([0.0, 3.0])).tolist() == [0.0, 6.0]


def test_heaviside_is_one_at_zero_like_the_binary_step() -> None:
    xs = np.array([-1.0, 0.0, 1.0])
    typed = parse_activation("heaviside(x)")
    assert typed.forward(xs).tolist() == core.get("binary_step").forward(xs).tolist() == [0, 1, 1]
    assert parse_activation("heaviside(x - 2)").forward(2.0) == 1.0
    # the product rule: (x·H(x))′ = H(x) + x·δ(x), and x·δ(x) = 0, so the slope at 0 is H(0) = 1
    assert parse_activation("x * heaviside(x)").derivative(0.0) == 1.0
