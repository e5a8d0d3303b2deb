"""Display sampling: grid density, exact kinks with both neighbours, NaN gaps, jump end points."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actviz import core
from actviz.core.sampling import MAX_POINTS, POINTS_PER_PIXEL, sample_curve, sample_x, split_at


def test_grid_follows_pixel_width_and_range() -> None:
    x = sample_x(-2.0, 3.0, 500)
    assert x[0] == -2.0 and x[-1] == 3.0
    assert len(x) == 500 * POINTS_PER_PIXEL
    assert np.all(np.diff(x) > 0)
    assert len(sample_x(0, 1, 10**9)) == MAX_POINTS


def test_kinks_inserted_exactly_with_neighbours() -> None:
    x = sample_x(-1.0, 1.0, 300, [0.123456789, 5.0])
    i = np.searchsorted(x, 0.123456789)
    assert x[i] == 0.123456789
    assert x[i - 1] == np.nextafter(0.123456789, -np.inf)
    assert x[i + 1] == np.nextafter(0.123456789, np.inf)
    assert 5.0 not in x  # outside the visible range


@pytest.mark.parametrize("bad", [(1.0, 1.0), (2.0, 1.0), (np.nan, 1.0), (0.0, np.inf)])
def test_bad_range_refused(bad) -> None:
    with pytest.raises(ValueError):
        sample_x(bad[0], bad[1], 100)


def test_split_at_replaces_each_break_with_one_gap() -> None:
    x = np.array([-1.0, -0.5, 0.0, 0.5, 1.0])
    out = split_at(x, [0.0])
    assert np.array_equal(out, [-1.0, -0.5, np.nan, 0.5, 1.0], equal_nan=True)
    assert split_at(x, []) is x


def _finite(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    keep = np.isfinite(x)
    return x[keep], y[keep]


def test_relu_at_extreme_zoom_keeps_its_corner() -> None:
    relu = core.get("relu")
    s = sample_curve(relu, {}, -1e-12, 1e-12, 800)
    # f is continuous: no gap, and it passes exactly through the corner (0, 0).
    assert np.all(np.isfinite(s.f_x))
    assert 0.0 in s.f_x and s.f_y[np.searchsorted(s.f_x, 0.0)] == 0.0
    # max(x, 0), computed independently
    assert np.array_equal(s.f_y, np.maximum(s.f_x, 0.0))
    # f' steps at 0: one gap, each side at its own value right up to the corner.
    assert np.isnan(s.df_x).sum() == 1
    gap = int(np.flatnonzero(np.isnan(s.df_x))[0])
    assert s.df_x[gap - 1] == np.nextafter(0.0, -1) and s.df_y[gap - 1] == 0.0
    assert s.df_x[gap + 1] == np.nextafter(0.0, 1) and s.df_y[gap + 1] == 1.0


def test_binary_step_breaks_with_closed_and_open_ends() -> None:
    step = core.get("binary_step")
    s = sample_curve(step, {}, -3.0, 3.0, 400)
    gaps = np.flatnonzero(np.isnan(s.f_x))
    assert len(gaps) == 1
    left_end, right_start = s.f_x[gaps[0] - 1], s.f_x[gaps[0] + 1]
    assert left_end == np.nextafter(0.0, -1) and right_start == np.nextafter(0.0, 1)
    assert s.f_y[gaps[0] - 1] == 0.0 and s.f_y[gaps[0] + 1] == 1.0  # each side its own limit
    at_zero = float(step.forward(0.0))
    assert list(s.f_ends.closed_x) == [0.0] and list(s.f_ends.closed_y) == [at_zero]
    assert list(s.f_ends.open_x) == [0.0]
    assert {at_zero, float(s.f_ends.open_y[0])} == {0.0, 1.0}


def test_hardshrink_two_jumps_open_ends_at_outer_limits() -> None:
    lambd = 0.5
    s = sample_curve(core.get("hardshrink"), {"lambd": lambd}, -2.0, 2.0, 400)
    assert np.isnan(s.f_x).sum() == 2
    assert sorted(s.f_ends.closed_x) == [-lambd, lambd]
    # Closed at 0 (the value at |x| = lambda), open at ±lambda (where the outer parts start).
    assert np.all(s.f_ends.closed_y == 0.0)
    assert sorted(np.abs(s.f_ends.open_y)) == pytest.approx([lambd, lambd])


@settings(max_examples=60, deadline=None)
@given(
    key=st.sampled_from(core.names()),
    lo=st.floats(-50, 50),
    span=st.floats(1e-6, 100),
    width=st.integers(50, 2000),
)
def test_sampled_values_are_the_catalogue_values(
    key: str, lo: float, span: float, width: int
) -> None:
    activation = core.get(key)
    s = sample_curve(activation, activation.defaults(), lo, lo + span, width)
    for xs, ys, fn in ((s.f_x, s.f_y, activation.forward), (s.df_x, s.df_y, activation.derivative)):
        x, y = _finite(xs, ys)
        assert np.all(np.diff(x) > 0)
        assert x[0] >= lo and x[-1] <= lo + span
        np.testing.assert_array_equal(y, fn(x))
        assert np.all(np.isnan(ys[~np.isfinite(xs)]))
    # Every kink in view appears exactly in f's samples unless it is a jump (then its dots show it).
    for kink in activation.kinks():
        if lo <= kink.x <= lo + span:
            assert (kink.x in s.f_x) == (kink.kind == "kink")
            assert kink.x in s.df_ends.closed_x


def test_samples_and_end_points_use_the_params_given() -> None:
    """threshold(x; 1.5, -2): f jumps at 1.5 from -2 to 1.5, f' is 0 left, 1 right of it."""
    act = core.get("threshold")
    params = {"threshold": 1.5, "value": -2.0}
    s = sample_curve(act, params, -1.0, 4.0, 200)
    finite = np.isfinite(s.f_x)
    np.testing.assert_array_equal(s.f_y[finite], act.forward(s.f_x[finite], **params))
    d_finite = np.isfinite(s.df_x)
    np.testing.assert_array_equal(s.df_y[d_finite], act.derivative(s.df_x[d_finite], **params))
    assert list(s.f_ends.closed_x) == [1.5] and list(s.f_ends.closed_y) == [-2.0]
    assert list(s.f_ends.open_y) == [pytest.approx(1.5)]
    assert list(s.df_ends.closed_x) == [1.5] and list(s.df_ends.closed_y) == [0.0]
    assert list(s.df_ends.open_y) == [1.0]


