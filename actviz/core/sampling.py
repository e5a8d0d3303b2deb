"""Sampling a curve for display: as many points as the screen can show, corners and jumps exact.

A fixed grid rounds every corner of ReLU at high zoom and draws a jump as a steep line. Here the
grid follows the visible range and its pixel width, and every kink inside the range is added
exactly, with its two floating-point neighbours, so each side of a corner or a jump is drawn up to
its own limit. Breaks (where the line must not continue) are NaN, which pyqtgraph draws as a gap
with ``connect="finite"``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from actviz.core.activation import Activation, FloatArray
from actviz.core.params import Kink, ParamValue

POINTS_PER_PIXEL = 2
MIN_POINTS = 64
MAX_POINTS = 20_000
_APPROACH = 10.0 ** -np.arange(3, 13)


def sample_x(
    x_min: float,
    x_max: float,
    width_px: int,
    kink_xs: Sequence[float] = (),
    approach_xs: Sequence[float] = (),
) -> FloatArray:
    """Sorted, unique x samples covering ``[x_min, x_max]``.

    Parameters
    ----------
    x_min, x_max
        The visible range (finite, ``x_min < x_max``).
    width_px
        The plot's width in pixels; the grid has about ``POINTS_PER_PIXEL`` points per pixel.
    kink_xs
        Points to insert exactly, each with its neighbours ``np.nextafter`` on either side.
    approach_xs
        Points to approach geometrically from both sides (at 10⁻³ ... 10⁻¹² of the range), so a
        curve that runs off to infinity there (a typed 1/x) is drawn up to the edge of the plot.
    """
    count = int(min(max(width_px * POINTS_PER_PIXEL, MIN_POINTS), MAX_POINTS))
    return grid_x(x_min, x_max, count, kink_xs, approach_xs)


def grid_x(
    x_min: float,
    x_max: float,
    count: int,
    kink_xs: Sequence[float] = (),
    approach_xs: Sequence[float] = (),
) -> FloatArray:
    """``count`` evenly spaced x over ``[x_min, x_max]`` (ends included), with the points of
    ``kink_xs`` and ``approach_xs`` added as :func:`sample_x` describes; sorted and unique."""
    if not (np.isfinite(x_min) and np.isfinite(x_max) and x_min < x_max):
        raise ValueError(f"bad x range [{x_min}, {x_max}]")
    if count < 2:
        raise ValueError(f"need at least 2 points, got {count}")
    grid = np.linspace(x_min, x_max, count)
    inside = [x for x in kink_xs if x_min <= x <= x_max]
    approach = [x for x in approach_xs if x_min <= x <= x_max]
    if not inside and not approach:
        return grid
    centres = np.asarray(inside, dtype=np.float64)
    steps = (x_max - x_min) * _APPROACH
    near = np.asarray(approach, dtype=np.float64)[:, None]
    extra = np.concatenate(
        [
            np.nextafter(centres, -np.inf),
            centres,
            np.nextafter(centres, np.inf),
            (near - steps).ravel(),
            (near + steps).ravel(),
        ]
    )
    extra = extra[(extra >= x_min) & (extra <= x_max)]
    return _sorted_unique(np.concatenate([grid, extra]))


def _sorted_unique(x: FloatArray) -> FloatArray:
    """``np.unique`` for finite floats, without its first-call import of ``numpy.ma`` (tens of
    milliseconds before the first frame)."""
    x = np.sort(x)
    keep = np.ones(x.size, dtype=bool)
    keep[1:] = x[1:] != x[:-1]
    return x[keep]


def split_at(x: FloatArray, breaks: Sequence[float]) -> FloatArray:
    """``x`` with each break point removed and a NaN put in its place (one gap per break)."""
    if not breaks:
        return x
    points = np.asarray(sorted(breaks), dtype=np.float64)
    keep = ~np.isin(x, points)
    kept = x[keep]
    where = np.searchsorted(kept, points)
    return np.insert(kept, where, np.nan)


@dataclass(frozen=True)
class EndPoints:
    """The marked ends of a broken curve: filled (the value at the break) and hollow."""

    closed_x: FloatArray
    closed_y: FloatArray
    open_x: FloatArray
    open_y: FloatArray


@dataclass(frozen=True)
class CurveSamples:
    """f and f' ready to draw: x with NaN gaps at breaks, the values there NaN too."""

    f_x: FloatArray
    f_y: FloatArray
    df_x: FloatArray
    df_y: FloatArray
    f_ends: EndPoints
    df_ends: EndPoints


