"""Scanning a function of x over the whole plottable line: a grid, sign changes, exact boundaries.

Used where a property is found numerically rather than stated: the kinks of a typed formula
(where the argument of abs, max, sign, ... changes sign), the gaps where it is undefined, and the
estimated properties of a custom activation. The grid is dense near 0 (step 0.025 on [−50, 50])
and geometric beyond, out to the view limit 1e9. Boundaries found on it are then refined by
bisection on the bit patterns of float64, which ends, within 64 steps, at two adjacent floats.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import numpy as np

from actviz.core.activation import FloatArray

INNER = 50.0  # the linear part of the grid is [−INNER, INNER]
INNER_STEP = 0.025
OUTER = 1e9  # as far as the plot can be panned (model.session.VIEW_LIMIT)
OUTER_POINTS = 700

_SIGN_BIT = np.int64(-0x8000000000000000)
_MAGNITUDE = np.int64(0x7FFFFFFFFFFFFFFF)


@cache
def _grid() -> FloatArray:
    inner = np.linspace(-INNER, INNER, round(2 * INNER / INNER_STEP) + 1)
    outer = np.geomspace(INNER, OUTER, OUTER_POINTS)[1:]
    grid = np.concatenate([-outer[::-1], inner, outer])
    grid.setflags(write=False)
    return grid


def scan_grid() -> FloatArray:
    """The sorted, read-only grid over [−1e9, 1e9] (0 is on it)."""
    return _grid()


def _ordered(values: FloatArray) -> np.ndarray:
    """Integers in the same order as the floats, consecutive for adjacent floats."""
    bits = np.ascontiguousarray(values, dtype=np.float64).view(np.int64)
    return np.where(bits >= 0, bits, -(bits & _MAGNITUDE))


def _float(ordered: np.ndarray) -> FloatArray:
    bits = np.where(ordered >= 0, ordered, (-ordered) | _SIGN_BIT)
    return np.ascontiguousarray(bits, dtype=np.int64).view(np.float64)


def bisect(
    side: Callable[[FloatArray], np.ndarray], lo: FloatArray, hi: FloatArray
) -> tuple[FloatArray, FloatArray]:
    """Shrink each bracket [lo, hi] to two adjacent floats where ``side`` flips.

    ``side(x)`` is True on the ``hi`` side of the boundary and False on the ``lo`` side (``side``
    must be False at every ``lo`` and True at every ``hi``). Returns the final (lo, hi).
    """
    lo_k, hi_k = _ordered(lo), _ordered(hi)
    for _ in range(70):
        # hi − lo overflows int64 for a bracket as wide as [−2, 2]; in uint64 it wraps to the
        # true width, which is below 2**64.
        width = hi_k.view(np.uint64) - lo_k.view(np.uint64)
        open_ = width > 1
        if not open_.any():
            break
        mid_k = (lo_k.view(np.uint64) + width // 2).view(np.int64)
        mid_side = np.asarray(side(_float(mid_k)), dtype=bool)
        hi_k = np.where(open_ & mid_side, mid_k, hi_k)
        lo_k = np.where(open_ & ~mid_side, mid_k, lo_k)
    return _float(lo_k), _float(hi_k)


def sign_changes(g: Callable[[FloatArray], FloatArray], limit: int = 400) -> FloatArray:
    """Where ``g`` is 0 or changes sign on the grid, each refined to float precision.

    At most ``limit`` points, those nearest 0 first; returned sorted. NaN values of ``g`` are
    skipped (no sign there).
    """
    grid = scan_grid()
    values = np.asarray(g(grid), dtype=np.float64)
    signs = np.sign(values)
    zeros = grid[values == 0.0]
    left, right = signs[:-1], signs[1:]
    flips = np.flatnonzero((left * right) < 0)  # NaN products compare False
    roots = zeros
    if flips.size:
        rising = right[flips] > 0

        def side(x: FloatArray) -> np.ndarray:
            value = np.asarray(g(x), dtype=np.float64)
            return np.where(rising, value >= 0.0, value <= 0.0)

        lo, hi = bisect(side, grid[flips], grid[flips + 1])
        g_lo = np.abs(np.asarray(g(lo), dtype=np.float64))
        g_hi = np.abs(np.asarray(g(hi), dtype=np.float64))
        nearer = np.where(g_hi <= g_lo, hi, lo)
        roots = np.concatenate([roots, nearer])
    roots = np.unique(roots[np.isfinite(roots)])
    if roots.size > limit:
        roots = np.sort(roots[np.argsort(np.abs(roots), kind="stable")[:limit]])
    return roots
