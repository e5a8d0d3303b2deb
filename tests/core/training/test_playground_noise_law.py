"""The noise of the xor and plane sets against Playground's recipe: each point gets its own
offset drawn uniformly from [-extent, extent]^2 * noise (extent 5 for xor, 6 for the plane).
Checked through what that law implies: plane residuals label - (x + y) / 10 are independent,
spread over (-1.2 noise, 1.2 noise) and centred; xor flips near an axis happen at random, equally
often on both sides of it (for noise 0.5, each point in the band 0.3 < |x| < 2.8 with |y| > 2.8
flips with probability about 0.19 on either side)."""

from __future__ import annotations

import numpy as np

from actviz.core.training.playground_data import make_dataset


def test_plane_residuals_are_independent_and_bounded() -> None:
    noise = 0.5
    points, labels = make_dataset("reg_plane", 2000, noise=noise, seed=3)
    residual = labels - (points[:, 0] + points[:, 1]) / 10.0
    bound = 2 * 6.0 * noise / 10.0
    assert np.all(np.abs(residual) <= bound + 1e-12)
    assert len(np.unique(np.round(residual, 9))) > 1900  # one offset per point
    assert abs(float(np.mean(residual))) < 0.05  # the sum of two centred uniforms (std 0.245)


def test_xor_flips_near_an_axis_are_random_and_balanced() -> None:
    points, labels = make_dataset("xor", 8000, noise=0.5, seed=4)
    x, y = points[:, 0], points[:, 1]
    clean = np.where(x * y >= 0.0, 1.0, -1.0)
    flipped = labels != clean
    far_in_y = np.abs(y) > 2.8  # the y offset (at most 2.5) cannot flip y's sign here
    rates = []
    for side in (1.0, -1.0):
        band = far_in_y & (side * x > 0.3) & (side * x < 2.8)
        # independent offsets: a flipped point may lie farther from the axis than a kept one
        order = np.argsort(np.abs(x[band]))
        kept_then_flipped = np.any(~flipped[band][order][:-1] & np.maximum.accumulate(
            flipped[band][order][::-1])[::-1][1:])  # fmt: skip
        assert kept_then_flipped
        rates.append(float(np.mean(flipped[band])))
    assert 0.12 < rates[0] < 0.26 and 0.12 < rates[1] < 0.26, rates
    assert abs(rates[0] - rates[1]) < 0.05, rates
