"""Statistics of one layer's values that stay exact for any finite float64, from 1e-300 to 1e150:
the spread, the size of a gradient and an equal-width histogram."""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]


def scaled_std(x: FloatArray) -> float:
    """np.std that neither overflows for huge values nor underflows to 0 for tiny ones."""
    scale = float(np.max(np.abs(x)))
    if scale == 0.0:
        return 0.0
    return scale * float(np.std(x / scale))


def scaled_norm(x: FloatArray) -> float:
    """The Frobenius norm of ``x`` without overflow or underflow (0 for an empty array)."""
    scale = float(np.max(np.abs(x))) if x.size else 0.0
    if scale == 0.0:
        return 0.0
    return scale * math.sqrt(float(np.sum(np.square(x / scale))))


def layer_histogram(x: FloatArray, bins: int) -> tuple[FloatArray, FloatArray]:
    """(counts, edges) of ``bins`` equal-width bins over [min(x), max(x)] of finite ``x``.

    A constant ``x`` (or one too narrow to split) gets a small range around its value, so its
    counts fall in one bin between increasing edges.
    """
    lo, hi = float(np.min(x)), float(np.max(x))
    if not hi - lo > 1e-290 * max(1.0, abs(lo), abs(hi)):  # one value, or too narrow to split
        half = max(abs(lo) * 1e-3, 1e-290)
        lo, hi = lo - half, hi + half
    # Equal-width bins: the bin index is arithmetic, then one bincount (faster than np.histogram's
    # general path). The guard above keeps bins / (hi - lo) finite; values are finite here.
    index = ((x - lo) * (bins / (hi - lo))).astype(np.intp)
    np.clip(index, 0, bins - 1, out=index)
    counts = np.bincount(index.ravel(), minlength=bins)
    return counts.astype(np.float64), np.linspace(lo, hi, bins + 1)
