"""What the training lab's pictures show, computed from a run: every unit's output over the input
plane (the decision map is the output unit's), dead and saturated units, and the hidden space of a
2-unit layer.

Maps are sampled at the centres of a ``resolution`` x ``resolution`` grid of cells over
[-6, 6]^2 and indexed ``[x index, y index]`` (the first axis runs along x), which is how
pyqtgraph's ``ImageItem`` lays out an array by default.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from actviz.core.deepnet.toy_data import grid_lines
from actviz.core.training.network_setup import feature_matrix
from actviz.model.training.data import DataSplit
from actviz.model.training.options import PLANE_EXTENT
from actviz.model.training.run import NetworkRun
from actviz.model.training.spec import NetworkSpec

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
RESOLUTION_RANGE = (8, 400)
GRID_LINES = 13


@dataclass(frozen=True, eq=False)
class NetworkPicture:
    """Every unit's output over the plane, column by column, and the units' activity.

    ``columns[0]`` holds the input features, then one array per hidden layer, then the output;
    each has shape (units, resolution, resolution). ``decision`` is the output on the scale of
    the labels: the tanh or identity output as it is, a sigmoid's probability p as 2p - 1, so
    that 0 is the boundary between the classes. ``dead[l]`` and ``saturated[l]`` mark hidden
    layer l's units on the training points.
    """

    extent: float
    resolution: int
    columns: list[FloatArray]
    decision: FloatArray
    dead: list[BoolArray]
    saturated: list[BoolArray]


@dataclass(frozen=True, eq=False)
class HiddenSpace:
    """Points and grid lines of the input plane as hidden layer ``layer`` (2 units) sees them.

    ``grid`` joins as ``connect`` says (pyqtgraph's convention). ``boundary`` is the segment where
    the output changes class, given when this is the last hidden layer (the output unit draws a
    straight line in its input space), else empty.
    """

    layer: int
    grid: FloatArray
    connect: BoolArray
    train: FloatArray
    train_labels: FloatArray
    test: FloatArray
    test_labels: FloatArray
    boundary: FloatArray


def plane_grid(resolution: int) -> FloatArray:
    """Cell centres of the map as rows of (x, y), x varying slowest."""
    lo, hi = RESOLUTION_RANGE
    if not lo <= resolution <= hi:
        raise ValueError(f"resolution must be from {lo} to {hi}, got {resolution}")
    half = PLANE_EXTENT / resolution
    centres = np.linspace(-PLANE_EXTENT + half, PLANE_EXTENT - half, resolution)
    gx, gy = np.meshgrid(centres, centres, indexing="ij")
    return np.column_stack([gx.ravel(), gy.ravel()])


def network_picture(
    run: NetworkRun, spec: NetworkSpec, data: DataSplit, resolution: int
) -> NetworkPicture:
    grid = feature_matrix(plane_grid(resolution), spec.features)
    outputs = run.layer_outputs(spec, grid)
    shape = (resolution, resolution)
    columns = [_unit_maps(grid, shape), *(_unit_maps(out, shape) for out in outputs)]
    decision = columns[-1][0]
    if spec.output == "sigmoid":
        decision = 2.0 * decision - 1.0
    dead, saturated = run.activity(spec, data)
    return NetworkPicture(PLANE_EXTENT, resolution, columns, decision, dead, saturated)


def _unit_maps(values: FloatArray, shape: tuple[int, int]) -> FloatArray:
    return np.ascontiguousarray(values.T.reshape(values.shape[1], *shape))


def hidden_space(run: NetworkRun, spec: NetworkSpec, data: DataSplit, layer: int) -> HiddenSpace:
    """See :class:`HiddenSpace`; ``ValueError`` unless hidden layer ``layer`` has 2 units."""
    if not 0 <= layer < len(spec.hidden) or spec.hidden[layer] != 2:
        raise ValueError(f"hidden layer {layer + 1} does not have 2 units")
    lines, connect = grid_lines(PLANE_EXTENT, GRID_LINES, 60)

    def seen(points: FloatArray) -> FloatArray:
        if len(points) == 0:
            return np.zeros((0, 2))
        return run.layer_outputs(spec, feature_matrix(points, spec.features))[layer]

    grid, train, test = seen(lines), seen(data.train_x), seen(data.test_x)
    boundary = np.zeros((0, 2))
    if layer == len(spec.hidden) - 1:
        boundary = _boundary(run.weights[-1][:, 0], float(run.biases[-1][0]), grid)
    return HiddenSpace(layer, grid, connect, train, data.train_y, test, data.test_y, boundary)


def _boundary(w: FloatArray, b: float, points: FloatArray) -> FloatArray:
    """The segment of the line w . h + b = 0 inside the bounding box of ``points`` (with margin)."""
    finite = points[np.all(np.isfinite(points), axis=1)]
    if len(finite) == 0 or not np.any(w):
        return np.zeros((0, 2))
    lo, hi = finite.min(axis=0), finite.max(axis=0)
    pad = 0.1 * np.maximum(hi - lo, 1e-9)
    lo, hi = lo - pad, hi + pad
    ends: list[tuple[float, float]] = []
    # Intersect the line with the four sides of the box; keep the crossings on the box.
    for axis in (0, 1):
        if w[1 - axis] == 0:
            continue
        for fixed in (lo[axis], hi[axis]):
            other = -(b + w[axis] * fixed) / w[1 - axis]
            if lo[1 - axis] <= other <= hi[1 - axis]:
                ends.append((fixed, other) if axis == 0 else (other, fixed))
    if len(ends) < 2:
        return np.zeros((0, 2))
    ends.sort()
    return np.array([ends[0], ends[-1]], dtype=np.float64)
