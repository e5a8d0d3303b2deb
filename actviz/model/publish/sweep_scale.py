"""Where an animation is between the two ends of its range, and the value there: linear, or
geometric for a parameter with ``log_scale`` (the softmax temperature: as much time from 0.01
to 0.1 as from 10 to 100). Also the check of a range typed by hand."""

from __future__ import annotations

import math


def value_at(position: float, low: float, high: float, log_scale: bool) -> float:
    """The value at ``position`` (0 = ``low``, 1 = ``high``), geometric when ``log_scale``.

    The ends are returned exactly; a geometric value never strays outside [low, high] by
    rounding. ``ValueError`` for a position outside [0, 1].
    """
    if not 0.0 <= position <= 1.0:
        raise ValueError(f"position must be in [0, 1], got {position!r}")
    if position == 0.0:
        return low
    if position == 1.0:
        return high
    if log_scale:
        log_low, log_high = math.log(low), math.log(high)
        value = math.exp(log_low + position * (log_high - log_low))
        return min(max(value, low), high)
    return low + position * (high - low)


def position_of(value: float, low: float, high: float, log_scale: bool) -> float:
    """Where ``value`` lies between ``low`` and ``high``, clamped to [0, 1]; 0 if not finite."""
    if not math.isfinite(value):
        return 0.0
    if log_scale:
        value = max(value, low)
        share = math.log(value / low) / math.log(high / low)
    else:
        share = (value - low) / (high - low)
    return min(max(share, 0.0), 1.0)


def check_sweep_range(
    low: object, high: object, minimum: float, maximum: float
) -> tuple[float, float]:
    """``(low, high)`` as floats: finite, ``low < high``, both inside [minimum, maximum].

    ``ValueError`` names the field ("From" or "To") a user typed the bad value in.
    """
    numbers = []
    for value, what in ((low, "From"), (high, "To")):
        if isinstance(value, bool):
            raise ValueError(f"{what} must be a number, got {value!r}")
        try:
            number = float(value)  # type: ignore[arg-type]  # numeric strings, numpy scalars
        except (TypeError, ValueError):
            raise ValueError(f"{what} must be a number, got {value!r}") from None
        if not math.isfinite(number) or not minimum <= number <= maximum:
            raise ValueError(
                f"{what} must be a finite number from {minimum:g} to {maximum:g}, got {value!r}"
            )
        numbers.append(number)
    if not numbers[0] < numbers[1]:
        raise ValueError(f"From ({numbers[0]:g}) must be below To ({numbers[1]:g})")
    return numbers[0], numbers[1]
