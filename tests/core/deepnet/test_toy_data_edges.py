"""Toy data and the plane-bending maths at their edges: the circles' rings as scikit-learn's
``make_circles`` defines them (angles 2 pi k / m, k = 0..m-1), XOR clusters that really spread,
a malformed first layer refused with ValueError, and warp with the activation's parameters.
"""

from __future__ import annotations

import numpy as np
import pytest

from actviz.core.deepnet.plane_bending import compose_affine, warp
from actviz.core.deepnet.toy_data import circles, xor


@pytest.mark.parametrize("n", [9, 40])
def test_without_noise_each_circle_has_evenly_spaced_distinct_angles(n: int) -> None:
    points, labels = circles(n, noise=0.0, factor=0.5)
    for label, radius in ((0, 1.0), (1, 0.5)):
        ring = points[labels == label]
        m = len(ring)
        np.testing.assert_allclose(np.hypot(ring[:, 0], ring[:, 1]), radius, rtol=1e-12)
        expected = radius * np.column_stack(
            [np.cos(2 * np.pi * np.arange(m) / m), np.sin(2 * np.pi * np.arange(m) / m)]
        )
        np.testing.assert_allclose(ring, expected, atol=1e-12)


def test_xor_clusters_spread_around_their_corners() -> None:
    points, labels = xor(400, seed=3)
    assert len(np.unique(points, axis=0)) == 400
    spread = np.abs(points) - 0.6
    assert 0.05 < float(np.std(spread)) < 0.5
    assert set(np.unique(labels)) == {0, 1}


@pytest.mark.parametrize("layer", [1, 2])
def test_a_weight_that_is_not_a_matrix_is_refused_naming_its_layer(layer: int) -> None:
    weights = [np.eye(2), np.eye(2)]
    weights[layer - 1] = np.array([1.0, 2.0])
    with pytest.raises(
        ValueError, match=rf"^layer {layer}: weight of shape \(2,\) is not a matrix$"
    ):
        compose_affine(weights, [np.zeros(2), np.zeros(2)])


def test_compose_affine_takes_any_input_width_then_chains_the_shapes() -> None:
    a, _ = compose_affine([np.ones((2, 5)), np.ones((1, 2))], [np.zeros(2), np.zeros(1)])
    assert a.shape == (1, 5)
    with pytest.raises(
        ValueError, match=r"^layer 2: weight of shape \(1, 3\) cannot take 2 inputs$"
    ):
        compose_affine([np.ones((2, 5)), np.ones((1, 3))], [np.zeros(2), np.zeros(1)])


def test_warp_uses_the_activations_parameters() -> None:
    """One layer, W = I, b = (-1, 1): leaky ReLU (slope 0.25) of (x - 1, y + 1)."""
    pts = np.array([[0.0, 0.0], [2.0, -3.0], [0.5, 0.5]])
    (out,) = warp(pts, [np.eye(2)], [np.array([-1.0, 1.0])], "leaky_relu", {"negative_slope": 0.25})
    z = pts + np.array([-1.0, 1.0])
    np.testing.assert_allclose(out, np.where(z > 0, z, 0.25 * z), rtol=1e-15)
