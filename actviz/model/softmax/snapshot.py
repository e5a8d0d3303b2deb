"""Everything the softmax lab draws for one state, computed once per frame by ``actviz.core``.

The panel asks for one :class:`SoftmaxSnapshot` per redraw and hands its arrays to the bars, the
heat map, the table and the readouts, so they always agree with each other and with the core.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from actviz.core.softmax import (
    FloatArray,
    Mode,
    NaiveResult,
    entropy_bits,
    entropy_fraction,
    naive_transform,
    one_vs_rest,
    probabilities,
    shifted_exp,
    sweep,
    transform,
    transform_jacobian,
)
from actviz.model.softmax.lab import SoftmaxLabModel

#: Points on the sweep curve: smooth at any panel width, cheap to recompute while dragging.
SWEEP_POINTS = 401


@dataclass(frozen=True)
class SoftmaxSnapshot:
    """The lab's numbers for one state.

    Attributes
    ----------
    logits
        z = scores + shift, as the maths sees them.
    terms
        exp((z - max z) / T) (softmin: exp((min z - z) / T)): the terms the stable formula adds.
    output
        The mode's result: probabilities, log-probabilities (log-softmax) or softmin's.
    probabilities
        The distribution behind the output (softmax's, or softmin's in softmin mode).
    jacobian
        d output_i / d z_j, n by n.
    naive
        The textbook formula exp(z/T) / sum, with its overflow flags.
    top
        Index of the most probable class.
    """

    labels: tuple[str, ...]
    temperature: float
    mode: Mode
    logits: FloatArray
    terms: FloatArray
    output: FloatArray
    probabilities: FloatArray
    jacobian: FloatArray
    naive: NaiveResult
    entropy_bits: float
    entropy_fraction: float
    top: int

    @property
    def n(self) -> int:
        return int(self.logits.size)

    @property
    def top_probability(self) -> float:
        return float(self.probabilities[self.top])


def take_snapshot(model: SoftmaxLabModel) -> SoftmaxSnapshot:
    z, t, mode = model.logits, model.temperature, model.mode
    p = probabilities(z, t, mode)
    return SoftmaxSnapshot(
        labels=model.labels,
        temperature=t,
        mode=mode,
        logits=z,
        terms=shifted_exp(-z if mode == "softmin" else z, t),
        output=transform(z, t, mode),
        probabilities=p,
        jacobian=transform_jacobian(z, t, mode),
        naive=naive_transform(z, t, mode),
        entropy_bits=float(entropy_bits(p)),
        entropy_fraction=float(entropy_fraction(p)),
        top=int(np.argmax(p)),
    )


@dataclass(frozen=True)
class SweepCurve:
    """Output ``index`` as z_index sweeps, the others fixed, twice: by softmax and as a sigmoid."""

    index: int
    values: FloatArray
    curve: FloatArray
    as_sigmoid: FloatArray
    current: float  # z_index now
    current_output: float


def sweep_range(logits: FloatArray, temperature: float) -> tuple[float, float]:
    """A window holding every logit and the whole S-bend, which is about 10 T wide."""
    margin = max(5.0, 8.0 * temperature)
    return float(np.min(logits) - margin), float(np.max(logits) + margin)


def take_sweep(model: SoftmaxLabModel, index: int | None = None) -> SweepCurve:
    index = model.focus if index is None else index
    z, t, mode = model.logits, model.temperature, model.mode
    lo, hi = sweep_range(z, t)
    values = np.linspace(lo, hi, SWEEP_POINTS)
    return SweepCurve(
        index=index,
        values=values,
        curve=sweep(z, index, values, t, mode),
        as_sigmoid=one_vs_rest(z, index, values, t, mode),
        current=float(z[index]),
        current_output=float(transform(z, t, mode)[index]),
    )
