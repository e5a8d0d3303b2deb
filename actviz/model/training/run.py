"""One trained network of the training lab: its settings as a value, its weights, its loss history.

The lab owns one run, and a second for the comparison. A run never decides *what* to train; it
is told its :class:`NetworkSpec` and its data, and it keeps only what training produced, so a
saved lesson can hold it exactly (weights as JSON floats read back bit for bit).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from actviz.core.training.fitting import (
    LayerActivation,
    forward,
    forward_layers,
    init_network,
    is_diverged,
    resolve_activations,
    row_losses,
    run_epoch,
    unit_activity,
)
from actviz.model.state import JsonDict, require_mapping
from actviz.model.training.data import DataSplit
from actviz.model.training.spec import NetworkSpec

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
HistoryRow = tuple[int, float, float | None]
# The loss history keeps at most this many epochs; past it, every other old entry is dropped, so
# a long run keeps its whole shape at a coarser step and a lesson file stays small.
MAX_HISTORY = 4000


@dataclass(frozen=True, eq=False)
class _Prepared:
    """A run's inputs in the shapes the core's kernel takes, made once per spec and data."""

    acts: tuple[LayerActivation, ...]
    train_x: FloatArray
    train_y: FloatArray  # (n, 1)
    both_x: FloatArray  # training rows, then test rows
    both_y: FloatArray
    cut: int  # how many rows of both_x are training rows


def _scores(
    weights: list[FloatArray], biases: list[FloatArray], ready: _Prepared, spec: NetworkSpec
) -> tuple[float, float | None]:
    """Mean training and test loss from one forward pass over both (NaN without training rows)."""
    z_out = forward(weights, biases, ready.both_x, ready.acts)[2]
    losses = np.asarray(row_losses(z_out, ready.both_y, spec.output, spec.loss)).reshape(-1)
    cut = ready.cut
    train = float(np.mean(losses[:cut])) if cut else math.nan
    test = float(np.mean(losses[cut:])) if len(losses) > cut else None
    return train, test


class NetworkRun:
    """Weights, biases and the loss history of one network (see :class:`NetworkSpec`)."""

    def __init__(self, spec: NetworkSpec) -> None:
        self.weights: list[FloatArray] = []
        self.biases: list[FloatArray] = []
        self.history: list[HistoryRow] = []
        self.diverged_at: int | None = None  # the epoch at which training stopped, if it did
        self._prepared: tuple[NetworkSpec, DataSplit, _Prepared] | None = None
        self.reinit(spec)

    def reinit(self, spec: NetworkSpec) -> None:
        """Fresh weights from the spec's initialisation and seed; the history is cleared."""
        weights, biases = init_network(
            len(spec.features), spec.hidden, init=spec.init, seed=spec.seed
        )
        self.weights = [np.array(w, dtype=np.float64) for w in weights]
        self.biases = [np.array(b, dtype=np.float64) for b in biases]
        self.history = []
        self.diverged_at = None

    # training -------------------------------------------------------------------------------------
    def train(self, spec: NetworkSpec, data: DataSplit, epoch: int) -> bool:
        """One pass over the training points; False if it diverged.

        As in Playground, the points are visited in the same order every epoch (the data were
        shuffled once, when made), so a comparison run sees the very same mini-batches and a
        restored lesson has the same future as the one that was saved. A step that makes any
        weight or loss non-finite is not kept: the run stays at its last finite state.

        This is the lab's hot loop: it calls the core's checked-once kernel (``run_epoch``) on
        inputs prepared once per spec and data, and scores training and test points in one
        forward pass, as :func:`actviz.core.training.fitting` does.
        """
        ready = self._prepare(spec, data)
        weights = [w.copy() for w in self.weights]
        biases = [b.copy() for b in self.biases]
        l1 = spec.reg_rate if spec.regularization == "l1" else 0.0
        l2 = spec.reg_rate if spec.regularization == "l2" else 0.0
        with np.errstate(all="ignore"):
            run_epoch(
                weights, biases, ready.train_x, ready.train_y, ready.acts,
                lr=spec.learning_rate, batch_size=spec.batch_size, output=spec.output,
                loss=spec.loss, l1=l1, l2=l2,
            )  # fmt: skip
            if is_diverged(weights, biases):
                return False
            train_loss, test_loss = _scores(weights, biases, ready, spec)
        if not math.isfinite(train_loss) or (
            test_loss is not None and not math.isfinite(test_loss)
        ):
            return False
        self.weights, self.biases = weights, biases
        self.record(epoch + 1, train_loss, test_loss)
        return True

    def losses(self, spec: NetworkSpec, data: DataSplit) -> tuple[float, float | None]:
        """Mean loss on the training points and on the test points (None without test points)."""
        with np.errstate(all="ignore"):
            return _scores(self.weights, self.biases, self._prepare(spec, data), spec)

    def _prepare(self, spec: NetworkSpec, data: DataSplit) -> _Prepared:
        cached = self._prepared
        if cached is not None and cached[0] == spec and cached[1] is data:
            return cached[2]
        key, params = spec.activation_args()
        train_x, test_x = data.features(spec.features)
        train_y = spec.targets(data.train_y)[:, None]
        test_y = spec.targets(data.test_y)[:, None]
        ready = _Prepared(
            acts=resolve_activations(key, params, len(spec.hidden)),
            train_x=train_x,
            train_y=train_y,
            both_x=np.vstack([train_x, test_x]),
            both_y=np.vstack([train_y, test_y]),
            cut=len(train_x),
        )
        self._prepared = (spec, data, ready)
        return ready

    def record(self, epoch: int, train: float, test: float | None) -> None:
        """Append one history row; thin the old rows when the history is full."""
        self.history.append((epoch, train, test))
        if len(self.history) > MAX_HISTORY:
            last = self.history[-1]
            self.history = [*self.history[:-1:2], last]

    # what the views show --------------------------------------------------------------------------
    def layer_outputs(self, spec: NetworkSpec, x: FloatArray) -> list[FloatArray]:
        """Every layer's output for feature rows ``x`` (hidden layers, then the output)."""
        key, params = spec.activation_args()
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            return [
                np.asarray(a, dtype=np.float64)
                for a in forward_layers(
                    self.weights, self.biases, x, key, params, output=spec.output
                )
            ]

    def activity(
        self, spec: NetworkSpec, data: DataSplit
    ) -> tuple[list[BoolArray], list[BoolArray]]:
        """Dead and saturated hidden units on the training points (one bool array per layer)."""
        train_x, _ = data.features(spec.features)
        if not spec.hidden or len(train_x) == 0:
            return [np.zeros(n, bool) for n in spec.hidden], [
                np.zeros(n, bool) for n in spec.hidden
            ]
        key, params = spec.activation_args()
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            activity = unit_activity(self.weights, self.biases, train_x, key, params)
        return (
            [np.asarray(d, bool) for d in activity.dead],
            [np.asarray(s, bool) for s in activity.saturated],
        )

    # editing --------------------------------------------------------------------------------------
    def set_weight(self, layer: int, source: int, target: int, value: float) -> bool:
        """Set one weight; True if it changed. Indices are checked by the caller."""
        if self.weights[layer][source, target] == value:
            return False
        self.weights[layer][source, target] = value
        return True

    # Saveable parts -------------------------------------------------------------------------------
    def to_state(self) -> JsonDict:
        return {
            "weights": [w.tolist() for w in self.weights],
            "biases": [b.tolist() for b in self.biases],
            "history": [[e, tr, te] for e, tr, te in self.history],
            "diverged_at": self.diverged_at,
        }

    @staticmethod
    def check_state(data: object, sizes: Sequence[int], where: str, notes: list[str]) -> JsonDict:
        """Weights and biases of the shapes ``sizes`` asks for, and a clean history.

        Wrong types or non-finite numbers raise ``ValueError``; weights for a different network
        shape are dropped with a note (the network then starts afresh). A section that saved no
        weights at all starts afresh without one: nothing was lost.
        """
        mapping = require_mapping(data, where)
        if "weights" not in mapping and "biases" not in mapping:
            return {"weights": None, "biases": None, "history": [], "diverged_at": None}
        try:
            weights = [
                _matrix(w, f"{where}.weights[{i}]")
                for i, w in enumerate(_list(mapping.get("weights", []), f"{where}.weights"))
            ]
            biases = [
                _vector(b, f"{where}.biases[{i}]")
                for i, b in enumerate(_list(mapping.get("biases", []), f"{where}.biases"))
            ]
        except _ShapeError as error:
            notes.append(f"{error}; the network starts from fresh weights")
            return {"weights": None, "biases": None, "history": [], "diverged_at": None}
        shapes = list(itertools.pairwise(sizes))
        if [w.shape for w in weights] != shapes or [b.shape for b in biases] != [
            (b,) for _, b in shapes
        ]:
            notes.append(
                f"{where}: the saved weights do not fit a network of sizes "
                f"{list(sizes)}; the network starts from fresh weights"
            )
            return {"weights": None, "biases": None, "history": [], "diverged_at": None}
        diverged = mapping.get("diverged_at")
        if diverged is not None and (
            isinstance(diverged, bool) or not isinstance(diverged, int) or diverged < 0
        ):
            raise ValueError(f"{where}.diverged_at: expected an epoch or null, found {diverged!r}")
        return {
            "weights": weights,
            "biases": biases,
            "history": _history(mapping.get("history", []), where),
            "diverged_at": diverged,
        }

    def apply_state(self, state: JsonDict, spec: NetworkSpec) -> None:
        if state["weights"] is None:
            self.reinit(spec)
            return
        self.weights = [np.array(w, dtype=np.float64) for w in state["weights"]]
        self.biases = [np.array(b, dtype=np.float64) for b in state["biases"]]
        self.history = list(state["history"])
        self.diverged_at = state["diverged_at"]


