"""Catalogue-wide contract: every activation in ``core.names()`` keeps the promises of issue 2.

Each test is parametrised over every key, so a new activation is checked the moment it is
registered. The references are independent of the code under test: central finite differences of
the forward pass, the limits read off the function far out, and the params' declared ranges.
Properties over random params are in test_catalogue_properties.py.
"""

from __future__ import annotations

import re

import numpy as np
import pytest
from catalogue_cases import (
    EXTREME_X,
    KEYS,
    ORDERED_PARAMS,
    away_from_kinks,
    declared_admits,
    edge_settings,
    float_params,
    random_settings,
    with_partner,
)

import actviz.core as core
from actviz.core.families import FAMILY_ORDER

FUNCTIONS = ("forward", "derivative")
FLOAT_PARAM_CASES = [(key, p.name) for key in KEYS for p in float_params(key)]
CHOICE_PARAM_CASES = [(key, p.name) for key in KEYS for p in core.get(key).params if p.is_choice]


# --- shapes and types ----------------------------------------------------------------------------


@pytest.mark.parametrize("function", FUNCTIONS)
@pytest.mark.parametrize("key", KEYS)
def test_scalar_in_gives_float64_scalar_out(key: str, function: str) -> None:
    fn = getattr(core.get(key), function)
    for scalar in (0.7, -2, np.float32(1.5), np.array(0.25)):
        out = fn(scalar)
        assert isinstance(out, np.float64), (scalar, type(out))
        assert np.ndim(out) == 0


@pytest.mark.parametrize("function", FUNCTIONS)
@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("shape", [(0,), (5,), (3, 4), (2, 1, 3)])
def test_array_in_gives_float64_array_of_same_shape(key: str, function: str, shape: tuple) -> None:
    fn = getattr(core.get(key), function)
    x = np.linspace(-4.0, 4.0, int(np.prod(shape))).reshape(shape)
    for values in (x, x.astype(np.float32), x.tolist()):
        out = fn(values)
        assert isinstance(out, np.ndarray)
        assert out.dtype == np.float64
        assert out.shape == shape
    # Elementwise: the array result equals the result element by element.
    flat = fn(x).ravel()
    assert all(flat[i] == fn(float(v)) or np.isnan(flat[i]) for i, v in enumerate(x.ravel()))


# --- the derivative is the derivative of the forward pass ----------------------------------------


@pytest.mark.parametrize("key", KEYS)
def test_derivative_matches_central_differences(key: str) -> None:
    act = core.get(key)
    for params in edge_settings(act) + random_settings(act, 5):
        x = away_from_kinks(np.linspace(-12.0, 12.0, 2401), act.kinks(**params), margin=1e-3)
        # A small step: where f is C1 but f'' jumps (ELU with α = 1, CELU, softsign at 0) the
        # central difference is only first order, off by h·|jump in f''|/4. Rounding costs about
        # 1e-16·|f|/h. Dividing by the representable step (x + h) - (x - h) removes the error of
        # forming x ± h.
        h = 1e-7 * np.maximum(1.0, np.abs(x))
        upper, lower = x + h, x - h
        numeric = (act.forward(upper, **params) - act.forward(lower, **params)) / (upper - lower)
        analytic = act.derivative(x, **params)
        np.testing.assert_allclose(
            analytic, numeric, rtol=1e-6, atol=1e-7, err_msg=f"{key} at {params}"
        )


# --- extremes, NaN and infinity -------------------------------------------------------------------


@pytest.mark.parametrize("function", FUNCTIONS)
@pytest.mark.parametrize("key", KEYS)
def test_finite_extremes_give_finite_results_without_warnings(key: str, function: str) -> None:
    # pytest turns any numpy RuntimeWarning (overflow, invalid value) into a failure here.
    act = core.get(key)
    for params in edge_settings(act):
        out = getattr(act, function)(EXTREME_X, **params)
        bad = EXTREME_X[~np.isfinite(out)]
        assert bad.size == 0, f"{key}.{function} not finite at x = {bad} with {params}"


