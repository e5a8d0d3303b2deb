"""Softmax, log-softmax and softmin values: closed forms, and the stable formula against a 60-digit
decimal reference at extreme logits and temperatures, non-finite logits included.

References are independent of the code under test (hypothesis properties:
test_softmax_properties.py). Warnings are errors (pyproject), so every call also proves that no
numpy RuntimeWarning escapes.
"""

from __future__ import annotations

import importlib
import math

import numpy as np
import pytest
from softmax_reference import (
    EXTREME_CASES,
    ref_log_softmax,
    ref_softmax,
)

# ``actviz.core.softmax`` the attribute is the function (re-exported); this is the module.
sm = importlib.import_module("actviz.core.softmax")


def test_closed_forms():
    np.testing.assert_allclose(sm.softmax([0.0, math.log(2.0)]), [1 / 3, 2 / 3], rtol=1e-15)
    np.testing.assert_allclose(sm.softmax([1.0, 1.0, 1.0, 1.0]), [0.25] * 4, rtol=0)
    # T = 2 halves the gap: e^(ln 4 / 2) = 2.
    np.testing.assert_allclose(sm.softmax([math.log(4.0), 0.0], 2.0), [2 / 3, 1 / 3], rtol=1e-15)
    np.testing.assert_allclose(sm.softmin([0.0, math.log(2.0)]), [2 / 3, 1 / 3], rtol=1e-15)
    np.testing.assert_allclose(sm.log_softmax([0.0, 0.0]), [-math.log(2)] * 2, rtol=1e-15)


@pytest.mark.parametrize(("z", "t"), EXTREME_CASES)
def test_softmax_matches_decimal_reference_at_extremes(z, t):
    got = sm.softmax(z, t)
    np.testing.assert_allclose(got, ref_softmax(z, t), rtol=1e-13, atol=1e-300)
    assert np.all(np.isfinite(got))
    assert math.isclose(float(np.sum(got)), 1.0, rel_tol=1e-15)


@pytest.mark.parametrize(("z", "t"), EXTREME_CASES)
def test_log_softmax_matches_decimal_reference_at_extremes(z, t):
    got = sm.log_softmax(z, t)
    want = ref_log_softmax(z, t)
    np.testing.assert_allclose(got, want, rtol=1e-13, atol=1e-300)


def test_log_softmax_keeps_the_tiny_gap_of_a_near_certain_class():
    # log(1 + e^-40) = 4.248e-18: a plain log(sum) rounds it to 0, log1p keeps it.
    got = sm.log_softmax([0.0, -40.0])
    assert got[0] == pytest.approx(-math.log1p(math.exp(-40.0)), rel=1e-14)


def test_log_softmax_below_the_smallest_float_is_minus_inf_without_warning():
    got = sm.log_softmax([1e306, -1e306], 1e-3)
    assert got[0] == 0.0 and got[1] == -np.inf


def test_shifted_exp_is_the_terms_of_the_stable_sum():
    z = np.array([2.0, 0.0, -1.0])
    got = sm.shifted_exp(z, 0.5)
    np.testing.assert_allclose(got, np.exp((z - 2.0) / 0.5), rtol=1e-15)
    np.testing.assert_allclose(sm.shifted_exp([1e300, 0.0]), [1.0, 0.0])


def test_softmax_along_another_axis():
    z = np.array([[0.0, 1.0], [math.log(2.0), 2.0]])
    got = sm.softmax(z, axis=0)
    np.testing.assert_allclose(got[:, 0], [1 / 3, 2 / 3], rtol=1e-15)
    np.testing.assert_allclose(np.sum(got, axis=0), [1.0, 1.0], rtol=1e-15)


def test_nan_makes_the_whole_row_nan_and_only_that_row():
    got = sm.softmax(np.array([[1.0, np.nan], [1.0, 2.0]]))
    assert np.all(np.isnan(got[0]))
    np.testing.assert_allclose(got[1], ref_softmax([1.0, 2.0]), rtol=1e-15)


def test_infinite_logits_take_their_limits():
    np.testing.assert_array_equal(sm.softmax([np.inf, 1.0, np.inf]), [0.5, 0.0, 0.5])
    np.testing.assert_array_equal(sm.softmax([-np.inf, 0.0]), [0.0, 1.0])
    np.testing.assert_array_equal(sm.log_softmax([-np.inf, 0.0]), [-np.inf, 0.0])
    assert np.all(np.isnan(sm.softmax([-np.inf, -np.inf])))


@pytest.mark.parametrize("mode", ["softmax", "softmin"])
def test_probabilities_use_the_temperature_in_either_mode(mode):
    z = np.array([1.0, 0.0, -1.0])
    sign = 1.0 if mode == "softmax" else -1.0
    for t in (0.5, 3.0):
        w = np.exp(sign * z / t)
        np.testing.assert_allclose(sm.probabilities(z, t, mode), w / w.sum(), rtol=1e-14)


@pytest.mark.parametrize("t", [5e-324, 1e-300])
def test_the_smallest_temperatures_give_no_warning(t):
    """Warnings are errors in the tests: a subnormal T overflows z/T, which must stay silent."""
    jac = sm.log_softmax_jacobian([0.0, 1.0], t)
    assert jac.shape == (2, 2) and not np.isnan(jac).any()
    curve = sm.one_vs_rest([0.0, 1.0], 0, [1e308, -1e308], t)
    np.testing.assert_array_equal(curve, [1.0, 0.0])
