"""The "bending space" half of the deep-network lab: a few 2-unit layers y = f(W x + b) that fold a
grid and a toy data set.

The model keeps weights for :data:`MAX_LAYERS` layers (drawn from ``seed``, then editable one
number at a time); ``layers`` says how many of them are used. :meth:`snapshot` computes everything
the view draws through :mod:`actviz.core.deepnet`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from psygnal import Signal, SignalGroup

from actviz.core.deepnet.toy_data import DATASETS, grid_lines, make_dataset, random_layers
from actviz.model.activation_choice import ActivationChoice
from actviz.model.state import (
    JsonDict,
    note_unknown_keys,
    read_choice,
    read_int,
    require_mapping,
)

if TYPE_CHECKING:  # the warp maths loads with the first picture, not with the app
    from actviz.core.deepnet import FloatArray

MAX_LAYERS = 6
WEIGHT_LIMIT = 3.0  # weights and biases are edited within [-3, 3]
SEED_MAX = 2**31 - 1
POINTS = 240


class SpaceBenderEvents(SignalGroup):
    layers = Signal(int)
    dataset = Signal(str)
    seed = Signal(int)
    weights = Signal()  # any weight or bias changed
    changed = Signal()  # anything the picture depends on changed (including the activation)


@dataclass(frozen=True, eq=False)
class BendingSnapshot:
    """What the bending view draws: the input and each layer's output (index 0 is the input)."""

    grid: list[FloatArray]
    connect: np.ndarray
    points: list[FloatArray]
    labels: np.ndarray
    affine_a: FloatArray
    affine_b: FloatArray
    is_linear: bool  # the activation is the identity: the stack *is* x -> A x + B


def _check_number(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | np.floating):
        raise ValueError(f"{name} must be a number in [-3, 3], got {value!r}")
    number = float(value)
    if not math.isfinite(number) or abs(number) > WEIGHT_LIMIT:
        raise ValueError(f"{name} must be a finite number in [-3, 3], got {value!r}")
    return number


