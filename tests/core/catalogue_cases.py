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


#: The only constraints between params the catalogue declares, as (lower, upper, strict): the
#: lower param must stay below the upper one (strictly, or also equal). Every other combination of
#: in-range values must be accepted. hardtanh needs min_val < max_val (its ranges [-10, 0] and
#: [0, 10] touch at 0); rrelu needs lower <= upper (a single slope when equal), as in PyTorch.
ORDERED_PARAMS: dict[str, tuple[str, str, bool]] = {
    "hardtanh": ("min_val", "max_val", True),
    "rrelu": ("lower", "upper", False),
}


def declared_admits(key: str, params: dict[str, Any]) -> bool:
    """Whether the declarations allow the setting (values in range, and the order above)."""
    act = core.get(key)
    values = {**act.defaults(), **params}
    for p in act.params:
        value = values[p.name]
        if p.choices is not None:
            if value not in p.choices:
                return False
        elif not (p.minimum <= value <= p.maximum):
            return False
    if key in ORDERED_PARAMS:
        lower, upper, strict = ORDERED_PARAMS[key]
        low, high = float(values[lower]), float(values[upper])
        return low < high if strict else low <= high
    return True


def with_partner(key: str, params: dict[str, Any]) -> dict[str, Any]:
    """``params`` completed into a setting the declarations allow.

    The rule: when a value breaks a declared order against the other param's default, that other
    param moves to its own range end on the far side (lower to its minimum, upper to its
    maximum). So rrelu's lower = 1 (its maximum) goes with upper = 1, and upper = 0 with lower = 0.
    """
    if declared_admits(key, params) or key not in ORDERED_PARAMS:
        return dict(params)
    lower, upper, _ = ORDERED_PARAMS[key]
    act = core.get(key)
    if lower in params and upper not in params:
        return {**params, upper: act.param(upper).maximum}
    if upper in params and lower not in params:
        return {**params, lower: act.param(lower).minimum}
    return dict(params)


def edge_settings(act: core.Activation) -> list[dict[str, Any]]:
    """The declared edges, none dropped: the defaults, then each float param at its minimum and
    at its maximum (the others at default, or moved by :func:`with_partner`), then every choice of
    each discrete param. Each one is allowed by the declarations, so the code must accept it
    (test_catalogue.py fails for any it refuses)."""
    settings: list[dict[str, Any]] = [{}]
    for p in act.params:
        values = p.choices if p.choices is not None else (p.minimum, p.maximum)
        settings += [with_partner(act.key, {p.name: v}) for v in values if v != p.default]
    return settings


def random_settings(act: core.Activation, n: int, seed: int = 0) -> list[dict[str, Any]]:
    """``n`` settings drawn uniformly over the params' declared ranges (deterministic), kept when
    the declarations allow them: the code is never asked which ones it likes."""
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
        if declared_admits(act.key, candidate):
            settings.append(candidate)
    return settings


def params_strategy(act: core.Activation) -> st.SearchStrategy[dict[str, Any]]:
    """Any setting in the declared ranges, end points included, that the declarations allow."""
    fields: dict[str, st.SearchStrategy[Any]] = {}
    for p in act.params:
        if p.choices is not None:
            fields[p.name] = st.sampled_from(p.choices)
        else:
            fields[p.name] = st.floats(p.minimum, p.maximum, allow_nan=False)
    return st.fixed_dictionaries(fields).filter(lambda s: declared_admits(act.key, s))


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
