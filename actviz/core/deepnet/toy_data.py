"""Small two-class data sets in the plane, a grid of lines, and random 2-unit layers.

They feed the "bending space" view: each is pushed through a few 2-unit layers to show how an
activation folds the plane. Every function is deterministic for a given seed.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from actviz.core.i18n import QT_TRANSLATE_NOOP, translate, translate_marked

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

DATASETS: tuple[str, ...] = ("two_moons", "circles", "xor")
#: English labels (shown through :func:`dataset_label_text`).
DATASET_LABELS: dict[str, str] = {
    "two_moons": QT_TRANSLATE_NOOP("ToyData", "Two moons"),
    "circles": QT_TRANSLATE_NOOP("ToyData", "Circles"),
    "xor": QT_TRANSLATE_NOOP("ToyData", "XOR"),
}


def dataset_label_text(name: str) -> str:
    """The label of data set ``name`` (one of :data:`DATASETS`) in the installed language."""
    return translate_marked("ToyData", DATASET_LABELS[name])


def _check_count(n: int) -> int:
    if isinstance(n, bool) or not isinstance(n, int | np.integer) or n < 2:
        message = translate("ToyData", "the number of points must be a whole number ≥ 2, got {n}")
        raise ValueError(message.format(n=repr(n)))
    return int(n)


def two_moons(n: int = 200, noise: float = 0.1, seed: int = 0) -> tuple[FloatArray, IntArray]:
    """Two interleaved half circles (as in scikit-learn's ``make_moons``), centred on the origin."""
    n = _check_count(n)
    rng = np.random.default_rng(seed)
    n_a = n // 2
    t_a = np.linspace(0.0, np.pi, n_a)
    t_b = np.linspace(0.0, np.pi, n - n_a)
    a = np.column_stack([np.cos(t_a), np.sin(t_a)])
    b = np.column_stack([1.0 - np.cos(t_b), 0.5 - np.sin(t_b)])
    points = np.vstack([a, b]) + rng.normal(0.0, noise, size=(n, 2)) - np.array([0.5, 0.25])
    labels = np.concatenate([np.zeros(n_a, np.int64), np.ones(n - n_a, np.int64)])
    return points, labels


def circles(
    n: int = 200, noise: float = 0.05, factor: float = 0.5, seed: int = 0
) -> tuple[FloatArray, IntArray]:
    """A ring of one class around a disc of the other (scikit-learn's ``make_circles``)."""
    n = _check_count(n)
    rng = np.random.default_rng(seed)
    n_out = n // 2
    t_out = np.linspace(0.0, 2.0 * np.pi, n_out, endpoint=False)
    t_in = np.linspace(0.0, 2.0 * np.pi, n - n_out, endpoint=False)
    outer = np.column_stack([np.cos(t_out), np.sin(t_out)])
    inner = factor * np.column_stack([np.cos(t_in), np.sin(t_in)])
    points = np.vstack([outer, inner]) + rng.normal(0.0, noise, size=(n, 2))
    labels = np.concatenate([np.zeros(n_out, np.int64), np.ones(n - n_out, np.int64)])
    return points, labels


def xor(n: int = 200, noise: float = 0.1, seed: int = 0) -> tuple[FloatArray, IntArray]:
    """Four clusters at (+-0.6, +-0.6); the class is 1 where the signs of x and y differ."""
    n = _check_count(n)
    rng = np.random.default_rng(seed)
    corners = rng.integers(0, 4, size=n)
    signs = np.array([[1.0, 1.0], [-1.0, -1.0], [1.0, -1.0], [-1.0, 1.0]])
    points = 0.6 * signs[corners] + rng.normal(0.0, noise + 0.1, size=(n, 2))
    labels = (corners >= 2).astype(np.int64)
    return points, labels


def make_dataset(name: str, n: int = 200, seed: int = 0) -> tuple[FloatArray, IntArray]:
    """The data set called ``name`` (one of :data:`DATASETS`); ``ValueError`` otherwise."""
    if name == "two_moons":
        return two_moons(n, seed=seed)
    if name == "circles":
        return circles(n, seed=seed)
    if name == "xor":
        return xor(n, seed=seed)
    message = translate("ToyData", "unknown data set {name}; known: {known}")
    raise ValueError(message.format(name=repr(name), known=", ".join(DATASETS)))


def grid_lines(
    extent: float = 1.5, lines: int = 13, samples: int = 60
) -> tuple[FloatArray, BoolArray]:
    """Points along ``lines`` vertical and ``lines`` horizontal lines over [-extent, extent]^2.

    Returns ``(points, connect)``: ``points`` has shape (2 * lines * samples, 2); ``connect[i]``
    says whether point i joins point i + 1 (False at the end of each line), as pyqtgraph's
    ``connect=`` array expects. Lines are densely sampled so their bends show after warping.
    """
    if lines < 2 or samples < 2 or not np.isfinite(extent) or extent <= 0:
        raise ValueError("grid_lines needs extent > 0, lines >= 2 and samples >= 2")
    ticks = np.linspace(-extent, extent, lines)
    along = np.linspace(-extent, extent, samples)
    fixed = np.repeat(ticks, samples)
    moving = np.tile(along, lines)
    vertical = np.column_stack([fixed, moving])
    horizontal = np.column_stack([moving, fixed])
    points = np.vstack([vertical, horizontal])
    connect = np.ones(len(points), dtype=bool)
    connect[samples - 1 :: samples] = False
    return points, connect


def random_layers(
    count: int, seed: int = 0, scale: float = 1.0
) -> tuple[list[FloatArray], list[FloatArray]]:
    """``count`` random 2x2 weight matrices (std ``scale``) and biases (std ``scale / 2``).

    Layer i depends only on ``seed`` and i, so asking for more layers keeps the earlier ones.
    """
    weights: list[FloatArray] = []
    biases: list[FloatArray] = []
    for child in np.random.SeedSequence(seed).spawn(count):
        rng = np.random.default_rng(child)
        weights.append(rng.standard_normal((2, 2)) * scale)
        biases.append(rng.standard_normal(2) * scale * 0.5)
    return weights, biases
