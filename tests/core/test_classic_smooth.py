"""Classic and smooth/gated activations against closed forms, identities and float64 extremes.

The references are independent of the code under test: Python's ``math`` module evaluated at
chosen points where its formula is itself accurate, exact identities of the functions (sigmoid's
symmetry, GELU's x·Φ(x) − (−x)·Φ(−x) = x, squareplus's f(x)·f(−x) = b/4, ...), and limits known
by hand. Catalogue-wide checks (finite differences, NaN, shapes, param errors) live in
test_catalogue.py; these are the checks specific to each function.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest
from catalogue_cases import params_strategy
from hypothesis import given, settings
from hypothesis import strategies as st

import actviz.core as core

MODERATE = [-30.0, -12.0, -5.5, -2.0, -1.0, -0.3, -1e-8, 0.0, 1e-8, 0.3, 1.0, 2.0, 5.5, 12.0, 30.0]
KEYS_HERE = [
    "identity", "binary_step", "sigmoid", "tanh", "logsigmoid", "softsign", "arctan", "gaussian",
    "sinusoid", "gelu", "silu", "swish", "mish", "softplus", "squareplus",
]  # fmt: skip
HYPOTHESIS = settings(max_examples=150, deadline=None)
FINITE = st.floats(min_value=-1e308, max_value=1e308, allow_nan=False)
MODEST = st.floats(min_value=-700.0, max_value=700.0, allow_nan=False)


def f(key: str, x: Any, **params: Any) -> Any:
    return core.get(key).forward(x, **params)


def df(key: str, x: Any, **params: Any) -> Any:
    return core.get(key).derivative(x, **params)


def close(a: float, b: float, rel: float = 1e-13, abs_: float = 0.0) -> bool:
    return abs(a - b) <= rel * abs(b) + abs_


def _phi(x: float) -> float:
    """Standard normal CDF with full relative precision on both sides (erfc, not 1 + erf)."""
    return 0.5 * math.erfc(-x / math.sqrt(2.0))


def _sig(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x >= 0 else math.exp(x) / (1.0 + math.exp(x))


# --- closed forms at chosen points ----------------------------------------------------------------


def test_sigmoid_closed_forms() -> None:
    assert f("sigmoid", 0.0) == 0.5
    assert df("sigmoid", 0.0) == 0.25  # its largest slope: why deep sigmoid stacks vanish
    for x in MODERATE:
        assert close(f("sigmoid", x), _sig(x)), x
        assert close(df("sigmoid", x), _sig(x) * _sig(-x)), x
    # Far left, sigmoid ~ e^x keeps its relative precision; the slope is not rounded to 0.
    assert close(f("sigmoid", -700.0), math.exp(-700.0), rel=1e-12)
    assert close(df("sigmoid", 40.0), math.exp(-40.0), rel=1e-12)


def test_tanh_derivative_is_one_minus_tanh_squared() -> None:
    for x in MODERATE[4:-4]:  # |x| <= 2: 1 - tanh² has no cancellation here
        assert close(df("tanh", x), 1.0 - math.tanh(x) ** 2, rel=1e-13), x
    assert df("tanh", 0.0) == 1.0
    # For large |x|, sech² x = 4e^(−2|x|)/(1 + e^(−2|x|))², which 1 − tanh² would round to 0.
    for x in (20.0, -20.0, 300.0):
        assert close(df("tanh", x), 4.0 * math.exp(-2.0 * abs(x)), rel=1e-12), x


def test_logsigmoid_closed_forms() -> None:
    assert f("logsigmoid", -1000.0) == -1000.0
    assert f("logsigmoid", 0.0) == -math.log(2.0)
    for x in MODERATE:
        assert close(f("logsigmoid", x), -math.log1p(math.exp(-x)), rel=1e-13), x
        assert close(df("logsigmoid", x), _sig(-x)), x
    assert close(f("logsigmoid", 40.0), -math.exp(-40.0), rel=1e-12)  # not rounded to 0


def test_softsign_arctan_gaussian_sinusoid_closed_forms() -> None:
    for x in MODERATE:
        assert close(f("softsign", x), x / (1.0 + abs(x))), x
        assert close(df("softsign", x), 1.0 / (1.0 + abs(x)) ** 2), x
        assert close(f("arctan", x), math.atan(x)), x
        assert close(df("arctan", x), 1.0 / (1.0 + x * x)), x
        assert close(f("gaussian", x), math.exp(-x * x), abs_=1e-300), x
        assert close(df("gaussian", x), -2.0 * x * math.exp(-x * x), abs_=1e-300), x
        assert close(f("sinusoid", x), math.sin(x), abs_=1e-16), x
        assert close(df("sinusoid", x), math.cos(x), abs_=1e-16), x
    assert close(df("arctan", 1e100), 1e-200, rel=1e-13)  # no x² overflow on the way
    assert df("arctan", 1e200) == 0.0
    assert f("gaussian", 0.0) == 1.0 and df("gaussian", 0.0) == 0.0


def test_identity_and_binary_step() -> None:
    x = np.array([-2.0, -0.0, 0.0, 3.5])
    y = f("identity", x)
    np.testing.assert_array_equal(y, x)
    y[0] = 99.0  # a copy: writing into the result leaves the input alone
    assert x[0] == -2.0
    np.testing.assert_array_equal(df("identity", x), 1.0)
    # Heaviside with f(0) = 1, including −0 (−0 >= 0); the derivative is 0 everywhere.
    np.testing.assert_array_equal(
        f("binary_step", [-1e-300, -0.0, 0.0, 5e-324, 7.0]), [0, 1, 1, 1, 1]
    )
    np.testing.assert_array_equal(df("binary_step", [-1.0, 0.0, 1.0]), 0.0)
    assert core.get("binary_step").kinks() == (core.Kink(0.0, "jump"),)


def test_gelu_is_x_times_normal_cdf() -> None:
    k = math.sqrt(2.0 / math.pi)
    for x in MODERATE:
        phi = _phi(x)
        pdf = math.exp(-0.5 * x * x) / math.sqrt(2.0 * math.pi)
        assert close(f("gelu", x), x * phi, rel=1e-12, abs_=1e-300), x
        assert close(df("gelu", x), phi + x * pdf, rel=1e-12, abs_=1e-300), x
        if x >= -3.0:  # the tanh form, where 1 + tanh(u) does not cancel in the reference
            u = k * (x + 0.044715 * x**3)
            t = math.tanh(u)
            expected = 0.5 * x * (1.0 + t)
            slope = 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t * t) * k * (1.0 + 3 * 0.044715 * x * x)
            assert close(f("gelu", x, approximate="tanh"), expected, rel=1e-12), x
            assert close(df("gelu", x, approximate="tanh"), slope, rel=1e-12, abs_=1e-15), x
    # The two forms agree to about 5e-4, no more: the approximation is visible on the plot.
    grid = np.linspace(-6.0, 6.0, 2001)
    gap = np.abs(f("gelu", grid) - f("gelu", grid, approximate="tanh")).max()
    assert 1e-5 < gap < 5e-4


def test_silu_swish_mish_closed_forms() -> None:
    for x in MODERATE:
        s = _sig(x)
        assert close(f("silu", x), x * s, abs_=1e-300), x
        assert close(df("silu", x), s * (1.0 + x * (1.0 - s)), rel=1e-12, abs_=1e-300), x
        for beta in (0.1, 0.5, 2.0, 10.0):
            sb = _sig(beta * x)
            assert close(f("swish", x, beta=beta), x * sb, abs_=1e-300), (x, beta)
            expected = sb * (1.0 + beta * x * (1.0 - sb))
            assert close(df("swish", x, beta=beta), expected, rel=1e-12, abs_=1e-300), (x, beta)
        t = math.tanh(math.log1p(math.exp(x)))
        assert close(f("mish", x), x * t, rel=1e-13), x
        assert close(df("mish", x), t + x * s * (1.0 - t * t), rel=1e-12, abs_=1e-15), x
    assert f("swish", 1.7) == f("silu", 1.7)  # β = 1 is SiLU
    assert close(df("mish", 0.0), math.tanh(math.log(2.0)), rel=1e-15)


def test_softplus_matches_torch_rule() -> None:
    for x in [-30.0, -5.0, -1.0, 0.0, 0.5, 3.0, 15.0, 19.99]:
        assert close(f("softplus", x), math.log1p(math.exp(x)), rel=1e-14), x
        assert close(df("softplus", x), _sig(x)), x
    # Above βx = threshold the value is x itself and the slope exactly 1, as in torch.
    for x in (20.000001, 25.0, 1e5, 1e308):
        assert f("softplus", x) == x and df("softplus", x) == 1.0
    assert f("softplus", 20.0) == math.log1p(math.exp(20.0))  # 20 itself is below the switch
    # β and threshold: log(1 + e^(βx))/β below threshold/β, x above.
    assert close(f("softplus", 4.9, beta=2.0, threshold=10.0), math.log1p(math.exp(9.8)) / 2.0)
    assert f("softplus", 5.1, beta=2.0, threshold=10.0) == 5.1
    assert f("softplus", -1000.0) == 0.0 and df("softplus", -1000.0) == 0.0


@pytest.mark.parametrize(
    ("beta", "threshold"),
    # The last three sit near the 1e-5 · max(1, |x|) line: drops of 1.4e-5 at x = 1 and 1.9e-5
    # at x = 1.38 are shown as jumps, 7.9e-6 at x = 1 as a kink.
    [(1.0, 20.0), (2.0, 10.0), (0.1, 1.0), (10.0, 50.0), (9.0, 9.0), (6.5, 9.0), (9.5, 9.5)],
)
def test_softplus_switch_is_listed_with_its_real_size(beta: float, threshold: float) -> None:
    (kink,) = core.get("softplus").kinks(beta=beta, threshold=threshold)
    assert kink.x == threshold / beta
    below = f("softplus", np.nextafter(kink.x, -np.inf), beta=beta, threshold=threshold)
    above = f("softplus", np.nextafter(kink.x, np.inf), beta=beta, threshold=threshold)
    drop = math.log1p(math.exp(-threshold)) / beta
    assert close(below - above, drop, rel=1e-6, abs_=1e-12)
    assert kink.kind == ("jump" if drop > 1e-5 * max(1.0, kink.x) else "kink")


def test_squareplus_closed_forms() -> None:
    for b in (0.01, 1.0, 4.0, 20.0):
        assert close(f("squareplus", 0.0, b=b), math.sqrt(b) / 2.0)
        assert df("squareplus", 0.0, b=b) == 0.5
        for x in (0.3, 1.0, 5.5, 30.0, 1e6):  # the textbook formula is exact for x >= 0
            r = math.sqrt(x * x + b)
            assert close(f("squareplus", x, b=b), (x + r) / 2.0), (x, b)
            assert close(df("squareplus", x, b=b), (1.0 + x / r) / 2.0), (x, b)
        # Far left it tends to b/(4|x|), where (x + √(x² + b))/2 would cancel to 0.
        assert close(f("squareplus", -1e10, b=b), b / 4e10, rel=1e-12)
        assert close(df("squareplus", -1e10, b=b), b / 4e20, rel=1e-12)
        assert close(f("squareplus", -1e200, b=b), b / 4e200, rel=1e-12)


# --- float64 extremes and infinities -------------------------------------------------------------

LIMITS = {  # key: (f(-inf), f(+inf), f'(-inf), f'(+inf)); NaN where there is no limit
    "identity": (-np.inf, np.inf, 1.0, 1.0),
    "binary_step": (0.0, 1.0, 0.0, 0.0),
    "sigmoid": (0.0, 1.0, 0.0, 0.0),
    "tanh": (-1.0, 1.0, 0.0, 0.0),
    "logsigmoid": (-np.inf, 0.0, 1.0, 0.0),
    "softsign": (-1.0, 1.0, 0.0, 0.0),
    "arctan": (-np.pi / 2, np.pi / 2, 0.0, 0.0),
    "gaussian": (0.0, 0.0, 0.0, 0.0),
    "sinusoid": (np.nan, np.nan, np.nan, np.nan),
    "gelu": (0.0, np.inf, 0.0, 1.0),
    "silu": (0.0, np.inf, 0.0, 1.0),
    "swish": (0.0, np.inf, 0.0, 1.0),
    "mish": (0.0, np.inf, 0.0, 1.0),
    "softplus": (0.0, np.inf, 0.0, 1.0),
    "squareplus": (0.0, np.inf, 0.0, 1.0),
}


def _edge_params(key: str) -> list[dict[str, Any]]:
    act = core.get(key)
    out: list[dict[str, Any]] = [{}]
    for p in act.params:
        values = p.choices if p.choices is not None else (p.minimum, p.maximum)
        out += [{p.name: v} for v in values]
    if key == "softplus":
        out += [{"beta": 10.0, "threshold": 1.0}, {"beta": 0.1, "threshold": 50.0}]
    return out


@pytest.mark.parametrize("key", KEYS_HERE)
def test_infinities_give_the_limits_and_extremes_are_finite(key: str) -> None:
    lo, hi, dlo, dhi = LIMITS[key]
    for params in _edge_params(key):
        got = f(key, np.array([-np.inf, np.inf]), **params)
        dgot = df(key, np.array([-np.inf, np.inf]), **params)
        np.testing.assert_array_equal(got, [lo, hi], err_msg=str(params))
        np.testing.assert_array_equal(dgot, [dlo, dhi], err_msg=str(params))
        extremes = np.array([-1.7976931348623157e308, -1e308, -1e300, 1e300, 1e308, 1.7e308])
        assert np.isfinite(f(key, extremes, **params)).all(), params  # warnings are errors
        assert np.isfinite(df(key, extremes, **params)).all(), params


def test_values_at_the_float64_extremes() -> None:
    big = 1e308
    for key in ("gelu", "silu", "mish", "softplus", "squareplus"):
        assert f(key, big) == big and df(key, big) == 1.0, key
        assert abs(f(key, -big)) < 1e-300 and abs(df(key, -big)) < 1e-300, key
    for beta in (0.1, 10.0):  # β·x would overflow at 1e308 when β > 1
        assert f("swish", big, beta=beta) == big and df("swish", big, beta=beta) == 1.0
        assert f("softplus", big, beta=beta) == big and df("softplus", big, beta=beta) == 1.0
    assert f("logsigmoid", -big) == -big and df("logsigmoid", -big) == 1.0
    assert f("sigmoid", big) == 1.0 and f("sigmoid", -big) == 0.0
    assert close(f("squareplus", -big), 1.0 / big, rel=1e-12)  # b/(4|x|) with b = 4


# --- identities that hold for every input (hypothesis) -------------------------------------------


@HYPOTHESIS
@given(x=FINITE)
def test_sigmoid_symmetry_and_tanh_identities(x: float) -> None:
    assert close(f("sigmoid", x) + f("sigmoid", -x), 1.0, rel=4.5e-16)
    assert df("sigmoid", x) == df("sigmoid", -x)
    assert close(df("sigmoid", x), f("sigmoid", x) * f("sigmoid", -x), rel=1e-14, abs_=1e-300)
    assert close(df("logsigmoid", x), f("sigmoid", -x), rel=1e-15)
    assert f("tanh", -x) == -f("tanh", x)
    assert close(df("tanh", x), 1.0 - f("tanh", x) ** 2, rel=0.0, abs_=4.5e-16)


@HYPOTHESIS
@given(x=MODEST)
def test_logsigmoid_difference_is_x(x: float) -> None:
    # log σ(x) − log σ(−x) = log(e^x) = x
    assert close(f("logsigmoid", x) - f("logsigmoid", -x), x, rel=1e-13, abs_=1e-15)


@HYPOTHESIS
@given(x=FINITE)
def test_softsign_arctan_gaussian_sinusoid_identities(x: float) -> None:
    s = f("softsign", x)
    assert -1.0 <= s <= 1.0 and f("softsign", -x) == -s
    # 1 − |s| carries the rounding of s (half an ulp of 1), hence the absolute allowance.
    allowance = 2.3e-16 * (1 - abs(s)) + 2.5e-32
    assert close(df("softsign", x), (1.0 - abs(s)) ** 2, rel=1e-14, abs_=allowance)
    if abs(x) <= 1e3:  # beyond, cos(arctan x) cancels in the reference itself
        assert close(df("arctan", x), math.cos(f("arctan", x)) ** 2, rel=1e-11)
    g = f("gaussian", x)
    assert f("gaussian", -x) == g and 0.0 <= g <= 1.0
    if abs(x) < 1e100:
        assert close(df("gaussian", x), -2.0 * x * g, rel=1e-14, abs_=1e-300)
    assert close(f("sinusoid", x) ** 2 + df("sinusoid", x) ** 2, 1.0, rel=1e-15)


@HYPOTHESIS
@given(x=FINITE, approximate=st.sampled_from(["none", "tanh"]))
def test_gelu_odd_part_is_x_over_two(x: float, approximate: str) -> None:
    # Φ(x) + Φ(−x) = 1 (and σ(2u) + σ(−2u) = 1 with u odd), so f(x) − f(−x) = x and
    # f′(x) + f′(−x) = 1, for the exact form and the tanh approximation alike.
    diff = f("gelu", x, approximate=approximate) - f("gelu", -x, approximate=approximate)
    assert close(diff, x, rel=1e-15, abs_=1e-300)
    slopes = df("gelu", x, approximate=approximate) + df("gelu", -x, approximate=approximate)
    assert close(slopes, 1.0, rel=1e-14)


@HYPOTHESIS
@given(x=FINITE, beta=st.floats(0.1, 10.0))
def test_swish_odd_part_and_scaling(x: float, beta: float) -> None:
    diff = f("swish", x, beta=beta) - f("swish", -x, beta=beta)
    assert close(diff, x, rel=1e-15, abs_=1e-300)
    assert close(df("swish", x, beta=beta) + df("swish", -x, beta=beta), 1.0, rel=1e-14)
    if abs(x) < 1e300:  # swish(x, β) = silu(βx)/β
        assert close(f("swish", x, beta=beta), f("silu", beta * x) / beta, rel=1e-14, abs_=1e-300)


@HYPOTHESIS
@given(x=FINITE)
def test_mish_gate_lies_in_zero_one(x: float) -> None:
    y = f("mish", x)
    if x > 0:
        assert 0.0 < y <= x
    elif x < 0:
        assert x <= y <= 0.0  # x <= y: at subnormal x, x·0.6 rounds back to x
    assert y >= core.get("mish").properties.lower


@HYPOTHESIS
@given(x=st.floats(-1e300, 1e300), data=st.data())
def test_softplus_identities_below_the_switch(x: float, data: st.DataObject) -> None:
    params = data.draw(params_strategy(core.get("softplus")))
    beta, threshold = params["beta"], params["threshold"]
    y = f("softplus", x, **params)
    assert y >= 0.0 and y >= x - 1e-15 * abs(x)
    if abs(beta * x) <= threshold:  # both x and −x on the smooth branch: sp(t) − sp(−t) = t
        # the difference of two values near ln(2)/β carries their rounding: 2 ulp of y
        assert close(y - f("softplus", -x, **params), x, rel=1e-13, abs_=4.5e-16 * max(1.0, y))
        slopes = df("softplus", x, **params) + df("softplus", -x, **params)
        assert close(slopes, 1.0, rel=1e-15)


@HYPOTHESIS
@given(x=FINITE, b=st.floats(0.01, 20.0))
def test_squareplus_product_and_slope_identities(x: float, b: float) -> None:
    # (x + r)(−x + r)/4 = (r² − x²)/4 = b/4, and f′(x) + f′(−x) = 1, with r = √(x² + b).
    y, y_mirror = f("squareplus", x, b=b), f("squareplus", -x, b=b)
    if 1e-140 < abs(x) < 1e140:  # the product stays a normal float
        assert close(y * y_mirror, b / 4.0, rel=1e-14)
    assert close(df("squareplus", x, b=b) + df("squareplus", -x, b=b), 1.0, rel=1e-15)
    assert y > 0.0 and y >= x


# --- the derivative on a large array is the same as element by element --------------------------


@pytest.mark.parametrize("key", KEYS_HERE)
def test_blocked_evaluation_matches_small_arrays(key: str) -> None:
    # Large arrays are evaluated in blocks (for speed); the result must not depend on it.
    x = np.linspace(-12.0, 12.0, 100_003).reshape(1, -1)
    for params in _edge_params(key):
        big_f, big_df = f(key, x, **params), df(key, x, **params)
        assert big_f.shape == x.shape
        sample = x[0, ::997]
        np.testing.assert_array_equal(big_f[0, ::997], f(key, sample, **params))
        np.testing.assert_array_equal(big_df[0, ::997], df(key, sample, **params))


@pytest.mark.parametrize("key", KEYS_HERE)
def test_inputs_are_left_untouched(key: str) -> None:
    # The functions work in place on their temporaries; never on the caller's array.
    for size in (7, 150_001):  # one block, and several
        x = np.linspace(-30.0, 30.0, size)
        x[::5] = [np.nan, np.inf, -np.inf, 1e308, -1e308] * (len(x[::5]) // 5) + [np.nan] * (
            len(x[::5]) % 5
        )
        before = x.copy()
        for params in _edge_params(key):
            f(key, x, **params)
            df(key, x, **params)
            np.testing.assert_array_equal(x, before, err_msg=f"{key} {params}")


@pytest.mark.parametrize("key", ["gelu", "silu", "mish"])
def test_declared_minimum_is_the_true_minimum(key: str) -> None:
    # Golden-section search on the math-module formula, independent of the array code.
    formula = {
        "gelu": lambda x: x * _phi(x),
        "silu": lambda x: x * _sig(x),
        "mish": lambda x: x * math.tanh(math.log1p(math.exp(x))),
    }[key]
    lo, hi = -3.0, 0.0
    ratio = (math.sqrt(5.0) - 1.0) / 2.0
    for _ in range(200):
        a, b = hi - ratio * (hi - lo), lo + ratio * (hi - lo)
        lo, hi = (lo, b) if formula(a) < formula(b) else (a, hi)
    assert close(core.get(key).properties.lower, formula((lo + hi) / 2.0), rel=1e-12)


@pytest.mark.parametrize("beta", [0.1, 0.5, 2.0, 10.0])
def test_swish_minimum_scales_as_one_over_beta(beta: float) -> None:
    x = np.linspace(-3.0 / beta, 0.0, 300_001)
    lowest = f("swish", x, beta=beta).min()
    assert close(lowest, core.get("silu").properties.lower / beta, rel=1e-9)
