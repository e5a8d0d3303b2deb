"""The explorer's view range: what is accepted, what is refused, and where pan and zoom stop.

The limits are the declared ones: every bound within ±VIEW_LIMIT, each axis at least MIN_VIEW_SPAN
wide (so the float64 sampling grid stays distinct).
"""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actviz.model.session import MIN_VIEW_SPAN, VIEW_LIMIT, check_view_range, clamp_view_range

LIMIT = VIEW_LIMIT


def test_the_declared_limits_are_accepted_exactly() -> None:
    assert check_view_range([-LIMIT, LIMIT, -LIMIT, LIMIT]) == (-LIMIT, LIMIT, -LIMIT, LIMIT)
    assert check_view_range((0, MIN_VIEW_SPAN, 1, 1 + 2 * MIN_VIEW_SPAN)) == (
        0.0, MIN_VIEW_SPAN, 1.0, 1.0 + 2 * MIN_VIEW_SPAN
    )  # fmt: skip


@pytest.mark.parametrize(
    ("view", "message"),
    [
        ([0, 1, 0], "four numbers"),
        ("wide", "four numbers"),
        ([0, 1, 0, True], "must be numbers, got True"),
        ([0, "1", 0, 1], "must be numbers, got '1'"),
        ([0, math.inf, 0, 1], "must be finite, got inf"),
        ([0, 1, math.nan, 1], "must be finite, got nan"),
        ([0, 2 * LIMIT, 0, 1], re.escape(f"within ±{LIMIT:g}, got {2 * LIMIT!r}")),
        ([-2 * LIMIT, 1, 0, 1], re.escape(f"within ±{LIMIT:g}")),
        ([1, 1, 0, 1], "^x range must have min < max"),
        ([2, 1, 0, 1], "^x range must have min < max"),
        (
            [0, 1, 0, MIN_VIEW_SPAN / 2],
            rf"^y range must have min < max \(by at least {MIN_VIEW_SPAN:g}\)",
        ),
    ],
)
def test_a_bad_view_range_is_refused_saying_why(view, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        check_view_range(view)


bounds = st.floats(-10 * LIMIT, 10 * LIMIT, allow_nan=False)


@given(st.tuples(bounds, bounds, bounds, bounds))
def test_clamping_gives_a_valid_range_and_keeps_a_valid_one(view) -> None:
    clamped = clamp_view_range(view)
    check_view_range(clamped)  # always valid
    for low, high, c_low, c_high in ((*view[:2], *clamped[:2]), (*view[2:], *clamped[2:])):
        if -LIMIT <= low and high <= LIMIT and high - low >= MIN_VIEW_SPAN:
            assert (c_low, c_high) == (low, high)  # a valid axis is left alone


def test_clamping_stops_at_the_limits_and_keeps_the_smallest_span() -> None:
    assert clamp_view_range((-2 * LIMIT, 2 * LIMIT, -5.0, 5.0)) == (-LIMIT, LIMIT, -5.0, 5.0)
    assert clamp_view_range((0.0, 0.0, 0.0, 1.0)) == (0.0, MIN_VIEW_SPAN, 0.0, 1.0)
    # Away from 0 the smallest span is the next float64 beyond low + MIN_VIEW_SPAN.
    x_low, x_high, _, _ = clamp_view_range((128.0, 0.0, 0.0, 1.0))
    assert x_low == 128.0 and MIN_VIEW_SPAN <= x_high - x_low < MIN_VIEW_SPAN + 1e-13
    # At the limit the range ends there and opens downwards.
    _, _, y_low, y_high = clamp_view_range((0.0, 1.0, 2 * LIMIT, 3 * LIMIT))
    assert y_high == LIMIT and y_low == math.nextafter(LIMIT, 0.0)
