"""The snapshot and the sweep the softmax panel draws, checked against closed forms: they follow
the mode, the temperature and the focused class, and ignore the shift (the naive formula does not).
"""

from __future__ import annotations

import importlib
import math

import numpy as np
import pytest
from scipy.special import expit

from actviz.model.softmax.snapshot import take_snapshot, take_sweep


def test_snapshot_matches_closed_forms(model):
    model.set_scores([math.log(3.0), 0.0, 0.0])
    snap = take_snapshot(model)
    np.testing.assert_allclose(snap.probabilities, [0.6, 0.2, 0.2], rtol=1e-14)
    np.testing.assert_allclose(snap.terms, [1.0, 1 / 3, 1 / 3], rtol=1e-14)
    want_bits = -(0.6 * math.log2(0.6) + 2 * 0.2 * math.log2(0.2))
    assert snap.entropy_bits == pytest.approx(want_bits, rel=1e-13)
    assert snap.entropy_fraction == pytest.approx(want_bits / math.log2(3), rel=1e-13)
    assert snap.top == 0 and snap.top_probability == pytest.approx(0.6)
    p = np.array([0.6, 0.2, 0.2])
    np.testing.assert_allclose(snap.jacobian, np.diag(p) - np.outer(p, p), atol=1e-15)


def test_snapshot_ignores_the_shift_but_naive_overflows(model):
    before = take_snapshot(model)
    model.set_shift(800.0)
    after = take_snapshot(model)
    np.testing.assert_allclose(after.probabilities, before.probabilities, rtol=1e-12)
    np.testing.assert_allclose(after.terms, before.terms, rtol=1e-12)
    assert after.naive.failed and after.naive.overflowed.all()
    assert not before.naive.failed


def test_snapshot_softmin_top_is_the_smallest_logit(model):
    model.set_mode("softmin")
    snap = take_snapshot(model)
    assert snap.top == 2
    np.testing.assert_allclose(snap.terms, np.exp(0.1 - np.array([2.0, 1.0, 0.1])), rtol=1e-14)


def test_two_class_sweep_is_the_sigmoid_of_the_difference(model):
    model.remove_class()
    model.set_temperature(0.5)
    curve = take_sweep(model, 0)
    want = expit((curve.values - 1.0) / 0.5)
    np.testing.assert_allclose(curve.curve, want, rtol=1e-12)
    np.testing.assert_allclose(curve.as_sigmoid, want, rtol=1e-12)
    assert curve.values[0] < min(model.logits) and curve.values[-1] > max(model.logits)
    assert curve.current == 2.0
    assert curve.current_output == pytest.approx(expit(2.0), rel=1e-14)


@pytest.mark.parametrize("mode", ["softmax", "log_softmax", "softmin"])
@pytest.mark.parametrize("temperature", [0.05, 0.5, 1.0, 3.0, 40.0])
def test_readouts_follow_the_temperature(model, temperature, mode):
    """Entropy and top probability at any T, from the closed form of scores (log 3, 0, 0):
    softmax weights (3^(1/T), 1, 1), softmin's (3^(-1/T), 1, 1) (it sees the scores negated).
    The log-probabilities are written with log1p so that sharp distributions keep every digit."""
    model.set_scores([math.log(3.0), 0.0, 0.0])
    model.set_temperature(temperature)
    model.set_mode(mode)
    snap = take_snapshot(model)
    r = 3.0 ** (-1.0 / temperature)  # the ratio of a small weight to the large one(s)
    if mode == "softmin":  # weights (r, 1, 1): the zeros share the top, argmax takes the first
        log_p = [math.log(r) - math.log(2.0) - math.log1p(r / 2.0)] + [
            -math.log(2.0) - math.log1p(r / 2.0)
        ] * 2
        want_top = 1
    else:  # weights (1, r, r) after dividing by 3^(1/T)
        log_p = [-math.log1p(2.0 * r)] + [math.log(r) - math.log1p(2.0 * r)] * 2
        want_top = 0
    want_p = [math.exp(v) for v in log_p]
    want_bits = -sum(p * v for p, v in zip(want_p, log_p, strict=True)) / math.log(2.0)
    np.testing.assert_allclose(snap.probabilities, want_p, rtol=1e-12)
    assert snap.entropy_bits == pytest.approx(want_bits, rel=1e-9)
    assert snap.entropy_fraction == pytest.approx(want_bits / math.log2(3.0), rel=1e-9)
    assert snap.top == want_top
    assert snap.top_probability == pytest.approx(want_p[want_top], rel=1e-12)


@pytest.mark.parametrize("mode", ["log_softmax", "softmin"])
def test_the_snapshot_follows_the_mode_and_temperature_in_every_field(model, mode):
    sm = importlib.import_module("actviz.core.softmax")

    model.set_temperature(0.5)
    model.set_mode(mode)
    model.set_label(1, "wolf")
    snap = take_snapshot(model)
    z = np.array(model.logits)
    assert snap.labels == model.labels and snap.temperature == 0.5 and snap.mode == mode
    np.testing.assert_array_equal(snap.logits, z)
    np.testing.assert_allclose(snap.output, sm.transform(z, 0.5, mode), rtol=1e-14)
    np.testing.assert_allclose(snap.jacobian, sm.transform_jacobian(z, 0.5, mode), rtol=1e-14)
    np.testing.assert_allclose(snap.naive.output, sm.naive_transform(z, 0.5, mode).output)
    sign = -1.0 if mode == "softmin" else 1.0
    w = np.exp(sign * (z - (z.min() if mode == "softmin" else z.max())) / 0.5)
    np.testing.assert_allclose(snap.terms, w, rtol=1e-14)


@pytest.mark.parametrize("mode", ["softmax", "log_softmax", "softmin"])
def test_the_sweep_follows_the_focus_mode_and_temperature(model, mode):
    sm = importlib.import_module("actviz.core.softmax")
    from actviz.model.softmax.snapshot import SWEEP_POINTS

    model.set_temperature(2.0)
    model.set_mode(mode)
    model.set_focus(1)
    curve = take_sweep(model)
    z = np.array(model.logits)
    assert curve.index == 1 and take_sweep(model, 2).index == 2
    assert curve.values.size == SWEEP_POINTS
    # The window holds every logit and 8 T on each side (at least 5).
    assert curve.values[0] == pytest.approx(z.min() - 16.0) and curve.values[-1] == pytest.approx(
        z.max() + 16.0
    )
    np.testing.assert_allclose(curve.curve, sm.sweep(z, 1, curve.values, 2.0, mode), rtol=1e-13)
    np.testing.assert_allclose(
        curve.as_sigmoid, sm.one_vs_rest(z, 1, curve.values, 2.0, mode), rtol=1e-13
    )
    assert curve.current_output == pytest.approx(sm.transform(z, 2.0, mode)[1], rel=1e-14)


def test_the_sweep_window_is_at_least_five_wide_on_each_side(model):
    from actviz.model.softmax.snapshot import sweep_range

    assert sweep_range(np.array([1.0, -2.0]), 0.1) == (-7.0, 6.0)
    assert sweep_range(np.array([1.0, -2.0]), 0.625) == (-7.0, 6.0)  # 8 T = 5 exactly
    assert sweep_range(np.array([1.0, -2.0]), 1.0) == (-10.0, 9.0)
