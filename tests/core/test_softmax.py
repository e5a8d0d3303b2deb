"""Softmax, log-softmax, softmin, their Jacobians, entropy and the naive formula.

References are independent of the code under test: 60-digit decimal arithmetic, closed forms,
scipy's expit and central finite differences (hypothesis properties: test_softmax_properties.py).
Warnings are errors (pyproject), so every call also proves that no numpy RuntimeWarning escapes.
"""

from __future__ import annotations

import importlib
import math
from decimal import Context, Decimal, localcontext

import numpy as np
import pytest
from scipy.special import expit, log_expit

from actviz import core

# ``actviz.core.softmax`` the attribute is the function (re-exported); this is the module.
sm = importlib.import_module("actviz.core.softmax")

# --- an independent reference: 60 significant digits, no float overflow -----------------------

_CONTEXT = Context(prec=60, Emax=10**9, Emin=-(10**9))


def ref_log_softmax(z: list[float], temperature: float = 1.0) -> list[float]:
    """log softmax in 60-digit decimal (exp of a huge positive number is fine at Emax 1e9)."""
    with localcontext(_CONTEXT):
        t = Decimal(temperature)
        scaled = [Decimal(v) / t for v in z]
        top = max(scaled)
        log_sum = sum((s - top).exp() for s in scaled).ln()
        return [float((s - top) - log_sum) for s in scaled]


def ref_softmax(z: list[float], temperature: float = 1.0) -> list[float]:
    with localcontext(_CONTEXT):
        t = Decimal(temperature)
        scaled = [Decimal(v) / t for v in z]
        top = max(scaled)
        terms = [(s - top).exp() for s in scaled]
        total = sum(terms)
        return [float(term / total) for term in terms]


def finite_difference_jacobian(f, z: np.ndarray, h: float = 1e-6) -> np.ndarray:
    n = z.size
    jac = np.empty((n, n))
    for j in range(n):
        step = np.zeros(n)
        step[j] = h
        jac[:, j] = (f(z + step) - f(z - step)) / (2 * h)
    return jac


EXTREME_CASES = [
    ([1e300, -1e300], 1.0),
    ([1e300, -1e300], 1e-3),
    ([1e300, 1e300 - 1e285, 0.0], 1e-3),
    ([-1e300, -1e300, -1e300], 1e-3),
    ([1e308, -1e308, 0.0], 1.0),
    ([1.7e308, 1.7e308], 1e-3),
    ([1000.0, 999.0, 0.0], 1.0),
    ([5.0, 4.999, 0.0], 1e-3),
    ([3.0, 1.0, 0.2], 1e3),
    ([0.0, -40.0], 1.0),
    ([0.0, -745.0, -1e6], 1.0),
]


# --- temperature ---------------------------------------------------------------------------


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


# --- closed forms and the decimal reference -------------------------------------------------


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


# --- non-finite logits --------------------------------------------------------------------------


def test_nan_makes_the_whole_row_nan_and_only_that_row():
    got = sm.softmax(np.array([[1.0, np.nan], [1.0, 2.0]]))
    assert np.all(np.isnan(got[0]))
    np.testing.assert_allclose(got[1], ref_softmax([1.0, 2.0]), rtol=1e-15)


def test_infinite_logits_take_their_limits():
    np.testing.assert_array_equal(sm.softmax([np.inf, 1.0, np.inf]), [0.5, 0.0, 0.5])
    np.testing.assert_array_equal(sm.softmax([-np.inf, 0.0]), [0.0, 1.0])
    np.testing.assert_array_equal(sm.log_softmax([-np.inf, 0.0]), [-np.inf, 0.0])
    assert np.all(np.isnan(sm.softmax([-np.inf, -np.inf])))


# --- Jacobians ------------------------------------------------------------------------------


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
    assert jac[0, 0] == pytest.approx(tail / (1.0 + math.exp(-40.0)), rel=1e-14)


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


# --- sweep: one class against the rest --------------------------------------------------------


@pytest.mark.parametrize("mode", sm.MODES)
def test_two_class_sweep_is_the_sigmoid_of_the_difference(mode):
    values = np.linspace(-30.0, 30.0, 61)
    z, t = [0.0, 1.25], 0.8
    got = sm.sweep(z, 0, values, t, mode)
    sign = -1.0 if mode == "softmin" else 1.0
    margin = sign * (values - 1.25) / t
    want = log_expit(margin) if mode == "log_softmax" else expit(margin)
    np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-300)
    np.testing.assert_allclose(sm.one_vs_rest(z, 0, values, t, mode), want, rtol=1e-12)


@pytest.mark.parametrize("mode", sm.MODES)
def test_sweep_agrees_with_one_vs_rest_for_many_classes(mode):
    z = [0.5, -1.0, 2.0, 0.0]
    values = np.linspace(-10.0, 10.0, 41)
    np.testing.assert_allclose(
        sm.sweep(z, 2, values, 1.5, mode), sm.one_vs_rest(z, 2, values, 1.5, mode), rtol=1e-12
    )


def test_sweep_refuses_a_bad_index():
    with pytest.raises(ValueError, match="index 3"):
        sm.sweep([1.0, 2.0, 3.0], 3, [0.0])


# --- entropy ------------------------------------------------------------------------------------


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


# --- the naive formula ----------------------------------------------------------------------------


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


# --- the documented defaults: temperature 1, softmax mode, the last axis -------------------------


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


@pytest.mark.parametrize("mode", ["softmax", "softmin"])
def test_probabilities_use_the_temperature_in_either_mode(mode):
    z = np.array([1.0, 0.0, -1.0])
    sign = 1.0 if mode == "softmax" else -1.0
    for t in (0.5, 3.0):
        w = np.exp(sign * z / t)
        np.testing.assert_allclose(sm.probabilities(z, t, mode), w / w.sum(), rtol=1e-14)


def test_sweep_refuses_an_index_outside_the_vector_naming_the_range():
    with pytest.raises(ValueError, match=r"^index 3 is outside 0\.\.2$"):
        sm.sweep([1.0, 2.0, 3.0], 3, [0.0])
    with pytest.raises(ValueError, match=r"^index -1 is outside 0\.\.2$"):
        sm.sweep([1.0, 2.0, 3.0], -1, [0.0])
    with pytest.raises(
        ValueError, match=r"^index 3 must name one of at least two logits \(n = 3\)"
    ):
        sm.one_vs_rest([1.0, 2.0, 3.0], 3, [0.0])
    out = sm.sweep([1.0, 2.0, 3.0], 2, [[0.0, 1.0], [2.0, 3.0]])
    assert out.shape == (4,)  # any shape of values, read as a flat list


@pytest.mark.parametrize("t", [5e-324, 1e-300])
def test_the_smallest_temperatures_give_no_warning(t):
    """Warnings are errors in the tests: a subnormal T overflows z/T, which must stay silent."""
    jac = sm.log_softmax_jacobian([0.0, 1.0], t)
    assert jac.shape == (2, 2) and not np.isnan(jac).any()
    curve = sm.one_vs_rest([0.0, 1.0], 0, [1e308, -1e308], t)
    np.testing.assert_array_equal(curve, [1.0, 0.0])


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
