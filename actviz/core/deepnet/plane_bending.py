"""How a few layers bend the plane: points after each layer, and what the same stack is without
its activation (a single affine map)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from actviz.core.deepnet.layers import check_layers, layer_forward

FloatArray = npt.NDArray[np.float64]


def compose_affine(
    weights: Sequence[npt.ArrayLike], biases: Sequence[npt.ArrayLike]
) -> tuple[FloatArray, FloatArray]:
    """The single affine map (A, B) equal to the stack x -> W_k(...(W_1 x + b_1)...) + b_k.

    A = W_k ... W_1 and B = W_k(...(W_2 b_1 + b_2)...) + b_k: without an activation, depth adds
    nothing a single layer could not do.
    """
    mats = check_layers(weights, biases, None)
    a = np.eye(mats[0][0].shape[1])
    b_total = np.zeros(mats[0][0].shape[1])
    for w, b in mats:
        a = w @ a
        b_total = w @ b_total + b
    return a, b_total


def warp(
    points: npt.ArrayLike,
    weights: Sequence[npt.ArrayLike],
    biases: Sequence[npt.ArrayLike],
    key: str,
    params: Mapping[str, Any] | None = None,
) -> list[FloatArray]:
    """``points`` (n, d) after each layer y = f(W x + b): a list of ``len(weights)`` arrays."""
    pts = np.asarray(points, dtype=np.float64)
    if pts.ndim != 2:
        raise ValueError(f"points must have shape (n, d), got {pts.shape}")
    _, post = layer_forward(pts, weights, biases, key, params)
    return post
