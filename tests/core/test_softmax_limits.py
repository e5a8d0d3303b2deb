"""Softmax helpers at the limits: infinite and NaN logits in the Jacobians, the far tail of a
near-certain class, float32 input worked in float64, and the sign of a zero entropy.

References: the module's conventions for non-finite logits (+inf logits share the probability,
the others get 0; a NaN, or a row of only -inf, makes the row NaN) with J = (diag(p) - p p^T) / T
and the log-softmax Jacobian (delta_ij - p_j) / T worked by hand for those p; 1 - p of the largest
of two logits 40 apart is e^-40 / (1 + e^-40); entropy -sum p log p and the sigmoid
1 / (1 + e^-v) written with math over the float32 inputs' exact float64 values.
"""

from __future__ import annotations

import importlib
import math

import numpy as np
import pytest

# ``actviz.core.softmax`` the attribute is the function (re-exported); this is the module.
sm = importlib.import_module("actviz.core.softmax")

INF, NAN = math.inf, math.nan


@pytest.mark.parametrize("t", [1.0, 0.5])
def test_jacobians_at_two_infinite_logits_are_those_of_the_limit(t: float) -> None:
    """z = (+inf, +inf, 0): p = (1/2, 1/2, 0) wherever the two infinite logits stand."""
    quarter = np.array([[0.25, -0.25, 0.0], [-0.25, 0.25, 0.0], [0.0, 0.0, 0.0]]) / t
    np.testing.assert_array_equal(sm.softmax_jacobian([INF, INF, 0.0], t), quarter)
    order = [2, 0, 1]  # the same logits as (0, +inf, +inf)
    np.testing.assert_array_equal(
        sm.softmax_jacobian([0.0, INF, INF], t), quarter[np.ix_(order, order)]
    )
    log_jac = np.array([[0.5, -0.5, 0.0], [-0.5, 0.5, 0.0], [-0.5, -0.5, 1.0]]) / t
    np.testing.assert_array_equal(sm.log_softmax_jacobian([INF, INF, 0.0], t), log_jac)
    # softmin of (-inf, -inf, 0) is softmax of (+inf, +inf, 0), and its Jacobian is minus that
    np.testing.assert_array_equal(sm.softmin_jacobian([-INF, -INF, 0.0], t), -quarter)


@pytest.mark.parametrize("z", [[NAN, 1.0], [0.0, NAN, 2.0], [-INF, -INF], [-INF]])
def test_jacobians_of_a_row_without_a_limit_are_nan_and_quiet(z: list[float]) -> None:
    for jacobian in (sm.softmax_jacobian, sm.log_softmax_jacobian):
        assert np.all(np.isnan(jacobian(z))), jacobian.__name__


def test_the_far_tail_is_kept_wherever_the_near_certain_class_stands() -> None:
    """z = (-40, 0): p_0 = e^-40 / (1 + e^-40) = tail and 1 - p_1 = tail too (not 1 - 1 = 0)."""
    tail = math.exp(-40.0) / (1.0 + math.exp(-40.0))
    jac = sm.softmax_jacobian([-40.0, 0.0])
    assert jac[0, 0] == pytest.approx(tail * (1.0 - tail), rel=1e-14, abs=0.0)
    assert jac[1, 1] == pytest.approx((1.0 - tail) * tail, rel=1e-14, abs=0.0)
    log_jac = sm.log_softmax_jacobian([-40.0, 0.0])
    assert log_jac[0, 0] == pytest.approx(1.0 - tail, rel=1e-14)
    assert log_jac[1, 1] == pytest.approx(tail, rel=1e-14, abs=0.0)


def test_float32_probabilities_are_worked_in_float64() -> None:
    p = np.array([0.1, 0.2, 0.7], dtype=np.float32)
    exact = [float(v) for v in p]  # each float32 is exactly a float64
    want = -math.fsum(v * math.log(v) for v in exact)
    assert sm.entropy(p) == pytest.approx(want, rel=1e-15)
    assert sm.entropy_bits(p) == pytest.approx(want / math.log(2.0), rel=1e-15)


def test_float32_sweep_values_are_worked_in_float64() -> None:
    """One other logit, 0, at T = 1: p_0 = sigma(v), whatever the values' dtype."""
    values = np.array([0.1, -0.3, 2.7], dtype=np.float32)
    want = [1.0 / (1.0 + math.exp(-float(v))) for v in values]
    for curve in (sm.one_vs_rest([0.0, 0.0], 0, values), sm.sweep([0.0, 0.0], 0, values)):
        assert curve.dtype == np.float64
        np.testing.assert_allclose(curve, want, rtol=1e-15)


def test_the_entropy_of_a_certain_class_is_plus_zero() -> None:
    """-sum p log p of (1, 0) is -(0.0) = -0.0 in floating point; the entropy reads +0.0."""
    for certain in ([1.0, 0.0], [0.0, 0.0, 1.0]):
        for entropy in (sm.entropy, sm.entropy_bits, sm.entropy_fraction):
            value = entropy(certain)
            assert value == 0.0 and math.copysign(1.0, value) == 1.0, entropy.__name__
    rows = sm.entropy([[1.0, 0.0], [0.0, 1.0]])
    assert not np.any(np.signbit(rows))


def test_the_entropy_of_one_distribution_is_a_scalar_and_of_many_an_array() -> None:
    one = sm.entropy([0.5, 0.5])
    assert type(one) is np.float64 and one == pytest.approx(math.log(2.0), rel=1e-15)
    many = sm.entropy([[0.5, 0.5], [0.25, 0.75]])
    assert type(many) is np.ndarray and many.dtype == np.float64 and many.shape == (2,)
    want = -(0.25 * math.log(0.25) + 0.75 * math.log(0.75))
    np.testing.assert_allclose(many, [math.log(2.0), want], rtol=1e-15)
