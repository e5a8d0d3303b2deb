"""Activation families at float edges, against closed forms: squareplus(0) = sqrt(b) / 2, SELU and
softplus at the top of the float range (f(x) = scale·x overflows to inf; softplus is x itself
above its threshold) without numpy warnings, kink positions as +0.0 (not -0.0) for a zero-width
dead zone, the hardtanh refusal naming both values, and one neuron's z = sum(w_i x_i) + b."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest

from actviz import core
from actviz.core.neuron import forward_backward


@pytest.mark.parametrize("b", [float(v) for v in np.linspace(0.01, 20.0, 41)])
def test_squareplus_at_zero_is_half_the_root_of_b(b: float) -> None:
    assert core.get("squareplus").forward(0.0, b=b) == math.sqrt(b) / 2.0  # halving is exact


def test_huge_inputs_give_their_limits_without_warnings() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert core.get("selu").forward(1.75e308) == math.inf  # 1.0507 * 1.75e308 > max float
        assert core.get("softplus").forward(1.5e308, beta=1.5) == 1.5e308
        assert core.get("softplus").forward(1.5e308, beta=2.0) == 1.5e308


@pytest.mark.parametrize("key", ["softshrink", "hardshrink"])
def test_a_zero_width_dead_zone_has_one_kink_at_plus_zero(key: str) -> None:
    kinks = core.get(key).kinks(lambd=0.0)
    assert len(kinks) == 1 and kinks[0].x == 0.0
    assert math.copysign(1.0, kinks[0].x) == 1.0


def test_hardtanh_refusal_names_both_values() -> None:
    with pytest.raises(ValueError, match=r"min_val = 0, max_val = 0$"):
        core.get("hardtanh").forward(0.5, min_val=0.0, max_val=0.0)


def test_neuron_adds_the_bias() -> None:
    result = forward_backward([1.0, 2.0], [3.0, -0.5], 0.25, "relu")
    np.testing.assert_array_equal(result.products, [3.0, -1.0])
    assert result.z == 2.25 and result.a == 2.25
