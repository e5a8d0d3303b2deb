"""Argument checks for the training lab's core: each raises ``ValueError`` naming the argument."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]


def whole(name: str, value: object, low: int, high: int | None = None) -> int:
    """``value`` as an int in [low, high] (no upper bound when ``high`` is None)."""
    if isinstance(value, bool) or not isinstance(value, int | np.integer):
        raise ValueError(f"{name} must be a whole number, got {value!r}")
    number = int(value)
    if number < low or (high is not None and number > high):
        bound = f"from {low} to {high}" if high is not None else f">= {low}"
        raise ValueError(f"{name} must be {bound}, got {number}")
    return number


def real(name: str, value: object, low: float, high: float = math.inf) -> float:
    """``value`` as a finite float in [low, high]; NaN, inf, bools and text are refused."""
    if isinstance(value, bool) or not isinstance(value, int | float | np.integer | np.floating):
        raise ValueError(f"{name} must be a number, got {value!r}")
    number = float(value)
    if not math.isfinite(number) or not low <= number <= high:
        bound = f"in [{low:g}, {high:g}]" if math.isfinite(high) else f">= {low:g}"
        raise ValueError(f"{name} must be a finite number {bound}, got {value!r}")
    return number


def choice(name: str, value: object, options: Sequence[str]) -> str:
    """``value`` if it is one of ``options``."""
    if not isinstance(value, str) or value not in options:
        raise ValueError(f"unknown {name} {value!r}; known: {', '.join(options)}")
    return value


def matrix(name: str, value: npt.ArrayLike, columns: int | None = None) -> FloatArray:
    """``value`` as a finite float64 2-D array with at least one row (and ``columns`` columns)."""
    try:
        array = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be an array of numbers") from None
    if (
        array.ndim != 2
        or array.shape[0] == 0
        or (columns is not None and array.shape[1] != columns)
    ):
        want = f"(n, {columns})" if columns is not None else "(n, k)"
        raise ValueError(f"{name} must have shape {want} with n >= 1, got {array.shape}")
    if not np.isfinite(array).all():
        raise ValueError(f"{name} must hold finite numbers only (no NaN or inf)")
    return array


def vector(name: str, value: npt.ArrayLike, length: int) -> FloatArray:
    """``value`` as a finite float64 1-D array of ``length`` entries."""
    try:
        array = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be an array of numbers") from None
    if array.shape != (length,):
        raise ValueError(f"{name} must have shape ({length},), got {array.shape}")
    if not np.isfinite(array).all():
        raise ValueError(f"{name} must hold finite numbers only (no NaN or inf)")
    return array
