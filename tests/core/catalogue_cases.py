"""Shared cases for the catalogue-wide tests: keys, parameter settings and x grids.

Kept free of assertions: the test modules say what must hold.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from hypothesis import strategies as st

import actviz.core as core

KEYS = core.names()

#: Finite inputs at the edges of float64: the largest magnitudes the tests promise, zero, the
#: smallest normal and subnormal numbers.
EXTREME_X = np.array(
    [1e308, -1e308, 1e300, -1e300, 0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308,
     -2.2250738585072014e-308, 1e-300, -1e-300, 1e10, -1e10, 50.0, -50.0]
)  # fmt: skip


def float_params(key: str) -> list[core.Param]:
    return [p for p in core.get(key).params if not p.is_choice]


def admits(act: core.Activation, params: dict[str, Any]) -> bool:
    """Whether the combination is allowed (hardtanh's max_val > min_val, rrelu's lower <= upper)."""
    try:
        act.resolve_params(params)
    except ValueError:
        return False
    return True


def edge_settings(act: core.Activation) -> list[dict[str, Any]]:
    """Defaults, then each float param at its minimum and at its maximum (others at default),
    then every choice of each discrete param: where stability problems hide."""
    settings: list[dict[str, Any]] = [{}]
    for p in act.params:
        values = p.choices if p.choices is not None else (p.minimum, p.maximum)
        settings += [{p.name: v} for v in values if v != p.default]
    return [s for s in settings if admits(act, s)]


def random_settings(act: core.Activation, n: int, seed: int = 0) -> list[dict[str, Any]]:
    """``n`` admitted settings drawn uniformly over the params' ranges (deterministic)."""
    rng = np.random.default_rng(seed)
    settings: list[dict[str, Any]] = []
    for _ in range(50 * n):
        if len(settings) == n or not act.params:
            break
        candidate: dict[str, Any] = {}
        for p in act.params:
            if p.choices is not None:
                candidate[p.name] = p.choices[int(rng.integers(len(p.choices)))]
            else:
                candidate[p.name] = float(rng.uniform(p.minimum, p.maximum))
        if admits(act, candidate):
            settings.append(candidate)
    return settings


def params_strategy(act: core.Activation) -> st.SearchStrategy[dict[str, Any]]:
    """Any setting in range, including the range's end points, filtered to admitted ones."""
    fields: dict[str, st.SearchStrategy[Any]] = {}
    for p in act.params:
        if p.choices is not None:
            fields[p.name] = st.sampled_from(p.choices)
        else:
            fields[p.name] = st.floats(p.minimum, p.maximum, allow_nan=False)
    return st.fixed_dictionaries(fields).filter(lambda s: admits(act, s))


def away_from_kinks(x: np.ndarray, kinks: tuple[core.Kink, ...], margin: float) -> np.ndarray:
    """The points of ``x`` farther than ``margin`` from every kink or jump."""
    keep = np.ones(x.shape, dtype=bool)
    for kink in kinks:
        keep &= np.abs(x - kink.x) > margin
    return x[keep]


def probe_grid(kinks: tuple[core.Kink, ...]) -> np.ndarray:
    """A sorted grid over [-12, 12], the extremes, and the kinks with points just beside them."""
    beside = [k.x + d for k in kinks for d in (-1e-9, 0.0, 1e-9)]
    return np.unique(np.concatenate([np.linspace(-12.0, 12.0, 1201), EXTREME_X, beside]))
