"""The entropy of a softmax distribution, in nats, bits and as a share of the maximum: closed
forms, NaN for a broken distribution, scalars for one distribution and arrays for many.
"""

from __future__ import annotations

import importlib
import math

import numpy as np
import pytest

# ``actviz.core.softmax`` the attribute is the function (re-exported); this is the module.
sm = importlib.import_module("actviz.core.softmax")


def test_entropy_closed_forms():
    assert sm.entropy([0.25] * 4) == pytest.approx(math.log(4.0), rel=1e-15)
    assert sm.entropy_bits([0.5, 0.25, 0.25]) == pytest.approx(1.5, rel=1e-15)
    assert sm.entropy_bits([1.0, 0.0, 0.0]) == 0.0
    assert sm.entropy_fraction([1 / 3] * 3) == pytest.approx(1.0, rel=1e-15)
    assert sm.entropy_fraction([1.0, 0.0]) == 0.0
    assert sm.entropy_fraction([1.0]) == 0.0
    np.testing.assert_allclose(sm.entropy_bits([[0.5, 0.5], [1.0, 0.0]]), [1.0, 0.0])


def test_entropy_of_a_broken_distribution_says_nan():
    assert math.isnan(sm.entropy([0.5, np.nan]))
    assert math.isnan(sm.entropy([1.5, -0.5]))


def test_entropies_of_one_distribution_are_numpy_scalars_and_of_many_arrays():
    for fn in (sm.entropy_bits, sm.entropy_fraction):
        one = fn([0.5, 0.5])
        assert isinstance(one, np.float64) and one == 1.0
        many = fn([[0.5, 0.5], [1.0, 0.0]])
        assert isinstance(many, np.ndarray) and many.dtype == np.float64
        np.testing.assert_array_equal(many, [1.0, 0.0])
    columns = sm.entropy_bits([[0.5, 1.0], [0.5, 0.0]], axis=0)
    np.testing.assert_array_equal(columns, [1.0, 0.0])
    assert sm.entropy_fraction([[0.25, 1.0], [0.75, 0.0]], axis=0)[1] == 0.0
