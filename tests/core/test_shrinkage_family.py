"""Closed-form checks of softshrink, hardshrink and tanhshrink (against 50-digit decimals)."""

from __future__ import annotations

from decimal import Decimal, getcontext

import numpy as np
import pytest

import actviz.core as core
from actviz.core.params import Kink

getcontext().prec = 50


def f(key: str, x: float | list[float], **params: float) -> np.ndarray:
    return core.get(key).forward(np.asarray(x, dtype=float), **params)


def df(key: str, x: float | list[float], **params: float) -> np.ndarray:
    return core.get(key).derivative(np.asarray(x, dtype=float), **params)


def test_softshrink_moves_everything_lambda_towards_zero() -> None:
    x = [-2.0, -0.5, -0.2, 0.0, 0.5, 2.0]
    np.testing.assert_array_equal(f("softshrink", x), [-1.5, 0.0, 0.0, 0.0, 0.0, 1.5])
    np.testing.assert_array_equal(df("softshrink", x), [1.0, 0.0, 0.0, 0.0, 0.0, 1.0])
    assert core.get("softshrink").kinks() == (Kink(-0.5), Kink(0.5))
    np.testing.assert_array_equal(f("softshrink", [-3.0, 4.0], lambd=2.0), [-1.0, 2.0])


def test_hardshrink_keeps_or_kills_and_jumps_at_plus_minus_lambda() -> None:
    x = [-2.0, -0.5, -0.2, 0.0, 0.5, 0.5 + 1e-12, 2.0]
    np.testing.assert_array_equal(f("hardshrink", x), [-2.0, 0.0, 0.0, 0.0, 0.0, 0.5 + 1e-12, 2.0])
    np.testing.assert_array_equal(df("hardshrink", x), [1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0])
    assert core.get("hardshrink").kinks() == (Kink(-0.5, "jump"), Kink(0.5, "jump"))


@pytest.mark.parametrize("key", ["softshrink", "hardshrink"])
def test_zero_lambda_is_the_identity_but_autograd_gives_zero_at_zero(key: str) -> None:
    x = np.linspace(-3.0, 3.0, 61)
    np.testing.assert_array_equal(f(key, x, lambd=0.0), x)
    assert df(key, 0.0, lambd=0.0) == 0.0
    assert core.get(key).kinks(lambd=0.0) == (Kink(0.0),)


def _tanhshrink_exact(x: float) -> tuple[float, float]:
    e = (2 * Decimal(x)).exp()
    tanh = (e - 1) / (e + 1)
    return float(Decimal(x) - tanh), float(tanh * tanh)


@pytest.mark.parametrize(
    "x", [1e-8, 1e-3, 0.05, 0.0999, 0.1, 0.1001, 0.5, 1.0, 3.0, 20.0, -0.07, -2.5]
)
def test_tanhshrink_is_accurate_even_near_zero(x: float) -> None:
    # x - tanh(x) loses its digits to cancellation near 0 (it is about x³/3): computed directly
    # it has no correct digit below x ~ 1e-6. The series below 0.1 and the subtraction above it
    # are both good to ~3e-14 (the worst is just above 0.1: 3·eps/x²).
    value, slope = _tanhshrink_exact(x)
    assert f("tanhshrink", x) == pytest.approx(value, rel=5e-14)
    assert df("tanhshrink", x) == pytest.approx(slope, rel=1e-14)


def test_tanhshrink_of_a_tiny_input_is_its_cube_over_three() -> None:
    assert f("tanhshrink", 1e-100) == pytest.approx(float(Decimal("1e-100") ** 3 / 3), rel=1e-15)
    assert f("tanhshrink", -1e-100) == pytest.approx(-float(Decimal("1e-100") ** 3 / 3), rel=1e-15)
    assert f("tanhshrink", 1e-200) == 0.0  # x³/3 underflows
