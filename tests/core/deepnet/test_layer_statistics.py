"""layer_statistics against hand-computed values: the std and norm of tiny tables, the histogram's
documented range (equal-width bins over [min, max]; a constant or too-narrow x, spread at most
1e-290 * max(1, |lo|, |hi|) as the guard states, widened by max(|lo| * 1e-3, 1e-290) each side)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from actviz.core.deepnet.layer_statistics import layer_histogram, scaled_norm, scaled_std


@pytest.mark.parametrize(
    ("values", "std", "norm"),
    [
        ([0.0, 0.0, 0.0], 0.0, 0.0),  # all zero: no scale to divide by
        ([1.0, -1.0], 1.0, math.sqrt(2.0)),  # max |x| exactly 1
        ([1.0, 0.0], 0.5, 1.0),
        ([3.0, -4.0], 3.5, 5.0),
        ([1e-300, -1e-300], 1e-300, math.sqrt(2.0) * 1e-300),  # squares would underflow
    ],
)
def test_std_and_norm_of_small_tables(values: list[float], std: float, norm: float) -> None:
    x = np.array(values)
    assert scaled_std(x) == pytest.approx(std, rel=1e-15, abs=0.0)
    assert scaled_norm(x) == pytest.approx(norm, rel=1e-15, abs=0.0)


def test_the_norm_of_an_empty_array_is_zero() -> None:
    assert scaled_norm(np.empty(0)) == 0.0


@pytest.mark.parametrize(
    ("values", "lo", "hi"),
    [
        ([5.0, 5.0], 5.0 - 5e-3, 5.0 + 5e-3),  # constant: ±|value| * 1e-3
        ([1000.0], 999.0, 1001.0),
        ([0.0, 0.0], -1e-290, 1e-290),  # constant 0: the 1e-290 floor
        ([0.0, 1e-290], -1e-290, 2e-290),  # spread exactly at the limit: still too narrow
        ([0.0, 5e-324], -1e-290, 1e-290 + 5e-324),  # subnormal spread: bins / spread is inf
        ([0.0, 1.5e-290], 0.0, 1.5e-290),  # wide enough: the data's own range
        ([-2.0, 6.0], -2.0, 6.0),
    ],
)
def test_histogram_edges_and_counts(values: list[float], lo: float, hi: float) -> None:
    bins = 4
    counts, edges = layer_histogram(np.array(values), bins)
    assert counts.dtype == np.float64 and counts.shape == (bins,)
    assert edges.shape == (bins + 1,)
    assert edges[0] == pytest.approx(lo, rel=1e-12, abs=0.0)
    assert edges[-1] == pytest.approx(hi, rel=1e-12, abs=0.0)
    assert counts.sum() == len(values)
    # each value is counted in the bin whose [edge, next edge) holds it (the last bin is closed)
    for v in values:
        k = min(int(np.searchsorted(edges, v, side="right")) - 1, bins - 1)
        assert counts[k] >= 1


def test_histogram_of_a_spread_table() -> None:
    counts, edges = layer_histogram(np.array([-2.0, -1.0, 0.5, 2.0, 6.0]), 4)
    np.testing.assert_array_equal(edges, [-2.0, 0.0, 2.0, 4.0, 6.0])
    np.testing.assert_array_equal(counts, [2.0, 1.0, 1.0, 1.0])
