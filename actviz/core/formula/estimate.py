"""Properties and gaps of an activation found numerically, for formulas nobody has studied yet.

The catalogue states each activation's properties; a typed formula's are estimated here, for
given params, from f and f′ on the scan grid (:mod:`actviz.core.formula.scan`, out to
|x| = 1e9) plus the points beside each kink. The rules mirror how the catalogue uses the words:

- bounded: the extremes over |x| <= 1e6, and beside every break, exceed those over |x| <= 1e3 by
  less than 1% (x, x², log(1 + x²), x^0.01 and 1/x are not bounded; tanh, softsign and e^(−x²)
  are); a side that reaches 1e300 is not bounded either: that is the float range's edge, where
  values overflow and are lost (e^x near x = 700);
- monotonic: f never falls (or never rises) between neighbouring samples, beyond rounding;
- smooth: no kinks or jumps found;
- zero-centred: f(0) = 0 and, for standard normal inputs, the mean output is at most 40% of the
  mean absolute output (tanh 0%, SELU 0%, ELU 25% are; PReLU 60%, GELU, SiLU, ReLU are not);
- saturating: bounded and |f′| <= 1e-3 for all 1e4 <= |x| <= 1e6 (sigmoid, tanh; not ELU).

Gaps are the intervals (or single points) where f or f′ is NaN for finite x, each boundary
refined to float precision, with the cause when the activation can tell overflow from undefined.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from actviz.core.activation import Activation, FloatArray
from actviz.core.formula.scan import bisect, scan_grid
from actviz.core.i18n import QT_TRANSLATE_NOOP, format_number, translate, translate_marked
from actviz.core.params import Properties

_WIDE, _NEAR = 1e6, 1e3
_FLAT, _FAR = 1e-3, 1e4
_GROWTH = 1e-2
_OVERFLOW = 1e300  # a sample this large is at the float range's edge: larger ones overflowed
MAX_GAPS = 6


def _samples(
    activation: Activation, params: Mapping[str, Any]
) -> tuple[FloatArray, npt.NDArray[np.bool_]]:
    """The scan grid plus points just beside every kink, sorted, and which of them are 'beside'."""
    grid = scan_grid()
    kinks = np.array([k.x for k in activation.kinks(**params)], dtype=np.float64)
    offsets = 1e-9 * (1.0 + np.abs(kinks))
    beside = np.concatenate([kinks - offsets, kinks + offsets])
    xs = np.concatenate([grid, kinks, beside])
    near_break = np.concatenate(
        [np.zeros(grid.size + kinks.size, bool), np.ones(beside.size, bool)]
    )
    order = np.argsort(xs, kind="stable")
    return xs[order], near_break[order]


def estimate_properties(
    activation: Activation, params: Mapping[str, Any] | None = None
) -> Properties:
    """The :class:`Properties` of ``activation`` at ``params``, estimated (``estimated=True``)."""
    resolved = activation.resolve_params(params)
    xs, near_break = _samples(activation, resolved)
    f = np.asarray(activation.forward(xs, **resolved), dtype=np.float64)
    df = np.asarray(activation.derivative(xs, **resolved), dtype=np.float64)
    ok = np.isfinite(f)
    if not ok.any():
        nowhere = QT_TRANSLATE_NOOP("Properties", "undefined everywhere")
        return Properties(nowhere, math.nan, math.nan, False, False, False, False, False, True)
    wide = ok & ((np.abs(xs) <= _WIDE) | near_break)
    near = ok & (np.abs(xs) <= _NEAR) & ~near_break
    low, high = float(f[wide].min()), float(f[wide].max())
    near_low = float(f[near].min()) if near.any() else low
    near_high = float(f[near].max()) if near.any() else high
    bounded_above = high <= near_high + _GROWTH * max(1.0, abs(near_high)) and high < _OVERFLOW
    bounded_below = low >= near_low - _GROWTH * max(1.0, abs(near_low)) and low > -_OVERFLOW
    bounded = bounded_above and bounded_below
    lower = low if bounded_below else -math.inf
    upper = high if bounded_above else math.inf
    return Properties(
        output_range=_range_text(lower, upper),
        lower=lower,
        upper=upper,
        bounded=bounded,
        monotonic=_monotonic(f[ok]),
        smooth=not activation.kinks(**resolved),
        zero_centred=_zero_centred(activation, resolved),
        saturating=bounded and _flat_far_out(xs, df),
        estimated=True,
    )


def _range_text(lower: float, upper: float) -> str:
    left = "(−∞" if lower == -math.inf else f"[≈ {_fmt(lower)}"
    right = "∞)" if upper == math.inf else f"≈ {_fmt(upper)}]"
    return f"{left}, {right}"


def _fmt(value: float, local: bool = False) -> str:
    """4 significant digits, a true minus; ``local``: the language's decimal sign (shown text)."""
    if abs(value) < 1e-300:  # the subnormal edge of an overflow at 0 (1/x, log x) reads as 0
        value = 0.0
    text = format_number(value, ".4g") if local else f"{value:.4g}"
    return text.replace("-", "−")


