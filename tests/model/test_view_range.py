"""The explorer's view range: what is accepted, what is refused, and where pan and zoom stop.

The limits are the declared ones: every bound within ±VIEW_LIMIT, each axis at least
min_view_span wide: MIN_VIEW_SPAN near 0 and MIN_RELATIVE_VIEW_SPAN of its distance from 0 further
out (so float64 still resolves it to a fraction of a pixel). References are those declarations and
float64 facts (``math.ulp``), not values taken from the code under test.
"""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actviz.model.session import (
    DEFAULT_VIEW,
    MIN_RELATIVE_VIEW_SPAN,
    MIN_VIEW_SPAN,
    VIEW_LIMIT,
    Session,
    check_view_range,
    clamp_view_range,
    min_view_span,
)

LIMIT = VIEW_LIMIT
any_float = st.floats(allow_nan=True, allow_infinity=True)
wide_float = st.floats(min_value=-1e12, max_value=1e12)


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
        if -LIMIT <= low and high <= LIMIT and high - low >= min_view_span(low, high):
            assert (c_low, c_high) == (low, high)  # a valid axis is left alone


def test_clamping_stops_at_the_limits_and_keeps_the_smallest_span() -> None:
    assert clamp_view_range((-2 * LIMIT, 2 * LIMIT, -5.0, 5.0)) == (-LIMIT, LIMIT, -5.0, 5.0)
    # A zero-width axis opens about its point to the narrowest span there (1% to spare).
    x_low, x_high, _, _ = clamp_view_range((0.0, 0.0, 0.0, 1.0))
    assert x_low < 0.0 < x_high and MIN_VIEW_SPAN <= x_high - x_low <= 1.02 * MIN_VIEW_SPAN
    x_low, x_high, _, _ = clamp_view_range((128.0, 128.0, 0.0, 1.0))
    narrowest = max(MIN_VIEW_SPAN, MIN_RELATIVE_VIEW_SPAN * 128.0)
    assert x_low < 128.0 < x_high and narrowest <= x_high - x_low <= 1.02 * narrowest
    # Past the limit the range slides back at its width (LIMIT here) and ends at the limit.
    _, _, y_low, y_high = clamp_view_range((0.0, 1.0, 2 * LIMIT, 3 * LIMIT))
    assert (y_low, y_high) == (0.0, LIMIT)
    # A narrow range past the limit keeps its narrow width, against the limit.
    _, _, y_low, y_high = clamp_view_range((0.0, 1.0, 2 * LIMIT, 2 * LIMIT + 1e3))
    narrowest = MIN_RELATIVE_VIEW_SPAN * LIMIT
    assert y_high == LIMIT and max(1e3, narrowest) <= y_high - y_low <= 1.02 * max(1e3, narrowest)


@given(any_float, any_float, any_float, any_float)
def test_clamp_always_gives_a_range_the_model_accepts(a, b, c, d) -> None:
    clamped = clamp_view_range((a, b, c, d))
    assert check_view_range(clamped) == clamped
    Session().set_view_range(clamped)  # and the model takes it without a word


@given(wide_float, wide_float, wide_float, wide_float)
def test_a_valid_range_passes_bit_for_bit(a, b, c, d) -> None:
    view = (min(a, b), max(a, b), min(c, d), max(c, d))
    try:
        check_view_range(view)
    except ValueError:
        return
    assert clamp_view_range(view) == view


@given(st.floats(min_value=-2e9, max_value=2e9), st.floats(min_value=0.0, max_value=1e-9))
def test_zooming_in_keeps_the_centre_and_stops_at_the_narrowest_span(centre, span) -> None:
    x0, x1, y0, y1 = clamp_view_range((centre - span / 2, centre + span / 2, -1.0, 1.0))
    c = min(max(centre, -VIEW_LIMIT), VIEW_LIMIT)
    narrowest = max(MIN_VIEW_SPAN, MIN_RELATIVE_VIEW_SPAN * abs(c))
    assert narrowest <= x1 - x0 <= 1.1 * narrowest + 4 * math.ulp(VIEW_LIMIT)
    # The view still contains the point the user zoomed into (or touches the limit it hit).
    assert x0 <= c <= x1 or math.isclose(abs(c), VIEW_LIMIT, rel_tol=1e-9)
    assert (y0, y1) == (-1.0, 1.0)


