"""Closed-form checks of the ReLU family at chosen points, including autograd's value at corners.

Expected numbers are worked out by hand or with ``math``/``decimal``, not by the code under test.
"""

from __future__ import annotations

import math
from decimal import Decimal, getcontext

import numpy as np
import pytest

import actviz.core as core
from actviz.core.params import Kink

getcontext().prec = 50

# Published in Klambauer et al. (2017), eq. 14.
SELU_LAMBDA = 1.0507009873554804934193349852946
SELU_ALPHA = 1.6732632423543772848170429916717


def f(key: str, x: float | list[float], **params: float) -> np.ndarray:
    return core.get(key).forward(np.asarray(x, dtype=float), **params)


def df(key: str, x: float | list[float], **params: float) -> np.ndarray:
    return core.get(key).derivative(np.asarray(x, dtype=float), **params)


def test_relu_values_and_autograd_zero_at_the_corner() -> None:
    np.testing.assert_array_equal(f("relu", [-2.0, 0.0, 3.5]), [0.0, 0.0, 3.5])
    np.testing.assert_array_equal(df("relu", [-2.0, 0.0, 3.5]), [0.0, 0.0, 1.0])


def test_relu6_caps_at_six_with_zero_slope_at_both_corners() -> None:
    np.testing.assert_array_equal(f("relu6", [-1.0, 0.0, 3.0, 6.0, 7.0, 1e308]), [0, 0, 3, 6, 6, 6])
    np.testing.assert_array_equal(df("relu6", [-1.0, 0.0, 3.0, 6.0, 7.0]), [0, 0, 1, 0, 0])
    assert core.get("relu6").kinks() == (Kink(0.0), Kink(6.0))


@pytest.mark.parametrize(("key", "slope", "params"), [
    ("leaky_relu", 0.01, {}),
    ("leaky_relu", 0.3, {"negative_slope": 0.3}),
    ("prelu", 0.25, {}),
    ("prelu", 0.7, {"weight": 0.7}),
    ("rrelu", (1 / 8 + 1 / 3) / 2, {}),
    ("rrelu", 0.3, {"lower": 0.2, "upper": 0.4}),
    ("rrelu", 0.5, {"lower": 0.5, "upper": 0.5}),
])  # fmt: skip
def test_leaky_variants_scale_the_negative_side_and_use_the_slope_at_zero(
    key: str, slope: float, params: dict[str, float]
) -> None:
    np.testing.assert_allclose(f(key, [-4.0, 0.0, 2.0], **params), [-4 * slope, 0.0, 2.0])
    np.testing.assert_allclose(df(key, [-4.0, 0.0, 2.0], **params), [slope, slope, 1.0])
    assert core.get(key).kinks(**params) == (Kink(0.0),)


def test_rrelu_default_slope_is_eleven_forty_eighths() -> None:
    assert f("rrelu", -48.0) == pytest.approx(-11.0)


def test_rrelu_rejects_lower_above_upper_naming_both() -> None:
    with pytest.raises(ValueError, match=r"lower.*upper"):
        f("rrelu", 1.0, lower=0.5, upper=0.2)


def test_zero_slope_gives_zero_not_nan_at_minus_infinity() -> None:
    # 0 * -inf is NaN (with a warning); the limit of the function is 0.
    assert f("leaky_relu", -np.inf, negative_slope=0.0) == 0.0
    assert f("leaky_relu", -np.inf, negative_slope=0.5) == -np.inf
    assert f("rrelu", -np.inf, lower=0.0, upper=0.0) == 0.0


@pytest.mark.parametrize("alpha", [0.1, 1.0, 2.0, 5.0])
def test_elu_closed_form(alpha: float) -> None:
    x = [-3.0, -1.0, 0.0, 2.0]
    expected = [alpha * math.expm1(-3.0), alpha * math.expm1(-1.0), 0.0, 2.0]
    np.testing.assert_allclose(f("elu", x, alpha=alpha), expected, rtol=1e-15)
    expected_slope = [alpha * math.exp(-3.0), alpha * math.exp(-1.0), alpha, 1.0]
    np.testing.assert_allclose(df("elu", x, alpha=alpha), expected_slope, rtol=1e-15)
    assert f("elu", -np.inf, alpha=alpha) == -alpha


def test_elu_keeps_full_precision_near_zero() -> None:
    # exp(x) - 1 would give 0 (or a few correct digits) here; expm1 keeps all of them.
    for x in (-1e-20, -1e-10, -1e-5):
        exact = Decimal(2) * (Decimal(x).exp() - 1)
        assert f("elu", x, alpha=2.0) == pytest.approx(float(exact), rel=1e-15)


def test_elu_has_a_corner_only_when_alpha_is_not_one() -> None:
    assert core.get("elu").kinks() == ()
    assert core.get("elu").kinks(alpha=2.0) == (Kink(0.0),)


