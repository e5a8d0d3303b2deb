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

from actviz.core.i18n import QT_TRANSLATE_NOOP, format_number, translate, translate_marked
from actviz.core.training.network_setup import FEATURE_LABELS, FEATURES, INIT_LABELS, INITS
from actviz.core.training.playground_data import (
    BOUNDARY_FUNCTIONS,
    BOUNDARY_LABELS,
    CLASSIFICATION,
    DATASET_LABELS,
    DATASETS,
    REGRESSION,
    boundary_label_text,
    dataset_label_text,
)

# Data sources: the core's generated sets, the function boundary, and the learner's own points.
FUNCTION_SOURCE = "function"
POINTS_SOURCE = "points"
POINTS_REG_SOURCE = "points_reg"
SOURCES: tuple[str, ...] = (*DATASETS, FUNCTION_SOURCE, POINTS_SOURCE, POINTS_REG_SOURCE)
REGRESSION_SOURCES: tuple[str, ...] = (*REGRESSION, POINTS_REG_SOURCE)
CLASSIFICATION_SOURCES: tuple[str, ...] = (*CLASSIFICATION, FUNCTION_SOURCE, POINTS_SOURCE)
# The labels below are English records (marked for the catalogue) shown through the *_text()
# functions further down, which translate them into the installed language.
_OWN_SOURCE_LABELS: dict[str, str] = {
    FUNCTION_SOURCE: QT_TRANSLATE_NOOP("TrainingOptions", "Above or below y = g(x)"),
    POINTS_SOURCE: QT_TRANSLATE_NOOP("TrainingOptions", "Your points (classes)"),
    POINTS_REG_SOURCE: QT_TRANSLATE_NOOP("TrainingOptions", "Your points (values)"),
}
SOURCE_LABELS: dict[str, str] = {**DATASET_LABELS, **_OWN_SOURCE_LABELS}
FUNCTIONS: tuple[str, ...] = BOUNDARY_FUNCTIONS
FUNCTION_LABELS: dict[str, str] = BOUNDARY_LABELS
# Output unit and loss for a classification problem; regression always uses identity + square.
OUTPUTS: tuple[str, ...] = ("tanh", "sigmoid")
OUTPUT_LABELS: dict[str, str] = {
    "tanh": QT_TRANSLATE_NOOP("TrainingOptions", "tanh, square loss"),
    "sigmoid": QT_TRANSLATE_NOOP("TrainingOptions", "sigmoid, cross-entropy"),
}
REGULARIZATIONS: tuple[str, ...] = ("none", "l1", "l2")
REGULARIZATION_LABELS: dict[str, str] = {
    "none": QT_TRANSLATE_NOOP("TrainingOptions", "None"),
    "l1": "L1",
    "l2": "L2",
}
COMPARE_KINDS: tuple[str, ...] = ("off", "activation", "init", "learning_rate")
COMPARE_LABELS: dict[str, str] = {
    "off": QT_TRANSLATE_NOOP("TrainingOptions", "Off"),
    "activation": QT_TRANSLATE_NOOP("TrainingOptions", "Another activation"),
    "init": QT_TRANSLATE_NOOP("TrainingOptions", "Another initialisation"),
    "learning_rate": QT_TRANSLATE_NOOP("TrainingOptions", "Another learning rate"),
}
# How fast Play trains: epochs per second (inf: as fast as the machine allows between redraws).
SPEEDS: dict[str, float] = {"slow": 5.0, "playground": 60.0, "fast": math.inf}
SPEED_LABELS: dict[str, str] = {
    "slow": QT_TRANSLATE_NOOP("TrainingOptions", "Slow (5 epochs/s)"),
    "playground": QT_TRANSLATE_NOOP("TrainingOptions", "Playground (60 epochs/s)"),
    "fast": QT_TRANSLATE_NOOP("TrainingOptions", "As fast as it goes"),
}


def source_label_text(name: str) -> str:
    """The label of data source ``name`` (one of :data:`SOURCES`) in the installed language."""
    if name in DATASET_LABELS:
        return dataset_label_text(name)
    return translate_marked("TrainingOptions", _OWN_SOURCE_LABELS[name])