def test_zooming_out_stops_at_the_full_extent() -> None:
    assert clamp_view_range((-1e300, 1e300, -math.inf, math.inf)) == (
        -VIEW_LIMIT,
        VIEW_LIMIT,
        -VIEW_LIMIT,
        VIEW_LIMIT,
    )


def test_panning_past_the_edge_slides_back_inside() -> None:
    x0, x1, _y0, _y1 = clamp_view_range((VIEW_LIMIT - 1e-12, VIEW_LIMIT + 1e-12, 0.0, 1.0))
    assert x1 == VIEW_LIMIT
    assert x1 - x0 >= min_view_span(x0, x1)


def test_narrowest_span_grows_where_float64_cannot_resolve_a_nanometre() -> None:
    # Near 1e8 one ulp is 1.5e-8: a view 1e-9 wide could not even be written down there.
    assert math.ulp(1e8) > MIN_VIEW_SPAN
    assert min_view_span(1e8, 1e8) > 100 * math.ulp(1e8)
    with pytest.raises(ValueError, match="x range"):
        check_view_range((1e8, 1e8 + 1e-7, 0.0, 1.0))
    assert min_view_span(-0.5, 0.5) == MIN_VIEW_SPAN


def test_nan_axis_falls_back_to_the_default_view() -> None:
    assert clamp_view_range((math.nan, 1.0, -2.0, 2.0)) == (*DEFAULT_VIEW[:2], -2.0, 2.0)


@pytest.mark.parametrize("factor", [1e-6, 0.5, 2.0, 1e6])
def test_repeated_zoom_of_a_view_never_fails(factor: float) -> None:
    """The arithmetic of ViewBox.scaleBy about a point, applied until the limits hold it."""
    session = Session()
    for _ in range(200):
        x0, x1, y0, y1 = session.view_range
        cx, cy = 0.3 * x0 + 0.7 * x1, 0.6 * y0 + 0.4 * y1
        scaled = (
            cx + (x0 - cx) * factor,
            cx + (x1 - cx) * factor,
            cy + (y0 - cy) * factor,
            cy + (y1 - cy) * factor,
        )
        session.set_view_range(clamp_view_range(scaled))
    x0, x1, y0, y1 = session.view_range
    if factor < 1:
        assert x1 - x0 == pytest.approx(min_view_span(x0, x1), rel=0.05)
    else:
        assert (x0, x1, y0, y1) == (-VIEW_LIMIT, VIEW_LIMIT, -VIEW_LIMIT, VIEW_LIMIT)


def test_zoom_and_pan_steps_keep_the_view_valid() -> None:
    session = Session()
    session.zoom_view(0.5)
    x0, x1, y0, y1 = session.view_range
    assert (x0, x1) == (-2.5, 2.5) and (y0, y1) == (-0.25, 2.25)  # half of DEFAULT_VIEW, centred
    session.zoom_view(2.0, centre=(-2.5, 2.25))  # about a corner: the corner stays put
    assert session.view_range[0] == -2.5 and session.view_range[3] == 2.25
    session.pan_view(0.1, -0.5)
    x0, x1, y0, y1 = session.view_range
    assert x0 == pytest.approx(-2.5 + 1.0) and y1 == pytest.approx(2.25 - 2.5)
    for _ in range(100):
        session.zoom_view(1e6)
        session.pan_view(1e3, -1e3)
    assert session.view_range == (-VIEW_LIMIT, VIEW_LIMIT, -VIEW_LIMIT, VIEW_LIMIT)
    for bad in (0.0, -1.0, math.inf, math.nan, True, "2"):
        with pytest.raises(ValueError):
            session.zoom_view(bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        session.pan_view(math.nan, 0.0)


@given(
    st.floats(min_value=0.02, max_value=2e9),  # wider than min_view_span anywhere
    st.floats(min_value=-1e15, max_value=1e15),
)
def test_panning_past_a_limit_keeps_the_width(width, shift) -> None:
    low, high = shift - width / 2, shift + width / 2
    x0, x1, _y0, _y1 = clamp_view_range((low, high, 0.0, 1.0))
    rounding = 4 * (math.ulp(VIEW_LIMIT) + math.ulp(abs(shift) + width))
    assert x1 - x0 == pytest.approx(high - low, abs=rounding)
    assert -VIEW_LIMIT <= x0 < x1 <= VIEW_LIMIT
