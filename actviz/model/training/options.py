"""The training lab's settings: their names, ranges, defaults and labels, and the checks that
every setter and every saved state goes through.

Defaults follow TensorFlow Playground (``src/state.ts``): the circle, 50 % of the points for
training, features x1 and x2, hidden layers [4, 2] with tanh, learning rate 0.03, batch size 10,
no regularisation. A check returns the clean value or raises ``ValueError`` with a sentence that
names the setting and what it accepts, ready to show next to the field where it was typed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from actviz.core.training.network_setup import FEATURE_LABELS, FEATURES, INIT_LABELS, INITS
from actviz.core.training.playground_data import (
    BOUNDARY_FUNCTIONS,
    BOUNDARY_LABELS,
    CLASSIFICATION,
    DATASET_LABELS,
    DATASETS,
    REGRESSION,
)

# Data sources: the core's generated sets, the function boundary, and the learner's own points.
FUNCTION_SOURCE = "function"
POINTS_SOURCE = "points"
POINTS_REG_SOURCE = "points_reg"
SOURCES: tuple[str, ...] = (*DATASETS, FUNCTION_SOURCE, POINTS_SOURCE, POINTS_REG_SOURCE)
REGRESSION_SOURCES: tuple[str, ...] = (*REGRESSION, POINTS_REG_SOURCE)
CLASSIFICATION_SOURCES: tuple[str, ...] = (*CLASSIFICATION, FUNCTION_SOURCE, POINTS_SOURCE)
SOURCE_LABELS: dict[str, str] = {
    **DATASET_LABELS,
    FUNCTION_SOURCE: "Above or below y = g(x)",
    POINTS_SOURCE: "Your points (classes)",
    POINTS_REG_SOURCE: "Your points (values)",
}
FUNCTIONS: tuple[str, ...] = BOUNDARY_FUNCTIONS
FUNCTION_LABELS: dict[str, str] = BOUNDARY_LABELS
# Output unit and loss for a classification problem; regression always uses identity + square.
OUTPUTS: tuple[str, ...] = ("tanh", "sigmoid")
OUTPUT_LABELS: dict[str, str] = {
    "tanh": "tanh, square loss",
    "sigmoid": "sigmoid, cross-entropy",
}
REGULARIZATIONS: tuple[str, ...] = ("none", "l1", "l2")
REGULARIZATION_LABELS: dict[str, str] = {"none": "None", "l1": "L1", "l2": "L2"}
COMPARE_KINDS: tuple[str, ...] = ("off", "activation", "init", "learning_rate")
COMPARE_LABELS: dict[str, str] = {
    "off": "Off",
    "activation": "Another activation",
    "init": "Another initialisation",
    "learning_rate": "Another learning rate",
}
# How fast Play trains: epochs per second (inf: as fast as the machine allows between redraws).
SPEEDS: dict[str, float] = {"slow": 5.0, "playground": 60.0, "fast": math.inf}
SPEED_LABELS: dict[str, str] = {
    "slow": "Slow (5 epochs/s)",
    "playground": "Playground (60 epochs/s)",
    "fast": "As fast as it goes",
}

MAX_LAYERS = 6
UNITS_RANGE = (1, 8)
NOISE_RANGE = (0.0, 0.5)
TRAIN_FRACTION_RANGE = (0.1, 0.9)
SEED_RANGE = (0, 2**31 - 1)
LEARNING_RATE_RANGE = (1e-5, 10.0)
BATCH_RANGE = (1, 500)
REG_RATE_RANGE = (0.0, 10.0)
POINT_VALUE_RANGE = (-1.0, 1.0)
PLANE_EXTENT = 6.0  # the input plane shown and drawn on: [-6, 6]^2, as in Playground
WEIGHT_LIMIT = 100.0  # a weight typed into the diagram
MAX_DRAWN_POINTS = 1000
MAX_LOADED_POINTS = 5000

DEFAULTS: dict[str, Any] = {
    "dataset": "circle",
    "function": "sin",
    "noise": 0.0,
    "train_fraction": 0.5,
    "seed": 0,
    "features": ("x1", "x2"),
    "hidden": (4, 2),
    "per_layer": False,
    "init": "playground",
    "output": "tanh",
    "learning_rate": 0.03,
    "batch_size": 10,
    "regularization": "none",
    "reg_rate": 0.0,
    "compare_kind": "off",
    "compare_init": "he",
    "compare_learning_rate": 0.3,
    "show_test": False,
    "discretize": False,
    "point_value": 1.0,
    "speed": "fast",
}
DEFAULT_ACTIVATION = "tanh"
DEFAULT_COMPARE_ACTIVATION = "relu"

# Settings whose change starts the networks afresh (new data or a different network); the rest
# (learning rate, batch, regularisation, display) apply to the next epochs of the same run.
RESETTING: frozenset[str] = frozenset(
    {"dataset", "function", "noise", "train_fraction", "seed", "features", "hidden",
     "per_layer", "init", "output", "compare_kind", "compare_init"}
)  # fmt: skip


def is_regression_source(name: str) -> bool:
    return name in REGRESSION_SOURCES


def check_choice(name: str, value: object, choices: Sequence[str]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise ValueError(f"{name} must be one of {', '.join(choices)}, got {value!r}")
    return value


def check_int(name: str, value: object, bounds: tuple[int, int]) -> int:
    lo, hi = bounds
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise ValueError(f"{name} must be a whole number from {lo} to {hi}, got {value!r}")
    return value


def check_float(name: str, value: object, bounds: tuple[float, float]) -> float:
    lo, hi = bounds
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a number from {lo:g} to {hi:g}, got {value!r}")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"{name} must be a finite number from {lo:g} to {hi:g}, got {value!r}")
    if not lo <= number <= hi:
        raise ValueError(f"{name} must be from {lo:g} to {hi:g}, got {number:g}")
    return number


def check_bool(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{name} must be true or false, got {value!r}")
    return value


def check_features(value: object) -> tuple[str, ...]:
    """A non-empty set of feature names, returned in the canonical order of ``FEATURES``."""
    if isinstance(value, str) or not isinstance(value, Sequence | set | frozenset):
        raise ValueError(f"features must be a list of names from {', '.join(FEATURES)}")
    names = list(value)
    unknown = [n for n in names if not isinstance(n, str) or n not in FEATURES]
    if unknown:
        raise ValueError(f"unknown feature {unknown[0]!r}; known: {', '.join(FEATURES)}")
    if not names:
        raise ValueError("choose at least one input feature")
    return tuple(f for f in FEATURES if f in names)


def check_hidden(value: object) -> tuple[int, ...]:
    """0 to 6 hidden layers of 1 to 8 units each."""
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise ValueError("hidden layers must be a list of unit counts")
    if len(value) > MAX_LAYERS:
        raise ValueError(f"at most {MAX_LAYERS} hidden layers, got {len(value)}")
    return tuple(check_int(f"units in layer {i + 1}", n, UNITS_RANGE) for i, n in enumerate(value))


def check_init(value: object) -> str:
    return check_choice("initialisation", value, INITS)


# The check of every setting, by name: each returns the clean value or raises ValueError.
SETTING_CHECKS: dict[str, Callable[[object], Any]] = {
    "dataset": lambda v: check_choice("data set", v, SOURCES),
    "function": lambda v: check_choice("function", v, FUNCTIONS),
    "noise": lambda v: check_float("noise", v, NOISE_RANGE),
    "train_fraction": lambda v: check_float("training share", v, TRAIN_FRACTION_RANGE),
    "seed": lambda v: check_int("seed", v, SEED_RANGE),
    "features": check_features,
    "hidden": check_hidden,
    "per_layer": lambda v: check_bool("one activation per layer", v),
    "init": check_init,
    "output": lambda v: check_choice("output", v, OUTPUTS),
    "learning_rate": lambda v: check_float("learning rate", v, LEARNING_RATE_RANGE),
    "batch_size": lambda v: check_int("batch size", v, BATCH_RANGE),
    "regularization": lambda v: check_choice("regularisation", v, REGULARIZATIONS),
    "reg_rate": lambda v: check_float("regularisation rate", v, REG_RATE_RANGE),
    "compare_kind": lambda v: check_choice("compare", v, COMPARE_KINDS),
    "compare_init": check_init,
    "compare_learning_rate": lambda v: check_float(
        "compared learning rate", v, LEARNING_RATE_RANGE
    ),
    "show_test": lambda v: check_bool("show test points", v),
    "discretize": lambda v: check_bool("discretize", v),
    "point_value": lambda v: check_float("value of a new point", v, POINT_VALUE_RANGE),
    "speed": lambda v: check_choice("speed", v, tuple(SPEEDS)),
}


__all__ = ["FEATURES", "FEATURE_LABELS", "INITS", "INIT_LABELS"]
