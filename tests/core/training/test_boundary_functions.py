"""The function-boundary data sets against their docstrings and hand values.

References: boundary_curve's functions written out (sin x, x^3 - x, |x|, step: "0 for x < 0,
1 for x >= 0") at points where they are exact, exact integer arithmetic for large whole inputs,
the limits x^3 - x -> ±inf, and function_boundary's documented noise: the labelling point moves
by uniform(-5, 5) x noise in x and in y, independently for each point.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from actviz.core import training as T
from actviz.core.training.playground_data import boundary_label

KNOWN = "sin, cubic, abs, step"


def test_each_curve_at_points_where_it_is_exact() -> None:
    x = [-2.0, -1.0, 0.0, 0.5, 1.0, 2.0]
    assert T.boundary_curve("cubic", x).tolist() == [-6.0, 0.0, 0.0, -0.375, 0.0, 6.0]
    assert T.boundary_curve("abs", x).tolist() == [2.0, 1.0, 0.0, 0.5, 1.0, 2.0]
    assert T.boundary_curve("sin", [0.0, -0.0]).tolist() == [0.0, 0.0]
    # The step is 1 from x = 0 on (-0.0 is 0 too), and 0 just below.
    assert T.boundary_curve("step", [-5e-324, -0.0, 0.0, 3.0]).tolist() == [0.0, 1.0, 1.0, 1.0]


def test_the_cubic_tends_to_infinity_without_a_warning() -> None:
    x = [math.inf, -math.inf, 1e103, -1e103, 1e200]
    assert T.boundary_curve("cubic", x).tolist() == [math.inf, -math.inf, math.inf, -math.inf,
                                                     math.inf]  # fmt: skip


@pytest.mark.parametrize("g", T.BOUNDARY_FUNCTIONS)
def test_whole_numbers_are_taken_as_floats(g: str) -> None:
    y = T.boundary_curve(g, [-2, 0, 3])
    assert y.dtype == np.float64
    np.testing.assert_allclose(y, T.boundary_curve(g, [-2.0, 0.0, 3.0]), rtol=0, atol=0)


def test_a_large_whole_number_does_not_wrap_around() -> None:
    big = 3_000_000  # x^3 is above 2^63: integer arithmetic would wrap
    exact = big**3 - big
    assert T.boundary_curve("cubic", [big])[0] == pytest.approx(exact, rel=1e-15)


def test_an_unknown_function_is_named_with_the_known_ones() -> None:
    message = rf"^unknown boundary function 'tan'; known: {KNOWN}$"
    with pytest.raises(ValueError, match=message):
        T.boundary_curve("tan", [0.0])
    with pytest.raises(ValueError, match=message):
        T.function_boundary("tan")


def test_bad_counts_and_noise_are_named() -> None:
    with pytest.raises(ValueError, match=r"^n must be from 2 to 100000, got 1$"):
        T.function_boundary("sin", n=1)
    with pytest.raises(ValueError, match=r"^noise must be a finite number in \[0, 0\.5\]"):
        T.function_boundary("sin", noise=0.6)


def test_the_default_seed_is_0() -> None:
    points, labels = T.function_boundary("sin", n=50)
    seeded_points, seeded_labels = T.function_boundary("sin", n=50, seed=0)
    np.testing.assert_array_equal(points, seeded_points)
    np.testing.assert_array_equal(labels, seeded_labels)
    assert not np.array_equal(points, T.function_boundary("sin", n=50, seed=1)[0])


def test_noise_moves_each_labelling_point_within_five_times_noise() -> None:
    # The step is flat for |x| > 2.5: there the x-move (at most 5 x 0.5) cannot cross x = 0, so
    # a label is wrong exactly when the y-move, uniform in [-2.5, 2.5], crosses the level s.
    noise, reach = 0.5, 2.5
    points, labels = T.function_boundary("step", n=100_000, noise=noise, seed=3)
    far = np.abs(points[:, 0]) > reach
    level = np.where(points[far, 0] >= 0.0, 1.0, 0.0)
    gap = points[far, 1] - level
    wrong = labels[far] != np.where(gap >= 0.0, 1.0, -1.0)
    assert np.all(np.abs(gap[wrong]) <= reach)
    # Each point draws its own move: wrong labels on both sides, up to nearly the full reach.
    above, below = gap[wrong & (gap >= 0.0)], -gap[wrong & (gap < 0.0)]
    assert above.max() > 0.9 * reach and below.max() > 0.9 * reach
    # A uniform move is symmetric: as many wrong above as below (each 1/4 of the points within
    # the reach, about 3000 here: a difference of 10 % is about 4 standard deviations).
    assert abs(len(above) - len(below)) < 0.1 * len(above)


@pytest.mark.parametrize(
    ("g", "on_the_curve"),
    [("sin", (0.0, 0.0)), ("cubic", (1.0, 0.0)), ("cubic", (-1.0, 0.0)), ("abs", (-2.0, 2.0)),
     ("step", (0.0, 1.0)), ("step", (-1.0, 0.0))],
)  # fmt: skip
def test_a_point_on_the_curve_is_labelled_plus_1(g: str, on_the_curve: tuple[float, float]) -> None:
    x, y = on_the_curve
    below, above = math.nextafter(y, -math.inf), math.nextafter(y, math.inf)
    rows = np.array([[x, y], [x, below], [x, above]])
    assert boundary_label(g, rows).tolist() == [1.0, -1.0, 1.0]
