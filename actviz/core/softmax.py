"""Softmax and friends: the one activation that looks at a whole vector.

Every stable function subtracts the row maximum *before* dividing by the temperature, so that the
largest term is exactly ``exp(0) = 1`` and nothing can overflow: logits up to +-1e300 (and beyond)
and temperatures down to 1e-3 (and below) give correctly rounded, warning-free results.
``naive_transform`` is the textbook formula ``exp(z/T) / sum exp(z/T)`` kept on purpose for the
lab: it shows what goes wrong without that shift, reporting the overflow as values and flags rather
than as warnings.

Conventions for non-finite logits (a row is the 1-D slice along ``axis``): a NaN anywhere makes
the whole row NaN; logits equal to +inf share the probability equally (the limit as they grow
together) and the rest get 0; -inf gets probability 0; a row of only -inf has no limit and is NaN.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

from actviz.core.i18n import translate

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
Mode = Literal["softmax", "log_softmax", "softmin"]

MODES: tuple[Mode, ...] = ("softmax", "log_softmax", "softmin")
#: exp(x) overflows float64 for x above this (log of the largest float, about 709.78).
EXP_OVERFLOW_THRESHOLD = math.log(np.finfo(np.float64).max)
#: exp(x) rounds to 0 for x below this (log of the smallest subnormal float, about -744.44).
EXP_UNDERFLOW_THRESHOLD = math.log(np.finfo(np.float64).smallest_subnormal)


def check_temperature(temperature: float) -> float:
    """``temperature`` as a float, or ``ValueError`` unless it is a finite number > 0."""
    t = math.nan
    if not isinstance(temperature, bool):
        try:
            t = float(temperature)
        except (TypeError, ValueError):
            pass
    if not math.isfinite(t) or t <= 0.0:
        message = translate("Softmax", "the temperature must be a finite number > 0, got {value}")
        raise ValueError(message.format(value=repr(temperature)))
    return t


def check_mode(mode: str) -> Mode:
    """``mode`` if it is one of :data:`MODES`, else ``ValueError`` listing them."""
    for known in MODES:
        if mode == known:
            return known
    message = translate("Softmax", "mode must be one of {modes}, got {mode}")
    raise ValueError(message.format(modes=", ".join(MODES), mode=repr(mode)))


def _logits(z: npt.ArrayLike) -> FloatArray:
    arr = np.asarray(z, dtype=np.float64)
    if arr.ndim == 0 or arr.size == 0:
        message = translate(
            "Softmax", "softmax needs a non-empty vector of logits, got shape {shape}"
        )
        raise ValueError(message.format(shape=arr.shape))
    return arr


def _shifted_scaled(arr: FloatArray, t: float, axis: int) -> FloatArray:
    """(z - max z) / T along ``axis``: 0 at the maximum, <= 0 elsewhere (NaN rows stay NaN)."""
    top = np.max(arr, axis=axis, keepdims=True)  # NaN if the row holds a NaN
    # z - max can only overflow towards -inf (true difference below -1.8e308): exp gives 0 there,
    # which is the right answer, so the overflow is silenced rather than avoided.
    if np.all(np.isfinite(top)):  # the usual case: no NaN or inf anywhere that matters
        with np.errstate(over="ignore"):
            return np.asarray((arr - top) / t, dtype=np.float64)
    finite_top = np.where(np.isfinite(top), top, 0.0)
    with np.errstate(over="ignore", invalid="ignore"):
        shifted = (arr - finite_top) / t
    # Rows whose maximum is +inf: the +inf logits tie at 0, everything else is -inf.
    shifted = np.where(top == np.inf, np.where(arr == np.inf, 0.0, -np.inf), shifted)
    return np.where(np.isnan(top), np.nan, shifted)


def _exp_and_rest(shifted: FloatArray, axis: int) -> tuple[FloatArray, FloatArray]:
    """exp(shifted), and the sum of all terms but one maximal term (so total = 1 + rest).

    Keeping the rest apart gives log(total) as log1p(rest) and 1 - p_max as rest / (1 + rest),
    both exact where ``total - 1`` would cancel to nothing.
    """
    with np.errstate(under="ignore", invalid="ignore"):
        e = np.exp(shifted)
        # The maximal terms are exactly exp(0) = 1: add the others, then all ties but one.
        below = np.sum(e, axis=axis, keepdims=True, where=shifted < 0.0)
    ties = np.count_nonzero(shifted == 0.0, axis=axis, keepdims=True)
    # No term at 0 means a NaN row or a row of only -inf (exp all 0): 0/0 must say NaN.
    rest = np.where(ties > 0, below + (ties - 1), np.nan)
    return e, np.asarray(rest, dtype=np.float64)


def log_softmax(z: npt.ArrayLike, temperature: float = 1.0, axis: int = -1) -> FloatArray:
    """log softmax(z / T) along ``axis``, computed as (z - max)/T - log1p(sum of the other terms).

    A value below the smallest float (e.g. -2e309 for z = [1e306, -1e306] at T = 1e-3) is -inf,
    its correct rounding.
    """
    t = check_temperature(temperature)
    shifted = _shifted_scaled(_logits(z), t, axis)
    _, rest = _exp_and_rest(shifted, axis)
    with np.errstate(invalid="ignore"):
        return np.asarray(shifted - np.log1p(rest), dtype=np.float64)


def softmax(z: npt.ArrayLike, temperature: float = 1.0, axis: int = -1) -> FloatArray:
    """Probabilities exp(z_i/T) / sum_j exp(z_j/T) along ``axis``; each row sums to 1."""
    t = check_temperature(temperature)
    shifted = _shifted_scaled(_logits(z), t, axis)
    e, rest = _exp_and_rest(shifted, axis)
    with np.errstate(invalid="ignore"):
        return np.asarray(e / (1.0 + rest), dtype=np.float64)


def softmin(z: npt.ArrayLike, temperature: float = 1.0, axis: int = -1) -> FloatArray:
    """softmax(-z / T): the smallest score gets the largest probability."""
    return softmax(-_logits(z), temperature, axis)


def shifted_exp(z: npt.ArrayLike, temperature: float = 1.0, axis: int = -1) -> FloatArray:
    """The terms the stable softmax adds up: exp((z - max z) / T), in (0, 1], the maximum's is 1."""
    t = check_temperature(temperature)
    e, _ = _exp_and_rest(_shifted_scaled(_logits(z), t, axis), axis)
    return np.asarray(e, dtype=np.float64)


