"""sign_changes: roots refined to the float that is the root, and the default limit of 400.

References: Sterbenz's lemma (x − c is exactly 0 only at the float c, and exact for x near c, so
the float c is the one root of x − c), the closed form of the roots of sin(20x + 0.4),
(kπ − 0.4)/20, and the docstring (at most ``limit`` = 400 points, those nearest 0 first).
"""

from __future__ import annotations

import numpy as np
import pytest

from actviz.core.formula.scan import sign_changes

# floats between the grid's points (the inner grid has step 0.025 on [−50, 50])
OFF_GRID = [0.3001, -7.0123, 12.3456789, 1234.5678, -98765.4321]


@pytest.mark.parametrize("c", OFF_GRID)
def test_rising_root_is_the_float_itself(c: float) -> None:
    roots = sign_changes(lambda x: x - c)
    assert roots.tolist() == [c]


@pytest.mark.parametrize("c", OFF_GRID)
def test_falling_root_is_the_float_itself(c: float) -> None:
    roots = sign_changes(lambda x: c - x)
    assert roots.tolist() == [c]


def test_default_limit_keeps_the_400_roots_nearest_zero() -> None:
    roots = sign_changes(lambda x: np.sin(20.0 * x + 0.4))
    k = np.arange(-1000, 1001)
    exact = (k * np.pi - 0.4) / 20.0
    nearest = np.sort(exact[np.argsort(np.abs(exact))[:400]])
    assert roots.size == 400
    np.testing.assert_allclose(roots, nearest, rtol=0, atol=1e-12)
