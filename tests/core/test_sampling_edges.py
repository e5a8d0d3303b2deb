"""sample_curve's end dots with non-default parameters: threshold(x) = x for x > t, else v.

At the jump x = t = -1 the value is v = 2 (filled dot) and the right-hand limit t (hollow dot).
"""

from __future__ import annotations

import numpy as np

from actviz.core import get
from actviz.core.sampling import sample_curve


def test_the_end_dots_of_a_jump_use_the_chosen_parameters() -> None:
    samples = sample_curve(get("threshold"), {"threshold": -1.0, "value": 2.0}, -3.0, 3.0, 300)
    ends = samples.f_ends
    assert list(ends.closed_x) == [-1.0] and list(ends.closed_y) == [2.0]
    assert list(ends.open_x) == [-1.0]
    np.testing.assert_allclose(ends.open_y, [-1.0], rtol=1e-12)


def test_the_corner_dots_of_the_derivative_use_the_chosen_parameters() -> None:
    """hardtanh on [-0.5, 2]: f' is 1 inside, 0 outside and 0 at both corners (torch's choice),
    so each corner has a filled dot at 0 and a hollow one at the inside limit 1."""
    samples = sample_curve(get("hardtanh"), {"min_val": -0.5, "max_val": 2.0}, -3.0, 3.0, 300)
    ends = samples.df_ends
    assert list(ends.closed_x) == [-0.5, 2.0] and list(ends.closed_y) == [0.0, 0.0]
    assert list(ends.open_x) == [-0.5, 2.0] and list(ends.open_y) == [1.0, 1.0]