def _vector(z: npt.ArrayLike) -> FloatArray:
    return _logits(z).reshape(-1)


def _jacobian_from(p: FloatArray, one_minus_p: FloatArray, t: float) -> FloatArray:
    """J = (diag(p) - p p^T) / T with the diagonal as p (1 - p), 1 - p passed in exactly."""
    with np.errstate(over="ignore", under="ignore"):
        jac = -np.outer(p, p) / t
        np.fill_diagonal(jac, p * one_minus_p / t)
    return np.asarray(jac, dtype=np.float64)


def _p_and_complement(arr: FloatArray, t: float) -> tuple[FloatArray, FloatArray]:
    """softmax(arr / T) and 1 - softmax(arr / T), the latter without cancellation at p near 1."""
    shifted = _shifted_scaled(arr, t, -1)
    e, rest = _exp_and_rest(shifted, -1)
    total = 1.0 + rest
    p = e / total
    # For a term that is not the maximum, p <= 1/2 and 1 - p is exact; for the maximum,
    # 1 - p = rest / total. A row with a NaN is NaN throughout (and so is rest), so which index
    # argmax picks there does not matter; NaN rows and -inf rows raise no floating-point flag.
    complement = 1.0 - p
    complement[int(np.argmax(shifted))] = rest[0] / total[0]
    return np.asarray(p, dtype=np.float64), np.asarray(complement, dtype=np.float64)


def softmax_jacobian(z: npt.ArrayLike, temperature: float = 1.0) -> FloatArray:
    """J[i, j] = d softmax_i / d z_j = p_i (delta_ij - p_j) / T for a vector ``z`` (n by n).

    Symmetric, every row and column sums to 0; its entries are at most 1/(4T) in size.
    """
    t = check_temperature(temperature)
    p, one_minus_p = _p_and_complement(_vector(z), t)
    return _jacobian_from(p, one_minus_p, t)


