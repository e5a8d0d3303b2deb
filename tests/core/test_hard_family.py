"""Closed-form checks of hardtanh, hardsigmoid and hardswish, including autograd's corner values."""

from __future__ import annotations

import numpy as np
import pytest

import actviz.core as core
from actviz.core.params import Kink


def f(key: str, x: float | list[float], **params: float) -> np.ndarray:
    return core.get(key).forward(np.asarray(x, dtype=float), **params)


def df(key: str, x: float | list[float], **params: float) -> np.ndarray:
    return core.get(key).derivative(np.asarray(x, dtype=float), **params)


def test_hardtanh_clips_to_its_bounds_with_zero_slope_at_them() -> None:
    x = [-5.0, -1.0, -0.999, 0.3, 1.0, 5.0]
    np.testing.assert_array_equal(f("hardtanh", x), [-1.0, -1.0, -0.999, 0.3, 1.0, 1.0])
    np.testing.assert_array_equal(df("hardtanh", x), [0.0, 0.0, 1.0, 1.0, 0.0, 0.0])
    assert core.get("hardtanh").kinks() == (Kink(-1.0), Kink(1.0))


def test_hardtanh_with_bounds_zero_and_six_is_relu6() -> None:
    x = np.linspace(-12.0, 12.0, 241)
    np.testing.assert_array_equal(f("hardtanh", x, min_val=0.0, max_val=6.0), f("relu6", x))
    np.testing.assert_array_equal(df("hardtanh", x, min_val=0.0, max_val=6.0), df("relu6", x))


def test_hardtanh_refuses_an_empty_interval_naming_both_bounds() -> None:
    with pytest.raises(ValueError, match="max_val > min_val"):
        f("hardtanh", 0.0, min_val=0.0, max_val=0.0)


def test_hardsigmoid_is_a_ramp_of_slope_one_sixth() -> None:
    x = [-4.0, -3.0, 0.0, 1.5, 3.0, 4.0]
    np.testing.assert_allclose(f("hardsigmoid", x), [0.0, 0.0, 0.5, 0.75, 1.0, 1.0], rtol=1e-15)
    # Exactly 1/6 in float64 (PyTorch's backward uses a float32 1/6), and 0 at the corners.
    np.testing.assert_array_equal(df("hardsigmoid", x), [0.0, 0.0, 1 / 6, 1 / 6, 0.0, 0.0])
    assert core.get("hardsigmoid").kinks() == (Kink(-3.0), Kink(3.0))


def test_hardswish_closed_form_and_its_minimum() -> None:
    x = [-4.0, -3.0, -1.5, 0.0, 1.0, 3.0, 4.0]
    expected = [0.0, 0.0, -0.375, 0.0, 2.0 / 3.0, 3.0, 4.0]
    np.testing.assert_allclose(f("hardswish", x), expected, rtol=1e-15, atol=0.0)
    # f' = x/3 + 1/2 inside; autograd: 0 at x = -3, 1 at x = 3; the minimum is at -3/2.
    np.testing.assert_allclose(df("hardswish", x), [0.0, 0.0, 0.0, 0.5, 5 / 6, 1.0, 1.0])
    assert f("hardswish", np.linspace(-12, 12, 24001)).min() == pytest.approx(-0.375)


def test_hardswish_is_x_far_right_without_overflow() -> None:
    assert f("hardswish", 1e308) == 1e308  # x·6/6 would overflow to inf
