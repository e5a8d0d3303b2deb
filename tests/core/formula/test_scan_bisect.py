"""Bisection on the bit patterns of float64: where a boolean side flips, to two adjacent floats.

References: ``np.nextafter`` gives the float just below a boundary independently of the code;
the module's stated bound (within 64 steps: the ordered integers of all floats span less than
2**64, and each step halves a bracket); IEEE signed zeros (−0.0 and +0.0 are the same number and
a boundary at 0 is reported as +0.0).
"""

from __future__ import annotations

import math

import numpy as np

from actviz.core.formula.scan import bisect

BOUNDARIES = np.array([0.0, 1.0, -2.5, math.pi, 1e-300, 5e-324, -5e-324, 1e9, -1e9 + 1.0, 7.0])


def test_each_bracket_ends_at_the_two_floats_beside_its_boundary() -> None:
    calls: list[int] = []

    def side(x: np.ndarray) -> np.ndarray:
        calls.append(x.size)
        return x >= BOUNDARIES

    lo = np.full(BOUNDARIES.size, -1e9)
    hi = np.full(BOUNDARIES.size, 1e9)
    lo[-1], hi[-1] = 6.0, 8.0  # a narrow bracket beside the wide ones
    found_lo, found_hi = bisect(side, lo, hi)
    assert found_lo.dtype == found_hi.dtype == np.float64
    assert found_hi.tolist() == BOUNDARIES.tolist()
    assert found_lo.tolist() == np.nextafter(BOUNDARIES, -np.inf).tolist()
    assert not np.signbit(found_hi[0])  # the boundary at 0 is +0.0, not −0.0
    assert len(calls) <= 64


def test_a_bracket_already_at_adjacent_floats_is_not_evaluated() -> None:
    calls: list[int] = []

    def side(x: np.ndarray) -> np.ndarray:
        calls.append(x.size)
        return x >= 1.0

    below = np.nextafter(1.0, 0.0)
    lo, hi = bisect(side, np.array([below]), np.array([1.0]))
    assert (lo[0], hi[0]) == (below, 1.0) and calls == []


def test_a_boundary_between_negative_zero_and_the_smallest_positive_float() -> None:
    smallest = 5e-324
    lo, hi = bisect(lambda x: x > 0.0, np.array([-1.0]), np.array([1.0]))
    assert hi[0] == smallest
    assert lo[0] == 0.0 and not np.signbit(lo[0])  # −0.0 and +0.0 are one point, read as +0.0
    lo, hi = bisect(lambda x: x >= -smallest, np.array([-3.0]), np.array([2.0]))
    assert (lo[0], hi[0]) == (np.nextafter(-smallest, -1.0), -smallest)
