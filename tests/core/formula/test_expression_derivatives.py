"""f′ of typed formulas against finite differences, and hypothesis over generated formulas.

The reference is numerical and independent of sympy: a central difference of f, extrapolated
(Richardson) from two step sizes, which is accurate to about 1e-10 where f is smooth. Where two
extrapolations disagree, f is not smooth enough there for the check and the point is skipped.
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actviz.core import Activation, ExpressionError, parse_activation


def richardson(f: Activation, x0: float, params: dict[str, float]) -> tuple[float, float] | None:
    """Two extrapolated central differences at x0 (steps h, h/2 and h/2, h/4); None if f is not
    finite on the stencil."""
    h = 1e-3 * max(1.0, abs(x0))
    steps = np.array([h, h / 2, h / 4])
    points = np.concatenate([x0 - steps, x0 + steps])
    values = f.forward(points, **params)
    if not np.all(np.isfinite(values)):
        return None
    d = (values[3:] - values[:3]) / (2 * steps)
    return (4 * d[1] - d[0]) / 3, (4 * d[2] - d[1]) / 3


def check_derivative(f: Activation, xs: np.ndarray, params: dict[str, float]) -> int:
    """Assert f′ matches the extrapolated differences where f is smooth; return the points used."""
    kinks = np.array([k.x for k in f.kinks(**params)])
    used = 0
    for x0 in xs:
        if kinks.size and np.min(np.abs(kinks - x0)) < 1e-2 * max(1.0, abs(x0)):
            continue
        estimates = richardson(f, float(x0), params)
        if estimates is None:
            continue
        first, second = estimates
        scale = max(1.0, abs(second))
        if abs(first - second) > 1e-7 * scale or scale > 1e6:
            continue  # not smooth (or too steep) here for differences to be a reference
        derivative = float(f.derivative(x0, **params))
        assert math.isfinite(derivative), (x0, second)
        assert abs(derivative - second) <= 1e-6 * scale, (x0, derivative, second)
        used += 1
    return used


FORMULAS = [
    ("x^3 - x", {}),
    ("sin(x) * exp(-x^2)", {}),
    ("log(1 + x^2)", {}),
    ("x * atan(x)", {}),
    ("sqrt(x^2 + a)", {"a": 2.0}),
    ("x^x", {}),
    ("asinh(x) * cosh(x / 3)", {}),
    ("tan(x / 2)", {}),
    ("expm1(x) / (1 + x^2)", {}),
    ("log1p(x^2) - x", {}),
    ("sigmoid(a * x) * x^2", {"a": -1.5}),
    ("where(x > a, x^2, -x)", {"a": 0.5}),
    ("max(sin(x), cos(x))", {}),
    ("heaviside(x - 1) * x^2", {}),
    ("x / (1 + x^2)", {}),
    ("erf(x) * x", {}),
    ("x^(1/3)", {}),
    ("(x^2 + 1)^(-3/2)", {}),
    ("exp(sin(x))", {}),
    ("sign(x) * x^2 + relu(x - b)", {"b": 0.3}),
    ("softplus(beta * x) - beta * x / 2", {"beta": 3.0}),
    ("min(x, gamma) * abs(x)", {"gamma": 2.0}),
    (
        "(x + E) ^ 2 / (1 + I^2 + N * S * O * Q)",
        {"E": 2.0, "I": 0.5, "N": 1.5, "S": 2.0, "O": 0.5, "Q": 3.0},
    ),
]


@pytest.mark.parametrize(("text", "params"), FORMULAS, ids=[t for t, _ in FORMULAS])
def test_derivative_agrees_with_finite_differences(text: str, params: dict[str, float]) -> None:
    f = parse_activation(text)
    xs = np.linspace(-7.3, 7.7, 61)
    assert check_derivative(f, xs, params) >= 20


# --- hypothesis over generated formulas --------------------------------------------------------

ONE_ARGUMENT = [
    "exp", "log", "log1p", "expm1", "sqrt", "abs", "sign", "sin", "cos", "tan", "sinh", "cosh",
    "tanh", "asinh", "arctan", "erf", "sigmoid", "softplus", "relu", "heaviside",
]  # fmt: skip
LEAVES = st.sampled_from(
    ["x", "x", "x", "x", "x", "a", "b", "1", "2", "0.5", "3", "pi", "e", "0.01"]
)


def _extend(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    call = st.builds(lambda f, c: f"{f}({c})", st.sampled_from(ONE_ARGUMENT), children)
    binary = st.builds(
        lambda a, op, b: f"({a} {op} {b})", children, st.sampled_from("+-*/^"), children
    )
    power = st.builds(lambda c, n: f"({c})^{n}", children, st.integers(-3, 4))
    minus = children.map(lambda c: f"-({c})")
    extreme = st.builds(
        lambda f, a, b: f"{f}({a}, {b})", st.sampled_from(["max", "min"]), children, children
    )
    where = st.builds(
        lambda a, op, b, t, o: f"where({a} {op} {b}, {t}, {o})",
        children, st.sampled_from(["<", "<=", ">", ">="]), children, children, children,
    )  # fmt: skip
    return st.one_of(call, binary, power, minus, extreme, where)


FORMULA_TEXT = st.recursive(LEAVES, _extend, max_leaves=7)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=FORMULA_TEXT,
    a=st.floats(-10, 10, allow_nan=False),
    b=st.floats(-10, 10, allow_nan=False),
    probes=st.lists(st.floats(-50, 50, allow_nan=False), min_size=1, max_size=5),
)
def test_generated_formulas(text: str, a: float, b: float, probes: list[float]) -> None:
    """Any formula the grammar makes is either refused with ExpressionError or gives an activation
    that evaluates everywhere without a warning and whose f′ matches differences of f."""
    try:
        f = parse_activation(text)
    except ExpressionError:
        return
    params = {name: value for name, value in (("a", a), ("b", b)) if name in f.defaults()}
    xs = np.concatenate([np.linspace(-8.3, 8.7, 35), probes, [0.0, 1e-300, -1e300, 1e300]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for function in (f.forward, f.derivative):
            values = function(xs, **params)
            assert values.shape == xs.shape and values.dtype == np.float64
            assert not np.isinf(values).any()  # finite x: a value or NaN (a gap), never ±inf
        f.kinks(**params)
        check_derivative(f, np.linspace(-4.1, 4.3, 9), params)
        assert np.isnan(f.forward(np.nan, **params))
