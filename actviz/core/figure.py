"""What a printed figure of an activation shows: the samples, the axis ranges and their ticks.

The window's plot is pyqtgraph, which picks its own ticks and ranges. A figure for a file (PNG,
SVG, PDF, a handout, a cheat sheet, a frame of an animation) is painted without pyqtgraph, so the
numbers it needs are computed here: f and f' sampled with kinks exact and jumps as breaks
(:mod:`actviz.core.sampling`), a y range that fits them, and "nice" tick positions (1, 2 or 5
times a power of ten) with labels that show just the digits the step needs.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from actviz.core.activation import Activation, FloatArray
from actviz.core.i18n import format_number
from actviz.core.params import ParamValue
from actviz.core.sampling import CurveSamples, sample_curve

DEFAULT_X_RANGE = (-5.0, 5.0)
Y_PADDING = 0.08  # share of the y span added above and below the curves
MINUS = "\u2212"


@dataclass(frozen=True)
class FigureData:
    """Everything a painter needs to draw one activation, in data coordinates.

    ``samples`` holds f and f' with NaN gaps at breaks; ``x_ticks``/``y_ticks`` lie inside the
    ranges and ``x_labels``/``y_labels`` are their texts.
    """

    title: str
    samples: CurveSamples
    show_derivative: bool
    x_range: tuple[float, float]
    y_range: tuple[float, float]
    x_ticks: FloatArray
    y_ticks: FloatArray
    x_labels: tuple[str, ...]
    y_labels: tuple[str, ...]


def activation_figure(
    activation: Activation,
    params: Mapping[str, ParamValue] | None = None,
    *,
    x_range: tuple[float, float] = DEFAULT_X_RANGE,
    y_range: tuple[float, float] | None = None,
    width_px: int = 800,
    show_derivative: bool = True,
    title: str | None = None,
    max_ticks: int = 8,
) -> FigureData:
    """Sample ``activation`` over ``x_range`` and choose the axes of its figure.

    Parameters
    ----------
    activation, params
        The curve; ``params`` are validated (``ValueError`` naming a bad one).
    x_range
        Finite, ``x_min < x_max``.
    y_range
        Fixed y limits (as the frames of an animation share them); fitted to the curves when None.
    width_px
        The plot's width in pixels: about two samples a pixel, as on screen.
    show_derivative
        Whether f' is drawn (and counted when fitting the y range).
    title
        Defaults to the activation's name with any parameter values.
    max_ticks
        At most this many ticks on each axis.
    """
    resolved = activation.resolve_params(params)
    x_min, x_max = check_range(x_range, "x range")
    samples = sample_curve(activation, resolved, x_min, x_max, width_px)
    if y_range is None:
        y_range = fit_y_range([samples], show_derivative)
    y_min, y_max = check_range(y_range, "y range")
    x_ticks, x_step = nice_ticks(x_min, x_max, max_ticks)
    y_ticks, y_step = nice_ticks(y_min, y_max, max_ticks)
    return FigureData(
        title=title if title is not None else figure_title(activation, resolved),
        samples=samples,
        show_derivative=show_derivative,
        x_range=(x_min, x_max),
        y_range=(y_min, y_max),
        x_ticks=x_ticks,
        y_ticks=y_ticks,
        x_labels=tuple(format_tick(v, x_step) for v in x_ticks),
        y_labels=tuple(format_tick(v, y_step) for v in y_ticks),
    )


def figure_title(activation: Activation, params: Mapping[str, ParamValue]) -> str:
    """``"ELU (alpha = 1.5)"``: the name, and each parameter's value when it has any, in the
    installed language (a figure is read by people; see :mod:`actviz.core.i18n`)."""
    if not params:
        return activation.name_text()
    values = ", ".join(
        f"{name} = {format_number(value)}" if isinstance(value, float) else f"{name} = {value}"
        for name, value in params.items()
    )
    return f"{activation.name_text()} ({values})"


def check_range(value: object, what: str) -> tuple[float, float]:
    """``value`` as ``(low, high)``: two finite numbers with ``low < high``; else ``ValueError``."""
    if not isinstance(value, tuple | list) or len(value) != 2:
        raise ValueError(f"{what} must be two numbers (low, high), got {value!r}")
    low, high = value
    for number in (low, high):
        if isinstance(number, bool) or not isinstance(number, int | float | np.floating):
            raise ValueError(f"{what} must be two numbers (low, high), got {value!r}")
    low_f, high_f = float(low), float(high)
    if not (math.isfinite(low_f) and math.isfinite(high_f)):
        raise ValueError(f"{what} must be finite, got {value!r}")
    if not low_f < high_f or not math.isfinite(high_f - low_f):
        raise ValueError(f"{what} needs low < high, got {low_f:g}:{high_f:g}")
    return low_f, high_f


def fit_y_range(samples: Iterable[CurveSamples], show_derivative: bool) -> tuple[float, float]:
    """A y range holding every finite value of f (and f'), and y = 0, padded by ``Y_PADDING``.

    Zero is always in view because activations are read against the x axis (is the output
    negative? where is it zero?). A flat curve gets a span of 2 around its value. Near the float
    limit the range stays representable (its span finite): values beyond ±max/4 are cut off, and
    a padding that would overflow is left out.
    """
    low, high = 0.0, 0.0
    for curve in samples:
        arrays = [curve.f_y, curve.f_ends.open_y, curve.f_ends.closed_y]
        if show_derivative:
            arrays += [curve.df_y, curve.df_ends.open_y, curve.df_ends.closed_y]
        for values in arrays:
            finite = values[np.isfinite(values)]
            if finite.size:
                low, high = min(low, float(finite.min())), max(high, float(finite.max()))
    span = high - low
    if span == 0.0:
        return low - 1.0, high + 1.0
    if not math.isfinite(span):  # values near +-1.8e308: keep the range representable
        limit = np.finfo(np.float64).max / 4
        return max(low, -limit), min(high, limit)
    padded_low, padded_high = low - Y_PADDING * span, high + Y_PADDING * span
    if not math.isfinite(padded_high - padded_low):  # exp(x) up to 1.79e308: no room to pad
        return low, high
    return padded_low, padded_high


def nice_ticks(low: float, high: float, max_ticks: int = 8) -> tuple[FloatArray, float]:
    """Tick positions in ``[low, high]`` at a step of 1, 2 or 5 times a power of ten.

    Returns the ticks and the step: the smallest such step that gives at most ``max_ticks``
    ticks (and at least two whenever the range allows).
    """
    low, high = check_range((low, high), "tick range")
    if max_ticks < 2:
        raise ValueError(f"max_ticks must be at least 2, got {max_ticks}")
    span = high - low
    exponent = math.floor(math.log10(span / max_ticks))
    for power in (exponent, exponent + 1, exponent + 2):
        for mantissa in (1.0, 2.0, 5.0):
            step = mantissa * 10.0**power
            first, last = math.ceil(low / step), math.floor(high / step)
            if last - first + 1 <= max_ticks:
                ticks = np.arange(first, last + 1, dtype=np.float64) * step
                ticks[np.abs(ticks) < step * 1e-9] = 0.0  # -0.0 and 1e-17 print as 0
                # far from 0, k * step can round to just outside the range: leave those out;
                # in a range a few floats wide, neighbours can round to the same float
                return np.unique(ticks[(ticks >= low) & (ticks <= high)]), step
    raise AssertionError("unreachable: a step of 10x the span gives at most two ticks")


def format_tick(value: float, step: float) -> str:
    """``value`` with as many decimals as ``step`` needs; a true minus sign; ``1e+06`` style
    when the numbers are very large or very small (from 1e5 up, or for steps below 1e-4)."""
    magnitude = max(abs(value), step)
    if magnitude >= 1e5 or step < 1e-4:
        digits = max(1, math.ceil(math.log10(magnitude / step) + 1e-9) + 1)  # enough to differ
        text = f"{value:.{digits}g}"
    else:
        decimals = max(0, -math.floor(math.log10(step) + 1e-9))
        text = f"{value:.{decimals}f}"
    if text.startswith("-"):
        text = MINUS + text[1:]
    return text