def function_label_text(name: str) -> str:
    """The label of boundary function ``name`` (one of :data:`FUNCTIONS`)."""
    return boundary_label_text(name)


def output_label_text(name: str) -> str:
    """The label of output ``name`` (one of :data:`OUTPUTS`): its unit and its loss."""
    return translate_marked("TrainingOptions", OUTPUT_LABELS[name])


def regularization_label_text(name: str) -> str:
    """The label of regularisation ``name`` (one of :data:`REGULARIZATIONS`)."""
    return translate_marked("TrainingOptions", REGULARIZATION_LABELS[name])


def compare_label_text(kind: str) -> str:
    """The label of comparison ``kind`` (one of :data:`COMPARE_KINDS`)."""
    return translate_marked("TrainingOptions", COMPARE_LABELS[kind])


def speed_label_text(name: str) -> str:
    """The label of speed ``name`` (one of :data:`SPEEDS`)."""
    return translate_marked("TrainingOptions", SPEED_LABELS[name])


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


# Checks -------------------------------------------------------------------------------------------
# ``name`` is the setting's English name, marked with QT_TRANSLATE_NOOP("TrainingSettings", ...)
# where it is written; the message is made in the installed language, ready to be shown next to
# the field where the value was typed. Numbers in it follow the language (format_number).


def setting_name_text(name: str) -> str:
    """A setting's name (marked in context ``TrainingSettings``) in the installed language."""
    return translate_marked("TrainingSettings", name)


def _shown(value: object) -> str:
    """A refused value as the message shows it: numbers in the language's form, else its repr."""
    if isinstance(value, float) and not isinstance(value, bool):
        return format_number(value, "g")
    return repr(value)


def check_choice(name: str, value: object, choices: Sequence[str]) -> str:
    if not isinstance(value, str) or value not in choices:
        message = translate("TrainingSettings", "{name} must be one of {choices}, got {value}")
        raise ValueError(
            message.format(name=setting_name_text(name), choices=", ".join(choices),
                           value=_shown(value))
        )  # fmt: skip
    return value


def check_int(name: str, value: object, bounds: tuple[int, int], shown: str | None = None) -> int:
    """``value`` as a whole number in ``bounds``; the message names the setting ``name`` (marked
    for the catalogue) in the installed language, or says ``shown`` when it is given."""
    lo, hi = bounds
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        message = translate(
            "TrainingSettings", "{name} must be a whole number from {low} to {high}, got {value}"
        )
        raise ValueError(
            message.format(
                name=setting_name_text(name) if shown is None else shown,
                low=lo,
                high=hi,
                value=_shown(value),
            )
        )
    return value


def check_float(name: str, value: object, bounds: tuple[float, float]) -> float:
    lo, hi = bounds
    low, high = format_number(lo, "g"), format_number(hi, "g")
    shown = setting_name_text(name)
    if isinstance(value, bool) or not isinstance(value, int | float):
        message = translate(
            "TrainingSettings", "{name} must be a number from {low} to {high}, got {value}"
        )
        raise ValueError(message.format(name=shown, low=low, high=high, value=_shown(value)))
    number = float(value)
    if not math.isfinite(number):
        message = translate(
            "TrainingSettings", "{name} must be a finite number from {low} to {high}, got {value}"
        )
        raise ValueError(message.format(name=shown, low=low, high=high, value=_shown(value)))
    if not lo <= number <= hi:
        message = translate("TrainingSettings", "{name} must be from {low} to {high}, got {value}")
        raise ValueError(
            message.format(name=shown, low=low, high=high, value=format_number(number, "g"))
        )
    return number


