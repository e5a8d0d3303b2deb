"""Rows the training tests learn from: Playground's circle dataset as a feature matrix."""

from __future__ import annotations

import numpy as np

from actviz.core import training as T


def circle_rows(n: int = 40, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    points, labels = T.make_dataset("circle", n=n, seed=seed)
    return T.feature_matrix(points), labels
