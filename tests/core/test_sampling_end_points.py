"""Sampling helpers against functions built by hand, whose limits at each break are known exactly:
the end dots of _end_points, the gaps of _evaluate, and grid_x's approach points at the edges
(10⁻³ ... 10⁻¹² of the range, as sample_x documents).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from actviz.core.sampling import EndPoints, _end_points, _evaluate, grid_x


def _piecewise(left: float, at_zero: float, right: float) -> Callable[[np.ndarray], np.ndarray]:
    """left for x < 0, at_zero at 0, right for x > 0."""

    def fn(x: np.ndarray) -> np.ndarray:
        return np.where(x < 0.0, left, np.where(x > 0.0, right, at_zero))

    return fn


def _hollow(ends: EndPoints) -> list[tuple[float, float]]:
    return [(float(x), float(y)) for x, y in zip(ends.open_x, ends.open_y, strict=True)]


def test_each_break_lists_its_left_limit_before_its_right() -> None:
    """A staircase valued halfway at each step: at x = n the left limit is n - 1, the value
    n - 1/2 and the right limit n, so both limits are hollow dots, the left one first."""

    def stairs(x: np.ndarray) -> np.ndarray:
        return np.where(x == np.round(x), x - 0.5, np.floor(x))

    ends = _end_points(stairs, [float(n) for n in range(12)], {})
    assert list(ends.closed_x) == [float(n) for n in range(12)]
    assert list(ends.closed_y) == [n - 0.5 for n in range(12)]
    assert _hollow(ends) == [(n, n + side) for n in range(12) for side in (-1.0, 0.0)]


def test_a_break_where_the_function_is_infinite_has_no_dots_and_no_warning() -> None:
    """+inf on both sides and at the break: inf − inf must not warn (warnings are errors here)."""
    ends = _end_points(lambda x: np.full_like(x, np.inf), [0.0], {})
    assert ends.closed_x.size == ends.open_x.size == 0


@pytest.mark.parametrize(
    ("left_gap", "dotted"),
    [(1e-7, False),  # 1e-13 of the value 1e6: rounding, not a jump
     (1e-3, True)],  # 1e-9 of it: a jump
)
def test_a_gap_is_rounding_up_to_a_fraction_of_the_value(left_gap: float, dotted: bool) -> None:
    ends = _end_points(_piecewise(1e6 + left_gap, 1e6, 1e6), [0.0], {})
    assert list(ends.closed_y) == [1e6]
    assert _hollow(ends) == ([(0.0, 1e6 + left_gap)] if dotted else [])


@pytest.mark.parametrize(
    ("left", "right", "dots"),
    [(1.0, 1.0, 1),  # sin(x)/x at 0: one limit, one dot
     (1.0, 1.0 + 1e-12, 1),  # the same limit up to rounding
     (1.0, 1.0 + 1e-6, 2),
     (1.0, 1.5, 2),
     (0.0, 0.5, 2),
     (0.0, 1e-9, 2),
     (-1.0, 1.0, 2)],
)
def test_where_the_value_is_undefined_each_different_limit_is_one_dot(
    left: float, right: float, dots: int
) -> None:
    ends = _end_points(_piecewise(left, np.nan, right), [0.0], {})
    assert ends.closed_x.size == 0
    assert _hollow(ends) == [(0.0, left), (0.0, right)][:dots]


def test_a_gap_stays_nan_whatever_the_function_gives_for_nan() -> None:
    """A naive step, (x > 0) as a float, is 0 at NaN; the NaN of a gap must stay a gap."""
    x = np.array([-1.0, np.nan, 1.0])
    y = _evaluate(lambda x: np.where(x > 0.0, 1.0, 0.0), x, {})
    assert y[0] == 0.0 and np.isnan(y[1]) and y[2] == 1.0


_STEPS = [10.0**-k for k in range(12, 2, -1)]  # 1e-12 ... 1e-3 of a range of 1


def test_a_point_approached_at_the_left_edge_is_approached_from_inside() -> None:
    x = grid_x(0.0, 1.0, 2, approach_xs=[0.0])
    np.testing.assert_allclose(x, [0.0, *_STEPS, 1.0], rtol=1e-15, atol=0.0)


def test_a_point_approached_at_the_right_edge_is_approached_from_inside() -> None:
    x = grid_x(0.0, 1.0, 2, approach_xs=[1.0])
    np.testing.assert_allclose(x, [0.0, *[1.0 - s for s in reversed(_STEPS)], 1.0], rtol=1e-15)