def check_bool(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        message = translate("TrainingSettings", "{name} must be true or false, got {value}")
        raise ValueError(message.format(name=setting_name_text(name), value=_shown(value)))
    return value


def check_features(value: object) -> tuple[str, ...]:
    """A non-empty set of feature names, returned in the canonical order of ``FEATURES``."""
    known = ", ".join(FEATURES)
    if isinstance(value, str) or not isinstance(value, Sequence | set | frozenset):
        message = translate("TrainingSettings", "features must be a list of names from {known}")
        raise ValueError(message.format(known=known))
    names = list(value)
    unknown = [n for n in names if not isinstance(n, str) or n not in FEATURES]
    if unknown:
        message = translate("TrainingSettings", "unknown feature {name}; known: {known}")
        raise ValueError(message.format(name=repr(unknown[0]), known=known))
    if not names:
        raise ValueError(translate("TrainingSettings", "choose at least one input feature"))
    return tuple(f for f in FEATURES if f in names)


def check_hidden(value: object) -> tuple[int, ...]:
    """0 to 6 hidden layers of 1 to 8 units each."""
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise ValueError(
            translate("TrainingSettings", "hidden layers must be a list of unit counts")
        )
    if len(value) > MAX_LAYERS:
        message = translate("TrainingSettings", "at most {limit} hidden layers, got {count}")
        raise ValueError(message.format(limit=MAX_LAYERS, count=len(value)))
    units = translate("TrainingSettings", "units in layer {layer}")  # already in the language
    return tuple(
        check_int("units", n, UNITS_RANGE, shown=units.format(layer=i + 1))
        for i, n in enumerate(value)
    )


def check_init(value: object) -> str:
    return check_choice(QT_TRANSLATE_NOOP("TrainingSettings", "initialisation"), value, INITS)


def _named(check: Callable[..., Any], name: str, *bounds: Any) -> Callable[[object], Any]:
    def checked(value: object) -> Any:
        return check(name, value, *bounds)

    return checked


# The check of every setting, by name: each returns the clean value or raises ValueError.
SETTING_CHECKS: dict[str, Callable[[object], Any]] = {
    "dataset": _named(check_choice, QT_TRANSLATE_NOOP("TrainingSettings", "data set"), SOURCES),
    "function": _named(
        check_choice, QT_TRANSLATE_NOOP("TrainingSettings", "function"), FUNCTIONS
    ),
    "noise": _named(check_float, QT_TRANSLATE_NOOP("TrainingSettings", "noise"), NOISE_RANGE),
    "train_fraction": _named(
        check_float, QT_TRANSLATE_NOOP("TrainingSettings", "training share"),
        TRAIN_FRACTION_RANGE,
    ),
    "seed": _named(check_int, QT_TRANSLATE_NOOP("TrainingSettings", "seed"), SEED_RANGE),
    "features": check_features,
    "hidden": check_hidden,
    "per_layer": _named(
        check_bool, QT_TRANSLATE_NOOP("TrainingSettings", "one activation per layer")
    ),
    "init": check_init,
    "output": _named(check_choice, QT_TRANSLATE_NOOP("TrainingSettings", "output"), OUTPUTS),
    "learning_rate": _named(
        check_float, QT_TRANSLATE_NOOP("TrainingSettings", "learning rate"),
        LEARNING_RATE_RANGE,
    ),
    "batch_size": _named(
        check_int, QT_TRANSLATE_NOOP("TrainingSettings", "batch size"), BATCH_RANGE
    ),
    "regularization": _named(
        check_choice, QT_TRANSLATE_NOOP("TrainingSettings", "regularisation"), REGULARIZATIONS
    ),
    "reg_rate": _named(
        check_float, QT_TRANSLATE_NOOP("TrainingSettings", "regularisation rate"),
        REG_RATE_RANGE,
    ),
    "compare_kind": _named(
        check_choice, QT_TRANSLATE_NOOP("TrainingSettings", "compare"), COMPARE_KINDS
    ),
    "compare_init": check_init,
    "compare_learning_rate": _named(
        check_float, QT_TRANSLATE_NOOP("TrainingSettings", "compared learning rate"),
        LEARNING_RATE_RANGE,
    ),
    "show_test": _named(check_bool, QT_TRANSLATE_NOOP("TrainingSettings", "show test points")),
    "discretize": _named(check_bool, QT_TRANSLATE_NOOP("TrainingSettings", "discretize")),
    "point_value": _named(
        check_float, QT_TRANSLATE_NOOP("TrainingSettings", "value of a new point"),
        POINT_VALUE_RANGE,
    ),
    "speed": _named(check_choice, QT_TRANSLATE_NOOP("TrainingSettings", "speed"), tuple(SPEEDS)),
}


__all__ = ["FEATURES", "FEATURE_LABELS", "INITS", "INIT_LABELS"]
