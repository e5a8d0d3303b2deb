"""Kinks, jumps, gaps and estimated properties of typed formulas, against facts known by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

import actviz.core as core
from actviz.core import ParamRange, parse_activation, with_param_ranges
from actviz.core.formula.estimate import estimate_properties, find_gaps
from actviz.core.sampling import sample_curve


def kinks(text: str, **params: float) -> list[tuple[float, str]]:
    f = parse_activation(text)
    if params:
        f = with_param_ranges(f, {n: ParamRange(v, -20.0, 20.0) for n, v in params.items()})
    return [(k.x, k.kind) for k in f.kinks(**params)]


@pytest.mark.parametrize("a", [1.7, -3.0, 0.0, 12.25])
def test_abs_kink_sits_exactly_at_its_argument_zero(a: float) -> None:
    assert kinks("abs(x - a) + x", a=a) == [(a, "kink")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("heaviside(x - 2)", [(2.0, "jump")]),
        ("sign(x) * 3", [(0.0, "jump")]),
        ("where(x > 0, x, x)", []),  # switches, but f and f′ are the same on both sides
        ("where(x >= 1, 2 * x, x + 1)", [(1.0, "kink")]),
        ("where(x < 1, 0, 1 + x)", [(1.0, "jump")]),
        ("max(x, x^2)", [(0.0, "kink"), (1.0, "kink")]),
        ("relu(x^2 - 4)", [(-2.0, "kink"), (2.0, "kink")]),
        ("min(x, 1) + max(x, -1)", [(-1.0, "kink"), (1.0, "kink")]),
        ("1 / (x - 3)", [(3.0, "jump")]),
        ("sin(x) / x", [(0.0, "jump")]),  # a hole: undefined at 0 only
        ("x * abs(x)", []),  # f′ = 2|x| is continuous: no corner
        ("x^2 + 1", []),
    ],
)
def test_kinds_of_break(text: str, expected: list[tuple[float, str]]) -> None:
    assert kinks(text) == expected


def test_kinks_of_a_transcendental_switch_are_refined_to_float_precision() -> None:
    found = parse_activation("abs(sin(x))").kinks()
    xs = np.array([k.x for k in found])
    for n in range(-5, 6):
        nearest = xs[np.argmin(np.abs(xs - n * math.pi))]
        assert abs(nearest - n * math.pi) <= 4 * np.spacing(max(1.0, abs(n * math.pi)))
    assert all(k.kind == "kink" for k in found)


def test_kinks_follow_the_params() -> None:
    f = with_param_ranges(parse_activation("max(x, a)"), {"a": ParamRange(0.0, -5.0, 5.0)})
    assert [k.x for k in f.kinks()] == [0.0]
    assert [k.x for k in f.kinks(a=2.5)] == [2.5]


def test_jump_is_drawn_as_a_break_and_a_pole_without_a_vertical_line() -> None:
    f = parse_activation("1 / x")
    samples = sample_curve(f, {}, -2.0, 2.0, 400)
    assert np.isnan(samples.f_y[samples.f_x == 0.0]).all()
    y = samples.f_y
    joined = np.isfinite(y[:-1]) & np.isfinite(y[1:])
    assert not np.any(joined & (y[:-1] < -10) & (y[1:] > 10))  # no vertical line through the pole
    assert np.nanmin(y) < -1e10 and np.nanmax(y) > 1e10  # each side runs far towards its limit
    assert np.all(np.isfinite(samples.f_ends.closed_y)) and np.all(
        np.isfinite(samples.f_ends.open_y)
    )


@pytest.mark.parametrize(
    ("text", "function", "where", "cause"),
    [
        ("log(x)", "f", "x ≤ 0", "undefined or too large"),  # log 0 = −inf, log of x < 0: NaN
        ("sqrt(x)", "f", "x < 0", "undefined"),
        ("sqrt(x)", "f′", "x ≤ 0", "undefined or too large"),
        ("1 / x", "f", "x = 0", "infinite or too large"),
        ("log(1 - x^2)", "f", "x ≤ −1", "undefined or too large"),
        ("x^40", "f", "x ≥ 5.086e+07", "infinite or too large"),
        ("exp(x)", "f", "x ≥ 709.8", "infinite or too large"),
    ],
)
def test_gaps_say_where(text: str, function: str, where: str, cause: str) -> None:
    gaps = [g for g in find_gaps(parse_activation(text)) if g.function == function]
    assert any(g.where() == where and g.cause == cause for g in gaps), [g.text() for g in gaps]


def test_gap_boundaries_are_exact() -> None:
    gap = next(g for g in find_gaps(parse_activation("log(x - 2)")) if g.function == "f")
    assert gap.last == 2.0 and gap.after == np.nextafter(2.0, 3.0)
    assert find_gaps(parse_activation("x * sigmoid(x)")) == ()


def test_derivative_has_a_gap_where_f_has_one() -> None:
    f = parse_activation("log(x)")  # f′ = 1/x would be defined for x < 0, but f is not
    assert np.isnan(f.derivative(-1.0)) and f.derivative(2.0) == 0.5


# The catalogue states its properties for every parameter value; estimating them at the default
# params must agree, except where the statement covers other params (ELU has a corner unless
# α = 1, threshold is not monotonic for every value) or a numerical device of torch's (softplus
# switches to x at βx > 20 with a step of 2e-9 down, so it is not strictly monotonic).
EXPECTED_DIFFERENCES = {("elu", "smooth"), ("threshold", "monotonic"), ("softplus", "monotonic")}


@pytest.mark.parametrize("key", core.names())
def test_estimates_agree_with_what_the_catalogue_states(key: str) -> None:
    activation = core.get(key)
    estimate = estimate_properties(activation)
    assert estimate.estimated and not activation.properties.estimated
    for name in ("bounded", "monotonic", "smooth", "zero_centred", "saturating"):
        if (key, name) not in EXPECTED_DIFFERENCES:
            assert getattr(estimate, name) == getattr(activation.properties, name), name
    stated = activation.properties
    if stated.bounded:
        # The grid steps 0.025 near 0 (a maximum can fall between samples) and stops at 1e6.
        assert estimate.lower == pytest.approx(stated.lower, abs=1e-4)
        assert estimate.upper == pytest.approx(stated.upper, abs=1e-4)


def test_typed_properties_follow_the_params() -> None:
    f = with_param_ranges(
        parse_activation("where(x > 0, x, a * x)"), {"a": ParamRange(0.0, -1.0, 1.0)}
    )
    assert f.properties.lower == 0.0 and not f.properties.zero_centred
    assert estimate_properties(f, {"a": 1.0}).zero_centred  # the identity
    assert not estimate_properties(f, {"a": -1.0}).monotonic  # |x|