@pytest.mark.parametrize("function", FUNCTIONS)
@pytest.mark.parametrize("key", KEYS)
def test_nan_in_gives_nan_out_at_that_element_only(key: str, function: str) -> None:
    act = core.get(key)
    fn = getattr(act, function)
    x = np.array([-1.5, np.nan, 0.5, 3.0, np.nan, -7.0])
    for params in edge_settings(act):
        out = fn(x, **params)
        np.testing.assert_array_equal(np.isnan(out), np.isnan(x), err_msg=f"{key} {params}")
        clean = ~np.isnan(x)
        np.testing.assert_array_equal(out[clean], fn(x[clean], **params))


def _limit(fn, sign: float, params: dict) -> float:
    """The limit of fn(x) as x -> sign*inf, read off fn far out: a huge value means +-inf, two
    far points that disagree mean no limit (NaN, as for a periodic function)."""
    far, farther = fn(sign * 1e280, **params), fn(sign * 1e300, **params)
    if abs(farther) > 1e250:
        return float(np.copysign(np.inf, farther))
    if not np.isclose(far, farther, rtol=1e-9, atol=1e-12):
        return float("nan")
    return float(farther)


@pytest.mark.parametrize("function", FUNCTIONS)
@pytest.mark.parametrize("key", KEYS)
def test_infinities_give_the_limits(key: str, function: str) -> None:
    act = core.get(key)
    fn = getattr(act, function)
    for params in edge_settings(act):
        for sign in (1.0, -1.0):
            expected = _limit(fn, sign, params)
            got = fn(sign * np.inf, **params)
            assert got == pytest.approx(expected, rel=1e-9, abs=1e-12, nan_ok=True), (
                f"{key}.{function}({sign * np.inf}) = {got}, limit {expected}, params {params}"
            )


# --- params: unknown, out of range, not a number, and the unknown key -----------------------------


@pytest.mark.parametrize("key", KEYS)
def test_unknown_param_raises_value_error_naming_it(key: str) -> None:
    act = core.get(key)
    for call in (act.forward, act.derivative):
        with pytest.raises(ValueError, match="no_such_param"):
            call(np.zeros(3), no_such_param=1.0)
    with pytest.raises(ValueError, match="no_such_param"):
        act.kinks(no_such_param=1.0)


@pytest.mark.parametrize(("key", "name"), FLOAT_PARAM_CASES)
def test_out_of_range_float_param_raises_naming_param_and_range(key: str, name: str) -> None:
    act = core.get(key)
    p = act.param(name)
    assert p.minimum is not None and p.maximum is not None
    span = max(p.maximum - p.minimum, 1.0)
    for bad in (p.maximum + 0.01 * span, p.minimum - 0.01 * span, np.nan, np.inf, -np.inf, "abc"):
        for call in (act.forward, act.derivative):
            with pytest.raises(ValueError) as info:
                call(0.5, **{name: bad})
            message = str(info.value)
            assert name in message and p.range_text() in message, message


@pytest.mark.parametrize(("key", "name"), FLOAT_PARAM_CASES)
def test_declared_minimum_maximum_and_default_are_accepted(key: str, name: str) -> None:
    """Taken from the declarations, never from what the code accepts: each end point and the
    default, with the other param moved only where a declared order requires it (see
    ``catalogue_cases.with_partner``)."""
    act = core.get(key)
    p = act.param(name)
    for value in (p.minimum, p.maximum, p.default):
        setting = with_partner(key, {name: value})
        assert setting[name] == value
        assert declared_admits(key, setting), f"{key}: the declared ranges clash at {setting}"
        assert act.resolve_params(setting)[name] == value  # a refusal raises, naming the value
        for fn in (act.forward, act.derivative):
            assert np.all(np.isfinite(fn(np.array([-3.0, 0.5, 3.0]), **setting)))