def test_selu_uses_the_published_constants() -> None:
    assert f("selu", 1.0) == pytest.approx(SELU_LAMBDA, rel=1e-15)
    assert f("selu", -np.inf) == pytest.approx(-SELU_LAMBDA * SELU_ALPHA, rel=1e-15)
    assert f("selu", -1.0) == pytest.approx(SELU_LAMBDA * SELU_ALPHA * math.expm1(-1), rel=1e-15)
    # autograd takes the left branch at the corner: λα ≈ 1.7581.
    assert df("selu", 0.0) == pytest.approx(SELU_LAMBDA * SELU_ALPHA, rel=1e-15)
    assert df("selu", 1e-300) == pytest.approx(SELU_LAMBDA, rel=1e-15)


def test_selu_keeps_a_standard_normal_input_standard() -> None:
    """The self-normalising fixed point: for z ~ N(0, 1), E[selu(z)] = 0 and E[selu(z)²] = 1."""
    from scipy.integrate import quad

    def moment(power: int) -> float:
        def integrand(z: float) -> float:
            return float(f("selu", z)) ** power * math.exp(-z * z / 2) / math.sqrt(2 * math.pi)

        return quad(integrand, -np.inf, 0.0)[0] + quad(integrand, 0.0, np.inf)[0]

    assert moment(1) == pytest.approx(0.0, abs=1e-9)
    assert moment(2) == pytest.approx(1.0, rel=1e-9)


def test_selu_does_not_overflow_below_the_largest_float() -> None:
    assert f("selu", 1e308) == pytest.approx(SELU_LAMBDA * 1e308, rel=1e-15)


@pytest.mark.parametrize("alpha", [0.1, 0.5, 1.0, 3.0, 5.0])
def test_celu_closed_form_and_unit_slope_at_zero(alpha: float) -> None:
    x = [-2.0, 0.0, 1.5]
    expected = [alpha * math.expm1(-2.0 / alpha), 0.0, 1.5]
    np.testing.assert_allclose(f("celu", x, alpha=alpha), expected, rtol=1e-14)
    assert df("celu", 0.0, alpha=alpha) == 1.0
    assert df("celu", -1e-12, alpha=alpha) == pytest.approx(1.0, rel=1e-10)  # no corner
    assert df("celu", -2.0, alpha=alpha) == pytest.approx(math.exp(-2.0 / alpha), rel=1e-14)
    assert f("celu", -1e308, alpha=alpha) == -alpha
    assert core.get("celu").kinks(alpha=alpha) == ()
    positive = [5e-324, 1e-9, 0.5, 1.0, 2.0, 1e308]  # the linear part: slope exactly 1
    np.testing.assert_array_equal(df("celu", positive, alpha=alpha), np.ones(len(positive)))
    assert np.isnan(df("celu", math.nan, alpha=alpha))


def test_celu_with_alpha_one_is_elu() -> None:
    x = np.linspace(-12.0, 12.0, 241)
    np.testing.assert_array_equal(f("celu", x), f("elu", x))


def test_threshold_replaces_inputs_at_or_below_it() -> None:
    params = {"threshold": 1.0, "value": -2.0}
    x = [0.0, 1.0, 1.0 + 1e-12, 3.0]
    np.testing.assert_array_equal(f("threshold", x, **params), [-2.0, -2.0, 1.0 + 1e-12, 3.0])
    # autograd: 0 at x == threshold, 1 above it.
    np.testing.assert_array_equal(df("threshold", x, **params), [0.0, 0.0, 1.0, 1.0])
    assert core.get("threshold").kinks(**params) == (Kink(1.0, "jump"),)


def test_threshold_with_value_equal_to_threshold_has_a_corner_not_a_jump() -> None:
    assert core.get("threshold").kinks(threshold=2.0, value=2.0) == (Kink(2.0, "kink"),)
    x = np.linspace(-12.0, 12.0, 241)
    np.testing.assert_array_equal(f("threshold", x, threshold=0.0, value=0.0), f("relu", x))


def test_threshold_is_a_corner_when_the_value_meets_the_threshold_and_a_jump_otherwise():
    act = core.get("threshold")
    assert act.kinks(threshold=1.5, value=1.5) == (Kink(1.5, "kink"),)
    assert act.kinks(threshold=1.5, value=-2.0) == (Kink(1.5, "jump"),)


def test_rrelu_refuses_lower_above_upper_naming_both_values() -> None:
    """The message is the catalogue's text (the autouse check looks it up with its context)."""
    with pytest.raises(ValueError) as refusal:
        f("rrelu", 1.0, lower=0.5, upper=0.25)
    assert str(refusal.value) == "rrelu needs lower ≤ upper, got lower = 0.5 > upper = 0.25"
