"""Keyboard pan and zoom in the model: Session.pan_view and zoom_view, by their definitions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actviz.model.session import DEFAULT_VIEW, VIEW_LIMIT, Session, check_view_range

shares = st.floats(-3.0, 3.0, allow_nan=False)
factors = st.floats(0.05, 20.0, allow_nan=False)


@given(dx=shares, dy=shares)
def test_a_pan_moves_by_a_share_of_the_view_and_keeps_its_size(dx: float, dy: float) -> None:
    session = Session()
    x0, x1, y0, y1 = DEFAULT_VIEW
    session.pan_view(dx, dy)
    nx0, nx1, ny0, ny1 = session.view_range
    assert (nx0, nx1) == pytest.approx((x0 + dx * (x1 - x0), x1 + dx * (x1 - x0)))
    assert (ny0, ny1) == pytest.approx((y0 + dy * (y1 - y0), y1 + dy * (y1 - y0)))


@given(factor=factors)
def test_a_zoom_scales_about_the_middle(factor: float) -> None:
    session = Session()
    x0, x1, y0, y1 = DEFAULT_VIEW
    session.zoom_view(factor)
    nx0, nx1, ny0, ny1 = session.view_range
    assert (nx0 + nx1) / 2 == pytest.approx((x0 + x1) / 2)
    assert (ny0 + ny1) / 2 == pytest.approx((y0 + y1) / 2)
    assert nx1 - nx0 == pytest.approx(factor * (x1 - x0))
    assert ny1 - ny0 == pytest.approx(factor * (y1 - y0))


def test_zooming_about_a_point_keeps_that_point_in_place() -> None:
    session = Session()
    session.zoom_view(0.5, centre=(1.0, 2.0))
    x0, x1, y0, y1 = session.view_range
    assert ((1.0 - x0) / (x1 - x0), (2.0 - y0) / (y1 - y0)) == pytest.approx(
        ((1.0 - DEFAULT_VIEW[0]) / 10.0, (2.0 - DEFAULT_VIEW[2]) / 5.0)
    )


def test_pan_and_zoom_stop_at_the_limits_with_a_valid_view() -> None:
    session = Session()
    for _ in range(200):
        session.zoom_view(10.0)
        session.pan_view(5.0, -5.0)
    check_view_range(session.view_range)
    assert max(abs(v) for v in session.view_range) <= VIEW_LIMIT
    for _ in range(200):
        session.zoom_view(0.01)
    check_view_range(session.view_range)


@pytest.mark.parametrize("bad", [0.0, -1.0, float("nan"), float("inf"), True, "2"])
def test_a_bad_zoom_factor_is_refused_and_the_view_kept(bad: object) -> None:
    session = Session()
    with pytest.raises(ValueError, match="zoom factor"):
        session.zoom_view(bad)  # type: ignore[arg-type]
    assert session.view_range == DEFAULT_VIEW


def test_a_pan_by_a_non_finite_share_is_refused() -> None:
    session = Session()
    with pytest.raises(ValueError, match="pan"):
        session.pan_view(float("nan"), 0.0)
    assert session.view_range == DEFAULT_VIEW