def _monotonic(values: FloatArray) -> bool:
    steps = np.diff(values)
    slack = 1e-12 * np.maximum(1.0, np.abs(values[1:]))
    return bool(np.all(steps >= -slack) or np.all(steps <= slack))


def _zero_centred(activation: Activation, params: Mapping[str, Any]) -> bool:
    at_zero = float(activation.forward(0.0, **params))
    z = np.linspace(-8.0, 8.0, 1601)
    f = np.asarray(activation.forward(z, **params), dtype=np.float64)
    weight = np.where(np.isfinite(f), np.exp(-0.5 * z * z), 0.0)
    f = np.where(np.isfinite(f), f, 0.0)
    if not math.isfinite(at_zero) or weight.sum() == 0.0:
        return False
    mean = float(np.sum(weight * f) / weight.sum())
    spread = float(np.sum(weight * np.abs(f)) / weight.sum())
    if abs(at_zero) > 1e-9 * max(1.0, spread) or spread == 0.0:
        return False
    return abs(mean) <= 0.4 * spread


def _flat_far_out(xs: FloatArray, df: FloatArray) -> bool:
    far = (np.abs(xs) >= _FAR) & (np.abs(xs) <= _WIDE)
    slopes = df[far]
    return bool(slopes.size and np.all(np.isfinite(slopes)) and np.all(np.abs(slopes) <= _FLAT))


# --- gaps ----------------------------------------------------------------------------------------


UNDEFINED, OVERFLOW, EITHER = "undefined", "infinite or too large", "undefined or too large"
_CAUSE_TEXTS = {
    UNDEFINED: QT_TRANSLATE_NOOP("Properties", "{function} is undefined at {where}"),
    OVERFLOW: QT_TRANSLATE_NOOP("Properties", "{function} is infinite or too large at {where}"),
    EITHER: QT_TRANSLATE_NOOP("Properties", "{function} is undefined or too large at {where}"),
}


