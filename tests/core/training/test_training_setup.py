"""Setting a network up: the feature columns named by the user, and the initialisations
(Playground's, Xavier, He, zeros) with their bounds, seeds and refused arguments.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from actviz.core import training as T


def test_feature_columns_follow_their_names() -> None:
    points = np.array([[0.5, -2.0], [3.0, 1.5]])
    x = T.feature_matrix(points, T.FEATURES)
    a, b = points[:, 0], points[:, 1]
    expected = np.column_stack([a, b, a * a, b * b, a * b, np.sin(a), np.sin(b)])
    np.testing.assert_array_equal(x, expected)
    np.testing.assert_array_equal(T.feature_matrix(points, ["sin(x2)", "x1"]), expected[:, [6, 0]])
    assert set(T.FEATURE_LABELS) == set(T.FEATURES)


@pytest.mark.parametrize(
    ("features", "word"),
    [([], "features"), (["x3"], "feature"), (["x1", "x1"], "repeat"), ("x1", "features")],
)
def test_bad_features_are_refused(features: object, word: str) -> None:
    with pytest.raises(ValueError, match=word):
        T.feature_matrix(np.zeros((2, 2)), features)  # type: ignore[arg-type]


def test_feature_matrix_refuses_bad_points_and_overflows_quietly() -> None:
    with pytest.raises(ValueError, match="points"):
        T.feature_matrix(np.zeros((3, 3)))
    with pytest.raises(ValueError, match="points"):
        T.feature_matrix([[0.0, math.nan]])
    huge = T.feature_matrix([[1e200, 1.0]], ["x1^2"])  # finite input: inf, and no warning
    assert huge[0, 0] == math.inf


def test_playground_init_has_uniform_weights_and_biases_of_a_tenth() -> None:
    samples = []
    for seed in range(40):
        weights, biases = T.init_network(7, (8,) * 6, seed=seed)
        assert [w.shape for w in weights] == [(7, 8)] + [(8, 8)] * 5 + [(8, 1)]
        assert all(np.all(b == 0.1) for b in biases)
        samples.append(np.concatenate([w.ravel() for w in weights]))
    values = np.concatenate(samples)  # uniform on [-0.5, 0.5]: mean 0, variance 1/12
    assert values.min() >= -0.5 and values.max() <= 0.5
    assert abs(values.mean()) < 0.01
    assert values.var() == pytest.approx(1.0 / 12.0, rel=0.03)


@pytest.mark.parametrize("init", ["xavier", "he"])
def test_xavier_and_he_bounds(init: str) -> None:
    weights, biases = T.init_network(3, (8, 5), init=init, seed=1)
    for w in weights:
        fan_in, fan_out = w.shape
        bound = math.sqrt(6.0 / (fan_in + fan_out)) if init == "xavier" else math.sqrt(6.0 / fan_in)
        assert np.abs(w).max() <= bound and np.abs(w).max() > 0.5 * bound
    assert all(np.all(b == 0.0) for b in biases)


def test_zeros_init_and_no_hidden_layers() -> None:
    weights, biases = T.init_network(2, (), init="zeros")
    assert [w.shape for w in weights] == [(2, 1)] and np.all(weights[0] == 0.0)
    assert np.all(biases[0] == 0.0)
    weights, _ = T.init_network(2, (3,), n_outputs=4)
    assert weights[-1].shape == (3, 4)


def test_init_is_seeded() -> None:
    a, _ = T.init_network(2, (4, 2), seed=7)
    b, _ = T.init_network(2, (4, 2), seed=7)
    c, _ = T.init_network(2, (4, 2), seed=8)
    assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))
    assert not np.array_equal(a[0], c[0])


@pytest.mark.parametrize(
    ("kwargs", "word"),
    [
        ({"n_inputs": 0, "hidden": (4,)}, "n_inputs"),
        ({"n_inputs": 2, "hidden": (4,) * 7}, "hidden"),
        ({"n_inputs": 2, "hidden": (0,)}, "hidden layer width"),
        ({"n_inputs": 2, "hidden": (9,)}, "hidden layer width"),
        ({"n_inputs": 2, "hidden": (2.5,)}, "hidden layer width"),
        ({"n_inputs": 2, "hidden": "42"}, "hidden"),
        ({"n_inputs": 2, "hidden": (4,), "init": "orthogonal"}, "init"),
        ({"n_inputs": 2, "hidden": (4,), "seed": -3}, "seed"),
        ({"n_inputs": 2, "hidden": (4,), "n_outputs": 0}, "n_outputs"),
    ],
)
def test_init_refuses_bad_arguments(kwargs: dict[str, object], word: str) -> None:
    with pytest.raises(ValueError, match=word):
        T.init_network(**kwargs)  # type: ignore[arg-type]