@pytest.mark.parametrize(("key", "name"), CHOICE_PARAM_CASES)
def test_every_declared_choice_is_accepted(key: str, name: str) -> None:
    act = core.get(key)
    for choice in act.param(name).choices or ():
        assert act.resolve_params({name: choice})[name] == choice


@pytest.mark.parametrize("key", KEYS)
def test_every_edge_setting_is_accepted(key: str) -> None:
    """The catalogue-wide tests run over ``edge_settings``: none of them may be refused."""
    act = core.get(key)
    settings = edge_settings(act)
    assert len(settings) == 1 + sum(
        len(p.choices) - 1 if p.choices is not None else 2 - (p.default in (p.minimum, p.maximum))
        for p in act.params
    )
    for setting in settings:
        act.resolve_params(setting)


@pytest.mark.parametrize("key", KEYS)
def test_only_the_declared_orders_between_params_are_refused(key: str) -> None:
    """An activation that checks combinations declares the rule in ORDERED_PARAMS, and the code
    refuses exactly the settings that break it."""
    act = core.get(key)
    if key not in ORDERED_PARAMS:
        assert act.check is None, f"{key} checks combinations: declare the rule in ORDERED_PARAMS"
        return
    lower, upper, strict = ORDERED_PARAMS[key]
    lo, hi = act.param(lower), act.param(upper)
    both = (max(lo.minimum, hi.minimum), min(lo.maximum, hi.maximum))  # in both ranges
    assert both[0] <= both[1], f"{key}: no value lies in both ranges"
    middle = sum(both) / 2.0
    for pair in ((both[0], both[1]), (middle, middle), (both[1], both[0])):
        setting = {lower: pair[0], upper: pair[1]}
        if declared_admits(key, setting):
            act.resolve_params(setting)
        else:
            with pytest.raises(ValueError, match=f"{lower}.*{upper}|{upper}.*{lower}"):
                act.resolve_params(setting)
    assert declared_admits(key, {lower: middle, upper: middle}) is not strict


@pytest.mark.parametrize(("key", "name"), CHOICE_PARAM_CASES)
def test_unknown_choice_raises_naming_param_and_choices(key: str, name: str) -> None:
    act = core.get(key)
    with pytest.raises(ValueError) as info:
        act.forward(0.5, **{name: "no-such-choice"})
    assert name in str(info.value) and act.param(name).range_text() in str(info.value)


def test_unknown_key_raises_key_error_listing_the_keys() -> None:
    with pytest.raises(KeyError) as info:
        core.get("no_such_activation")
    message = str(info.value)
    assert "no_such_activation" in message
    assert all(key in message for key in KEYS)


# --- metadata: names, order, teaching text, params, properties, kinks ---------------------------


def test_keys_are_unique_and_grouped_by_family_in_display_order() -> None:
    assert len(set(KEYS)) == len(KEYS)
    families = [core.get(key).family for key in KEYS]
    order = [FAMILY_ORDER.index(f) for f in families]
    assert order == sorted(order)
    assert [a.key for group in core.by_family().values() for a in group] == KEYS


def test_catalogue_holds_the_torch_names_of_issue_2() -> None:
    required = (
        "relu relu6 leaky_relu prelu rrelu elu selu celu gelu silu mish softplus softsign "
        "hardtanh hardsigmoid hardswish sigmoid tanh logsigmoid tanhshrink softshrink hardshrink "
        "threshold identity binary_step swish"
    ).split()
    assert not set(required) - set(KEYS)


@pytest.mark.parametrize("key", KEYS)
def test_teaching_text_is_complete(key: str) -> None:
    act = core.get(key)
    assert act.key == key and act.name.strip() and act.family in FAMILY_ORDER
    assert act.formula.strip() and act.derivative_formula.strip()
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", act.notes.strip()) if len(s) > 15]
    assert len(sentences) >= 3, f"{key}: notes need a few sentences, got {act.notes!r}"
    assert re.search(r"\b(1[89]|20)\d\d\b", act.reference), f"{key}: reference needs a year"