@dataclass(frozen=True)
class Gap:
    """Where ``function`` ("f" or "f′") is NaN for finite x: an interval or a single point.

    ``first`` and ``last`` are the outermost x of the gap (NaN there); ``before`` and ``after``
    the adjacent x where the function is defined again (±inf when the gap runs off the line).
    """

    function: str
    before: float
    first: float
    last: float
    after: float
    cause: str  # UNDEFINED, OVERFLOW or EITHER (English: a record; text() translates)

    def where(self) -> str:
        """The set of x in words: "x ≤ 0", "−1 < x < 1", "x = 0"."""
        if self.before == -math.inf and self.after == math.inf:
            return translate("Properties", "every x")
        if self.first == self.last:
            return f"x = {_fmt(self.first, local=True)}"
        if self.first <= 0.0 <= self.last and max(-self.first, self.last) < 1e-100:
            return "x = 0"  # 1/x overflows for |x| below 5.6e−309, but this is the pole at 0
        width = self.last - self.first
        if math.isfinite(width) and width <= 1e-12 * max(1.0, abs(self.first)):
            return f"x ≈ {_fmt(self.first, local=True)}"
        # At float precision x ≤ last and x < after are the same set: show the shorter number.
        low_closed, low = _shorter(self.first, self.before)
        high_closed, high = _shorter(self.last, self.after)
        if self.before == -math.inf:
            return f"x {'≤' if high_closed else '<'} {high}"
        if self.after == math.inf:
            return f"x {'≥' if low_closed else '>'} {low}"
        return f"{low} {'≤' if low_closed else '<'} x {'≤' if high_closed else '<'} {high}"

    def text(self) -> str:
        """What the formula pane says, in the installed language."""
        template = translate_marked("Properties", _CAUSE_TEXTS[self.cause])
        return template.format(function=self.function, where=self.where())


def _shorter(inside: float, outside: float) -> tuple[bool, str]:
    """(closed, text): x ≤ inside, or x < outside when outside is the rounder number (0 rather
    than −4.9e−324)."""
    if math.isinf(outside) or len(f"{inside:.4g}") <= len(f"{outside:.4g}"):
        return True, _fmt(inside, local=True)
    return False, _fmt(outside, local=True)


def find_gaps(activation: Activation, params: Mapping[str, Any] | None = None) -> tuple[Gap, ...]:
    """The gaps of f and f′ on the plottable line (at most ``MAX_GAPS`` of each), left to right."""
    resolved = activation.resolve_params(params)
    xs, _near = _samples(activation, resolved)
    xs = np.unique(xs)
    gaps: list[Gap] = []
    for name, evaluate, raw_name in (
        ("f", activation.forward, "raw_forward"),
        ("f′", activation.derivative, "raw_derivative"),
    ):
        raw = getattr(activation, raw_name, None)

        def is_gap(x: FloatArray, evaluate: Any = evaluate) -> np.ndarray:
            return np.isnan(np.asarray(evaluate(x, **resolved), dtype=np.float64))

        gaps += _gaps_of(name, xs, is_gap, raw, resolved)
    return tuple(gaps)


def _gaps_of(
    name: str, xs: FloatArray, is_gap: Any, raw: Any, params: Mapping[str, Any]
) -> list[Gap]:
    nan = is_gap(xs)
    if not nan.any():
        return []
    edges = np.diff(nan.astype(np.int8))
    starts = [int(i) + 1 for i in np.flatnonzero(edges == 1)]
    ends = [int(i) for i in np.flatnonzero(edges == -1)]
    if nan[0]:
        starts.insert(0, 0)
    if nan[-1]:
        ends.append(xs.size - 1)
    found: list[Gap] = []
    for start, end in list(zip(starts, ends, strict=True))[:MAX_GAPS]:
        before, first, last, after = -math.inf, float(xs[start]), float(xs[end]), math.inf
        if start > 0:  # the boundary lies between a defined sample and the first gap sample
            lo, hi = bisect(is_gap, xs[start - 1 : start], xs[start : start + 1])
            before, first = float(lo[0]), float(hi[0])
        if end < xs.size - 1:
            lo, hi = bisect(lambda x: ~is_gap(x), xs[end : end + 1], xs[end + 1 : end + 2])
            last, after = float(lo[0]), float(hi[0])
        found.append(
            Gap(name, before, first, last, after, _cause(raw, xs[start : end + 1], params))
        )
    return found


def _cause(raw: Any, inside: FloatArray, params: Mapping[str, Any]) -> str:
    if raw is None:
        return EITHER
    values = np.asarray(raw(inside, params), dtype=np.float64)
    if np.all(np.isinf(values)):
        return OVERFLOW
    if np.any(np.isinf(values)):
        return EITHER
    return UNDEFINED