@pytest.mark.parametrize("edge", ["left", "right"])
def test_a_kink_exactly_at_the_edge_of_the_view_is_drawn(edge: str) -> None:
    act = core.get("relu")
    lo, hi = (0.0, 2.0) if edge == "left" else (-2.0, 0.0)
    s = sample_curve(act, {}, lo, hi, 100)
    assert 0.0 in s.f_x and list(s.df_ends.closed_x) == [0.0]
    x = sample_x(lo, hi, 100, [0.0])
    assert 0.0 in x and x[0] == lo and x[-1] == hi
    assert np.nextafter(0.0, 1.0 if edge == "left" else -1.0) in x  # its neighbour inside


def test_a_bad_range_is_refused_naming_it() -> None:
    with pytest.raises(ValueError, match=r"^bad x range \[2.0, 1.0\]$"):
        sample_x(2.0, 1.0, 100)


def test_split_at_leaves_one_nan_gap_per_break() -> None:
    out = split_at(np.array([0.0, 1.0, 2.0, 3.0]), [2.0, 1.0])
    assert np.isnan(out[1]) and np.isnan(out[2]) and list(out[[0, 3]]) == [0.0, 3.0]
    assert out.dtype == np.float64 and out.size == 4
    assert split_at(np.array([0.5, 1.5]), [1.0]).size == 3  # a break between samples
    empty = sample_curve(core.get("sigmoid"), {}, -1.0, 1.0, 50).f_ends
    assert empty.closed_x.size == empty.closed_y.size == empty.open_x.size == empty.open_y.size == 0


@pytest.mark.parametrize("count", [1, 0, -3])
def test_a_grid_needs_two_points(count: int) -> None:
    from actviz.core.sampling import grid_x

    with pytest.raises(ValueError, match=f"^need at least 2 points, got {count}$"):
        grid_x(0.0, 1.0, count)
