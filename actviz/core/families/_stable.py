"""Helpers shared by the families: block-wise evaluation and stable logistic pieces.

Speed notes, measured on the development VM. ``np.exp`` and ``np.tanh`` are SIMD-vectorised
(about 1-2 ns an element) while scipy.special's ufuncs (``expit``, ``log_expit``, ``ndtr``) run a
scalar loop (8-18 ns), so the logistic pieces are built from one ``np.exp``. And on large arrays
memory costs more than arithmetic (see :data:`BLOCK`), so the functions work in place and
:func:`array_out` (or :func:`array_in`) feeds them cache-sized blocks.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

import numpy as np

from actviz.core.activation import ElementwiseFn, FloatArray

#: Elements per block in :func:`array_in`. A block's temporaries (512 KiB each) stay in the CPU
#: cache and in the allocator's free lists. Whole-array temporaries of 8 MB are handed back to the
#: OS when freed and page-faulted afresh on the next call, which on this machine costs 2-4 ns an
#: element for each one, more than the arithmetic itself (measured by benchmarks/bench_core.py).
BLOCK = 65536


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


OutFn = Callable[..., None]


def array_out(fn: OutFn) -> ElementwiseFn:
    """Like :func:`array_in`, for ``fn(x, out, **params)`` that writes its result into ``out``.

    ``out`` is the matching block of the result array, so the result needs no temporary of its
    own and no copy: a pass over memory saved on every block.
    """

    @wraps(fn)
    def wrapper(x: FloatArray, **params: Any) -> FloatArray:
        flat = x.reshape(-1)
        out = np.empty(flat.size, dtype=np.float64)
        for start in range(0, flat.size, BLOCK):
            fn(flat[start : start + BLOCK], out[start : start + BLOCK], **params)
        return out.reshape(x.shape)

    return wrapper


def nan_where_nan(x: FloatArray, value: float) -> FloatArray:
    """The constant ``value`` everywhere except NaN at NaN inputs (a constant derivative)."""
    return np.where(np.isnan(x), np.nan, value)


#: exp(700) ≈ 1e304: p = exp(min(t, 700)) and 1 + p stay finite, and σ(700) rounds to 1.
EXP_CAP = 700.0


def sigmoid_over(t: FloatArray) -> None:
    """Replace ``t`` (a temporary of the caller) by σ(t) = p/(1 + p), p = exp(min(t, 700)).

    No overflow and no subtraction: exact to an ulp or two on both sides (e^t/(1 + e^t) keeps its
    relative precision where σ is tiny), 0 at −inf, 1 at +inf, NaN at NaN.
    """
    np.clip(t, None, EXP_CAP, out=t)
    np.exp(t, out=t)
    t /= t + 1.0
