"""The figures' curves: one polyline per run of finite points, broken at every NaN or infinity
(a pole, a gap), never joined across one (the reference is a plain walk over the points)."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QPainterPath

from actviz.views.publish.figure_painter import finite_path

VALUES = st.one_of(
    st.floats(-1e6, 1e6), st.sampled_from([np.nan, np.inf, -np.inf])
)


def subpaths(path: QPainterPath) -> list[list[tuple[float, float]]]:
    runs: list[list[tuple[float, float]]] = []
    for index in range(path.elementCount()):
        element = path.elementAt(index)
        if element.isMoveTo():
            runs.append([])
        runs[-1].append((element.x, element.y))
    return runs


@given(st.lists(st.tuples(VALUES, VALUES), max_size=40))
def test_each_run_of_finite_points_is_one_polyline(points) -> None:
    x = np.array([p[0] for p in points], dtype=np.float64)
    y = np.array([p[1] for p in points], dtype=np.float64)
    expected: list[list[tuple[float, float]]] = []
    previous_finite = False
    for a, b in zip(x.tolist(), y.tolist(), strict=True):
        finite = np.isfinite(a) and np.isfinite(b)
        if finite and not previous_finite:
            expected.append([])
        if finite:
            expected[-1].append((a, b))
        previous_finite = finite
    drawn = [run for run in expected if len(run) >= 2]  # a lone point has no line to draw
    assert subpaths(finite_path(x, y)) == drawn
