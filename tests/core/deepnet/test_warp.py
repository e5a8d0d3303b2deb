"""Bending space: the affine collapse, warping against a hand loop, toy data and weight inits."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actviz import core
from actviz.core.deepnet import compose_affine, warp
from actviz.core.deepnet.toy_data import DATASETS, grid_lines, make_dataset, random_layers
from actviz.core.deepnet.weight_init import INITS, draw_weights, weight_std


@settings(max_examples=40, deadline=None)
@given(layers=st.integers(1, 6), seed=st.integers(0, 2**32 - 1))
def test_identity_stack_equals_its_composed_affine_map(layers: int, seed: int) -> None:
    assert "identity" in core.names()
    weights, biases = random_layers(layers, seed)
    points = np.random.default_rng(seed).uniform(-2, 2, size=(50, 2))
    a, b = compose_affine(weights, biases)
    out = warp(points, weights, biases, "identity")
    np.testing.assert_allclose(out[-1], points @ a.T + b, rtol=1e-9, atol=1e-9)


def test_compose_affine_matches_a_hand_product_for_non_square_layers() -> None:
    rng = np.random.default_rng(1)
    w1, w2, w3 = (
        rng.standard_normal((4, 3)),
        rng.standard_normal((5, 4)),
        rng.standard_normal((2, 5)),
    )
    b1, b2, b3 = rng.standard_normal(4), rng.standard_normal(5), rng.standard_normal(2)
    a, b = compose_affine([w1, w2, w3], [b1, b2, b3])
    x = rng.standard_normal(3)
    np.testing.assert_allclose(a @ x + b, w3 @ (w2 @ (w1 @ x + b1) + b2) + b3, rtol=1e-12)
    assert a.shape == (2, 3) and b.shape == (2,)


def _sigmoid(v: float) -> float:
    return 1.0 / (1.0 + math.exp(-v)) if v >= 0 else math.exp(v) / (1.0 + math.exp(v))


@pytest.mark.parametrize(("key", "f"), [("relu", lambda v: max(v, 0.0)), ("sigmoid", _sigmoid)])
def test_warp_matches_a_hand_loop(key: str, f) -> None:
    weights, biases = random_layers(4, seed=11, scale=1.5)
    points = np.random.default_rng(2).uniform(-2, 2, size=(30, 2))
    out = warp(points, weights, biases, key)
    assert len(out) == 4
    for i, p in enumerate(points):
        x = [float(p[0]), float(p[1])]
        for layer, (w, b) in enumerate(zip(weights, biases, strict=True)):
            x = [f(w[r, 0] * x[0] + w[r, 1] * x[1] + b[r]) for r in range(2)]
            assert out[layer][i] == pytest.approx(x, rel=1e-12, abs=1e-14)


@pytest.mark.parametrize(
    ("weights", "biases", "message"),
    [
        ([], [], "at least one"),
        ([np.eye(2)], [np.zeros(2), np.zeros(2)], "bias"),
        ([np.eye(2), np.ones((2, 3))], [np.zeros(2), np.zeros(2)], "layer 2"),
        ([np.eye(2)], [np.zeros(3)], "bias"),
        ([np.array([[np.nan, 0], [0, 1]])], [np.zeros(2)], "finite"),
    ],
)
def test_bad_layers_raise_value_error(weights, biases, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        compose_affine(weights, biases)
    if weights:
        with pytest.raises(ValueError, match=message):
            warp(np.zeros((3, 2)), weights, biases, "relu")


def test_warp_rejects_bad_points_and_unknown_activation() -> None:
    weights, biases = random_layers(1)
    with pytest.raises(ValueError, match="points"):
        warp(np.zeros(4), weights, biases, "relu")
    with pytest.raises(ValueError, match="nonesuch"):
        warp(np.zeros((3, 2)), weights, biases, "nonesuch")


@pytest.mark.parametrize("name", DATASETS)
def test_datasets_are_two_balanced_classes_and_deterministic(name: str) -> None:
    points, labels = make_dataset(name, 200, seed=4)
    assert points.shape == (200, 2) and labels.shape == (200,)
    assert set(np.unique(labels)) == {0, 1}
    assert abs(int(labels.sum()) - 100) < 30
    again, _ = make_dataset(name, 200, seed=4)
    np.testing.assert_array_equal(points, again)
    assert np.all(np.abs(points) < 3)


def test_circles_put_one_class_inside_the_other() -> None:
    points, labels = make_dataset("circles", 400, seed=0)
    radius = np.hypot(points[:, 0], points[:, 1])
    assert radius[labels == 1].max() < radius[labels == 0].min()


def test_unknown_dataset_raises() -> None:
    with pytest.raises(ValueError, match="spiral"):
        make_dataset("spiral")


def test_grid_lines_break_between_lines() -> None:
    points, connect = grid_lines(extent=1.0, lines=5, samples=10)
    assert points.shape == (100, 2)
    assert int((~connect).sum()) == 10
    assert np.all(points[:10, 0] == -1.0) and points[9, 1] == 1.0


def test_random_layers_keep_earlier_layers_when_growing() -> None:
    w3, b3 = random_layers(3, seed=9)
    w5, b5 = random_layers(5, seed=9)
    for i in range(3):
        np.testing.assert_array_equal(w3[i], w5[i])
        np.testing.assert_array_equal(b3[i], b5[i])


@pytest.mark.parametrize("init", INITS)
def test_weight_inits_have_their_stated_std(init: str) -> None:
    fan_in, fan_out = 300, 200
    expected = {
        "he_normal": math.sqrt(2 / fan_in),
        "he_uniform": math.sqrt(2 / fan_in),
        "xavier_normal": math.sqrt(2 / (fan_in + fan_out)),
        "xavier_uniform": math.sqrt(2 / (fan_in + fan_out)),
        "lecun_normal": math.sqrt(1 / fan_in),
        "normal": 0.3,
    }[init]
    assert weight_std(init, fan_in, fan_out, sigma=0.3) == pytest.approx(expected)
    w = draw_weights(np.random.default_rng(0), init, fan_in, fan_out, sigma=0.3)
    assert w.shape == (fan_out, fan_in)
    assert float(np.std(w)) == pytest.approx(expected, rel=0.02)
    if init.endswith("uniform"):
        assert np.max(np.abs(w)) <= expected * math.sqrt(3)
