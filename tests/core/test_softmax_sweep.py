"""The sweep of one logit against the rest: with two classes it is the sigmoid of the difference
(scipy's expit), with many it agrees with the one-vs-rest formula; bad indices are refused.
"""

from __future__ import annotations

import importlib

import numpy as np
import pytest
from scipy.special import expit, log_expit

# ``actviz.core.softmax`` the attribute is the function (re-exported); this is the module.
sm = importlib.import_module("actviz.core.softmax")


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
