"""The training lab's pictures, checked against hand calculations.

References: the map grid of the module docstring (cell centres of a resolution x resolution grid
over [-6, 6]^2, resolution 8 to 400); a hidden layer of identity units is the affine map
h = F W + b of the feature rows F, computed here with plain numpy; the hidden-space grid is the
core's standard grid of ``GRID_LINES`` lines over the plane, seen through that map; the boundary
is the part of the line w . h + b = 0 inside the points' bounding box widened by 10 % of its
width on each side, whose ends are worked out by hand for boxes and lines chosen so every number
is exact.
"""

from __future__ import annotations

import numpy as np
import pytest

from actviz.core.deepnet.toy_data import grid_lines
from actviz.model.training.data import DataSplit
from actviz.model.training.maps import (
    GRID_LINES,
    RESOLUTION_RANGE,
    _boundary,
    hidden_space,
    network_picture,
    plane_grid,
)
from actviz.model.training.options import PLANE_EXTENT
from actviz.model.training.run import NetworkRun
from actviz.model.training.spec import NetworkSpec

FEATURES = ("x1", "x2", "x1*x2")  # not the default (x1, x2): the spec's features must be used


def make_spec(hidden: tuple[int, ...], key: str = "identity", features=FEATURES) -> NetworkSpec:
    return NetworkSpec(
        features=features, hidden=hidden, keys=(key,) * len(hidden),
        params=({},) * len(hidden), init="playground", seed=0, output="tanh", loss="square",
        learning_rate=0.03, batch_size=10, regularization="none", reg_rate=0.0,
    )  # fmt: skip


def features_of(points: np.ndarray) -> np.ndarray:
    x, y = points[:, 0], points[:, 1]
    return np.column_stack([x, y, x * y])


def split(train_x, test_x) -> DataSplit:
    train_x = np.array(train_x, dtype=np.float64).reshape(-1, 2)
    test_x = np.array(test_x, dtype=np.float64).reshape(-1, 2)
    return DataSplit(
        train_x, np.ones(len(train_x)), test_x, -np.ones(len(test_x)), regression=False
    )


# _boundary --------------------------------------------------------------------------------------
# The points span x in [0, 10] and y in [20, 40]: the box widened by 10 % is x in [-1, 11] and
# y in [18, 42] (0.1 * 10 = 1 and 0.1 * 20 = 2 exactly).
BOX_POINTS = np.array([[0.0, 20.0], [10.0, 40.0], [5.0, 30.0], [np.nan, 0.0], [np.inf, 1.0]])


@pytest.mark.parametrize(
    ("w", "b", "ends"),
    [
        ((0.0, 2.0), -60.0, [[-1.0, 30.0], [11.0, 30.0]]),  # y = 30, across the box
        ((1.0, 0.0), -5.0, [[5.0, 18.0], [5.0, 42.0]]),  # x = 5, from bottom to top
        ((4.0, -1.0), 0.0, [[4.5, 18.0], [10.5, 42.0]]),  # y = 4x, through bottom and top
    ],
)
def test_the_boundary_runs_from_side_to_side_of_the_widened_box(w, b, ends) -> None:
    segment = _boundary(np.array(w), b, BOX_POINTS)
    assert segment.dtype == np.float64
    assert segment.tolist() == ends


def test_a_boundary_through_two_corners_keeps_both_corners() -> None:
    # Points over [0, 10]^2, box [-1, 11]^2: the diagonal y = x meets it exactly at two corners.
    points = np.array([[0.0, 0.0], [10.0, 10.0]])
    assert _boundary(np.array([1.0, -1.0]), 0.0, points).tolist() == [[-1.0, -1.0], [11.0, 11.0]]
    assert _boundary(np.array([1.0, 1.0]), -10.0, points).tolist() == [[-1.0, 11.0], [11.0, -1.0]]


def test_a_narrow_box_is_widened_by_a_tenth_of_its_width() -> None:
    # x in [0, 0.5], y in [0, 0.25]: widened to [-0.05, 0.55] x [-0.025, 0.275].
    points = np.array([[0.0, 0.0], [0.5, 0.25]])
    segment = _boundary(np.array([1.0, 0.0]), -0.25, points)  # x = 0.25
    np.testing.assert_allclose(segment, [[0.25, -0.025], [0.25, 0.275]], rtol=1e-15)


def test_a_single_point_gives_a_tiny_box_around_it() -> None:
    segment = _boundary(np.array([1.0, 0.0]), -3.0, np.array([[3.0, 4.0]]))  # x = 3
    assert segment.shape == (2, 2)
    np.testing.assert_allclose(segment[:, 0], 3.0, rtol=0, atol=0)
    np.testing.assert_allclose(segment[:, 1], [4.0, 4.0], rtol=0, atol=1e-9)
    assert segment[0, 1] < 4.0 < segment[1, 1]


@pytest.mark.parametrize(
    ("w", "b", "points"),
    [
        ((1.0, 0.0), -100.0, BOX_POINTS),  # x = 100 misses the box
        ((0.0, 0.0), 1.0, BOX_POINTS),  # no line at all
        ((1.0, 1.0), 0.0, np.array([[np.nan, 1.0], [2.0, np.inf]])),  # no finite point
        ((1.0, 1.0), 0.0, np.zeros((0, 2))),
    ],
)
def test_no_boundary_is_an_empty_list_of_points(w, b, points) -> None:
    segment = _boundary(np.array(w), b, points)
    assert segment.shape == (0, 2)


