"""Hypothesis properties over random params in range: what the properties table claims is true.

Each claim in ``Properties`` is stated for every parameter value in range, so each is checked at
parameters drawn from the whole range (end points included), on a grid over [-12, 12] plus the
float64 extremes and the kinks. The readings tested:

- monotonic: f is non-decreasing on the grid and f' >= 0 everywhere.
- bounded: f(+-inf) is not infinite (NaN where there is no limit, as for sin); at the
  defaults lower <= f <= upper for every activation (bounded or not), and the bounds are
  attained or approached.
- zero-centred: f(0) == 0 for every setting, and at the defaults f takes both signs.
- smooth: kinks() is empty for every setting.
- saturating: f' tends to 0 on at least one side (|f'(+-1e10)| < 1e-6 at one end).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from catalogue_cases import KEYS, params_strategy, probe_grid
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import actviz.core as core

PROPERTY_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.filter_too_much]
)


def _draw_params(data: st.DataObject, act: core.Activation) -> dict[str, Any]:
    return data.draw(params_strategy(act), label="params") if act.params else {}


@pytest.mark.parametrize("key", KEYS)
@PROPERTY_SETTINGS
@given(data=st.data())
def test_claims_hold_for_any_params_in_range(key: str, data: st.DataObject) -> None:
    act = core.get(key)
    props = act.properties
    params = _draw_params(data, act)
    kinks = act.kinks(**params)
    x = probe_grid(kinks)
    f, df = act.forward(x, **params), act.derivative(x, **params)
    assert np.isfinite(f).all() and np.isfinite(df).all()
    if props.monotonic:
        steps = np.diff(f)
        assert (steps >= -1e-12 * np.maximum(1.0, np.abs(f[1:]))).all(), (
            f"{key} decreases at x = {x[1:][steps < 0][:5]} with {params}"
        )
        assert (df >= 0.0).all(), f"{key}: f' < 0 at x = {x[df < 0][:5]} with {params}"
    if props.bounded:
        limits = act.forward(np.array([-np.inf, np.inf]), **params)  # NaN: no limit (sin)
        assert not np.isinf(limits).any(), f"{key} claims bounded but f(±inf) = {limits}"
    if props.zero_centred:
        assert act.forward(0.0, **params) == 0.0, f"{key}: f(0) != 0 with {params}"
    if props.smooth:
        assert kinks == (), f"{key} claims smooth but has kinks {kinks} with {params}"
    if props.saturating:
        far = np.abs(act.derivative(np.array([-1e10, 1e10]), **params))
        assert far.min() < 1e-6, f"{key} claims saturating but f'(±1e10) = {far}"


@pytest.mark.parametrize("key", KEYS)
@PROPERTY_SETTINGS
@given(x=st.floats(allow_nan=False, min_value=-1e308, max_value=1e308))
def test_output_within_declared_bounds_at_defaults(key: str, x: float) -> None:
    props = core.get(key).properties
    f = core.get(key).forward(x)
    assert props.lower <= f <= props.upper, (
        f"{key}({x}) = {f} outside [{props.lower}, {props.upper}]"
    )


@pytest.mark.parametrize("key", KEYS)
def test_declared_bounds_are_tight_at_defaults(key: str) -> None:
    """The bounds are the function's infimum and supremum, not merely safe numbers."""
    act = core.get(key)
    props = act.properties
    x = np.concatenate([probe_grid(act.kinks()), np.linspace(-3.0, 3.0, 60001), [-np.inf, np.inf]])
    f = act.forward(x)
    f = f[~np.isnan(f)]  # a periodic function has no limit at ±inf
    assert (props.lower <= f).all() and (f <= props.upper).all()
    for bound, reached in ((props.lower, f.min()), (props.upper, f.max())):
        if np.isfinite(bound):
            assert reached == pytest.approx(bound, rel=1e-6, abs=1e-9), f"{key}: bound {bound}"
        else:
            assert abs(reached) == np.inf and np.sign(reached) == np.sign(bound)


@pytest.mark.parametrize("key", [k for k in KEYS if core.get(k).properties.zero_centred])
def test_zero_centred_outputs_take_both_signs_at_defaults(key: str) -> None:
    f = core.get(key).forward(np.linspace(-12.0, 12.0, 2401))
    assert f.min() < 0.0 < f.max()


@pytest.mark.parametrize("key", [k for k in KEYS if not core.get(k).properties.smooth])
def test_non_smooth_activations_show_where_at_defaults_or_some_setting(key: str) -> None:
    """A corner the properties table admits must be findable by the plot: kinks() is not
    empty at the defaults or at some edge of the param ranges (ELU has none at α = 1)."""
    act = core.get(key)
    settings_to_try: list[dict[str, Any]] = [{}]
    for p in act.params:
        if p.choices is None:
            settings_to_try += [{p.name: p.minimum}, {p.name: p.maximum}]
    assert any(act.kinks(**s) for s in settings_to_try if _admitted(act, s))


def _admitted(act: core.Activation, params: dict[str, Any]) -> bool:
    try:
        act.resolve_params(params)
    except ValueError:
        return False
    return True