def sample_curve(
    activation: Activation,
    params: Mapping[str, ParamValue],
    x_min: float,
    x_max: float,
    width_px: int,
) -> CurveSamples:
    """Sample f and f' of ``activation`` for a plot of the visible x range.

    f breaks only at jumps; f' breaks at every kink (it steps at a corner). At each break in view
    the value at the point itself is a filled dot and the other side's limit a hollow one.
    """
    kinks: tuple[Kink, ...] = activation.kinks(**params)
    visible = [k for k in kinks if x_min <= k.x <= x_max]
    jumps = [k.x for k in visible if k.kind == "jump"]
    x = sample_x(x_min, x_max, width_px, [k.x for k in kinks], jumps)
    corners = [k.x for k in visible]
    f_x = split_at(x, jumps)
    df_x = split_at(x, corners)
    f_y = _evaluate(activation.forward, f_x, params)
    df_y = _evaluate(activation.derivative, df_x, params)
    return CurveSamples(
        f_x=f_x,
        f_y=f_y,
        df_x=df_x,
        df_y=df_y,
        f_ends=_end_points(activation.forward, jumps, params),
        df_ends=_end_points(activation.derivative, corners, params),
    )


def _evaluate(fn: object, x: FloatArray, params: Mapping[str, ParamValue]) -> FloatArray:
    y = np.full_like(x, np.nan)
    finite = np.isfinite(x)
    y[finite] = fn(x[finite], **params)  # type: ignore[operator]
    return y


#: Gaps at a break up to this fraction of max(1, |g(x0)|) are rounding, not a jump.
_ROUNDING = 1e-12


def _end_points(fn: object, breaks: Sequence[float], params: Mapping[str, ParamValue]) -> EndPoints:
    """Filled dot at (x0, g(x0)); a hollow dot at each one-sided limit that differs from g(x0)."""
    if not breaks:
        empty = np.empty(0)
        return EndPoints(empty, empty, empty, empty)
    at = np.asarray(breaks, dtype=np.float64)
    value = np.asarray(fn(at, **params), dtype=np.float64)  # type: ignore[operator]
    left = np.asarray(fn(np.nextafter(at, -np.inf), **params), dtype=np.float64)  # type: ignore[operator]
    right = np.asarray(fn(np.nextafter(at, np.inf), **params), dtype=np.float64)  # type: ignore[operator]
    with np.errstate(invalid="ignore"):  # inf − inf where a typed formula is infinite there
        left_gap, right_gap = np.abs(left - value), np.abs(right - value)
    # The side the value belongs to differs from it by rounding at most (its slope times one
    # float step); a side further away is an open end: one at a jump, both where the value lies
    # apart from its two limits (sign(x) at 0). Where g(x0) is undefined (sin(x)/x at 0) each
    # finite limit is open, once.
    tolerance = _ROUNDING * np.fmax(1.0, np.abs(value))
    undefined = np.isnan(value)
    left_open = np.isfinite(left) & (undefined | (left_gap > tolerance))
    same_limit = undefined & np.isfinite(left) & np.isclose(right, left, rtol=1e-9, atol=0.0)
    right_open = np.isfinite(right) & ~same_limit & (undefined | (right_gap > tolerance))
    open_x = np.concatenate([at[left_open], at[right_open]])
    open_y = np.concatenate([left[left_open], right[right_open]])
    in_x_order = np.argsort(open_x, kind="stable")  # left limit before right at the same break
    closed = np.isfinite(value)
    return EndPoints(at[closed], value[closed], open_x[in_x_order], open_y[in_x_order])