# hidden_space -----------------------------------------------------------------------------------
W1 = np.array([[1.0, 0.5], [-2.0, 1.0], [0.25, -1.0]])  # 3 features -> 2 identity units
B1 = np.array([0.5, -1.0])


def test_the_hidden_space_of_the_first_layer_is_the_layer_map_of_the_plane() -> None:
    spec = make_spec((2,))
    run = NetworkRun(spec)
    run.weights = [W1.copy(), np.array([[1.0], [-2.0]])]
    run.biases = [B1.copy(), np.array([0.5])]
    data = split([[1.5, -2.0]], [])  # one training point, no test points
    space = hidden_space(run, spec, data, 0)

    assert space.layer == 0
    lines, connect = grid_lines(PLANE_EXTENT, GRID_LINES)  # the core's standard grid
    np.testing.assert_allclose(space.grid, features_of(lines) @ W1 + B1, rtol=1e-14, atol=1e-13)
    np.testing.assert_array_equal(space.connect, connect)
    assert int(np.count_nonzero(~space.connect)) == 2 * GRID_LINES  # one break per line
    # F = (1.5, -2, -3): 1.5 + 4 - 0.75 + 0.5 = 5.25 and 0.75 - 2 + 3 - 1 = 0.75
    assert space.train.tolist() == [[5.25, 0.75]]
    assert space.train_labels is data.train_y
    assert space.test.shape == (0, 2) and space.test_labels is data.test_y
    # The output unit h1 - 2 h2 + 0.5 = 0 is the last layer's line: drawn across the grid's box.
    assert space.boundary.shape == (2, 2)
    np.testing.assert_allclose(space.boundary @ [1.0, -2.0] + 0.5, 0.0, atol=1e-12)


def test_only_the_last_hidden_layer_has_a_boundary_and_only_2_unit_layers_a_space() -> None:
    spec = make_spec((2, 3))
    run = NetworkRun(spec)
    data = split([[1.0, 1.0], [-1.0, 2.0]], [[0.5, 0.5]])
    space = hidden_space(run, spec, data, 0)
    assert space.boundary.shape == (0, 2)
    assert space.train.shape == (2, 2) and space.test.shape == (1, 2)
    with pytest.raises(ValueError, match=r"^hidden layer 2 does not have 2 units$"):
        hidden_space(run, spec, data, 1)
    for layer in (-1, 2):  # outside the hidden layers, whatever their widths
        with pytest.raises(ValueError, match="does not have 2 units"):
            hidden_space(run, spec, data, layer)


# network_picture and plane_grid -----------------------------------------------------------------
def test_the_picture_tells_its_extent_resolution_and_saturated_units() -> None:
    spec = make_spec((2,), key="tanh")
    run = NetworkRun(spec)
    # Unit 1 sits at tanh(5) everywhere (slope 1.8e-4 < 0.01: saturated, not dead); unit 2 is
    # tanh(x1), x1 in [-1, 1] on the training points (slope above 0.4: neither).
    run.weights = [np.array([[0.0, 1.0], [0.0, 0.0], [0.0, 0.0]]), np.array([[1.0], [1.0]])]
    run.biases = [np.array([5.0, 0.0]), np.array([0.0])]
    data = split([[-1.0, 2.0], [0.0, 0.0], [1.0, -3.0]], [])
    picture = network_picture(run, spec, data, 8)
    assert picture.extent == PLANE_EXTENT and picture.resolution == 8
    assert [s.tolist() for s in picture.saturated] == [[True, False]]
    assert [d.tolist() for d in picture.dead] == [[False, False]]
    centres = np.linspace(-5.25, 5.25, 8)  # cells 1.5 wide over [-6, 6]
    np.testing.assert_allclose(picture.columns[0][2], np.outer(centres, centres), rtol=1e-15)
    expected = np.tanh(np.tanh(5.0) + np.tanh(centres))[:, None] * np.ones(8)
    np.testing.assert_allclose(picture.decision, expected, rtol=1e-14)


@pytest.mark.parametrize("resolution", RESOLUTION_RANGE)
def test_the_grid_accepts_the_resolutions_at_both_ends(resolution) -> None:
    grid = plane_grid(resolution)
    half = PLANE_EXTENT / resolution
    assert grid.shape == (resolution**2, 2)
    assert grid[0].tolist() == pytest.approx([-PLANE_EXTENT + half] * 2, rel=1e-15)
    assert grid[-1].tolist() == pytest.approx([PLANE_EXTENT - half] * 2, rel=1e-15)


@pytest.mark.parametrize("resolution", [RESOLUTION_RANGE[0] - 1, RESOLUTION_RANGE[1] + 1])
def test_the_grid_refuses_a_resolution_outside_the_range(resolution) -> None:
    with pytest.raises(ValueError, match=rf"^resolution must be from 8 to 400, got {resolution}$"):
        plane_grid(resolution)
