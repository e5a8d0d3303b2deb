"""Softmax helpers at their edges: the Jacobian at a temperature so small that its true entries
overflow (inf, without a warning), entropy fractions with a single class along any axis, and the
one-vs-rest curve for values given as a column.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.special import expit

from actviz.core.softmax import entropy_fraction, one_vs_rest, softmax_jacobian


def test_the_jacobian_overflows_to_inf_quietly_at_a_tiny_temperature() -> None:
    """Two tied logits: p = (1/2, 1/2), J = [[1, -1], [-1, 1]] / (4 T); for T = 1e-310 that
    is beyond the largest float, so the entries are +-inf (their correct rounding)."""
    jac = softmax_jacobian([0.0, 0.0], 1e-310)
    assert np.array_equal(jac, np.array([[np.inf, -np.inf], [-np.inf, np.inf]]))


@pytest.mark.parametrize(
    ("p", "axis", "shape"),
    [([[1.0], [0.5], [0.2]], -1, (3,)), ([[1.0, 0.5, 0.2]], 0, (3,)), (0.5, -1, ())],
)
def test_the_entropy_fraction_of_a_single_class_is_zero(p: object, axis: int, shape: tuple) -> None:
    """One class (n = 1) has no uncertainty to speak of: 0, one value per row, along ``axis``."""
    result = entropy_fraction(p, axis)
    assert np.shape(result) == shape
    assert np.all(np.asarray(result) == 0.0)


def test_the_one_vs_rest_curve_takes_values_of_any_shape_as_a_list() -> None:
    """Two classes: p_0 = sigma(v - z_1) (T = 1), one value per entry, whatever the shape given."""
    values = np.linspace(-3.0, 3.0, 7)
    flat = one_vs_rest([0.0, 0.5], 0, values)
    column = one_vs_rest([0.0, 0.5], 0, values.reshape(-1, 1))
    assert flat.shape == column.shape == (7,)
    np.testing.assert_allclose(column, expit(values - 0.5), rtol=1e-14)
    assert math.isclose(float(flat[3]), float(expit(-0.5)), rel_tol=1e-14)