class SpaceBender:
    """Layers, data set, seed and editable weights of the 2-D warp view."""

    def __init__(self, key: str = "tanh") -> None:
        self.events = SpaceBenderEvents()
        self.choice = ActivationChoice(key)
        self.choice.events.params.connect(self._on_choice_changed)
        self._layers = 3
        self._dataset = DATASETS[0]
        self._seed = 0
        # Drawn from the seed when first needed: numpy.random's import costs ~20 ms at start-up.
        self._drawn: tuple[list[FloatArray], list[FloatArray]] | None = None

    # values ------------------------------------------------------------------------------------
    @property
    def layers(self) -> int:
        return self._layers

    @property
    def dataset(self) -> str:
        return self._dataset

    @property
    def seed(self) -> int:
        return self._seed

    def weight(self, layer: int, row: int, col: int) -> float:
        return float(self._weights[layer][row, col])

    def bias(self, layer: int, row: int) -> float:
        return float(self._biases[layer][row])

    def active_layers(self) -> tuple[list[FloatArray], list[FloatArray]]:
        """Copies of the weights and biases of the layers in use."""
        n = self._layers
        return [w.copy() for w in self._weights[:n]], [b.copy() for b in self._biases[:n]]

    # setters -----------------------------------------------------------------------------------
    def set_layers(self, count: int) -> None:
        if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_LAYERS:
            raise ValueError(f"layers must be a whole number from 1 to {MAX_LAYERS}, got {count!r}")
        if count == self._layers:
            return
        self._layers = count
        self.events.layers.emit(count)
        self.events.changed.emit()

    def set_dataset(self, name: str) -> None:
        if name not in DATASETS:
            raise ValueError(f"data set must be one of {', '.join(DATASETS)}, got {name!r}")
        if name == self._dataset:
            return
        self._dataset = name
        self.events.dataset.emit(name)
        self.events.changed.emit()

    def set_seed(self, seed: int) -> None:
        """Draw every layer's weights afresh from ``seed`` (replacing edits)."""
        if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed <= SEED_MAX:
            raise ValueError(f"seed must be a whole number from 0 to {SEED_MAX}, got {seed!r}")
        if seed == self._seed:
            return
        self._seed = seed
        self._drawn = self._random(seed)
        self.events.seed.emit(seed)
        self.events.weights.emit()
        self.events.changed.emit()

    def set_weight(self, layer: int, row: int, col: int, value: object) -> None:
        number = _check_number(f"W{layer + 1}[{row + 1},{col + 1}]", value)
        if number == self._weights[layer][row, col]:
            return
        self._weights[layer][row, col] = number
        self._emit_weights()

    def set_bias(self, layer: int, row: int, value: object) -> None:
        number = _check_number(f"b{layer + 1}[{row + 1}]", value)
        if number == self._biases[layer][row]:
            return
        self._biases[layer][row] = number
        self._emit_weights()

    # what the view draws -------------------------------------------------------------------------
    def snapshot(self) -> BendingSnapshot:
        from actviz.core.deepnet import compose_affine, warp

        weights, biases = self.active_layers()
        grid, connect = grid_lines(extent=2.0, lines=17)
        points, labels = make_dataset(self._dataset, POINTS, seed=0)
        key, params = self.choice.key, self.choice.params
        a, b = compose_affine(weights, biases)
        return BendingSnapshot(
            grid=[grid, *warp(grid, weights, biases, key, params)],
            connect=connect,
            points=[points, *warp(points, weights, biases, key, params)],
            labels=labels,
            affine_a=a,
            affine_b=b,
            is_linear=key == "identity",
        )

    # Saveable part (nested in the lab's state) -------------------------------------------------
    def to_state(self) -> JsonDict:
        return {
            "activation": self.choice.to_state(),
            "layers": self._layers,
            "dataset": self._dataset,
            "seed": self._seed,
            "weights": [w.tolist() for w in self._weights],
            "biases": [b.tolist() for b in self._biases],
        }

    def check_state(
        self, data: object, notes: list[str], where: str = "deepnet.bending"
    ) -> JsonDict:
        mapping = require_mapping(data, where)
        known = ("activation", "layers", "dataset", "seed", "weights", "biases")
        note_unknown_keys(mapping, known, where, notes)
        state: JsonDict = {
            "activation": self.choice.check_state(
                mapping.get("activation", {"key": "tanh"}), notes, f"{where}.activation"
            ),
            "layers": read_int(mapping, "layers", 3, 1, MAX_LAYERS, where, notes),
            "dataset": read_choice(mapping, "dataset", DATASETS[0], DATASETS, where),
            "seed": read_int(mapping, "seed", 0, 0, SEED_MAX, where, notes),
        }
        weights, biases = self._random(state["seed"])
        if "weights" in mapping:
            weights = _read_arrays(mapping["weights"], (2, 2), f"{where}.weights", notes)
        if "biases" in mapping:
            biases = _read_arrays(mapping["biases"], (2,), f"{where}.biases", notes)
        state["weights"] = [w.tolist() for w in weights]
        state["biases"] = [b.tolist() for b in biases]
        return state

    def apply_state(self, state: JsonDict) -> None:
        self.choice.apply_state(state["activation"])
        self._seed = int(state["seed"])
        self._drawn = (
            [np.array(w, dtype=np.float64) for w in state["weights"]],
            [np.array(b, dtype=np.float64) for b in state["biases"]],
        )
        self._layers = int(state["layers"])
        self._dataset = str(state["dataset"])
        self.events.seed.emit(self._seed)
        self.events.layers.emit(self._layers)
        self.events.dataset.emit(self._dataset)
        self._emit_weights()

    # internals -----------------------------------------------------------------------------------
    @property
    def _weights(self) -> list[FloatArray]:
        return self._arrays()[0]

    @property
    def _biases(self) -> list[FloatArray]:
        return self._arrays()[1]

    def _arrays(self) -> tuple[list[FloatArray], list[FloatArray]]:
        if self._drawn is None:
            self._drawn = self._random(self._seed)
        return self._drawn

    @staticmethod
    def _random(seed: int) -> tuple[list[FloatArray], list[FloatArray]]:
        # Two decimals: numbers a learner can read off the sliders and type back in.
        weights, biases = random_layers(MAX_LAYERS, seed)
        return [np.clip(np.round(w, 2), -WEIGHT_LIMIT, WEIGHT_LIMIT) for w in weights], [
            np.clip(np.round(b, 2), -WEIGHT_LIMIT, WEIGHT_LIMIT) for b in biases
        ]

    def _emit_weights(self) -> None:
        self.events.weights.emit()
        self.events.changed.emit()

    def _on_choice_changed(self, _params: dict[str, Any]) -> None:
        self.events.changed.emit()


def _read_arrays(
    raw: object, shape: tuple[int, ...], where: str, notes: list[str]
) -> list[FloatArray]:
    """MAX_LAYERS arrays of ``shape`` from a saved nested list; numbers clamped to [-3, 3]."""
    if not isinstance(raw, list) or len(raw) != MAX_LAYERS:
        raise ValueError(f"{where}: expected a list of {MAX_LAYERS} layers")
    arrays: list[FloatArray] = []
    for index, item in enumerate(raw):
        try:
            arr = np.array(item, dtype=np.float64)
        except (TypeError, ValueError):
            raise ValueError(f"{where}[{index}]: expected numbers") from None
        if arr.shape != shape or any(isinstance(v, bool) for v in np.ravel(np.array(item, object))):
            raise ValueError(f"{where}[{index}]: expected numbers of shape {shape}")
        if not np.all(np.isfinite(arr)) or np.any(np.abs(arr) > WEIGHT_LIMIT):
            notes.append(f"{where}[{index}]: values outside [-3, 3] or not finite were clamped")
            arr = np.clip(np.nan_to_num(arr, nan=0.0), -WEIGHT_LIMIT, WEIGHT_LIMIT)
        arrays.append(arr)
    return arrays
