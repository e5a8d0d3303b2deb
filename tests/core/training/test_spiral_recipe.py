"""The spiral set against Playground's recipe, point by point.

References: spiral_arm's docstring (point i of an arm: r = 5 i / half, t = 1.75 * 2 pi i / half +
delta, the point (r sin t, r cos t)), worked out by hand for a few points, and the module
docstring: spiral noise moves the points themselves by uniform(-1, 1) x noise, the only random
numbers the spiral draws, from the "data" stream of the seed (rng_for(seed, "data")).
"""

from __future__ import annotations

import math

import numpy as np

from actviz.core.training.playground_data import make_dataset, rng_for, spiral_arm


def test_arm_points_by_hand() -> None:
    # half = 1: point 1 has r = 5 and t = 3.5 pi + delta.
    quarter = spiral_arm(2, 1.0, math.pi / 2)  # t = 4 pi: straight up
    assert quarter.dtype == np.float64
    np.testing.assert_allclose(quarter, [[0.0, 0.0], [0.0, 5.0]], atol=1e-12)
    plain = spiral_arm(3, 2.0, 0.0)  # point 1: r = 2.5, t = 1.75 pi; point 2: r = 5, t = 3.5 pi
    root_half = math.sqrt(0.5)
    expected = [[0.0, 0.0], [-2.5 * root_half, 2.5 * root_half], [-5.0, 0.0]]
    np.testing.assert_allclose(plain, expected, atol=1e-12)


def test_noise_adds_the_data_streams_uniform_offsets() -> None:
    n, noise, seed = 40, 0.3, 11
    clean, _ = make_dataset("spiral", n, seed=seed)
    noisy, _ = make_dataset("spiral", n, noise=noise, seed=seed)
    offsets = rng_for(seed, "data").uniform(-1.0, 1.0, (n, 2)) * noise
    np.testing.assert_allclose(noisy - clean, offsets, atol=1e-12)
