"""Softmax on inputs that take its less common paths, against hand values: batches mixing a NaN
or -inf row with ordinary ones (each row must come out as if alone), float32 and nested input
(worked as a float64 vector), softmin along axis 0, the documented defaults and the refusal
messages naming the bad value. References: softmax([0, a]) = (1/(1+e^a), e^a/(1+e^a)) by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from actviz.core.softmax import (
    log_softmax,
    naive_transform,
    softmax,
    softmax_jacobian,
    softmin,
)


def pair(a: float) -> list[float]:
    """softmax([0, a]) by hand."""
    return [1.0 / (1.0 + math.exp(a)), 1.0 / (1.0 + math.exp(-a))]


def test_a_nan_row_beside_an_ordinary_row_at_temperature_two() -> None:
    z = np.array([[0.0, 1.0], [math.nan, 0.0]])
    p = softmax(z, 2.0)
    np.testing.assert_allclose(p[0], pair(0.5), rtol=1e-15, atol=0.0)
    assert np.all(np.isnan(p[1]))
    logp = log_softmax(z, 2.0)
    np.testing.assert_allclose(logp[0], np.log(pair(0.5)), rtol=1e-15, atol=0.0)
    assert np.all(np.isnan(logp[1]))


def test_a_nan_anywhere_makes_the_whole_vector_nan() -> None:
    assert np.all(np.isnan(softmax([0.0, math.nan, 1.0])))
    assert np.all(np.isnan(log_softmax([0.0, math.nan, 1.0])))


def test_a_row_of_only_minus_inf_is_nan_without_a_warning() -> None:
    z = np.array([[-math.inf, -math.inf], [0.0, 0.0]])
    for f in (softmax, log_softmax):
        out = f(z)
        assert np.all(np.isnan(out[0]))
    np.testing.assert_allclose(log_softmax(z)[1], [-math.log(2.0)] * 2, rtol=1e-15)


def test_a_huge_spread_beside_a_nan_row_underflows_quietly() -> None:
    # 1e308 - (-1e308) overflows to inf in the shift: exp of -inf is the right 0.
    z = np.array([[1e308, -1e308], [math.nan, 0.0]])
    np.testing.assert_array_equal(softmax(z)[0], [1.0, 0.0])
    np.testing.assert_array_equal(log_softmax(z)[0], [0.0, -math.inf])


def test_float32_logits_are_worked_in_float64() -> None:
    # 1e-5 - 700 is -699.99999 in float64 but rounds to -700 in float32 (spacing 6e-5 there).
    z32 = np.array([700.0, 1e-5], dtype=np.float32)
    gap = float(z32[1]) - float(z32[0])
    small = math.exp(gap) / (1.0 + math.exp(gap))
    p = softmax(z32)
    assert p.dtype == np.float64
    assert p[1] == pytest.approx(small, rel=1e-12, abs=0.0)
    assert log_softmax(z32)[1] == pytest.approx(gap - math.log1p(math.exp(gap)), rel=1e-15)


def test_softmin_along_the_first_axis() -> None:
    z = np.array([[0.0, 1.0], [2.0, 0.0]])
    q = softmin(z, 1.0, axis=0)
    np.testing.assert_allclose(q[:, 0], pair(-2.0), rtol=1e-15)
    np.testing.assert_allclose(q[:, 1], pair(1.0), rtol=1e-15)


def test_nested_input_to_vector_functions_is_flattened() -> None:
    jac = softmax_jacobian([[0.0, 0.0]])
    np.testing.assert_allclose(jac, [[0.25, -0.25], [-0.25, 0.25]], rtol=1e-15)
    assert naive_transform([[0.0, 1.0]]).scaled.shape == (2,)


def test_naive_transform_defaults_to_temperature_one() -> None:
    result = naive_transform([0.0, 1.0])
    np.testing.assert_array_equal(result.scaled, [0.0, 1.0])
    np.testing.assert_allclose(result.output, pair(1.0), rtol=1e-15)


@pytest.mark.parametrize(
    ("call", "pattern"),
    [
        (lambda: softmax([]), r"shape \(0,\)$"),
        (lambda: softmax(3.0), r"shape \(\)$"),
        (lambda: softmax([1.0], -1.5), r"got -1\.5$"),
        (lambda: softmax([1.0], "hot"), r"got 'hot'$"),
    ],
)
def test_refusals_name_the_bad_value(call: object, pattern: str) -> None:
    with pytest.raises(ValueError, match=pattern):
        call()  # type: ignore[operator]