def softmin_jacobian(z: npt.ArrayLike, temperature: float = 1.0) -> FloatArray:
    """J[i, j] = d softmin_i / d z_j = -q_i (delta_ij - q_j) / T with q = softmin(z, T)."""
    t = check_temperature(temperature)
    q, one_minus_q = _p_and_complement(-_vector(z), t)
    return np.asarray(-_jacobian_from(q, one_minus_q, t), dtype=np.float64)


def log_softmax_jacobian(z: npt.ArrayLike, temperature: float = 1.0) -> FloatArray:
    """J[i, j] = d log softmax_i / d z_j = (delta_ij - p_j) / T (every row sums to 0)."""
    t = check_temperature(temperature)
    p, one_minus_p = _p_and_complement(_vector(z), t)
    with np.errstate(over="ignore"):
        jac = np.broadcast_to(-p / t, (p.size, p.size)).copy()
        np.fill_diagonal(jac, one_minus_p / t)
    return np.asarray(jac, dtype=np.float64)


def transform(z: npt.ArrayLike, temperature: float = 1.0, mode: str = "softmax") -> FloatArray:
    """The lab's output for ``mode``: softmax, log_softmax or softmin of ``z`` at temperature T."""
    checked = check_mode(mode)
    if checked == "log_softmax":
        return log_softmax(z, temperature)
    if checked == "softmin":
        return softmin(z, temperature)
    return softmax(z, temperature)


def transform_jacobian(
    z: npt.ArrayLike, temperature: float = 1.0, mode: str = "softmax"
) -> FloatArray:
    """d output_i / d z_j for :func:`transform` in ``mode`` (a 1-D ``z``; n by n)."""
    checked = check_mode(mode)
    if checked == "log_softmax":
        return log_softmax_jacobian(z, temperature)
    if checked == "softmin":
        return softmin_jacobian(z, temperature)
    return softmax_jacobian(z, temperature)


def probabilities(z: npt.ArrayLike, temperature: float = 1.0, mode: str = "softmax") -> FloatArray:
    """The distribution behind ``mode``: softmin's for softmin, softmax's otherwise."""
    return softmin(z, temperature) if check_mode(mode) == "softmin" else softmax(z, temperature)


def sweep(
    z: npt.ArrayLike,
    index: int,
    values: npt.ArrayLike,
    temperature: float = 1.0,
    mode: str = "softmax",
) -> FloatArray:
    """Output ``index`` of :func:`transform` as z[index] takes each of ``values``, others fixed."""
    vec = _vector(z)
    if not 0 <= index < vec.size:
        raise ValueError(f"index {index} is outside 0..{vec.size - 1}")
    grid = np.asarray(values, dtype=np.float64).reshape(-1)
    rows = np.repeat(vec[np.newaxis, :], grid.size, axis=0)
    rows[:, index] = grid
    checked = check_mode(mode)
    if checked == "log_softmax":
        out = log_softmax(rows, temperature, axis=-1)
    elif checked == "softmin":
        out = softmin(rows, temperature, axis=-1)
    else:
        out = softmax(rows, temperature, axis=-1)
    return np.asarray(out[:, index], dtype=np.float64)


def one_vs_rest(
    z: npt.ArrayLike,
    index: int,
    values: npt.ArrayLike,
    temperature: float = 1.0,
    mode: str = "softmax",
) -> FloatArray:
    """The curve of :func:`sweep` as a sigmoid: sigma(z_i/T - log sum_{j!=i} exp(z_j/T)).

    With two classes the log-sum-exp is just z_j/T, so p_i = sigma((z_i - z_j)/T): softmax over two
    classes *is* the sigmoid of the difference. Softmin flips the sign; log-softmax takes the log.
    """
    from scipy.special import expit, log_expit, logsumexp

    t = check_temperature(temperature)
    checked = check_mode(mode)
    vec = _vector(z)
    if not 0 <= index < vec.size or vec.size < 2:
        raise ValueError(f"index {index} must name one of at least two logits (n = {vec.size})")
    sign = -1.0 if checked == "softmin" else 1.0
    # margin = (s·v - T·LSE(s·z_others / T)) / T, with T·LSE(x / T) = m + T·log Σ exp((x - m) / T)
    # for m = max x: nothing is divided by a tiny T before the subtraction, so no inf - inf.
    others = np.delete(sign * vec, index)
    top = float(np.max(others))
    with np.errstate(over="ignore", under="ignore"):
        scaled_lse = top + t * float(logsumexp((others - top) / t))
        margin = (sign * np.asarray(values, dtype=np.float64).reshape(-1) - scaled_lse) / t
    result = log_expit(margin) if checked == "log_softmax" else expit(margin)
    return np.asarray(result, dtype=np.float64)


