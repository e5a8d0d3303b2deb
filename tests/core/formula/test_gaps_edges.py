"""Gaps of typed formulas at the edges: the words for where, at the scan's two ends, with params.

References: where each formula is undefined, worked out by hand (sqrt of a negative number, log
of a non-positive one); the rules in ``Gap.where`` (a single point reads "x = a", a pole within
±1e-100 of 0 reads "x = 0", a gap no wider than 1e-12·max(1, |first|) reads "x ≈ a", otherwise
an interval whose ends show the shorter of the two numbers at four significant digits, "≤" for
the number inside the gap and "<" for the one outside); numbers shown in the installed language's
decimal sign (a comma here, as in German). Some records are made by hand to sit exactly on a rule's
boundary.
"""

from __future__ import annotations

import math
import sys

import numpy as np
import pytest

import actviz.core as core
from actviz.core import ParamRange, parse_activation, with_param_ranges
from actviz.core.formula.estimate import EITHER, OVERFLOW, UNDEFINED, Gap, find_gaps
from actviz.core.formula.scan import scan_grid

INF = math.inf


@pytest.fixture
def decimal_comma(monkeypatch: pytest.MonkeyPatch) -> None:
    from actviz.core import i18n

    monkeypatch.setattr(i18n, "_decimal_point", ",")


def record(before: float, first: float, last: float, after: float) -> Gap:
    return Gap("f", before, first, last, after, UNDEFINED)


def up(x: float) -> float:
    return float(np.nextafter(x, INF))


def down(x: float) -> float:
    return float(np.nextafter(x, -INF))


@pytest.mark.usefixtures("decimal_comma")
@pytest.mark.parametrize(
    ("gap", "words"),
    [
        (record(-INF, -1e9, 1e9, INF), "every x"),
        (record(down(0.5), 0.5, 0.5, up(0.5)), "x = 0,5"),
        # a pole at 0: within ±1e-100 it reads as the point 0, with 0 at either end
        (record(-5e-324, 0.0, 1e-200, up(1e-200)), "x = 0"),
        (record(down(-1e-200), -1e-200, 0.0, 5e-324), "x = 0"),
        # 1e-100 itself is not below 1e-100: a narrow gap, not the point 0
        (record(down(-1e-100), -1e-100, 1e-100, up(1e-100)), "x ≈ −1e−100"),
        (record(down(-0.5), -0.5, 0.5, up(0.5)), "−0,5 ≤ x ≤ 0,5"),
        # no wider than 1e-12 * max(1, |first|): a point, roughly
        (record(-5e-324, 0.0, 1e-12, up(1e-12)), "x ≈ 0"),
        (record(down(0.5), 0.5, 0.5 + 1e-13, up(0.5 + 1e-13)), "x ≈ 0,5"),
        (record(down(1e6), 1e6, 1e6 + 1e-7, up(1e6 + 1e-7)), "x ≈ 1e+06"),
        # the outside number is the shorter one: an open end
        (record(0.5, 0.5001, 2.0, up(2.0)), "0,5 < x ≤ 2"),
        (record(down(-2.5), -2.5, 2.999, 3.0), "−2,5 ≤ x < 3"),
        (record(1.5, 1.501, 4.0, INF), "x > 1,5"),
        (record(-INF, -1e9, 2.25, up(2.25)), "x ≤ 2,25"),
    ],
)
def test_where_follows_the_rules(gap: Gap, words: str) -> None:
    assert gap.where() == words


def test_a_gap_just_wider_than_the_point_tolerance_is_an_interval() -> None:
    gap = record(down(0.5), 0.5, 0.5 + 1.5e-12, up(0.5 + 1.5e-12))  # 1e-12 < width <= 2e-12
    assert 1e-12 < gap.last - gap.first <= 2e-12
    assert gap.where().startswith("0.5 ≤ x ≤")