@pytest.mark.parametrize("key", KEYS)
def test_every_param_is_described_and_its_default_is_in_range(key: str) -> None:
    for p in core.get(key).params:
        assert p.label.strip(), f"{key}.{p.name} needs a label"
        if p.choices is not None:
            assert p.default in p.choices and len(p.choices) >= 2
        else:
            assert p.minimum is not None and p.maximum is not None and p.step is not None
            assert p.minimum <= float(p.default) <= p.maximum
            assert 0 < p.step <= p.maximum - p.minimum
        assert p.validate(p.default) == p.default
    core.get(key).resolve_params()  # the defaults together are admitted


@pytest.mark.parametrize("key", KEYS)
def test_properties_are_consistent(key: str) -> None:
    props = core.get(key).properties
    assert props.output_range.strip()
    assert props.lower <= props.upper
    assert props.bounded == (np.isfinite(props.lower) and np.isfinite(props.upper))
    if props.smooth:
        assert core.get(key).kinks() == ()


@pytest.mark.parametrize("key", KEYS)
def test_kinks_are_corners_and_jumps_are_jumps(key: str) -> None:
    act = core.get(key)
    for params in edge_settings(act):
        kinks = act.kinks(**params)
        assert [k.x for k in kinks] == sorted({k.x for k in kinks})
        for kink in kinks:
            assert kink.kind in ("kink", "jump") and np.isfinite(kink.x)
            step = 1e-9 * max(1.0, abs(kink.x))
            left, right = act.forward(np.array([kink.x - step, kink.x + step]), **params)
            assert np.isfinite(act.derivative(kink.x, **params))
            if kink.kind == "jump":
                assert abs(right - left) > 1e-6, f"{key}: no jump at {kink.x} with {params}"
            else:
                assert abs(right - left) < 1e-6, f"{key}: a jump marked as kink at {kink.x}"


@pytest.mark.parametrize("key", [k for k in KEYS if core.get(k).properties.smooth])
def test_smooth_activations_have_a_continuous_derivative(key: str) -> None:
    """No corner hides in a function that claims to be smooth: f' moves by at most
    max|f''|·δ between neighbours δ = 1e-4 apart, far below 1e-2 for every f'' in the catalogue;
    a corner (ELU with α = 2, say) would jump by O(1)."""
    act = core.get(key)
    x = np.linspace(-12.0, 12.0, 240001)
    for params in edge_settings(act) + random_settings(act, 3):
        jumps = np.abs(np.diff(act.derivative(x, **params)))
        worst = int(np.argmax(jumps))
        assert jumps[worst] < 1e-2, f"{key}: f' jumps by {jumps[worst]} at {x[worst]} ({params})"


@pytest.mark.parametrize("key", KEYS)
def test_derivative_at_a_kink_is_one_of_its_one_sided_slopes(key: str) -> None:
    """Autograd picks a side at a corner (relu'(0) = 0, elu'(0) = α, ...); it never averages.
    So f'(k) equals the slope just left or just right of k. (A marked point with equal slopes on
    both sides, such as softshrink with λ = 0 where autograd still gives 0, is not a corner.)"""
    act = core.get(key)
    for params in edge_settings(act):
        for kink in act.kinks(**params):
            step = 1e-9 * max(1.0, abs(kink.x))
            left, at, right = act.derivative(
                np.array([kink.x - step, kink.x, kink.x + step]), **params
            )
            if left == pytest.approx(right, abs=1e-6):
                continue
            assert at == pytest.approx(left, abs=1e-6) or at == pytest.approx(right, abs=1e-6), (
                f"{key}: f'({kink.x}) = {at}, sides {left} and {right}, params {params}"
            )
