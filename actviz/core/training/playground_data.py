"""The training lab's data sets, as TensorFlow Playground defines them, and the train/test split.

The classification and regression sets follow Playground's ``src/dataset.ts`` (circle, xor, gauss,
spiral, reg-plane, reg-gauss); two moons and the function boundaries are ours. Every point lies in
Playground's plane [-6, 6]^2. Classification labels are -1 and +1 (the sign of a tanh output);
regression labels are real numbers in [-1.2, 1.2].

**Noise** is Playground's noise slider divided by 100, so it runs from 0 to 0.5. What it moves
depends on the set, exactly as in Playground: for circle and xor (and the function boundaries) it
moves only the point *used to choose the label*, by uniform(-5, 5) x noise in x and y, so points
near the boundary get the wrong class; gauss widens the blobs' variance from 0.5 to 4; spiral moves
the points themselves by uniform(-1, 1) x noise; the regression sets move the point used for the
label by uniform(-6, 6) x noise; two moons moves the points by a Gaussian of standard deviation
3 x noise (scikit-learn's ``noise`` in units of the moon radius, the moons being scaled by 3).

**Seeds**: each purpose (data, split, initial weights, batch order) draws from its own stream
:func:`rng_for`, so one integer seed gives the same data whatever network is trained on it.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from actviz.core import _checks
from actviz.core.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from actviz.core.training.points_csv import format_points_csv, parse_points_csv

FloatArray = npt.NDArray[np.float64]
Dataset = tuple[FloatArray, FloatArray]

CLASSIFICATION: tuple[str, ...] = ("circle", "xor", "gauss", "spiral", "two_moons")
REGRESSION: tuple[str, ...] = ("reg_plane", "reg_gauss")
DATASETS: tuple[str, ...] = CLASSIFICATION + REGRESSION
#: English labels (shown through :func:`dataset_label_text`).
DATASET_LABELS: dict[str, str] = {
    "circle": QT_TRANSLATE_NOOP("TrainingData", "Circle"),
    "xor": QT_TRANSLATE_NOOP("TrainingData", "Exclusive or"),
    "gauss": QT_TRANSLATE_NOOP("TrainingData", "Gaussian"),
    "spiral": QT_TRANSLATE_NOOP("TrainingData", "Spiral"),
    "two_moons": QT_TRANSLATE_NOOP("TrainingData", "Two moons"),
    "reg_plane": QT_TRANSLATE_NOOP("TrainingData", "Plane (regression)"),
    "reg_gauss": QT_TRANSLATE_NOOP("TrainingData", "Multi-Gaussian (regression)"),
}
DEFAULT_COUNT = {"classification": 500, "regression": 1200}  # Playground's NUM_SAMPLES_*
NOISE_RANGE = (0.0, 0.5)
COUNT_RANGE = (2, 100_000)
EXTENT = 6.0  # Playground's plane is [-6, 6]^2

BOUNDARY_FUNCTIONS: tuple[str, ...] = ("sin", "cubic", "abs", "step")
#: English labels (shown through :func:`boundary_label_text`).
BOUNDARY_LABELS: dict[str, str] = {
    "sin": QT_TRANSLATE_NOOP("TrainingData", "y = sin(x)"),
    "cubic": QT_TRANSLATE_NOOP("TrainingData", "y = x³ − x"),
    "abs": QT_TRANSLATE_NOOP("TrainingData", "y = |x|"),
    "step": QT_TRANSLATE_NOOP("TrainingData", "y = step(x)  (0 for x < 0, 1 for x ≥ 0)"),
}

_STREAMS = {"data": 0, "split": 1, "init": 2, "batches": 3}


def dataset_label_text(name: str) -> str:
    """The label of data set ``name`` (one of :data:`DATASETS`) in the installed language."""
    return translate_marked("TrainingData", DATASET_LABELS[name])


def boundary_label_text(name: str) -> str:
    """The label of boundary function ``name`` in the installed language."""
    return translate_marked("TrainingData", BOUNDARY_LABELS[name])


__all__ = [
    "BOUNDARY_FUNCTIONS",
    "BOUNDARY_LABELS",
    "CLASSIFICATION",
    "DATASETS",
    "DATASET_LABELS",
    "REGRESSION",
    "boundary_curve",
    "boundary_label_text",
    "dataset_label_text",
    "format_points_csv",
    "function_boundary",
    "is_regression",
    "make_dataset",
    "parse_points_csv",
    "rng_for",
    "split",
]


def rng_for(seed: int, purpose: str) -> np.random.Generator:
    """The generator for one ``purpose`` ("data", "split", "init" or "batches") of ``seed``.

    Streams of different purposes are independent (numpy SeedSequence with the purpose as a
    second word of entropy), so the initial weights never echo the numbers that drew the data.
    """
    seed = _checks.whole("seed", seed, 0)
    return np.random.default_rng(
        [seed, _STREAMS[_checks.choice("purpose", purpose, list(_STREAMS))]]
    )


def is_regression(name: str) -> bool:
    """Whether data set ``name`` has real labels (regression) rather than classes -1/+1."""
    return _checks.choice("data set", name, DATASETS) in REGRESSION


def make_dataset(name: str, n: int | None = None, noise: float = 0.0, seed: int = 0) -> Dataset:
    """The Playground data set ``name``: ``(points (n, 2), labels (n,))``, both float64.

    Parameters
    ----------
    name : str
        One of :data:`DATASETS`.
    n : int, optional
        Number of points, from 2 to 100,000; Playground's 500 for classification and 1200 for
        regression by default. Two-class sets give the first ceil(n / 2) points label +1.
    noise : float
        In [0, 0.5]: Playground's noise slider / 100 (see the module docstring for what it moves).
    seed : int
        Same seed, same points.

    Raises
    ------
    ValueError
        Naming the argument that is unknown or out of range.
    """
    regression = is_regression(name)
    if n is None:
        n = DEFAULT_COUNT["regression" if regression else "classification"]
    n = _checks.whole("n", n, *COUNT_RANGE)
    noise = _checks.real("noise", noise, *NOISE_RANGE)
    rng = rng_for(seed, "data")
    points, labels = _GENERATORS[name](rng, n, noise)
    return np.ascontiguousarray(points, dtype=np.float64), labels.astype(np.float64)


def _halves(n: int) -> tuple[int, int]:
    # Playground loops i < n/2 per class; for n odd we keep n points, the extra one in class +1.
    return n - n // 2, n // 2


def _two_class_labels(n: int) -> FloatArray:
    first, second = _halves(n)
    return np.concatenate([np.ones(first), -np.ones(second)])


def _circle(rng: np.random.Generator, n: int, noise: float) -> Dataset:
    radius = 5.0
    inside, outside = _halves(n)
    r = np.concatenate(
        [rng.uniform(0.0, radius * 0.5, inside), rng.uniform(radius * 0.7, radius, outside)]
    )
    angle = rng.uniform(0.0, 2.0 * math.pi, n)
    points = np.column_stack([r * np.sin(angle), r * np.cos(angle)])
    moved = points + rng.uniform(-radius, radius, (n, 2)) * noise
    labels = np.where(np.hypot(moved[:, 0], moved[:, 1]) < radius * 0.5, 1.0, -1.0)
    return points, labels


def _xor(rng: np.random.Generator, n: int, noise: float) -> Dataset:
    points = rng.uniform(-5.0, 5.0, (n, 2))
    points += np.where(points > 0.0, 0.3, -0.3)  # Playground's padding away from the axes
    moved = points + rng.uniform(-5.0, 5.0, (n, 2)) * noise
    labels = np.where(moved[:, 0] * moved[:, 1] >= 0.0, 1.0, -1.0)
    return points, labels


def gauss_variance(noise: float) -> float:
    """The variance of each coordinate of a gauss blob: 0.5 at noise 0 up to 4 at noise 0.5."""
    return 0.5 + noise * (4.0 - 0.5) / 0.5


def _gauss(rng: np.random.Generator, n: int, noise: float) -> Dataset:
    first, second = _halves(n)
    centres = np.repeat(np.array([[2.0, 2.0], [-2.0, -2.0]]), [first, second], axis=0)
    points = centres + rng.standard_normal((n, 2)) * math.sqrt(gauss_variance(noise))
    return points, _two_class_labels(n)


def spiral_arm(count: int, half: float, delta: float) -> FloatArray:
    """Noise-free points i = 0..count-1 of a Playground spiral arm: r = 5 i / half,
    t = 1.75 * 2 pi i / half + delta, point (r sin t, r cos t)."""
    i = np.arange(count, dtype=np.float64)
    r = i / half * 5.0
    t = 1.75 * i / half * 2.0 * math.pi + delta
    return np.column_stack([r * np.sin(t), r * np.cos(t)])


def _spiral(rng: np.random.Generator, n: int, noise: float) -> Dataset:
    first, second = _halves(n)
    half = n / 2.0
    points = np.vstack([spiral_arm(first, half, 0.0), spiral_arm(second, half, math.pi)])
    points += rng.uniform(-1.0, 1.0, (n, 2)) * noise
    return points, _two_class_labels(n)


def _moons(rng: np.random.Generator, n: int, noise: float) -> Dataset:
    first = _halves(n)[0]
    t = rng.uniform(0.0, math.pi, n)
    upper = np.column_stack([np.cos(t[:first]), np.sin(t[:first])])
    lower = np.column_stack([1.0 - np.cos(t[first:]), 0.5 - np.sin(t[first:])])
    points = (np.vstack([upper, lower]) - np.array([0.5, 0.25])) * MOON_SCALE
    points += rng.standard_normal((n, 2)) * (MOON_SCALE * noise)
    return points, _two_class_labels(n)


MOON_SCALE = 3.0  # scikit-learn's moons (radius 1) scaled to fill Playground's plane


def _plane(rng: np.random.Generator, n: int, noise: float) -> Dataset:
    points = rng.uniform(-EXTENT, EXTENT, (n, 2))
    moved = points + rng.uniform(-EXTENT, EXTENT, (n, 2)) * noise
    return points, (moved[:, 0] + moved[:, 1]) / 10.0


#: Playground's six signed bumps (cx, cy, sign) of the multi-Gaussian regression set.
GAUSS_BUMPS = np.array(
    [[-4.0, 2.5, 1.0], [0.0, 2.5, -1.0], [4.0, 2.5, 1.0],
     [-4.0, -2.5, -1.0], [0.0, -2.5, 1.0], [4.0, -2.5, -1.0]]
)  # fmt: skip


def reg_gauss_label(points: FloatArray) -> FloatArray:
    """The multi-Gaussian label: of the six bumps sign * clamp(1 - distance / 2, 0, 1), the one
    largest in magnitude (the first such bump on a tie, 0 far from all of them)."""
    distance = np.hypot(points[:, :1] - GAUSS_BUMPS[:, 0], points[:, 1:] - GAUSS_BUMPS[:, 1])
    value: FloatArray = GAUSS_BUMPS[:, 2] * np.clip(1.0 - distance / 2.0, 0.0, 1.0)
    best: FloatArray = value[np.arange(len(points)), np.argmax(np.abs(value), axis=1)]
    return best


def _reg_gauss(rng: np.random.Generator, n: int, noise: float) -> Dataset:
    points = rng.uniform(-EXTENT, EXTENT, (n, 2))
    moved = points + rng.uniform(-EXTENT, EXTENT, (n, 2)) * noise
    return points, reg_gauss_label(moved)


_GENERATORS: dict[str, Callable[[np.random.Generator, int, float], Dataset]] = {
    "circle": _circle,
    "xor": _xor,
    "gauss": _gauss,
    "spiral": _spiral,
    "two_moons": _moons,
    "reg_plane": _plane,
    "reg_gauss": _reg_gauss,
}


def boundary_curve(g: str, x: npt.ArrayLike) -> FloatArray:
    """y = g(x) for a function-boundary data set (to draw the true boundary on the map)."""
    g = _checks.choice("boundary function", g, BOUNDARY_FUNCTIONS)
    u: FloatArray = np.asarray(x, dtype=np.float64)
    y: FloatArray
    if g == "sin":
        y = np.sin(u)
    elif g == "cubic":
        # Factored, x (x^2 - 1) stays ±inf for |x| > 5e102 and x = ±inf, the honest limits,
        # where x^3 - x would take inf - inf = NaN at infinity.
        with np.errstate(over="ignore"):
            y = u * (u * u - 1.0)
    elif g == "abs":
        y = np.abs(u)
    else:
        y = np.heaviside(u, 1.0)
    return y


def function_boundary(g: str, n: int = 500, noise: float = 0.0, seed: int = 0) -> Dataset:
    """Points uniform in [-6, 6]^2 labelled +1 on or above y = g(x) and -1 below.

    ``g`` is one of :data:`BOUNDARY_FUNCTIONS`: "sin", "cubic" (x^3 - x), "abs" (|x|) or "step"
    (0 for x < 0, 1 for x >= 0). As for circle and xor, ``noise`` in [0, 0.5] moves the point used
    for the label by uniform(-5, 5) x noise in x and y.
    """
    g = _checks.choice("boundary function", g, BOUNDARY_FUNCTIONS)
    n = _checks.whole("n", n, *COUNT_RANGE)
    noise = _checks.real("noise", noise, *NOISE_RANGE)
    rng = rng_for(seed, "data")
    points = rng.uniform(-EXTENT, EXTENT, (n, 2))
    moved = points + rng.uniform(-5.0, 5.0, (n, 2)) * noise
    return points, boundary_label(g, moved)


def boundary_label(g: str, points: FloatArray) -> FloatArray:
    """The function-boundary label of each row (x, y): +1 on or above y = g(x), -1 below."""
    labels: FloatArray = np.where(points[:, 1] >= boundary_curve(g, points[:, 0]), 1.0, -1.0)
    return labels


def split(
    points: npt.ArrayLike, labels: npt.ArrayLike, train_fraction: float = 0.5, seed: int = 0
) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray]:
    """Shuffle, then split as Playground does: ``(train_x, train_y, test_x, test_y)``.

    The first floor(n * train_fraction) shuffled points train, the rest test; each part keeps at
    least one point, so ``points`` needs at least 2 rows. ``train_fraction`` is in (0, 1)
    (Playground's slider offers 0.1 to 0.9).
    """
    xy = _checks.matrix("points", points, columns=2)
    n = len(xy)
    y = _checks.vector("labels", labels, n)
    if n < 2:
        message = translate("TrainingData", "points must have at least 2 rows to split, got {n}")
        raise ValueError(message.format(n=n))
    fraction = _checks.real("train_fraction", train_fraction, 0.0, 1.0)
    if fraction in (0.0, 1.0):
        message = translate(
            "TrainingData", "train_fraction must be strictly between 0 and 1, got {value}"
        )
        raise ValueError(message.format(value=repr(train_fraction)))
    order = rng_for(seed, "split").permutation(n)
    # The tiny nudge makes 0.57 of 100 give 57 (0.57 * 100 is 56.999...), as Playground's percent.
    cut = min(max(math.floor(n * fraction * (1.0 + 1e-12)), 1), n - 1)
    train, test = order[:cut], order[cut:]
    return xy[train], y[train], xy[test], y[test]
