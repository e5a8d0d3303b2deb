"""The blow-up limit at its edge: a signal or gradient of exactly 1e150 has not exploded.

Reference: the blow-up messages ("|z| > 1e150", "> 1e150"): only a size above BLOW_UP_LIMIT is an
explosion. The weights are chosen by the test (draw_weights replaced), and the inputs and the
upstream gradient recomputed from simulate's documented seeding recipe (children 0 and 1 of
SeedSequence(seed).spawn(depth + 2)), so the largest |z| and |gradient| are exactly the limit:
hardtanh turns a large signal into exactly ±1, and a product with 1e150 (or with s chosen so that
max |g| * s is 1e150) is then exact.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from actviz.core.deepnet import BLOW_UP_LIMIT, simulate
from actviz.core.deepnet import signal_simulation as sim


def _replace_weights(monkeypatch: pytest.MonkeyPatch, matrices: list[np.ndarray]) -> None:
    drawn: Iterator[np.ndarray] = iter(matrices)
    monkeypatch.setattr(sim, "draw_weights", lambda *args, **kwargs: next(drawn))


@pytest.mark.parametrize(
    ("top", "exploded"), [(BLOW_UP_LIMIT, False), (1.01 * BLOW_UP_LIMIT, True)]
)
def test_signal_of_exactly_the_limit(
    monkeypatch: pytest.MonkeyPatch, top: float, exploded: bool
) -> None:
    _replace_weights(monkeypatch, [1e10 * np.eye(2), top * np.eye(2)])
    result = simulate(2, 2, "hardtanh", batch=4)
    assert (result.blow_up_kind, result.blow_up_layer) == (("signal", 2) if exploded else ("", 0))


def _gradient_top(seed: int, batch: int) -> tuple[float, float]:
    inputs, upstream = (
        np.random.default_rng(child) for child in np.random.SeedSequence(seed).spawn(3)[:2]
    )
    return float(np.max(np.abs(inputs.standard_normal((batch, 2))[:, 0]))), float(
        np.max(np.abs(upstream.standard_normal((batch, 2))[:, 1]))
    )


@pytest.mark.parametrize("exploded", [False, True])
def test_gradient_of_exactly_the_limit(monkeypatch: pytest.MonkeyPatch, exploded: bool) -> None:
    # W = [[0, 0], [s, 0]]: z = (0, s h0) forward, g W = (s g1, 0) backward (identity: f' = 1).
    seed = next(s for s in range(50) if _gradient_top(s, 4)[0] < _gradient_top(s, 4)[1])
    top_h, top_g = _gradient_top(seed, 4)
    scale = BLOW_UP_LIMIT / top_g
    for _ in range(8):  # a float step or two, to land exactly on the limit
        if top_g * scale == BLOW_UP_LIMIT:
            break
        scale = np.nextafter(scale, np.inf if top_g * scale < BLOW_UP_LIMIT else 0.0)
    assert top_g * scale == BLOW_UP_LIMIT
    if exploded:
        scale *= 1.01
    assert top_h * scale <= BLOW_UP_LIMIT  # the signal stays below
    _replace_weights(monkeypatch, [np.array([[0.0, 0.0], [scale, 0.0]])])
    result = simulate(1, 2, "identity", batch=4, seed=seed)
    assert (result.blow_up_kind, result.blow_up_layer) == (("gradient", 1) if exploded else ("", 0))
