"""The training lab's data sets match TensorFlow Playground's definitions (src/dataset.ts, as the
issue restates them), the split is Playground's, and the CSV reader refuses bad rows by line.

Every expectation is derived from the definitions (radii, quadrants, blob moments, the spiral's
parametrisation, the labelling formulas), not from the code under test.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actviz.core import training as T
from actviz.core.training.playground_data import gauss_variance


# --- circle -----------------------------------------------------------------------------------
def test_circle_radii_and_labels_without_noise() -> None:
    points, labels = T.make_dataset("circle", seed=3)
    r = np.hypot(points[:, 0], points[:, 1])
    assert points.shape == (500, 2) and labels.shape == (500,)
    assert points.dtype == labels.dtype == np.float64
    inner, outer = r[:250], r[250:]
    assert inner.min() >= 0.0 and inner.max() <= 2.5
    assert outer.min() >= 3.5 and outer.max() <= 5.0
    np.testing.assert_array_equal(labels, np.where(r < 2.5, 1.0, -1.0))
    # radius uniform in [0, 2.5]: its mean is 1.25; the angle is uniform: mean direction ~ 0
    assert abs(inner.mean() - 1.25) < 0.15
    assert abs(np.mean(points[:, 0] / r)) < 0.1 and abs(np.mean(points[:, 1] / r)) < 0.1


def test_circle_noise_moves_only_the_labelling_point() -> None:
    noisy, labels = T.make_dataset("circle", noise=0.5, seed=5)
    r = np.hypot(noisy[:, 0], noisy[:, 1])
    assert r[:250].max() <= 2.5 and r[250:].min() >= 3.5  # the points themselves stay put
    flipped = labels != np.where(r < 2.5, 1.0, -1.0)
    assert flipped.any()  # noise 0.5 mislabels some points near the boundary
    # the labelling point moved by at most 5 * 0.5 in x and y: sqrt(2) * 2.5 in distance
    assert np.all(np.abs(r[flipped] - 2.5) <= 2.5 * math.sqrt(2.0) + 1e-12)


# --- xor --------------------------------------------------------------------------------------
def test_xor_padding_and_quadrant_labels() -> None:
    points, labels = T.make_dataset("xor", seed=1)
    a = np.abs(points)
    assert a.min() >= 0.3 and a.max() <= 5.3
    np.testing.assert_array_equal(labels, np.where(points[:, 0] * points[:, 1] >= 0, 1.0, -1.0))
    for sx in (-1, 1):
        for sy in (-1, 1):  # every quadrant is used
            assert np.any((np.sign(points[:, 0]) == sx) & (np.sign(points[:, 1]) == sy))


def test_xor_noise_flips_labels_only_near_the_axes() -> None:
    points, labels = T.make_dataset("xor", noise=0.2, seed=2)
    flipped = labels != np.where(points[:, 0] * points[:, 1] >= 0, 1.0, -1.0)
    assert flipped.any()
    # the labelling point moves by at most 5 * 0.2 = 1 per coordinate
    assert np.all(np.abs(points[flipped]).min(axis=1) <= 1.0 + 1e-12)


# --- gauss ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("noise", "variance"), [(0.0, 0.5), (0.25, 2.25), (0.5, 4.0)])
def test_gauss_blob_means_and_variances(noise: float, variance: float) -> None:
    assert gauss_variance(noise) == pytest.approx(variance)
    points, labels = T.make_dataset("gauss", n=40_000, noise=noise, seed=0)
    for label, centre in ((1.0, 2.0), (-1.0, -2.0)):
        blob = points[labels == label]
        assert len(blob) == 20_000
        # standard error of the mean sqrt(v / n) <= 0.015; of the variance v sqrt(2 / n) <= 0.04
        np.testing.assert_allclose(blob.mean(axis=0), [centre, centre], atol=0.07)
        np.testing.assert_allclose(blob.var(axis=0), [variance, variance], rtol=0.05)
        assert abs(np.corrcoef(blob.T)[0, 1]) < 0.05  # x and y drawn independently


# --- spiral -----------------------------------------------------------------------------------
def test_spiral_geometry_without_noise() -> None:
    points, labels = T.make_dataset("spiral", seed=0)
    half = 250
    i = np.arange(half)
    r = 5.0 * i / half
    t = 1.75 * 2.0 * math.pi * i / half
    np.testing.assert_allclose(points[:half], np.column_stack([r * np.sin(t), r * np.cos(t)]),
                               atol=1e-12)  # fmt: skip
    np.testing.assert_allclose(points[half:], -points[:half], atol=1e-12)  # delta = pi
    np.testing.assert_array_equal(labels, np.repeat([1.0, -1.0], half))
    assert np.hypot(*points.T).max() < 5.0


def test_spiral_noise_moves_each_point_by_at_most_noise() -> None:
    clean, _ = T.make_dataset("spiral", seed=0)
    noisy, _ = T.make_dataset("spiral", noise=0.4, seed=0)
    shift = np.abs(noisy - clean)
    assert shift.max() <= 0.4 and shift.max() > 0.3  # uniform(-1, 1) x noise per coordinate


# --- two moons --------------------------------------------------------------------------------
def test_two_moons_lie_on_their_half_circles() -> None:
    points, labels = T.make_dataset("two_moons", seed=4)
    unit = points / 3.0 + np.array([0.5, 0.25])  # undo the documented scale and centring
    upper, lower = unit[labels == 1.0], unit[labels == -1.0]
    np.testing.assert_allclose(np.hypot(*upper.T), 1.0, atol=1e-12)
    assert upper[:, 1].min() >= -1e-12
    np.testing.assert_allclose(np.hypot(lower[:, 0] - 1.0, lower[:, 1] - 0.5), 1.0, atol=1e-12)
    assert lower[:, 1].max() <= 0.5 + 1e-12


# --- regression -------------------------------------------------------------------------------
def test_reg_plane_labels_and_extent() -> None:
    points, labels = T.make_dataset("reg_plane", seed=2)
    assert points.shape == (1200, 2)
    assert np.abs(points).max() <= 6.0
    np.testing.assert_allclose(labels, (points[:, 0] + points[:, 1]) / 10.0, rtol=1e-15)
    noisy_points, noisy = T.make_dataset("reg_plane", noise=0.5, seed=2)
    np.testing.assert_array_equal(noisy_points, points)  # noise moves the labelling point only
    assert 0 < np.abs(noisy - labels).max() <= (6.0 * 0.5 * 2) / 10.0


def _bump_label(x: float, y: float) -> float:
    bumps = [(-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1), (-4, -2.5, -1), (0, -2.5, 1), (4, -2.5, -1)]
    label = 0.0
    for cx, cy, sign in bumps:
        value = sign * min(max(1.0 - math.dist((x, y), (cx, cy)) / 2.0, 0.0), 1.0)
        if abs(value) > abs(label):
            label = value
    return label


def test_reg_gauss_labels_follow_the_six_bumps() -> None:
    points, labels = T.make_dataset("reg_gauss", seed=3)
    expected = [_bump_label(x, y) for x, y in points.tolist()]
    np.testing.assert_allclose(labels, expected, atol=1e-15)
    assert labels.min() >= -1.0 and labels.max() <= 1.0
    centres = np.array([[-4, 2.5], [0, 2.5], [4, 2.5], [-4, -2.5], [0, -2.5], [4, -2.5]], float)
    from actviz.core.training.playground_data import reg_gauss_label

    np.testing.assert_allclose(reg_gauss_label(centres), [1, -1, 1, -1, 1, -1])
    assert reg_gauss_label(np.array([[-6.0, 6.0]]))[0] == pytest.approx(0.0)  # far from all


# --- function boundaries ----------------------------------------------------------------------
GS = {
    "sin": math.sin,
    "cubic": lambda x: x**3 - x,
    "abs": abs,
    "step": lambda x: 1.0 if x >= 0 else 0.0,
}


@pytest.mark.parametrize("g", sorted(GS))
def test_function_boundary_labels_above_and_below(g: str) -> None:
    points, labels = T.function_boundary(g, seed=1)
    assert points.shape == (500, 2) and np.abs(points).max() <= 6.0
    expected = [1.0 if y >= GS[g](x) else -1.0 for x, y in points.tolist()]
    np.testing.assert_array_equal(labels, expected)
    assert {-1.0, 1.0} <= set(labels.tolist())
    np.testing.assert_allclose(T.boundary_curve(g, points[:, 0]), [GS[g](x) for x in points[:, 0]],
                               rtol=1e-15, atol=1e-15)  # fmt: skip


def test_function_boundary_noise_flips_labels_near_the_curve_only() -> None:
    points, labels = T.function_boundary("abs", noise=0.3, seed=2)
    flipped = labels != np.where(points[:, 1] >= np.abs(points[:, 0]), 1.0, -1.0)
    assert flipped.any()
    # |x| is 1-Lipschitz, each coordinate of the labelling point moved by at most 1.5
    assert np.all(np.abs(points[flipped, 1] - np.abs(points[flipped, 0])) <= 3.0 + 1e-12)


# --- counts, seeds and bad arguments ----------------------------------------------------------
@pytest.mark.parametrize("name", T.DATASETS)
def test_default_counts_seeds_and_odd_counts(name: str) -> None:
    points, labels = T.make_dataset(name)
    assert len(points) == (1200 if T.is_regression(name) else 500)
    again = T.make_dataset(name)
    np.testing.assert_array_equal(points, again[0])
    np.testing.assert_array_equal(labels, again[1])
    noise = 0.1 if name == "spiral" else 0.0  # a noise-free spiral has nothing random in it
    assert not np.array_equal(
        T.make_dataset(name, noise=noise)[0], T.make_dataset(name, noise=noise, seed=1)[0]
    )
    odd_points, odd_labels = T.make_dataset(name, n=7)
    assert odd_points.shape == (7, 2) and odd_labels.shape == (7,)
    if not T.is_regression(name):
        assert set(labels.tolist()) == {-1.0, 1.0}
    assert np.isfinite(points).all() and np.isfinite(labels).all()


def test_names_and_kinds() -> None:
    assert set(T.DATASETS) == {
        "circle", "xor", "gauss", "spiral", "reg_plane", "reg_gauss", "two_moons"
    }  # fmt: skip
    assert set(T.CLASSIFICATION) | set(T.REGRESSION) == set(T.DATASETS)
    assert set(T.DATASET_LABELS) == set(T.DATASETS)
    assert T.is_regression("reg_plane") and not T.is_regression("circle")
    with pytest.raises(ValueError, match="data set"):
        T.is_regression("moons")


@pytest.mark.parametrize(
    ("kwargs", "word"),
    [
        ({"name": "donut"}, "data set"),
        ({"name": "circle", "n": 1}, "n"),
        ({"name": "circle", "n": 2.5}, "n"),
        ({"name": "circle", "n": True}, "n"),
        ({"name": "circle", "noise": -0.1}, "noise"),
        ({"name": "circle", "noise": 0.51}, "noise"),
        ({"name": "circle", "noise": float("nan")}, "noise"),
        ({"name": "circle", "noise": "0.1"}, "noise"),
        ({"name": "circle", "seed": -1}, "seed"),
    ],
)
def test_bad_arguments_name_the_argument(kwargs: dict[str, object], word: str) -> None:
    with pytest.raises(ValueError, match=word):
        T.make_dataset(**kwargs)  # type: ignore[arg-type]


def test_function_boundary_refuses_unknown_function() -> None:
    with pytest.raises(ValueError, match="boundary function"):
        T.function_boundary("tan")


# --- split ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("n", "fraction", "train"),
    [(500, 0.5, 250), (500, 0.7, 350), (100, 0.57, 57), (3, 0.1, 1), (3, 0.9, 2)],
)
def test_split_sizes_and_disjointness(n: int, fraction: float, train: int) -> None:
    points, labels = T.make_dataset("xor", n=max(n, 2), seed=0)
    tx, ty, vx, vy = T.split(points, labels, fraction, seed=4)
    assert len(tx) == len(ty) == train and len(vx) == len(vy) == n - train
    rows = {tuple(p) for p in points.tolist()}
    train_rows = {tuple(p) for p in tx.tolist()}
    test_rows = {tuple(p) for p in vx.tolist()}
    assert train_rows.isdisjoint(test_rows) and train_rows | test_rows == rows
    lookup = {tuple(p): v for p, v in zip(points.tolist(), labels.tolist(), strict=True)}
    assert all(lookup[tuple(p)] == v for p, v in zip(tx.tolist(), ty.tolist(), strict=True))


def test_split_shuffles_deterministically() -> None:
    points, labels = T.make_dataset("circle")
    a = T.split(points, labels, seed=1)
    b = T.split(points, labels, seed=1)
    c = T.split(points, labels, seed=2)
    for left, right in zip(a, b, strict=True):
        np.testing.assert_array_equal(left, right)
    assert not np.array_equal(a[0], c[0])
    assert 0.3 < float(np.mean(a[1] == 1.0)) < 0.7  # shuffled: both classes in the train part


@pytest.mark.parametrize("fraction", [0.0, 1.0, -0.5, float("nan"), 2.0])
def test_split_refuses_bad_fractions(fraction: float) -> None:
    with pytest.raises(ValueError, match="train_fraction"):
        T.split(np.zeros((4, 2)), np.zeros(4), fraction)


def test_split_refuses_bad_shapes() -> None:
    with pytest.raises(ValueError, match="labels"):
        T.split(np.zeros((4, 2)), np.zeros(3))
    with pytest.raises(ValueError, match="points"):
        T.split(np.zeros((4, 3)), np.zeros(4))
    with pytest.raises(ValueError, match="at least 2"):
        T.split(np.zeros((1, 2)), np.zeros(1))
    with pytest.raises(ValueError, match="points"):
        T.split(np.zeros((0, 2)), np.zeros(0))


# --- CSV --------------------------------------------------------------------------------------
def test_csv_reads_rows_with_or_without_header() -> None:
    text = "x, y, label\n1, 2, 1\n\n# a comment\n-0.5,3e-2,-1\n"
    points, labels = T.parse_points_csv(text)
    np.testing.assert_array_equal(points, [[1.0, 2.0], [-0.5, 0.03]])
    np.testing.assert_array_equal(labels, [1.0, -1.0])
    points, labels = T.parse_points_csv('"1","2","0.25"')
    np.testing.assert_array_equal(points, [[1.0, 2.0]])
    np.testing.assert_array_equal(labels, [0.25])


def test_csv_refuses_every_bad_line_by_number_and_loads_nothing() -> None:
    text = "\n".join([
        "x,y,label",   # 1 header
        "1,2,1",       # 2 good
        "1,abc,1",     # 3 not a number
        "",            # 4 blank
        "1,2",         # 5 two values
        "nan,2,1",     # 6 NaN
        "1,2,inf",     # 7 inf
        "1,2,1,4",     # 8 four values
        "3,4,-1",      # 9 good
        "5,,1",        # 10 empty field
    ])  # fmt: skip
    with pytest.raises(ValueError) as caught:
        T.parse_points_csv(text)
    message = str(caught.value)
    for line in (3, 5, 6, 7, 8, 10):
        assert f"line {line}:" in message
    for line in (1, 2, 4, 9):
        assert f"line {line}:" not in message
    assert "6 bad line" in message and "nothing loaded" in message


def test_csv_header_only_on_the_first_content_line() -> None:
    with pytest.raises(ValueError, match="line 2:"):
        T.parse_points_csv("1,2,1\nx,y,label\n")
    with pytest.raises(ValueError, match="no data rows"):
        T.parse_points_csv("x,y,label\n\n")
    with pytest.raises(ValueError, match="no data rows"):
        T.parse_points_csv("")
    with pytest.raises(ValueError, match="line 1:"):
        T.parse_points_csv("nan,nan,nan")  # NaN is bad data, not a header


def test_csv_reports_a_long_list_briefly() -> None:
    text = "\n".join(["a,b"] + ["1,x,1"] * 50)
    with pytest.raises(ValueError, match="and 30 more bad lines"):
        T.parse_points_csv(text)


finite = st.floats(allow_nan=False, allow_infinity=False)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(finite, finite, finite), min_size=1, max_size=20))
def test_csv_round_trip_is_exact(rows: list[tuple[float, float, float]]) -> None:
    table = np.array(rows, dtype=np.float64)
    text = T.format_points_csv(table[:, :2], table[:, 2])
    points, labels = T.parse_points_csv(text)
    np.testing.assert_array_equal(points, table[:, :2])
    np.testing.assert_array_equal(labels, table[:, 2])


def test_csv_writer_refuses_non_finite_or_mismatched() -> None:
    with pytest.raises(ValueError, match="finite"):
        T.format_points_csv([[0.0, float("nan")]], [1.0])
    with pytest.raises(ValueError, match="shape"):
        T.format_points_csv([[0.0, 1.0]], [1.0, 2.0])
