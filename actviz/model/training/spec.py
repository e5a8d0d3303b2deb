"""What one network of the training lab is and how it trains, as a value (no maths imported)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from actviz.core.params import ParamValue

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class NetworkSpec:
    """Everything that decides how a network is built and trained (one per run)."""

    features: tuple[str, ...]
    hidden: tuple[int, ...]
    keys: tuple[str, ...]  # one catalogue key per hidden layer
    params: tuple[Mapping[str, ParamValue], ...]  # one mapping per hidden layer
    init: str
    seed: int
    output: str  # "tanh", "sigmoid" or "identity"
    loss: str  # "square" or "bce"
    learning_rate: float
    batch_size: int
    regularization: str
    reg_rate: float

    @property
    def sizes(self) -> tuple[int, ...]:
        """Units per layer, inputs first and the one output last."""
        return (len(self.features), *self.hidden, 1)

    def activation_args(self) -> tuple[str | list[str], Any]:
        """``key`` and ``params`` as the core takes them (a single key when there is no layer)."""
        if not self.hidden:
            return "identity", None
        return list(self.keys), [dict(p) for p in self.params]

    def targets(self, labels: FloatArray) -> FloatArray:
        """Labels as the loss wants them: cross-entropy compares with 0/1 instead of -1/+1."""
        if self.loss == "bce":
            return np.asarray((labels > 0).astype(np.float64))
        return labels
