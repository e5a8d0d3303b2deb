"""Two moons and the multi-Gaussian regression set against the module docstring's noise model.

References: scikit-learn's moons (upper: (cos t, sin t), lower: (1 - cos t, 1/2 - sin t), t
uniform in [0, pi]) scaled by 3 and centred as documented; "two moons moves the points by a
Gaussian of standard deviation 3 x noise"; "the regression sets move the point used for the label
by uniform(-6, 6) x noise" for each point; the label function is 1/2-Lipschitz (each bump's value
1 - distance / 2 falls at slope 1/2, and the bumps' discs of radius 2 do not overlap).
"""

from __future__ import annotations

import math

import numpy as np

from actviz.core import training as T
from actviz.core.training.playground_data import reg_gauss_label


def moon_coordinates(points: np.ndarray) -> np.ndarray:
    return points / 3.0 + np.array([0.5, 0.25])  # undo the documented scale and centring


def test_with_an_odd_count_every_point_of_class_1_is_on_the_upper_moon() -> None:
    points, labels = T.make_dataset("two_moons", n=501, seed=4)
    assert labels.tolist() == [1.0] * 251 + [-1.0] * 250  # the first ceil(n / 2) are class +1
    unit = moon_coordinates(points)
    upper, lower = unit[:251], unit[251:]
    np.testing.assert_allclose(np.hypot(*upper.T), 1.0, atol=1e-12)
    np.testing.assert_allclose(np.hypot(lower[:, 0] - 1.0, lower[:, 1] - 0.5), 1.0, atol=1e-12)


def test_the_moons_angle_is_uniform_over_the_half_turn() -> None:
    points, _ = T.make_dataset("two_moons", n=4000, seed=2)
    upper = moon_coordinates(points[:2000])
    angle = np.arctan2(upper[:, 1], upper[:, 0])
    assert angle.min() >= -1e-12 and angle.max() <= math.pi + 1e-12
    assert angle.min() < 0.01 and angle.max() > math.pi - 0.01
    # P(t < 1) = 1 / pi for t uniform in [0, pi]; its standard error for 2000 draws is 0.01.
    assert abs(np.mean(angle < 1.0) - 1.0 / math.pi) < 0.04


def test_moon_noise_moves_each_point_by_its_own_gaussian() -> None:
    noise, n = 0.25, 4000
    clean, _ = T.make_dataset("two_moons", n=n, seed=6)
    noisy, _ = T.make_dataset("two_moons", n=n, noise=noise, seed=6)
    move = noisy - clean
    std = 3.0 * noise
    # Sample standard deviations within 5 standard errors (std / sqrt(2 n)) of 3 x noise, and
    # the two coordinates uncorrelated (standard error 1 / sqrt(n)).
    np.testing.assert_allclose(move.std(axis=0), std, atol=5 * std / math.sqrt(2 * n))
    assert abs(np.corrcoef(move.T)[0, 1]) < 5 / math.sqrt(n)


def test_regression_noise_draws_a_move_for_each_point() -> None:
    points, labels = T.make_dataset("reg_gauss", n=2000, seed=1)
    _, noisy = T.make_dataset("reg_gauss", n=2000, noise=0.5, seed=1)
    np.testing.assert_array_equal(labels, reg_gauss_label(points))
    close = np.hypot(*(points[:, None, :] - points[None, :, :]).transpose(2, 0, 1)) < 0.1
    np.fill_diagonal(close, False)
    first, second = np.nonzero(close)
    assert len(first) > 100
    # Without noise the labels of points < 0.1 apart differ by at most 0.05 (1/2-Lipschitz);
    # one move shared by every point would keep that. Moves of up to 3 in x and y drawn for each
    # point make close points' labels differ by much more.
    assert np.abs(labels[first] - labels[second]).max() <= 0.05
    assert np.abs(noisy[first] - noisy[second]).max() > 0.5
