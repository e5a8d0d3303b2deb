"""The training lab's data: a generated set (or the learner's loaded points) split into training and
test points, plus the points the learner drew, which all go to training.

Why drawn points are never split: a learner who clicks a point onto the map wants to see the
network bend towards it now; a point that might silently land in the test set would do nothing
visible. Loaded points (a CSV file) are a data set like the generated ones and are split by the
train share.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from actviz.core.training.network_setup import feature_matrix
from actviz.core.training.playground_data import (
    function_boundary,
    make_dataset,
    parse_points_csv,
    split,
)
from actviz.model.training.options import (
    FUNCTION_SOURCE,
    MAX_LOADED_POINTS,
    POINTS_REG_SOURCE,
    POINTS_SOURCE,
)

FloatArray = npt.NDArray[np.float64]
NO_POINTS = np.zeros((0, 3), dtype=np.float64)


@dataclass(frozen=True, eq=False)
class DataSplit:
    """Training and test points with their labels (class -1/+1, or a value for regression)."""

    train_x: FloatArray
    train_y: FloatArray
    test_x: FloatArray
    test_y: FloatArray
    regression: bool
    _features: dict[tuple[str, ...], tuple[FloatArray, FloatArray]] = field(
        default_factory=dict, repr=False
    )

    def features(self, names: tuple[str, ...]) -> tuple[FloatArray, FloatArray]:
        """The feature matrices of the training and test points (computed once per feature set)."""
        cached = self._features.get(names)
        if cached is None:
            cached = (_features(self.train_x, names), _features(self.test_x, names))
            self._features[names] = cached
        return cached


def _features(points: FloatArray, names: tuple[str, ...]) -> FloatArray:
    if len(points) == 0:
        return np.zeros((0, len(names)), dtype=np.float64)
    return feature_matrix(points, names)


def build_split(
    source: str,
    function: str,
    noise: float,
    train_fraction: float,
    seed: int,
    loaded: FloatArray,
    drawn: FloatArray,
    regression: bool,
) -> DataSplit:
    """The points of ``source`` split by ``train_fraction`` (seeded); drawn points go to training.

    ``loaded`` and ``drawn`` are (n, 3) arrays of x, y, label.
    """
    if source == FUNCTION_SOURCE:
        points, labels = function_boundary(function, noise=noise, seed=seed)
    elif source in (POINTS_SOURCE, POINTS_REG_SOURCE):
        points, labels = loaded[:, :2], loaded[:, 2]
    else:
        points, labels = make_dataset(source, noise=noise, seed=seed)
    if len(points) >= 2:
        train_x, train_y, test_x, test_y = split(points, labels, train_fraction, seed)
    else:  # too few to split: what there is trains
        train_x, train_y = points.reshape(-1, 2), labels.reshape(-1)
        test_x, test_y = np.zeros((0, 2)), np.zeros(0)
    if len(drawn):
        train_x = np.vstack([train_x, drawn[:, :2]])
        train_y = np.concatenate([train_y, drawn[:, 2]])
    return DataSplit(
        np.ascontiguousarray(train_x, dtype=np.float64),
        np.ascontiguousarray(train_y, dtype=np.float64),
        np.ascontiguousarray(test_x, dtype=np.float64),
        np.ascontiguousarray(test_y, dtype=np.float64),
        regression,
    )


def read_points_csv(text: str) -> tuple[FloatArray, bool]:
    """Points from CSV text (x, y, label per row) and whether they are a regression problem.

    Labels that are all -1 or +1 make a classification set; any other value makes a regression
    set. ``ValueError`` (from the core parser, naming each bad line) for bad rows, nothing loaded.
    """
    points, labels = parse_points_csv(text)
    if len(points) > MAX_LOADED_POINTS:
        raise ValueError(
            f"the file has {len(points)} points; the lab takes at most {MAX_LOADED_POINTS}"
        )
    rows = np.column_stack([points, labels]).astype(np.float64)
    regression = not bool(np.all(np.isin(labels, (-1.0, 1.0))))
    return rows, regression


def points_array(rows: Sequence[Sequence[float]]) -> FloatArray:
    if len(rows) == 0:
        return NO_POINTS.copy()
    return np.asarray(rows, dtype=np.float64).reshape(-1, 3)
