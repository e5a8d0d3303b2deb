"""The training lab as a lesson-file section: every setting, the learner's points and the trained
networks (weights, biases, loss history), checked before anything is applied.

Wrong types and unknown names are refused with ``ValueError`` naming the field; numbers out of
range are clamped and noted; weights that do not fit the saved network's shape are dropped with a
note (the network starts afresh). See :mod:`actviz.model.state` for the two-phase protocol.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np

from actviz.core.training.network_setup import FEATURES, INITS
from actviz.model.state import (
    JsonDict,
    note_unknown_keys,
    read_bool,
    read_choice,
    read_float,
    read_int,
    require_mapping,
)
from actviz.model.training.data import points_array
from actviz.model.training.options import (
    BATCH_RANGE,
    COMPARE_KINDS,
    DEFAULT_ACTIVATION,
    DEFAULT_COMPARE_ACTIVATION,
    DEFAULTS,
    FUNCTIONS,
    LEARNING_RATE_RANGE,
    MAX_DRAWN_POINTS,
    MAX_LAYERS,
    MAX_LOADED_POINTS,
    NOISE_RANGE,
    OUTPUTS,
    PLANE_EXTENT,
    POINT_VALUE_RANGE,
    REG_RATE_RANGE,
    REGULARIZATIONS,
    SEED_RANGE,
    SOURCES,
    SPEEDS,
    TRAIN_FRACTION_RANGE,
    UNITS_RANGE,
    is_regression_source,
)
from actviz.model.training.run import NetworkRun

if TYPE_CHECKING:
    from actviz.model.training.lab import TrainingLab

MAX_EPOCH = 10**9
_CHOICES: dict[str, tuple[str, ...]] = {
    "dataset": SOURCES,
    "function": FUNCTIONS,
    "init": INITS,
    "output": OUTPUTS,
    "regularization": REGULARIZATIONS,
    "compare_kind": COMPARE_KINDS,
    "compare_init": INITS,
    "speed": tuple(SPEEDS),
}
_FLOATS: dict[str, tuple[float, float]] = {
    "noise": NOISE_RANGE,
    "train_fraction": TRAIN_FRACTION_RANGE,
    "learning_rate": LEARNING_RATE_RANGE,
    "reg_rate": REG_RATE_RANGE,
    "compare_learning_rate": LEARNING_RATE_RANGE,
    "point_value": POINT_VALUE_RANGE,
}
_INTS: dict[str, tuple[int, int]] = {"seed": SEED_RANGE, "batch_size": BATCH_RANGE}
_BOOLS = ("per_layer", "show_test", "discretize")
_EXTRA = (
    "activation",
    "layer_activations",
    "compare_activation",
    "drawn_points",
    "loaded_points",
    "epoch",
    "network",
    "compare_network",
    "notice",
)
MAX_NOTICE = 1000  # characters: a lesson's sentence (or a teacher's own few) about what to notice


def lab_state(lab: TrainingLab) -> JsonDict:
    state: JsonDict = {name: lab.value(name) for name in DEFAULTS}
    state["features"] = list(lab.features)
    state["hidden"] = list(lab.hidden)
    state["activation"] = lab.choice.to_state()
    state["layer_activations"] = [c.to_state() for c in lab.layer_choices]
    state["compare_activation"] = lab.compare_choice.to_state()
    state["drawn_points"] = lab.drawn_points.tolist()
    state["loaded_points"] = lab.loaded_points.tolist()
    state["epoch"] = lab.epoch
    state["network"] = lab.main.to_state()
    state["compare_network"] = lab.compare.to_state() if lab.compare is not None else None
    state["notice"] = lab.notice
    return state


def check_lab_state(lab: TrainingLab, data: object, notes: list[str]) -> JsonDict:
    """Validate a saved training section without touching ``lab``; see the module docstring."""
    where = lab.state_key
    mapping = require_mapping(data, where)
    note_unknown_keys(mapping, (*DEFAULTS, *_EXTRA), where, notes)
    state: JsonDict = {}
    for name, choices in _CHOICES.items():
        state[name] = read_choice(mapping, name, DEFAULTS[name], choices, where)
    for name, (lo, hi) in _FLOATS.items():
        state[name] = read_float(mapping, name, DEFAULTS[name], lo, hi, where, notes)
    for name, (ilo, ihi) in _INTS.items():
        state[name] = read_int(mapping, name, DEFAULTS[name], ilo, ihi, where, notes)
    for name in _BOOLS:
        state[name] = read_bool(mapping, name, DEFAULTS[name], where)
    state["features"] = _features(mapping.get("features", list(DEFAULTS["features"])), where, notes)
    state["hidden"] = _hidden(mapping.get("hidden", list(DEFAULTS["hidden"])), where, notes)
    state["activation"] = lab.choice.check_state(
        mapping.get("activation", {"key": DEFAULT_ACTIVATION}), notes, f"{where}.activation"
    )
    layers = mapping.get("layer_activations", [])
    if not isinstance(layers, list):
        raise ValueError(
            f"{where}.layer_activations: expected a list, found {type(layers).__name__}"
        )
    state["layer_activations"] = [
        lab.layer_choices[i].check_state(
            layers[i] if i < len(layers) else state["activation"], notes,
            f"{where}.layer_activations[{i}]",
        )
        for i in range(MAX_LAYERS)
    ]  # fmt: skip
    state["compare_activation"] = lab.compare_choice.check_state(
        mapping.get("compare_activation", {"key": DEFAULT_COMPARE_ACTIVATION}),
        notes,
        f"{where}.compare_activation",
    )
    regression = is_regression_source(state["dataset"])
    state["drawn_points"] = _points(
        mapping.get("drawn_points", []),
        f"{where}.drawn_points",
        MAX_DRAWN_POINTS,
        regression,
        notes,
    )
    state["loaded_points"] = _points(
        mapping.get("loaded_points", []), f"{where}.loaded_points", MAX_LOADED_POINTS, None, notes
    )
    state["epoch"] = read_int(mapping, "epoch", 0, 0, MAX_EPOCH, where, notes)
    sizes = (len(state["features"]), *state["hidden"], 1)
    state["network"] = NetworkRun.check_state(
        mapping.get("network", {}), sizes, f"{where}.network", notes
    )
    compare = mapping.get("compare_network")
    state["compare_network"] = None
    if state["compare_kind"] != "off" and compare is not None:
        state["compare_network"] = NetworkRun.check_state(
            compare, sizes, f"{where}.compare_network", notes
        )
    notice = mapping.get("notice", "")
    if not isinstance(notice, str):
        raise ValueError(f"{where}.notice: expected text, found {type(notice).__name__}")
    if len(notice) > MAX_NOTICE:
        notes.append(f"{where}.notice: shortened to {MAX_NOTICE} characters")
    state["notice"] = notice[:MAX_NOTICE]
    return state


def apply_lab_state(lab: TrainingLab, state: JsonDict) -> None:
    """Apply a state from :func:`check_lab_state` (the lab batches the resulting restarts)."""
    for name in DEFAULTS:
        lab.set_value(name, state[name])
    lab.choice.apply_state(state["activation"])
    for choice, saved in zip(lab.layer_choices, state["layer_activations"], strict=True):
        choice.apply_state(saved)
    lab.compare_choice.apply_state(state["compare_activation"])
    lab._restore_points(state["drawn_points"], state["loaded_points"])
    lab._restore_run(state["epoch"], state["network"], state["compare_network"])


def _features(value: object, where: str, notes: list[str]) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}.features: expected a list of feature names")
    known = [v for v in value if v in FEATURES]
    for name in value:
        if name not in FEATURES:
            notes.append(f"{where}.features: ignored unknown feature {name!r}")
    if not known:
        notes.append(f"{where}.features: no known feature, using x1 and x2")
        return tuple(DEFAULTS["features"])
    return tuple(f for f in FEATURES if f in known)


def _hidden(value: object, where: str, notes: list[str]) -> tuple[int, ...]:
    if not isinstance(value, list):
        raise ValueError(f"{where}.hidden: expected a list of unit counts")
    if len(value) > MAX_LAYERS:
        notes.append(f"{where}.hidden: {len(value)} layers, kept the first {MAX_LAYERS}")
        value = value[:MAX_LAYERS]
    sizes = [read_int({"units": n}, "units", 1, *UNITS_RANGE, f"{where}.hidden[{i}]", notes)
             for i, n in enumerate(value)]  # fmt: skip
    return tuple(sizes)


def _points(
    value: object, where: str, limit: int, regression: bool | None, notes: list[str]
) -> np.ndarray:
    """Rows of finite x, y, label. Drawn points are kept on the plane and, for a classification
    set, labelled -1 or +1 (``regression`` None: loaded points, any finite label)."""
    if not isinstance(value, list):
        raise ValueError(f"{where}: expected a list of [x, y, label] rows")
    if len(value) > limit:
        notes.append(f"{where}: {len(value)} points, kept the first {limit}")
        value = value[:limit]
    rows: list[list[float]] = []
    for index, row in enumerate(value):
        if not isinstance(row, list) or len(row) != 3 or not all(_finite_number(v) for v in row):
            raise ValueError(f"{where}[{index}]: expected [x, y, label] with finite numbers")
        x, y, label = (float(v) for v in row)
        if regression is not None:
            cx, cy = (min(max(c, -PLANE_EXTENT), PLANE_EXTENT) for c in (x, y))
            if (cx, cy) != (x, y):
                notes.append(f"{where}[{index}]: moved onto the plane [-6, 6]²")
            lo, hi = POINT_VALUE_RANGE
            clean = min(max(label, lo), hi) if regression else (1.0 if label >= 0 else -1.0)
            if clean != label:
                notes.append(f"{where}[{index}]: label {label:g} read as {clean:g}")
            x, y, label = cx, cy, clean
        rows.append([x, y, label])
    return points_array(rows)


def _finite_number(value: Any) -> bool:
    return not isinstance(value, bool) and isinstance(value, int | float) and math.isfinite(value)
