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


def array_in(fn: ElementwiseFn) -> ElementwiseFn:
    """Give ``fn`` a 1-element array in place of a 0-d one, and reshape the result back.

    The functions here write into their temporaries (``out=``) to save memory traffic; numpy
    arithmetic on 0-d arrays returns scalars, which cannot be written into.
    """

    @wraps(fn)
    def wrapper(x: FloatArray, **params: Any) -> FloatArray:
        if x.ndim == 0:
            return fn(x.reshape(1), **params).reshape(())
        return fn(x, **params)

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
