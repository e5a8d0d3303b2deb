"""Softplus's switch to the line x exactly on the 1e-5 · max(1, |x|) line that separates a shown
jump from a kink. The drop ln(1 + e^−thr)/β is worked out with math; at β = 1 and
threshold 9.284529519473951 it equals 1e-5 · 9.284529519473951 to the last bit, and a jump "at
most" that size is a kink.
"""

from __future__ import annotations

import math

from actviz import core


def test_a_drop_of_exactly_the_visible_size_is_still_a_kink() -> None:
    threshold = 9.284529519473951
    drop = math.log1p(math.exp(-threshold))
    assert drop == 1e-5 * threshold  # exactly on the line
    (kink,) = core.get("softplus").kinks(beta=1.0, threshold=threshold)
    assert kink.x == threshold and kink.kind == "kink"
    (jump,) = core.get("softplus").kinks(beta=1.0, threshold=threshold - 1e-3)  # a larger drop
    assert jump.kind == "jump"
