"""Small helpers for piecewise activations: NaN passthrough and warning-free linear pieces.

``np.where`` on a comparison sends NaN to the "else" branch (every comparison with NaN is False),
so a piecewise formula must put NaN back explicitly; and ``0 * -inf`` is NaN with a numpy
"invalid value" warning, so a zero slope must not multiply an infinite input.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from actviz.core.activation import FloatArray
from actviz.core.params import Kink

BoolArray = npt.NDArray[np.bool_]


def keep_nan(x: FloatArray, out: FloatArray) -> FloatArray:
    """``out``, a fresh array of x's shape, made NaN (in place) wherever ``x`` is NaN."""
    np.copyto(out, np.nan, where=np.isnan(x))
    return out


def indicator(x: FloatArray, inside: BoolArray, value: float = 1.0) -> FloatArray:
    """``value`` where ``inside`` holds, else 0, and NaN where ``x`` is NaN (a step derivative)."""
    return keep_nan(x, np.where(inside, value, 0.0))


def leaky(x: FloatArray, slope: float) -> FloatArray:
    """x for x > 0, slope * x otherwise; the limit 0 (not NaN) at -inf when the slope is 0."""
    if slope == 0.0:
        return np.maximum(x, 0.0)  # propagates NaN
    return np.where(x > 0.0, x, slope * x)  # |slope| <= 1: slope * x never overflows


def leaky_grad(x: FloatArray, slope: float) -> FloatArray:
    """1 for x > 0, slope for x <= 0 (autograd's choice at 0), NaN at NaN."""
    return keep_nan(x, np.where(x > 0.0, 1.0, slope))


def corners(*xs: float, kind: str = "kink") -> tuple[Kink, ...]:
    """Kinks at the distinct positions ``xs`` (a zero-width dead zone gives one point, not two)."""
    # + 0.0 turns -0.0 (from -λ with λ = 0) into 0.0
    return tuple(Kink(x + 0.0, "jump" if kind == "jump" else "kink") for x in sorted(set(xs)))
