"""The training lab's network inputs and initial weights: Playground's seven input features
and four initialisation schemes (Playground's own, Xavier, He and zeros).

A network is a pair of lists ``(weights, biases)``: weights[i] has shape (fan_in, fan_out) and
biases[i] (fan_out,), as in Playground's ``nn.ts`` written as matrices.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt

from actviz.core import _checks
from actviz.core.i18n import QT_TRANSLATE_NOOP, translate_marked
from actviz.core.training.playground_data import rng_for

FloatArray = npt.NDArray[np.float64]
Weights = list[FloatArray]

FEATURES: tuple[str, ...] = ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)")
FEATURE_LABELS: dict[str, str] = {
    "x1": "X₁",
    "x2": "X₂",
    "x1^2": "X₁²",
    "x2^2": "X₂²",
    "x1*x2": "X₁X₂",
    "sin(x1)": "sin(X₁)",
    "sin(x2)": "sin(X₂)",
}
_FEATURE_FNS: dict[str, Callable[[FloatArray, FloatArray], FloatArray]] = {
    "x1": lambda a, b: a,
    "x2": lambda a, b: b,
    "x1^2": lambda a, b: a * a,
    "x2^2": lambda a, b: b * b,
    "x1*x2": lambda a, b: a * b,
    "sin(x1)": lambda a, b: np.sin(a),
    "sin(x2)": lambda a, b: np.sin(b),
}

INITS: tuple[str, ...] = ("playground", "xavier", "he", "zeros")
#: English labels (shown through :func:`init_label_text`).
INIT_LABELS: dict[str, str] = {
    "playground": QT_TRANSLATE_NOOP("TrainingInit", "Playground (uniform ±0.5, biases 0.1)"),
    "xavier": QT_TRANSLATE_NOOP(
        "TrainingInit", "Xavier/Glorot uniform (±√(6/(fan_in+fan_out)), biases 0)"
    ),
    "he": QT_TRANSLATE_NOOP("TrainingInit", "He uniform (±√(6/fan_in), biases 0)"),
    "zeros": QT_TRANSLATE_NOOP("TrainingInit", "Zeros (symmetry never breaks)"),
}
HIDDEN_LAYERS_RANGE = (0, 6)
UNITS_RANGE = (1, 8)


def init_label_text(init: str) -> str:
    """The label of scheme ``init`` (one of :data:`INITS`) in the installed language."""
    return translate_marked("TrainingInit", INIT_LABELS[init])


def check_features(features: Sequence[str]) -> tuple[str, ...]:
    """``features`` as a tuple: at least one, each one of :data:`FEATURES`, none twice."""
    if isinstance(features, str) or not isinstance(features, Sequence) or not features:
        raise ValueError(f"features must be a non-empty list of names from {', '.join(FEATURES)}")
    for name in features:
        _checks.choice("feature", name, FEATURES)
    if len(set(features)) != len(features):
        raise ValueError(f"features must not repeat a name, got {list(features)}")
    return tuple(features)


def feature_matrix(points: npt.ArrayLike, features: Sequence[str] = ("x1", "x2")) -> FloatArray:
    """The network's input: one column per feature of each point (x1, x2), shape (n, k)."""
    xy = _checks.matrix("points", points, columns=2)
    names = check_features(features)
    out = np.empty((len(xy), len(names)), dtype=np.float64)
    with np.errstate(over="ignore"):  # x1^2 of a finite 1e200 is inf: the honest answer
        for j, name in enumerate(names):
            out[:, j] = _FEATURE_FNS[name](xy[:, 0], xy[:, 1])
    return out


def check_hidden(hidden: Sequence[int]) -> tuple[int, ...]:
    """``hidden`` (units per hidden layer) as a tuple: 0 to 6 layers of 1 to 8 units."""
    if isinstance(hidden, str) or not isinstance(hidden, Sequence):
        raise ValueError(f"hidden must be a list of layer widths, got {hidden!r}")
    if not HIDDEN_LAYERS_RANGE[0] <= len(hidden) <= HIDDEN_LAYERS_RANGE[1]:
        raise ValueError(f"hidden must have 0 to 6 layers, got {len(hidden)}")
    return tuple(_checks.whole("hidden layer width", units, *UNITS_RANGE) for units in hidden)


def init_network(
    n_inputs: int,
    hidden: Sequence[int],
    *,
    init: str = "playground",
    seed: int = 0,
    n_outputs: int = 1,
) -> tuple[Weights, Weights]:
    """Initial ``(weights, biases)``: weights[i] (fan_in, fan_out), biases[i] (fan_out,).

    Parameters
    ----------
    n_inputs : int
        Number of input features (1 to 1024).
    hidden : sequence of int
        Units per hidden layer: 0 to 6 layers of 1 to 8 units.
    init : str
        "playground": weights uniform in [-0.5, 0.5], biases 0.1, as Playground's ``nn.ts``;
        "xavier": uniform in ±sqrt(6 / (fan_in + fan_out)), biases 0 (Glorot and Bengio 2010);
        "he": uniform in ±sqrt(6 / fan_in), biases 0 (He et al. 2015);
        "zeros": weights and biases 0, as Playground's ``initZero``: every unit of a layer gets
        the same gradient, so the units stay identical (symmetry is never broken).
    seed : int
        Same seed, same weights (the "init" stream of :func:`rng_for`).
    n_outputs : int
        Output units (1 to 1024).
    """
    n_inputs = _checks.whole("n_inputs", n_inputs, 1, 1024)
    widths = check_hidden(hidden)
    n_outputs = _checks.whole("n_outputs", n_outputs, 1, 1024)
    init = _checks.choice("init", init, INITS)
    rng = rng_for(seed, "init")
    sizes = (n_inputs, *widths, n_outputs)
    weights: Weights = []
    biases: Weights = []
    for fan_in, fan_out in itertools.pairwise(sizes):
        if init == "zeros":
            bound, bias = 0.0, 0.0
        elif init == "playground":
            bound, bias = 0.5, 0.1
        elif init == "xavier":
            bound, bias = math.sqrt(6.0 / (fan_in + fan_out)), 0.0
        else:
            bound, bias = math.sqrt(6.0 / fan_in), 0.0
        w = rng.uniform(-bound, bound, (fan_in, fan_out)) if bound else np.zeros((fan_in, fan_out))
        weights.append(w)
        biases.append(np.full(fan_out, bias))
    return weights, biases
