"""Which hidden units of a training-lab network are dead or saturated on the data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from actviz.core.training.mlp import (
    KeySpec,
    ParamSpec,
    check_inputs,
    check_network,
    forward,
    resolve_activations,
)

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

SATURATION_THRESHOLD = 0.01  # |f'(z)| below this counts as saturated (as in the deep-network lab)
SATURATED_SHARE = 0.9  # a unit is saturated when that holds on at least this share of points


@dataclass(frozen=True, eq=False)
class UnitActivity:
    """Per hidden layer, per unit: whether it is dead or saturated on the given points.

    ``dead[l][j]``: f'(z) == 0 on every point, so unit j of hidden layer l passes no gradient
    and cannot learn (a dead ReLU: never active). ``saturated[l][j]``: not dead, but
    |f'(z)| < 0.01 (:data:`SATURATION_THRESHOLD`) on at least 90% (:data:`SATURATED_SHARE`) of
    the points, so it learns from only a few of them (tanh or sigmoid pushed to its flat tails).
    ``active_share[l][j]``: the share of points where f'(z) != 0. After divergence (NaN), units
    are neither dead nor saturated.
    """

    dead: tuple[BoolArray, ...]
    saturated: tuple[BoolArray, ...]
    active_share: tuple[FloatArray, ...]


def unit_activity(
    weights: Sequence[npt.ArrayLike],
    biases: Sequence[npt.ArrayLike],
    x: npt.ArrayLike,
    key: KeySpec,
    params: ParamSpec = None,
) -> UnitActivity:
    """Which hidden units are dead or saturated on rows ``x`` (see :class:`UnitActivity`)."""
    ws, bs = check_network(weights, biases)
    xs = check_inputs(x, ws)
    acts = resolve_activations(key, params, len(ws) - 1)
    dead, saturated, share = [], [], []
    with np.errstate(all="ignore"):
        zs, _, _ = forward(ws, bs, xs, acts)
        for z, act in zip(zs, acts, strict=True):
            slope = np.abs(act.dfn(z, **act.params))
            never = np.all(slope == 0.0, axis=0)
            flat = np.mean(slope < SATURATION_THRESHOLD, axis=0) >= SATURATED_SHARE
            dead.append(never)
            saturated.append(flat & ~never)
            share.append(np.mean(slope > 0.0, axis=0))  # NaN > 0 is False
    return UnitActivity(tuple(dead), tuple(saturated), tuple(share))
