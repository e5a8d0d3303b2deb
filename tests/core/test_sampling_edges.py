"""sample_curve's end dots with non-default parameters: threshold(x) = x for x > t, else v.

At the jump x = t = -1 the value is v = 2 (filled dot) and the right-hand limit t (hollow dot).
"""

from __future__ import annotations

import numpy as np

from actviz.core import get, parse_activation
from actviz.core.sampling import _end_points, sample_curve


def test_the_end_dots_of_a_jump_use_the_chosen_parameters() -> None:
    samples = sample_curve(get("threshold"), {"threshold": -1.0, "value": 2.0}, -3.0, 3.0, 300)
    ends = samples.f_ends
    assert list(ends.closed_x) == [-1.0] and list(ends.closed_y) == [2.0]
    assert list(ends.open_x) == [-1.0]
    np.testing.assert_allclose(ends.open_y, [-1.0], rtol=1e-12)


def test_the_corner_dots_of_the_derivative_use_the_chosen_parameters() -> None:
    """hardtanh on [-0.5, 2]: f' is 1 inside, 0 outside and 0 at both corners (torch's choice),
    so each corner has a filled dot at 0 and a hollow one at the inside limit 1."""
    samples = sample_curve(get("hardtanh"), {"min_val": -0.5, "max_val": 2.0}, -3.0, 3.0, 300)
    ends = samples.df_ends
    assert list(ends.closed_x) == [-0.5, 2.0] and list(ends.closed_y) == [0.0, 0.0]
    assert list(ends.open_x) == [-0.5, 2.0] and list(ends.open_y) == [1.0, 1.0]


def _dots(ends) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    closed = [(float(x), float(y)) for x, y in zip(ends.closed_x, ends.closed_y, strict=True)]
    hollow = [(float(x), round(float(y), 9)) for x, y in zip(ends.open_x, ends.open_y, strict=True)]
    return closed, hollow


def test_a_value_between_its_two_limits_gets_a_hollow_dot_on_each_side() -> None:
    """sign(x) at 0: f(0) = 0 sits between the limits -1 and 1, both of which are open ends."""
    closed, hollow = _dots(sample_curve(parse_activation("sign(x)"), {}, -2.0, 2.0, 200).f_ends)
    assert closed == [(0.0, 0.0)]
    assert hollow == [(0.0, -1.0), (0.0, 1.0)]


def test_a_jump_has_one_hollow_dot_on_the_side_the_value_does_not_belong_to() -> None:
    """where(x >= 1, 3, 0.5 x): f(1) = 3 belongs to the right; the left limit 0.5 is open."""
    f = parse_activation("where(x >= 1, 3, 0.5 * x)")
    closed, hollow = _dots(sample_curve(f, {}, -2.0, 2.0, 200).f_ends)
    assert closed == [(1.0, 3.0)] and hollow == [(1.0, 0.5)]


def _sin_x_over_x(x: np.ndarray) -> np.ndarray:
    """sin(x)/x, left undefined (NaN) at 0 as a formula typed that way is."""
    return np.divide(np.sin(x), x, out=np.full_like(x, np.nan), where=x != 0)


def test_a_break_where_the_function_is_undefined_has_one_hollow_dot_at_its_limit() -> None:
    """No filled dot where g(x0) is NaN; the two equal one-sided limits make one hollow dot."""
    closed, hollow = _dots(_end_points(_sin_x_over_x, [0.0], {}))
    assert closed == [] and hollow == [(0.0, 1.0)]


def test_an_undefined_break_between_two_different_limits_gets_both() -> None:
    def split(x: np.ndarray) -> np.ndarray:
        return np.where(x == 0, np.nan, np.where(x < 0, -2.0, 5.0))

    closed, hollow = _dots(_end_points(split, [0.0], {}))
    assert closed == [] and hollow == [(0.0, -2.0), (0.0, 5.0)]


def test_a_break_without_a_gap_gets_no_hollow_dot() -> None:
    """A break listed where the function is in fact continuous: its filled dot only."""
    closed, hollow = _dots(_end_points(np.abs, [0.0], {}))
    assert closed == [(0.0, 0.0)] and hollow == []


def test_a_value_nearer_one_limit_still_gets_a_hollow_dot_at_each() -> None:
    """f(0) = 0 between the limits -1 and 3 (gaps 1 and 3): each limit is an open end."""
    f = parse_activation("where(x < 0, -1, where(x > 0, 3, 0 * x))")
    closed, hollow = _dots(sample_curve(f, {}, -2.0, 2.0, 200).f_ends)
    assert closed == [(0.0, 0.0)] and hollow == [(0.0, -1.0), (0.0, 3.0)]


def test_a_steep_side_the_value_belongs_to_is_not_an_open_end() -> None:
    """g = 1e6·x for x ≥ 0, else x - 2: at 0 the right side differs by 1e6·5e-324 (rounding)."""

    def steep(x: np.ndarray) -> np.ndarray:
        return np.where(x >= 0, 1e6 * x, x - 2.0)

    closed, hollow = _dots(_end_points(steep, [0.0], {}))
    assert closed == [(0.0, 0.0)] and hollow == [(0.0, -2.0)]
