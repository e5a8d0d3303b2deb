"""tanhshrink near 0, where x - tanh(x) cancels catastrophically, against the same expression in
50-digit arithmetic (mpmath, installed with sympy).
"""

from __future__ import annotations

import mpmath
import numpy as np

from actviz.core import get


def test_tanhshrink_near_zero_matches_50_digit_arithmetic() -> None:
    xs = np.array([1e-8, -3e-5, 0.001, -0.02, 0.05, 0.0999, -0.1, 0.1, 0.15])
    got = get("tanhshrink").forward(xs)
    with mpmath.workdps(50):
        want = np.array([float(mpmath.mpf(x) - mpmath.tanh(mpmath.mpf(x))) for x in xs])
    np.testing.assert_allclose(got, want, rtol=1e-13, atol=0.0)
