"""_end_points' rounding allowance at its edge, where the value is small.

Reference: the rule in _end_points: a one-sided limit more than rounding away from g(x0) is an
open end, rounding being _ROUNDING times max(1, |g(x0)|), so at g(x0) = 0 (where the gap itself
is exact) the allowance is _ROUNDING; a gap of exactly the allowance is still rounding ("at
most"), and one 1.5 times as large is a jump, on either side.
"""

from __future__ import annotations

import numpy as np
import pytest

from actviz.core.sampling import _ROUNDING, _end_points


@pytest.mark.parametrize(("factor", "dotted"), [(1.0, False), (1.5, True)])
def test_left_and_right_gaps_at_the_allowance(factor: float, dotted: bool) -> None:
    gap = factor * _ROUNDING
    for left, right in [(gap, 0.0), (0.0, -gap)]:

        def fn(x: np.ndarray, left: float = left, right: float = right) -> np.ndarray:
            return np.where(x < 0.0, left, np.where(x > 0.0, right, 0.0))

        ends = _end_points(fn, [0.0], {})
        assert list(ends.closed_y) == [0.0]
        side = left if left else right
        expected = [(0.0, side)] if dotted else []
        hollow = [(float(x), float(y)) for x, y in zip(ends.open_x, ends.open_y, strict=True)]
        assert hollow == expected
