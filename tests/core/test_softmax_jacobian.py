"""The Jacobians of softmax, log-softmax and softmin: central finite differences, the two-class
closed form, and finite, symmetric, zero-sum rows at extreme logits.
"""

from __future__ import annotations

import importlib
import math

import numpy as np
import pytest
from scipy.special import expit
from softmax_reference import (
    EXTREME_CASES,
    finite_difference_jacobian,
)

# ``actviz.core.softmax`` the attribute is the function (re-exported); this is the module.
sm = importlib.import_module("actviz.core.softmax")


@pytest.mark.parametrize("mode", sm.MODES)
@pytest.mark.parametrize("t", [0.3, 1.0, 4.0])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_jacobian_matches_central_differences(mode, t, seed):
    z = np.random.default_rng(seed).normal(0.0, 2.0, size=2 + seed * 3)
    want = finite_difference_jacobian(lambda v: sm.transform(v, t, mode), z)
    got = sm.transform_jacobian(z, t, mode)
    # central differences of values near 10 lose about 1e-16 * 10 / h = 1e-9 to rounding
    np.testing.assert_allclose(got, want, rtol=1e-6, atol=1e-8)


def test_softmax_jacobian_closed_form_for_two_classes():
    # p = sigma(d/T) with d = z0 - z1, so dp0/dz0 = sigma(d/T) sigma(-d/T) / T.
    z0, z1, t = 1.5, -0.5, 0.7
    s = expit((z0 - z1) / t) * expit((z1 - z0) / t) / t
    np.testing.assert_allclose(sm.softmax_jacobian([z0, z1], t), [[s, -s], [-s, s]], rtol=1e-14)


def test_jacobian_diagonal_is_exact_for_a_near_certain_class():
    # p0 (1 - p0) with 1 - p0 = e^-40 / (1 + e^-40): p - p*p would give 0.
    jac = sm.softmax_jacobian([0.0, -40.0])
    tail = math.exp(-40.0) / (1.0 + math.exp(-40.0))
    assert jac[0, 0] == pytest.approx(tail / (1.0 + math.exp(-40.0)), rel=1e-14, abs=0.0)


@pytest.mark.parametrize(("z", "t"), EXTREME_CASES)
def test_jacobians_finite_symmetric_and_rows_sum_to_zero_at_extremes(z, t):
    jac = sm.softmax_jacobian(z, t)
    assert np.all(np.isfinite(jac))
    np.testing.assert_array_equal(jac, jac.T)
    np.testing.assert_allclose(jac.sum(axis=1), 0.0, atol=1e-12 / t)
    assert np.max(np.abs(jac)) <= 0.25 / t * (1 + 1e-15)
    log_jac = sm.log_softmax_jacobian(z, t)
    assert np.all(np.isfinite(log_jac))
    np.testing.assert_allclose(log_jac.sum(axis=1), 0.0, atol=1e-12 / t)


def test_softmin_jacobian_is_minus_softmax_jacobian_of_minus_z():
    z = np.array([0.2, -1.0, 3.0])
    np.testing.assert_allclose(sm.softmin_jacobian(z, 0.5), -sm.softmax_jacobian(-z, 0.5), rtol=0)