def entropy(p: npt.ArrayLike, axis: int = -1) -> FloatArray | np.float64:
    """Shannon entropy -sum p log p in nats along ``axis`` (0 log 0 taken as 0).

    ``p`` is not checked to be a distribution: a NaN or negative entry gives NaN.
    """
    arr = np.asarray(p, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(arr == 0.0, 0.0, arr * np.log(arr))
    result = -np.sum(terms, axis=axis)
    result = result + 0.0  # -0.0 (a one-hot row) reads as 0
    return np.float64(result) if np.ndim(result) == 0 else np.asarray(result, dtype=np.float64)


def entropy_bits(p: npt.ArrayLike, axis: int = -1) -> FloatArray | np.float64:
    """Shannon entropy in bits (log base 2): 0 for one-hot, log2(n) for uniform."""
    result = entropy(p, axis) / math.log(2.0)
    return np.float64(result) if np.ndim(result) == 0 else np.asarray(result, dtype=np.float64)


def entropy_fraction(p: npt.ArrayLike, axis: int = -1) -> FloatArray | np.float64:
    """Entropy as a fraction of its maximum log(n): 0 for one-hot, 1 for uniform (0 when n = 1)."""
    arr = np.asarray(p, dtype=np.float64)
    n = arr.shape[axis] if arr.ndim else 1
    if n < 2:
        return entropy(arr, axis) * 0.0
    result = entropy(arr, axis) / math.log(n)
    return np.float64(result) if np.ndim(result) == 0 else np.asarray(result, dtype=np.float64)


@dataclass(frozen=True)
class NaiveResult:
    """The textbook formula evaluated in plain float64, with every failure named per cell.

    ``scaled`` is z/T (-z/T for softmin), ``exp`` its exponential and ``output`` the mode's result.
    ``overflowed`` marks cells where z/T or exp(z/T) became inf (above about 709.78);
    ``underflowed`` marks exp(z/T) rounded to 0 from a value that is not 0 (harmless alone: the
    stable formula rounds that term to 0 too); ``invalid`` marks outputs that are not finite: NaN
    from inf / inf, or from 0 / 0 when every term underflowed, and -inf from log 0 in log-softmax.
    """

    scaled: FloatArray
    exp: FloatArray
    output: FloatArray
    overflowed: BoolArray
    underflowed: BoolArray
    invalid: BoolArray

    @property
    def log10_exp(self) -> FloatArray:
        """log10 of the exact exp(z/T): its order of magnitude, finite even where exp overflowed."""
        return np.asarray(self.scaled / math.log(10.0), dtype=np.float64)

    @property
    def failed(self) -> bool:
        """True if overflow happened or any output is not finite: the naive answer is broken."""
        return bool(np.any(self.invalid) or np.any(self.overflowed))


def naive_transform(
    z: npt.ArrayLike, temperature: float = 1.0, mode: str = "softmax"
) -> NaiveResult:
    """exp(z/T) / sum exp(z/T) without subtracting the maximum: for showing why one must.

    Nothing is raised or warned for finite input: overflow comes back as inf / NaN cells and flags.
    """
    t = check_temperature(temperature)
    checked = check_mode(mode)
    vec = _vector(z)
    sign = -1.0 if checked == "softmin" else 1.0
    with np.errstate(all="ignore"):
        scaled = sign * vec / t
        e = np.exp(scaled)
        p = e / np.sum(e)
        output = np.log(p) if checked == "log_softmax" else p
    return NaiveResult(
        scaled=np.asarray(scaled, dtype=np.float64),
        exp=np.asarray(e, dtype=np.float64),
        output=np.asarray(output, dtype=np.float64),
        overflowed=np.asarray(np.isinf(e) & np.isfinite(vec), dtype=np.bool_),
        underflowed=np.asarray((e == 0.0) & np.isfinite(scaled), dtype=np.bool_),
        invalid=np.asarray(~np.isfinite(output) & np.isfinite(vec), dtype=np.bool_),
    )
