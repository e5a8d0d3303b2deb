"""Helpers shared by the smooth families: a 0-d-safe wrapper and a one-exponential sigmoid.

Speed note: ``np.exp`` and ``np.tanh`` are SIMD-vectorised in numpy (about 1-2 ns an element) while
scipy.special's ufuncs (``expit``, ``log_expit``, ``ndtr``) run a scalar loop (8-18 ns). So the
logistic family is built from one ``np.exp(-|x|)``, which never overflows, instead of calling
expit twice per derivative.
"""

from __future__ import annotations

from functools import wraps
from typing import Any

import numpy as np

from actviz.core.activation import ElementwiseFn, FloatArray

#: Elements per block in :func:`array_in`. A block's temporaries (256 KiB each) stay in the CPU
#: cache and in the allocator's free lists. Whole-array temporaries of 8 MB are handed back to the
#: OS when freed and page-faulted afresh on the next call, which on this machine costs 2-4 ns an
#: element for each one, more than the arithmetic itself (measured by benchmarks/bench_core.py).
BLOCK = 32768


def array_in(fn: ElementwiseFn) -> ElementwiseFn:
    """Run the elementwise ``fn`` on blocks of at most :data:`BLOCK` elements, as 1-d arrays.

    A 0-d input becomes a 1-element array (the functions here write into their temporaries with
    ``out=``, and numpy arithmetic on 0-d arrays returns scalars, which cannot be written into).
    The result has the shape of ``x``.
    """

    @wraps(fn)
    def wrapper(x: FloatArray, **params: Any) -> FloatArray:
        flat = x.reshape(-1)
        if flat.size <= BLOCK:
            return np.asarray(fn(flat, **params), dtype=np.float64).reshape(x.shape)
        out = np.empty(flat.size, dtype=np.float64)
        for start in range(0, flat.size, BLOCK):
            out[start : start + BLOCK] = fn(flat[start : start + BLOCK], **params)
        return out.reshape(x.shape)

    return wrapper


def sigmoid_and_complement(x: FloatArray) -> tuple[FloatArray, FloatArray]:
    """σ(x) and 1 − σ(x) = σ(−x), both to full relative precision, from one exponential.

    With e = exp(−|x|) ≤ 1 (no overflow): for x ≥ 0, σ = 1/(1+e) and 1−σ = e/(1+e); for x < 0 the
    two swap. Computing 1 − σ by subtraction would lose every digit once σ rounds to 1.
    """
    e = np.exp(-np.abs(x))
    r = 1.0 / (1.0 + e)
    q = e * r
    non_negative = x >= 0.0  # False at NaN, where q is NaN too
    return np.where(non_negative, r, q), np.where(non_negative, q, r)


def nan_where_nan(x: FloatArray, value: float) -> FloatArray:
    """The constant ``value`` everywhere except NaN at NaN inputs (a constant derivative)."""
    return np.where(np.isnan(x), np.nan, value)


def exp_neg_abs(t: FloatArray) -> FloatArray:
    """exp(−|t|) in a new array: in (0, 1], never overflows, NaN at NaN."""
    e = np.abs(t)
    np.negative(e, out=e)
    return np.exp(e, out=e)


def sigmoid(t: FloatArray) -> FloatArray:
    """σ(t) to full relative precision: 1/(1+e) for t ≥ 0, else e/(1+e), with e = exp(−|t|)."""
    e = exp_neg_abs(t)
    numerator = np.where(t >= 0.0, 1.0, e)
    e += 1.0
    return np.divide(numerator, e, out=numerator)


def times_sigmoid(factor: FloatArray, t: FloatArray) -> FloatArray:
    """factor · σ(t), with one exponential and no subtraction."""
    e = exp_neg_abs(t)
    numerator = np.where(t >= 0.0, 1.0, e)
    numerator *= factor
    e += 1.0
    return np.divide(numerator, e, out=numerator)
