"""Formulas that spell catalogue members agree with the catalogue's f and f′ to 1e-9 relative.

The catalogue's activations are tested against PyTorch's definitions and closed forms, so they
are an independent reference for what sympy derives and the numeric side evaluates: the same
function typed as text must give the same numbers on [−12, 12], away from kinks. Several spell
the textbook form that is unstable when evaluated as typed (log(1 + e^x), 1/(1 + e^−x),
x(1 + erf(x/√2))/2): those pass only because the parser rewrites them into stable forms.
"""

from __future__ import annotations

import numpy as np
import pytest

import actviz.core as core
from actviz.core import parse_activation

RTOL = 1e-9
X = np.concatenate([np.linspace(-12.0, 12.0, 4801), [-1e-7, 1e-7, -1e-3, 1e-3]])

# (formula, catalogue key, params for both: the formula names its parameters as the catalogue does)
CASES = [
    ("x", "identity", {}),
    ("1 / (1 + exp(-x))", "sigmoid", {}),
    ("sigmoid(x)", "sigmoid", {}),
    ("exp(x) / (1 + exp(x))", "sigmoid", {}),
    ("tanh(x)", "tanh", {}),
    ("-log(1 + exp(-x))", "logsigmoid", {}),
    ("x / (1 + abs(x))", "softsign", {}),
    ("atan(x)", "arctan", {}),
    ("arctan(x)", "arctan", {}),
    ("exp(-x^2)", "gaussian", {}),
    ("sin(x)", "sinusoid", {}),
    ("relu(x)", "relu", {}),
    ("max(0, x)", "relu", {}),
    ("min(max(x, 0), 6)", "relu6", {}),
    ("max(x, negative_slope * x)", "leaky_relu", {"negative_slope": 0.01}),
    ("where(x > 0, x, negative_slope * x)", "leaky_relu", {"negative_slope": 0.2}),
    ("where(x > 0, x, alpha * (exp(x) - 1))", "elu", {"alpha": 1.0}),
    ("where(x > 0, x, alpha * (exp(x) - 1))", "elu", {"alpha": 2.5}),
    (
        "1.0507009873554805 * where(x > 0, x, 1.6732632423543772 * (exp(x) - 1))",
        "selu",
        {},
    ),
    ("max(0, x) + min(0, alpha * (exp(x / alpha) - 1))", "celu", {"alpha": 0.5}),
    ("where(x > threshold, x, value)", "threshold", {"threshold": 1.0, "value": -2.0}),
    ("x * (1 + erf(x / sqrt(2))) / 2", "gelu", {}),
    (
        "0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))",
        "gelu",
        {"approximate": "tanh"},
    ),
    ("x * sigmoid(x)", "silu", {}),
    ("x / (1 + exp(-x))", "silu", {}),
    ("x * sigmoid(beta * x)", "swish", {"beta": 1.7}),
    ("x * tanh(log(1 + exp(x)))", "mish", {}),
    ("x * tanh(softplus(x))", "mish", {}),
    ("log(1 + exp(x))", "softplus", {"beta": 1.0}),
    ("softplus(beta * x) / beta", "softplus", {"beta": 2.0, "threshold": 20.0}),
    ("(x + sqrt(x^2 + b)) / 2", "squareplus", {"b": 4.0}),
    ("max(min_val, min(x, max_val))", "hardtanh", {"min_val": -2.0, "max_val": 1.5}),
    ("max(0, min(1, x / 6 + 1 / 2))", "hardsigmoid", {}),
    ("x * min(max(x + 3, 0), 6) / 6", "hardswish", {}),
    (
        "where(x > lambd, x - lambd, where(x < -lambd, x + lambd, 0))",
        "softshrink",
        {"lambd": 0.5},
    ),
    ("x * heaviside(abs(x) - lambd) ", "hardshrink", {"lambd": 0.7}),
    ("x - tanh(x)", "tanhshrink", {}),
    ("heaviside(x)", "binary_step", {}),
]


def _typed(text: str, params: dict[str, object]) -> tuple[core.Activation, dict[str, float]]:
    """The formula's activation, with ranges that admit the case's values of its parameters."""
    typed = parse_activation(text, key="custom:test")
    names = {p.name for p in typed.params}
    values = {k: float(v) for k, v in params.items() if k in names}  # type: ignore[arg-type]
    ranges = {n: core.ParamRange(v, min(v, -10.0), max(v, 10.0)) for n, v in values.items()}
    return core.with_param_ranges(typed, ranges), values


def _away_from_kinks(activation: core.Activation, params: dict[str, object]) -> np.ndarray:
    keep = np.ones(X.size, dtype=bool)
    for kink in activation.kinks(**params):
        keep &= np.abs(X - kink.x) > 1e-6 * max(1.0, abs(kink.x))
    return keep


@pytest.mark.parametrize(("text", "key", "params"), CASES, ids=[f"{k}: {t}" for t, k, _ in CASES])
def test_formula_agrees_with_the_catalogue(text: str, key: str, params: dict[str, object]) -> None:
    typed, typed_params = _typed(text, params)
    reference, catalogue_params = core.get(key), params
    keep = _away_from_kinks(reference, catalogue_params)
    if key == "softplus":  # torch returns x itself (f′ = 1) where βx > 20: compare below that
        keep &= X * catalogue_params["beta"] <= 20.0  # type: ignore[operator]
    if text.startswith("x - tanh"):  # x − tanh x cancels for tiny x as typed: no rewrite helps
        keep &= np.abs(X) >= 1e-3
    for function in ("forward", "derivative"):
        ours = getattr(typed, function)(X, **typed_params)[keep]
        theirs = getattr(reference, function)(X, **catalogue_params)[keep]
        np.testing.assert_allclose(ours, theirs, rtol=RTOL, atol=0, err_msg=f"{function} of {text}")


@pytest.mark.parametrize(("text", "key", "params"), CASES, ids=[f"{k}: {t}" for t, k, _ in CASES])
def test_formula_finds_the_catalogue_kinks(text: str, key: str, params: dict[str, object]) -> None:
    typed, typed_params = _typed(text, params)
    reference, catalogue_params = core.get(key), params
    expected = [
        (k.x, k.kind)
        for k in reference.kinks(**catalogue_params)
        if key != "softplus"  # torch's threshold switch at 20 is a numerical device, not f's
    ]
    found = [(k.x, k.kind) for k in typed.kinks(**typed_params)]
    assert [kind for _x, kind in found] == [kind for _x, kind in expected]
    assert [x for x, _kind in found] == pytest.approx([x for x, _kind in expected], rel=1e-12)
