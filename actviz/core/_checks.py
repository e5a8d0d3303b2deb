"""Argument checks for the training lab's core: each raises ``ValueError`` naming the argument."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from actviz.core.i18n import format_number, translate

FloatArray = npt.NDArray[np.float64]


def whole(name: str, value: object, low: int, high: int | None = None) -> int:
    """``value`` as an int in [low, high] (no upper bound when ``high`` is None)."""
    if isinstance(value, bool) or not isinstance(value, int | np.integer):
        message = translate("Checks", "{name} must be a whole number, got {value}")
        raise ValueError(message.format(name=name, value=repr(value)))
    number = int(value)
    if high is not None and not low <= number <= high:
        message = translate("Checks", "{name} must be from {low} to {high}, got {value}")
        raise ValueError(message.format(name=name, low=low, high=high, value=number))
    if number < low:
        message = translate("Checks", "{name} must be ≥ {low}, got {value}")
        raise ValueError(message.format(name=name, low=low, value=number))
    return number


def real(name: str, value: object, low: float, high: float = math.inf) -> float:
    """``value`` as a finite float in [low, high]; NaN, inf, bools and text are refused."""
    if isinstance(value, bool) or not isinstance(value, int | float | np.integer | np.floating):
        message = translate("Checks", "{name} must be a number, got {value}")
        raise ValueError(message.format(name=name, value=repr(value)))
    number = float(value)
    if not math.isfinite(number) or not low <= number <= high:
        if math.isfinite(high):
            message = translate(
                "Checks", "{name} must be a finite number in [{low}, {high}], got {value}"
            )
        else:
            message = translate("Checks", "{name} must be a finite number ≥ {low}, got {value}")
        low_text, high_text = format_number(low), format_number(high)
        raise ValueError(message.format(name=name, low=low_text, high=high_text, value=repr(value)))
    return number


def choice(name: str, value: object, options: Sequence[str]) -> str:
    """``value`` if it is one of ``options``."""
    if not isinstance(value, str) or value not in options:
        message = translate("Checks", "unknown {name} {value}; known: {known}")
        raise ValueError(message.format(name=name, value=repr(value), known=", ".join(options)))
    return value


def matrix(name: str, value: npt.ArrayLike, columns: int | None = None) -> FloatArray:
    """``value`` as a finite float64 2-D array with at least one row (and ``columns`` columns)."""
    try:
        array = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(_not_numbers(name)) from None
    if (
        array.ndim != 2
        or array.shape[0] == 0
        or (columns is not None and array.shape[1] != columns)
    ):
        want = f"(n, {columns})" if columns is not None else "(n, k)"
        message = translate("Checks", "{name} must have shape {want} with n ≥ 1, got {shape}")
        raise ValueError(message.format(name=name, want=want, shape=array.shape))
    if not np.isfinite(array).all():
        raise ValueError(_not_finite(name))
    return array


def vector(name: str, value: npt.ArrayLike, length: int) -> FloatArray:
    """``value`` as a finite float64 1-D array of ``length`` entries."""
    try:
        array = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(_not_numbers(name)) from None
    if array.shape != (length,):
        message = translate("Checks", "{name} must have shape ({length},), got {shape}")
        raise ValueError(message.format(name=name, length=length, shape=array.shape))
    if not np.isfinite(array).all():
        raise ValueError(_not_finite(name))
    return array


def _not_numbers(name: str) -> str:
    return translate("Checks", "{name} must be an array of numbers").format(name=name)


def _not_finite(name: str) -> str:
    message = translate("Checks", "{name} must hold finite numbers only (no NaN or inf)")
    return message.format(name=name)
