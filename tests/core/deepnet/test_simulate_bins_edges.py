"""simulate()'s histogram bins: the range (2, 1000) it declares, tested exactly at both edges.

Reference: the declared bounds of ``bins`` in simulate (2 to 1000, both ends included, as every
range _check_int checks is closed: "must be from {lo} to {hi}") and the shapes its result
documents: a (depth, bins) histogram with bins + 1 edges per layer.
"""

from __future__ import annotations

import pytest

from actviz.core.deepnet import simulate


@pytest.mark.parametrize("bins", [2, 1000])
def test_bins_at_either_edge_are_accepted(bins: int) -> None:
    result = simulate(2, 2, "tanh", batch=2, bins=bins)
    assert result.act_hist.shape == (2, bins)
    assert result.act_edges.shape == (2, bins + 1)
    assert result.grad_hist.shape == (2, bins)


@pytest.mark.parametrize("bins", [1, 1001])
def test_bins_just_outside_are_refused(bins: int) -> None:
    with pytest.raises(ValueError) as refused:
        simulate(2, 2, "tanh", batch=2, bins=bins)
    assert str(refused.value) == f"bins must be from 2 to 1000, got {bins}"