class _ShapeError(ValueError):
    pass


def _list(value: object, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError(f"{where}: expected a list, found {type(value).__name__}")
    return value


def _numbers(values: list[Any], where: str) -> FloatArray:
    flat: list[Any] = []
    for row in values:
        flat.extend(row if isinstance(row, list) else [row])
    for value in flat:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{where}: expected numbers, found {value!r}")
        if not math.isfinite(value):  # read_json gives a whole number past the float range as inf
            raise ValueError(f"{where}: {value!r} is not a finite number")
    return np.asarray(values, dtype=np.float64)


def _matrix(value: object, where: str) -> FloatArray:
    rows = _list(value, where)
    if not rows or not all(isinstance(r, list) for r in rows) or len({len(r) for r in rows}) != 1:
        raise _ShapeError(f"{where}: expected a rectangular list of rows")
    return _numbers(rows, where)


def _vector(value: object, where: str) -> FloatArray:
    items = _list(value, where)
    if any(isinstance(v, list) for v in items):
        raise _ShapeError(f"{where}: expected a flat list of numbers")
    return _numbers(items, where)


def _history(value: object, where: str) -> list[HistoryRow]:
    rows: list[HistoryRow] = []
    for index, row in enumerate(_list(value, f"{where}.history")):
        at = f"{where}.history[{index}]"
        if not isinstance(row, list) or len(row) != 3:
            raise ValueError(f"{at}: expected [epoch, train loss, test loss]")
        epoch, train, test = row
        if isinstance(epoch, bool) or not isinstance(epoch, int) or epoch < 0:
            raise ValueError(f"{at}: the epoch must be a whole number >= 0, found {epoch!r}")
        train_loss = float(_numbers([train], at)[0])
        test_loss = None if test is None else float(_numbers([test], at)[0])
        rows.append((epoch, train_loss, test_loss))
    return rows[-MAX_HISTORY:]
