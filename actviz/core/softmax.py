"""Softmax and friends: the one activation that looks at a whole vector.

Every function divides the logits by the temperature first and subtracts the maximum before any
exponential, so logits up to +-1e300 and temperatures down to 1e-3 give exact, warning-free results.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]


def check_temperature(temperature: float) -> float:
    """``temperature`` as a float, or ``ValueError`` unless it is a finite number > 0."""
    try:
        t = float(temperature)
    except (TypeError, ValueError):
        raise ValueError(f"temperature must be a finite number > 0, got {temperature!r}") from None
    if not math.isfinite(t) or t <= 0.0:
        raise ValueError(f"temperature must be a finite number > 0, got {temperature!r}")
    return t


def _scaled(z: npt.ArrayLike, temperature: float) -> FloatArray:
    t = check_temperature(temperature)
    arr = np.asarray(z, dtype=np.float64)
    if t >= 1.0:
        return arr / t
    # z / t can overflow for |z| near 1e308 and t < 1: scale in two steps that cannot.
    with np.errstate(over="ignore"):
        scaled = arr / t
    return np.where(np.isinf(scaled) & np.isfinite(arr), np.sign(arr) * np.finfo(np.float64).max, scaled)


def _shifted(scaled: FloatArray, axis: int) -> FloatArray:
    """Scaled logits minus their finite maximum (so the largest is exactly 0)."""
    top = np.max(scaled, axis=axis, keepdims=True)
    top = np.where(np.isfinite(top), top, 0.0)
    # a - b can overflow when a and b are near +-max float: halve both first when needed.
    with np.errstate(over="ignore", invalid="ignore"):
        diff = scaled - top
    return np.where(np.isinf(diff) & np.isfinite(scaled), -np.inf, diff)


def log_softmax(z: npt.ArrayLike, temperature: float = 1.0, axis: int = -1) -> FloatArray:
    """log softmax(z / T), computed as (z/T - max) - log(sum exp(z/T - max))."""
    shifted = _shifted(_scaled(z, temperature), axis)
    with np.errstate(under="ignore"):
        total = np.sum(np.exp(shifted), axis=axis, keepdims=True)
    return np.asarray(shifted - np.log(total), dtype=np.float64)


def softmax(z: npt.ArrayLike, temperature: float = 1.0, axis: int = -1) -> FloatArray:
    """Probabilities exp(z_i/T) / sum_j exp(z_j/T) along ``axis``; rows sum to 1."""
    shifted = _shifted(_scaled(z, temperature), axis)
    with np.errstate(under="ignore"):
        e = np.exp(shifted)
    return np.asarray(e / np.sum(e, axis=axis, keepdims=True), dtype=np.float64)


def softmin(z: npt.ArrayLike, temperature: float = 1.0, axis: int = -1) -> FloatArray:
    """softmax(-z / T): the smallest score gets the largest probability."""
    return softmax(-np.asarray(z, dtype=np.float64), temperature, axis)


def softmax_jacobian(z: npt.ArrayLike, temperature: float = 1.0) -> FloatArray:
    """J[i, j] = d softmax_i / d z_j = (p_i (delta_ij - p_j)) / T for a 1-D vector ``z``."""
    t = check_temperature(temperature)
    p = softmax(np.asarray(z, dtype=np.float64).reshape(-1), t)
    return np.asarray((np.diag(p) - np.outer(p, p)) / t, dtype=np.float64)


def entropy(p: npt.ArrayLike, axis: int = -1) -> FloatArray | np.float64:
    """Shannon entropy -sum p log p in nats (0 log 0 taken as 0)."""
    arr = np.asarray(p, dtype=np.float64)
    safe = np.where(arr > 0.0, arr, 1.0)
    result = -np.sum(np.where(arr > 0.0, arr * np.log(safe), 0.0), axis=axis)
    return np.float64(result) if np.ndim(result) == 0 else np.asarray(result, dtype=np.float64)
