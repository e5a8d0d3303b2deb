"""The naive formula exp(z/T) / sum(exp(z/T)) the lab shows failing: it agrees with the stable one
for small logits and reports its overflow and underflow as flags, cell by cell, without warning.
"""

from __future__ import annotations

import importlib
import math

import numpy as np
import pytest
from softmax_reference import (
    ref_softmax,
)

# ``actviz.core.softmax`` the attribute is the function (re-exported); this is the module.
sm = importlib.import_module("actviz.core.softmax")


def test_naive_agrees_with_stable_for_small_logits():
    z = [1.0, -2.0, 0.5]
    for mode in sm.MODES:
        naive = sm.naive_transform(z, 0.7, mode)
        np.testing.assert_allclose(naive.output, sm.transform(z, 0.7, mode), rtol=1e-13)
        assert not naive.failed
        assert not naive.underflowed.any()


def test_naive_overflow_is_reported_as_inf_nan_cells_and_flags():
    naive = sm.naive_transform([1000.0, 0.0, 1.0], 1.0)
    assert naive.exp[0] == np.inf
    np.testing.assert_allclose(naive.log10_exp, [1000 / math.log(10), 0.0, 1 / math.log(10)])
    assert naive.log10_exp[0] > math.log10(np.finfo(np.float64).max)
    np.testing.assert_array_equal(naive.overflowed, [True, False, False])
    np.testing.assert_array_equal(naive.invalid, [True, False, False])
    assert math.isnan(naive.output[0])
    assert naive.failed
    # while the stable form stays right
    np.testing.assert_allclose(sm.softmax([1000.0, 0.0, 1.0]), ref_softmax([1000.0, 0.0, 1.0]))


def test_naive_overflow_from_a_small_temperature():
    naive = sm.naive_transform([8.0, 7.5], 0.01)  # 800 and 750 > 709.78
    assert naive.overflowed.all() and naive.invalid.all()


def test_overflow_and_underflow_thresholds():
    assert math.exp(sm.EXP_OVERFLOW_THRESHOLD) < math.inf
    assert sm.EXP_OVERFLOW_THRESHOLD == pytest.approx(709.782712893384, rel=1e-15)
    assert sm.EXP_UNDERFLOW_THRESHOLD == pytest.approx(-744.4400719213812, rel=1e-15)


def test_naive_underflow_of_every_term_is_zero_over_zero():
    naive = sm.naive_transform([-1000.0, -1001.0], 1.0)
    assert naive.underflowed.all() and naive.invalid.all()
    assert naive.failed


def test_naive_log_softmax_loses_an_underflowed_term_to_minus_inf():
    naive = sm.naive_transform([0.0, -800.0], 1.0, "log_softmax")
    assert naive.output[1] == -np.inf
    np.testing.assert_array_equal(naive.invalid, [False, True])
    assert sm.log_softmax([0.0, -800.0])[1] == -800.0


def test_naive_softmin_overflows_on_very_negative_logits():
    naive = sm.naive_transform([-1000.0, 0.0], 1.0, "softmin")
    assert naive.overflowed[0] and naive.invalid[0]


def test_naive_with_logits_near_max_float_and_tiny_temperature_does_not_warn():
    naive = sm.naive_transform([1.7e308, -1.7e308], 1e-3)
    assert naive.scaled[0] == np.inf and naive.overflowed[0]
