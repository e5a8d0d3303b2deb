"""Hypothesis properties of softmax, log-softmax, entropy, the Jacobian and the naive formula.

Warnings are errors (pyproject), so every example also proves that no numpy RuntimeWarning escapes.
"""

from __future__ import annotations

import importlib
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

# ``actviz.core.softmax`` the attribute is the function (re-exported); this is the module.
sm = importlib.import_module("actviz.core.softmax")


logit_vectors = arrays(
    np.float64,
    st.integers(1, 12),
    elements=st.floats(-1e300, 1e300, allow_nan=False, allow_infinity=False),
)
moderate_vectors = arrays(
    np.float64, st.integers(2, 12), elements=st.floats(-50, 50, allow_nan=False)
)
temperatures = st.floats(1e-3, 1e3)


@settings(max_examples=200, deadline=None)
@given(logit_vectors, temperatures, st.sampled_from(["softmax", "softmin"]))
def test_rows_sum_to_one_and_stay_in_the_unit_interval(z, t, mode):
    p = sm.transform(z, t, mode)
    assert np.all((p >= 0.0) & (p <= 1.0))
    assert math.isclose(float(np.sum(p)), 1.0, rel_tol=1e-13)


@settings(max_examples=200, deadline=None)
@given(logit_vectors, temperatures)
def test_log_softmax_is_log_of_softmax_where_representable(z, t):
    p = sm.softmax(z, t)
    log_p = sm.log_softmax(z, t)
    assert np.all(log_p <= 0.0)
    shown = p > 1e-250  # log of a subnormal probability has lost its digits
    np.testing.assert_allclose(log_p[shown], np.log(p[shown]), rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(np.exp(log_p), p, rtol=1e-12, atol=1e-300)


@settings(max_examples=200, deadline=None)
@given(moderate_vectors, st.floats(-1e3, 1e3), st.floats(0.1, 10.0))
def test_invariant_to_adding_a_constant(z, c, t):
    np.testing.assert_allclose(sm.softmax(z + c, t), sm.softmax(z, t), rtol=1e-9, atol=1e-12)


@settings(max_examples=100, deadline=None)
@given(moderate_vectors)
def test_low_temperature_tends_to_one_hot_of_the_arg_max(z):
    top = int(np.argmax(z))
    gap = np.max(z) - np.max(np.delete(z, top))
    if gap < 1e-3:
        return  # a (near) tie has no single winner
    p = sm.softmax(z, 1e-5)
    np.testing.assert_allclose(p, np.eye(z.size)[top], atol=1e-12)


@settings(max_examples=100, deadline=None)
@given(moderate_vectors)
def test_high_temperature_tends_to_uniform(z):
    p = sm.softmax(z, 1e12)
    np.testing.assert_allclose(p, np.full(z.size, 1.0 / z.size), rtol=1e-9)
    assert sm.entropy_fraction(p) == pytest.approx(1.0, rel=1e-9)


@settings(max_examples=100, deadline=None)
@given(moderate_vectors, st.floats(0.05, 20.0))
def test_entropy_is_between_zero_and_log_n(z, t):
    p = sm.softmax(z, t)
    h = sm.entropy_bits(p)
    assert -1e-12 <= h <= math.log2(z.size) + 1e-12
    assert sm.entropy(p) == pytest.approx(h * math.log(2.0), rel=1e-12, abs=1e-300)


@settings(max_examples=100, deadline=None)
@given(moderate_vectors, st.floats(0.05, 20.0))
def test_softmax_jacobian_properties(z, t):
    jac = sm.softmax_jacobian(z, t)
    p = sm.softmax(z, t)
    # 1 - p_i as the sum of the other probabilities: 1 - p itself cancels when p_i is near 1
    others = (1.0 - np.eye(z.size)) @ p
    np.testing.assert_allclose(np.diag(jac), p * others / t, rtol=1e-12, atol=1e-300)
    np.testing.assert_allclose(jac.sum(axis=0), 0.0, atol=1e-12 / t)
    # positive semi-definite: z^T J z >= 0 for every direction
    assert np.min(np.linalg.eigvalsh(jac)) >= -1e-12 / t


@settings(max_examples=200, deadline=None)
@given(logit_vectors, st.floats(1e-6, 1e6), st.sampled_from(sm.MODES))
def test_naive_never_warns_and_agrees_with_stable_when_nothing_failed(z, t, mode):
    naive = sm.naive_transform(z, t, mode)
    if not naive.failed and not naive.underflowed.any():
        np.testing.assert_allclose(naive.output, sm.transform(z, t, mode), rtol=1e-9, atol=1e-12)
