"""The toy data sets against their geometric definitions (scikit-learn's make_moons and
make_circles, the XOR quadrants), with and without noise, and the grid of lines."""

from __future__ import annotations

import numpy as np
import pytest

from actviz.core.deepnet import toy_data
from actviz.core.deepnet.toy_data import (
    circles,
    grid_lines,
    make_dataset,
    random_layers,
    two_moons,
    xor,
)


def test_noise_free_moons_lie_on_their_half_circles() -> None:
    points, labels = two_moons(9, noise=0.0)
    shift = np.array([0.5, 0.25])  # the pair is centred on the origin
    a, b = points[labels == 0] + shift, points[labels == 1] + shift
    assert len(a) == 4 and len(b) == 5 and list(labels) == [0] * 4 + [1] * 5
    np.testing.assert_allclose(np.hypot(a[:, 0], a[:, 1]), 1.0, rtol=1e-15)
    assert np.all(a[:, 1] >= -1e-15)  # upper half circle around (0, 0)
    np.testing.assert_allclose(np.hypot(b[:, 0] - 1.0, b[:, 1] - 0.5), 1.0, rtol=1e-15)
    assert np.all(b[:, 1] <= 0.5 + 1e-15)  # lower half circle around (1, 0.5)
    np.testing.assert_allclose(a[[0, -1]], [[1.0, 0.0], [-1.0, 0.0]], atol=1e-15)
    np.testing.assert_allclose(b[[0, -1]], [[0.0, 0.5], [2.0, 0.5]], atol=1e-15)


def test_noise_free_circles_are_a_ring_around_a_disc_of_half_its_radius() -> None:
    points, labels = circles(8, noise=0.0)
    outer, inner = points[labels == 0], points[labels == 1]
    np.testing.assert_allclose(np.hypot(*outer.T), 1.0, rtol=1e-15)
    np.testing.assert_allclose(np.hypot(*inner.T), 0.5, rtol=1e-15)
    np.testing.assert_allclose(outer[0], [1.0, 0.0], atol=1e-15)  # evenly spaced from angle 0
    angles = np.sort(np.mod(np.arctan2(outer[:, 1], outer[:, 0]), 2 * np.pi))
    np.testing.assert_allclose(angles, np.arange(4) * np.pi / 2, atol=1e-12)
    assert len(circles(7, noise=0.0, factor=0.25)[0]) == 7
    np.testing.assert_allclose(
        np.hypot(*circles(7, noise=0.0, factor=0.25)[0][3:].T), 0.25, rtol=1e-15
    )


@pytest.mark.parametrize(("make", "noise"), [(two_moons, 0.1), (circles, 0.05)])
def test_noise_is_gaussian_with_the_declared_default_spread(make, noise: float) -> None:
    clean, _ = make(4000, noise=0.0)
    noisy, _ = make(4000, seed=3)
    deviation = noisy - clean
    assert abs(np.mean(deviation)) < 0.01
    assert np.std(deviation) == pytest.approx(noise, rel=0.05)


def test_defaults_are_200_points_with_seed_0() -> None:
    for make in (two_moons, circles, xor):
        points, labels = make()
        assert points.shape == (200, 2) and labels.shape == (200,)
        assert labels.dtype == np.int64 and set(labels) == {0, 1}
        np.testing.assert_array_equal(points, make(200, seed=0)[0])
        assert not np.array_equal(points, make(200, seed=1)[0])


def test_xor_clusters_sit_at_the_four_corners_and_the_class_is_the_sign_disagreement() -> None:
    points, labels = xor(4000, seed=1)
    quadrant = np.sign(points)
    for sx in (-1.0, 1.0):
        for sy in (-1.0, 1.0):
            near = np.all(quadrant == (sx, sy), axis=1)
            centre = points[near & (labels == int(sx != sy))].mean(axis=0)
            assert np.all(np.abs(centre - 0.6 * np.array([sx, sy])) < 0.05), (sx, sy, centre)
    agree = labels == (points[:, 0] * points[:, 1] < 0)
    assert agree.mean() > 0.97  # the clusters overlap only in their tails
    assert 0.45 < labels.mean() < 0.55
    spread = points - 0.6 * np.sign(points)
    assert np.std(spread[agree]) < 0.3  # compact clusters with the default noise
    assert np.std(xor(4000, noise=0.3, seed=1)[0] - 0.6 * np.sign(points)) > np.std(spread)


def test_make_dataset_passes_the_count_and_seed_and_refuses_unknown_names() -> None:
    for name, make in (("two_moons", two_moons), ("circles", circles), ("xor", xor)):
        np.testing.assert_array_equal(make_dataset(name, 37, seed=5)[0], make(37, seed=5)[0])
        np.testing.assert_array_equal(make_dataset(name)[0], make()[0])
    assert toy_data.DATASETS == tuple(toy_data.DATASET_LABELS)
    with pytest.raises(
        ValueError, match="unknown data set 'spiral'; known: two_moons, circles, xor"
    ):
        make_dataset("spiral")


@pytest.mark.parametrize("bad", [1, 0, -3, 2.0, True, "5"])
def test_a_count_that_is_not_a_whole_number_of_at_least_two_is_refused(bad) -> None:
    for make in (two_moons, circles, xor):
        with pytest.raises(
            ValueError, match=f"the number of points must be a whole number ≥ 2, got {bad!r}"
        ):
            make(bad)
    assert len(two_moons(np.int64(2))[0]) == 2


def test_grid_lines_cover_the_square_line_by_line() -> None:
    points, connect = grid_lines(extent=2.0, lines=3, samples=4)
    assert points.shape == (2 * 3 * 4, 2)
    ticks, along = [-2.0, 0.0, 2.0], [-2.0, -2.0 / 3, 2.0 / 3, 2.0]
    vertical, horizontal = points[:12], points[12:]
    np.testing.assert_allclose(vertical[:, 0], np.repeat(ticks, 4))
    np.testing.assert_allclose(vertical[:, 1], np.tile(along, 3))
    np.testing.assert_allclose(horizontal[:, 1], np.repeat(ticks, 4))
    np.testing.assert_allclose(horizontal[:, 0], np.tile(along, 3))
    assert list(np.flatnonzero(~connect)) == [3, 7, 11, 15, 19, 23]
    default, _ = grid_lines()
    assert default.shape == (2 * 13 * 60, 2) and default.min() == -1.5 and default.max() == 1.5


@pytest.mark.parametrize(
    "kwargs",
    [{"extent": 0.0}, {"extent": -1.0}, {"extent": float("inf")}, {"lines": 1}, {"samples": 1}],
)
def test_grid_lines_refuse_a_degenerate_grid(kwargs) -> None:
    with pytest.raises(ValueError, match="extent > 0, lines >= 2 and samples >= 2"):
        grid_lines(**kwargs)
    grid_lines(extent=1e-3, lines=2, samples=2)


def test_random_layers_have_the_declared_spreads() -> None:
    weights, biases = random_layers(4000, seed=2, scale=3.0)
    assert weights[0].shape == (2, 2) and biases[0].shape == (2,)
    assert np.std(weights) == pytest.approx(3.0, rel=0.03)
    assert np.std(biases) == pytest.approx(1.5, rel=0.03)
    unit, _ = random_layers(4000, seed=2)
    np.testing.assert_allclose(np.array(weights), 3.0 * np.array(unit), rtol=1e-15)
    assert random_layers(0) == ([], [])