def gaps_of(text: str, function: str = "f", **params: float) -> list[tuple[str, str]]:
    f = parse_activation(text)
    if params:
        # the default of each param is 0, so a gap found at the given value is found with it
        f = with_param_ranges(f, {n: ParamRange(0.0, -5.0, 5.0) for n in params})
        return [(g.where(), g.cause) for g in find_gaps(f, params) if g.function == function]
    return [(g.where(), g.cause) for g in find_gaps(f) if g.function == function]


@pytest.mark.usefixtures("decimal_comma")
@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("log(-1 - x^2)", "every x"),
        ("sqrt(x * (x + 1))", "−1 ≤ x < 0"),  # x(x + 1) < 0 on (−1, 0); −1 is the shorter text
        ("sqrt(x * (x - 1))", "0 < x ≤ 1"),
        ("sqrt(-x)", "x > 0"),
        ("0.5 / (x - 0.5)", "x = 0,5"),
        ("sqrt(x - 0.25)", "x ≤ 0,25"),
    ],
)
def test_gaps_of_formulas_in_words(text: str, where: str) -> None:
    assert [w for w, _cause in gaps_of(text)] == [where]


LOG_MAX = math.log(sys.float_info.max)  # exp(t) overflows for t > LOG_MAX (about 709.78)
EDGE = LOG_MAX / 7.1e-7  # about 9.997e8: between the scan's last two points, 9.762e8 and 1e9
BUMP = 1e7 * math.sqrt(710.0 - LOG_MAX)  # exp(710 − (u/1e7)²) overflows for |u| < BUMP


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        # overflows only at the scan's first point, or only at its last
        ("exp(-7.1e-7 * x)", -INF, -EDGE),
        ("exp(7.1e-7 * x)", EDGE, INF),
        # overflows around ∓9.76e8: from the scan's second point on, or up to its last but one
        ("exp(710 - ((x + 9.76e8) / 1e7)^2)", -9.76e8 - BUMP, -9.76e8 + BUMP),
        ("exp(710 - ((x - 9.76e8) / 1e7)^2)", 9.76e8 - BUMP, 9.76e8 + BUMP),
    ],
)
def test_gaps_at_the_ends_of_the_scan(text: str, before: float, after: float) -> None:
    grid = scan_grid()
    assert grid[0] < -EDGE < grid[1] and grid[-2] < EDGE < grid[-1]
    assert -9.76e8 - BUMP < grid[1] < -9.76e8 + BUMP and grid[0] < -9.76e8 - BUMP < grid[2]
    (gap,) = [g for g in find_gaps(parse_activation(text)) if g.function == "f"]
    assert gap.cause == OVERFLOW
    assert gap.before == pytest.approx(before, rel=1e-12)
    assert gap.after == pytest.approx(after, rel=1e-12)
    # a gap that runs off the scan starts (ends) at its end point, else beside its boundary
    assert gap.first == (grid[0] if before == -INF else up(gap.before))
    assert gap.last == (grid[-1] if after == INF else down(gap.after))


def test_gaps_follow_the_params_and_their_cause_is_worked_out_with_them() -> None:
    assert gaps_of("log(x - a)", a=2.5) == [("x ≤ 2.5", EITHER)]  # log 0 = −inf, log(< 0): NaN
    # sqrt(a − x) is undefined for x > a; the float just above −1.5 also reads −1.5 (a tie: "≥")
    assert gaps_of("sqrt(a - x)", a=-1.5) == [("x ≥ −1.5", UNDEFINED)]
    assert gaps_of("sqrt(a - x)", "f′", a=-1.5) == [("x ≥ −1.5", EITHER)]  # 1/(2·sqrt(0)) = inf


def test_the_derivatives_gaps_have_their_own_cause() -> None:
    # f = x·sqrt(x), f′ = 1.5·sqrt(x): both undefined for x < 0 and finite at 0
    assert gaps_of("x * sqrt(x)", "f′") == [("x < 0", UNDEFINED)]


@pytest.mark.parametrize("key", core.names())
def test_catalogue_activations_are_defined_everywhere(key: str) -> None:
    assert find_gaps(core.get(key)) == ()
