"""Softmax functions' arguments: the temperature's and the mode's checks, empty logits, and the
documented defaults (temperature 1, softmax mode, the last axis).

Warnings are errors (pyproject), so every call also proves that no numpy RuntimeWarning escapes.
"""

from __future__ import annotations

import importlib
import math

import numpy as np
import pytest

from actviz import core

# ``actviz.core.softmax`` the attribute is the function (re-exported); this is the module.
sm = importlib.import_module("actviz.core.softmax")


@pytest.mark.parametrize("bad", [0.0, -1.0, -0.0, math.nan, math.inf, -math.inf, "abc", None, True])
@pytest.mark.parametrize(
    "function",
    [
        sm.softmax,
        sm.log_softmax,
        sm.softmin,
        sm.softmax_jacobian,
        sm.shifted_exp,
        sm.naive_transform,
    ],
)
def test_temperature_must_be_finite_and_positive(function, bad):
    with pytest.raises(ValueError, match="temperature must be a finite number > 0"):
        function([1.0, 2.0], bad)


def test_numeric_strings_and_numpy_scalars_are_accepted_as_temperature():
    assert sm.check_temperature(np.float32(0.5)) == 0.5
    assert sm.check_temperature("2") == 2.0


def test_unknown_mode_is_refused_with_the_list():
    with pytest.raises(ValueError, match="softmax, log_softmax, softmin"):
        sm.transform([1.0, 2.0], 1.0, "hardmax")


@pytest.mark.parametrize("bad", [[], 3.0, np.zeros((2, 0))])
def test_empty_or_scalar_logits_are_refused(bad):
    with pytest.raises(ValueError, match="non-empty vector"):
        sm.softmax(bad)


def test_reexported_from_core():
    for name in ("softmax", "log_softmax", "softmin", "softmax_jacobian", "entropy"):
        assert getattr(core, name) is getattr(sm, name)


def test_every_function_defaults_to_temperature_1_softmax_and_the_last_axis():
    z = np.array([[0.3, -1.2, 2.0], [1.0, 0.0, -0.5]])
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    p = e / e.sum(axis=-1, keepdims=True)  # the textbook formula at T = 1, row by row
    np.testing.assert_allclose(sm.softmax(z), p, rtol=1e-14)
    np.testing.assert_allclose(sm.log_softmax(z), np.log(p), rtol=1e-14)
    np.testing.assert_allclose(sm.shifted_exp(z), e, rtol=1e-14)
    q = np.exp(-z - (-z).max(axis=-1, keepdims=True))
    np.testing.assert_allclose(sm.softmin(z), q / q.sum(axis=-1, keepdims=True), rtol=1e-14)
    row = z[0]
    for fn, at_one in (
        (sm.transform, sm.softmax(row, 1.0)),
        (sm.probabilities, sm.softmax(row, 1.0)),
        (sm.transform_jacobian, sm.softmax_jacobian(row, 1.0)),
        (sm.softmax_jacobian, np.diag(p[0]) - np.outer(p[0], p[0])),
        (sm.softmin_jacobian, sm.transform_jacobian(row, 1.0, "softmin")),
        (sm.log_softmax_jacobian, sm.transform_jacobian(row, 1.0, "log_softmax")),
    ):
        np.testing.assert_allclose(fn(row), at_one, rtol=1e-13, atol=1e-16)
    values = np.linspace(-3.0, 3.0, 7)
    np.testing.assert_allclose(sm.sweep(row, 1, values), sm.sweep(row, 1, values, 1.0, "softmax"))
    np.testing.assert_allclose(
        sm.one_vs_rest(row, 1, values), sm.one_vs_rest(row, 1, values, 1.0, "softmax")
    )
    np.testing.assert_allclose(sm.entropy_bits(p), [sm.entropy_bits(r) for r in p], rtol=1e-14)
    np.testing.assert_allclose(
        sm.entropy_fraction(p), [sm.entropy_fraction(r) for r in p], rtol=1e-14
    )
