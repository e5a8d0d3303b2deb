"""simulate()'s documented contract: the seeding recipe of its docstring (recomputed here by hand
with numpy for a one-layer net), its signature defaults, its error messages, where a blow-up is
reported (1-based layer, kind) and what the untouched layers hold (NaN)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from actviz import core
from actviz.core import parse_activation
from actviz.core.deepnet import simulate
from actviz.core.deepnet.toy_data import random_layers
from actviz.core.deepnet.weight_init import draw_weights, weight_std


def test_one_layer_follows_the_documented_seeding_with_the_given_params() -> None:
    slope = 0.005  # below the 0.01 saturation threshold, unlike the default 0.01
    result = simulate(1, 3, "leaky_relu", {"negative_slope": slope}, batch=4, seed=7)
    children = np.random.SeedSequence(7).spawn(3)
    x = np.random.default_rng(children[0]).standard_normal((4, 3))
    upstream = np.random.default_rng(children[1]).standard_normal((4, 3))
    w = draw_weights(np.random.default_rng(children[2]), "he_normal", 3, 3)
    z = x @ w.T
    h = np.where(z > 0.0, z, slope * z)
    d = np.where(z > 0.0, 1.0, slope)
    assert result.params == {"negative_slope": slope}
    assert result.act_mean[0] == pytest.approx(np.mean(h), rel=1e-12)
    assert result.saturated_fraction[0] == pytest.approx(np.mean(z < 0.0), abs=0.0)
    grad = (upstream * d) @ w
    assert result.grad_norm[0] == pytest.approx(math.sqrt(np.sum(grad**2)), rel=1e-12)
    assert result.blow_up_kind == "" and result.blow_up_layer == 0 and result.blow_up == ""


def test_the_signature_defaults() -> None:
    result = simulate(2, 4, "tanh")
    assert result.batch == 256 and result.seed == 0 and result.act_hist.shape == (2, 40)
    explicit = simulate(2, 4, "tanh", batch=256, seed=0, bins=40)
    np.testing.assert_array_equal(result.grad_norm, explicit.grad_norm)
    first, _ = random_layers(2)
    again, _ = random_layers(2, seed=0)
    np.testing.assert_array_equal(first[1], again[1])


@pytest.mark.parametrize(
    ("kwargs", "pattern"),
    [
        ({"depth": 0}, r"from 1 to 100, got 0$"),
        ({"depth": 101}, r"from 1 to 100, got 101$"),
        ({"width": 1.5}, r"whole number from 2 to 1024, got 1\.5$"),
        ({"seed": -1}, r"got -1$"),
        ({"seed": 1.5}, r"got 1\.5$"),
        ({"seed": True}, r"got True$"),
        ({"init": "bogus"}, r"'bogus'"),
        ({"init": "normal"}, r"needs sigma"),
        # a given sigma is checked whatever the init
        ({"init": "he_normal", "sigma": -1.0}, r"sigma"),
    ],
)
def test_refusals_name_the_bad_value(kwargs: dict[str, object], pattern: str) -> None:
    args: dict[str, object] = {"depth": 2, "width": 4, "key": "tanh", **kwargs}
    with pytest.raises(ValueError, match=pattern):
        simulate(**args)  # type: ignore[arg-type]


def test_weight_std_names_an_unknown_scheme() -> None:
    with pytest.raises(ValueError, match="'bogus'"):
        weight_std("bogus", 2, 2)


def test_a_gradient_blow_up_names_its_layer_and_leaves_nan() -> None:
    # sin keeps |h| <= 1, so with sigma 1e80 and width 4 the signal stays near 1e80 while the
    # gradient gains about 1e80 per layer going back: 1 at layer 3, ~1e80 at 2, ~1e160 at 1.
    # In 1-based layers the gradient for layer index 1 (the second layer) is the first above 1e150.
    result = simulate(3, 4, "sinusoid", init="normal", sigma=1e80, batch=2, seed=0)
    assert result.blow_up_kind == "gradient" and result.blow_up_layer == 2
    assert "layer 2" in result.blow_up
    assert np.all(np.isfinite(result.act_mean))
    assert np.isfinite(result.grad_norm[2]) and np.all(np.isnan(result.grad_norm[:2]))
    assert result.grad_hist.dtype == np.float64 and np.all(np.isnan(result.grad_hist[:2]))


def test_an_undefined_value_names_its_layer() -> None:
    # Layer 1: z ~ N(0, 0.1^2 * 2), far from the gap at -3; layer 2 sums h ~ 110 times weights
    # with std 0.1: z with std ~ 15, so some z < -3, where log(x + 3) is undefined.
    log = parse_activation("100 * log(x + 3)", key="custom:labs-log", name="Log")
    core.register_custom(log)
    try:
        result = simulate(2, 2, "custom:labs-log", init="normal", sigma=0.1, batch=64, seed=0)
    finally:
        core.unregister_custom("custom:labs-log")
    assert result.blow_up_kind == "undefined" and result.blow_up_layer == 2
    assert np.isfinite(result.act_mean[0]) and np.isnan(result.act_mean[1])
    assert np.all(np.isnan(result.grad_hist)) and result.grad_hist.dtype == np.float64


def test_an_undefined_derivative_alone_stops_the_run() -> None:
    # sqrt(relu(x - 100)) is 0 for every z < 100 but its derivative there is 0 * inf: undefined.
    # f stays finite, so only f' tells the simulation that layer 1 has a gap.
    root = parse_activation("sqrt(relu(x - 100))", key="custom:labs-root", name="Root")
    core.register_custom(root)
    try:
        result = simulate(2, 4, "custom:labs-root", batch=8, seed=0)
    finally:
        core.unregister_custom("custom:labs-root")
    assert result.blow_up_kind == "undefined" and result.blow_up_layer == 1
    assert np.all(np.isnan(result.act_mean))
