"""loss_and_grads returns the loss the issue defines and its exact gradient.

The reference is written here from the definitions (the catalogue's public ``forward`` for each
hidden layer, the output function and loss in closed form), and the gradient is checked against
Richardson-extrapolated central differences of that reference, to 1e-9 relative, for every
activation in the catalogue (so every family), several parameter values each, per-layer mixtures,
every output and loss, with and without penalties. Pre-activations are kept away from kinks.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actviz import core
from actviz.core import training as T

STEP = 1e-4  # finite-difference step: truncation ~STEP^4, rounding ~1e-16 / STEP
RTOL = 1e-9
KINK_MARGIN = 0.01


def reference_loss(
    ws: Sequence[np.ndarray],
    bs: Sequence[np.ndarray],
    x: np.ndarray,
    y: np.ndarray,
    keys: Sequence[str],
    params: Sequence[Mapping[str, Any]],
    output: str,
    loss: str,
    l1: float,
    l2: float,
) -> float:
    h = x
    for w, b, key, p in zip(ws[:-1], bs[:-1], keys, params, strict=True):
        h = core.get(key).forward(h @ w + b, **p)
    z = h @ ws[-1] + bs[-1]
    if loss == "bce":
        per_row = np.sum(np.logaddexp(0.0, z) - y * z, axis=1)  # -y log s - (1 - y) log(1 - s)
    else:
        out = {
            "tanh": np.tanh,
            "sigmoid": lambda v: 1.0 / (1.0 + np.exp(-v)),
            "identity": lambda v: v,
        }
        per_row = 0.5 * np.sum((out[output](z) - y) ** 2, axis=1)
    reg = sum(l1 * np.abs(w).sum() + 0.5 * l2 * (w * w).sum() for w in ws)
    return float(np.mean(per_row) + reg)


def numeric_gradient(f: Any, arrays: Sequence[np.ndarray]) -> list[np.ndarray]:
    """d f / d every entry of ``arrays`` (perturbed in place), by Richardson-extrapolated central
    differences: (8 (f(+h) - f(-h)) - (f(+2h) - f(-2h))) / 12h, error O(h^4)."""
    grads = []
    for a in arrays:
        g = np.zeros_like(a)
        for index in np.ndindex(a.shape):
            keep = a[index]
            values = []
            for k in (1, -1, 2, -2):
                a[index] = keep + k * STEP
                values.append(f())
            a[index] = keep
            g[index] = (8.0 * (values[0] - values[1]) - (values[2] - values[3])) / (12.0 * STEP)
        grads.append(g)
    return grads


def pre_activations(
    ws: Sequence[np.ndarray],
    bs: Sequence[np.ndarray],
    x: np.ndarray,
    keys: Sequence[str],
    params: Sequence[Mapping[str, Any]],
) -> list[np.ndarray]:
    zs, h = [], x
    for w, b, key, p in zip(ws[:-1], bs[:-1], keys, params, strict=True):
        z = h @ w + b
        zs.append(z)
        h = core.get(key).forward(z, **p)
    return zs


# Smooth to first order only: f'' jumps at 0. Central differences taken across such a point lose
# their O(h^4) accuracy (about 1e-7 relative was seen), so pre-activations keep clear of it too.
SECOND_ORDER_KINKS = {"softsign": (0.0,), "elu": (0.0,), "celu": (0.0,), "selu": (0.0,)}


def away_from_kinks(zs: Sequence[np.ndarray], keys: Sequence[str],
                    params: Sequence[Mapping[str, Any]]) -> bool:  # fmt: skip
    for z, key, p in zip(zs, keys, params, strict=True):
        corners = [kink.x for kink in core.get(key).kinks(**p)]
        for x in (*corners, *SECOND_ORDER_KINKS.get(key, ())):
            if np.min(np.abs(z - x)) < KINK_MARGIN:
                return False
    return True


def check_gradient(
    keys: Sequence[str],
    params: Sequence[Mapping[str, Any]],
    *,
    hidden: Sequence[int] = (4, 3),
    output: str = "tanh",
    loss: str = "square",
    l1: float = 0.0,
    l2: float = 0.0,
    n_outputs: int = 1,
    seed: int = 0,
) -> None:
    rng = np.random.default_rng(seed)
    for _ in range(200):  # redraw until every pre-activation and weight is clear of its kinks
        x = rng.uniform(-1.5, 1.5, (6, 3))
        sizes = (3, *hidden, n_outputs)
        ws = [rng.normal(0.0, 0.8, (a, b)) for a, b in itertools.pairwise(sizes)]
        bs = [rng.normal(0.0, 0.5, b) for b in sizes[1:]]
        zs = pre_activations(ws, bs, x, keys, params)
        weights_clear = min(np.abs(w).min() for w in ws) > KINK_MARGIN
        if away_from_kinks(zs, keys, params) and weights_clear:
            break
    else:
        pytest.fail("could not draw a network clear of the kinks")
    if loss == "bce":
        y = rng.choice([0.0, 1.0, 0.3], size=(6, n_outputs))
    else:
        y = rng.uniform(-1.0, 1.0, (6, n_outputs))

    def f() -> float:
        return reference_loss(ws, bs, x, y, keys, params, output, loss, l1, l2)

    key_arg = list(keys)
    value, dws, dbs = T.loss_and_grads(ws, bs, x, y, key_arg, list(params), output=output,
                                       loss=loss, l1=l1, l2=l2)  # fmt: skip
    assert value == pytest.approx(f(), rel=1e-13, abs=1e-15)
    expected = numeric_gradient(f, [*ws, *bs])
    got = [*dws, *dbs]
    assert [g.shape for g in got] == [e.shape for e in expected]
    # Entries far below the largest are compared to RTOL times the largest, and never more
    # finely than the differences can resolve: rounding in f costs about eps |f| / STEP.
    scale = max(float(np.abs(e).max()) for e in expected)
    floor = 50.0 * np.finfo(float).eps * max(abs(value), 1.0) / STEP
    for g, e in zip(got, expected, strict=True):
        np.testing.assert_allclose(g, e, rtol=RTOL, atol=max(RTOL * scale, floor))


def param_variants(activation: core.Activation) -> Iterator[dict[str, Any]]:
    """The defaults, then each float param at its minimum and maximum, each choice in turn
    (skipping combinations the activation refuses, such as rrelu's lower > upper)."""
    yield {}
    for p in activation.params:
        values = list(p.choices) if p.choices else [p.minimum, p.maximum]
        for value in values:
            try:
                activation.resolve_params({p.name: value})
            except ValueError:
                continue
            yield {p.name: value}


CASES = [
    pytest.param(a.key, variant, id=f"{a.key}-{i}")
    for members in core.by_family().values()
    for a in members
    for i, variant in enumerate(param_variants(a))
]


@pytest.mark.parametrize(("key", "params"), CASES)
def test_gradient_for_every_activation_and_param_extreme(key: str, params: dict[str, Any]) -> None:
    # An identity output keeps every activation's own gradient visible (a tanh output would
    # saturate behind activations with large outputs); the outputs have their own test below.
    check_gradient([key, key], [params, params], output="identity")
    check_gradient([key], [params], hidden=(5,), seed=1)


def test_every_family_is_covered() -> None:
    covered = {core.get(case.values[0]).family for case in CASES}  # type: ignore[index]
    assert covered == set(core.by_family())


@pytest.mark.parametrize(
    ("keys", "params"),
    [
        (["relu", "tanh"], [{}, {}]),
        (
            ["leaky_relu", "elu", "gelu"],
            [{"negative_slope": 0.2}, {"alpha": 2.0}, {"approximate": "tanh"}],
        ),
        (
            ["softplus", "hardtanh", "sigmoid"],
            [{"beta": 3.0}, {"min_val": -0.5, "max_val": 2.0}, {}],
        ),
        (["identity", "swish"], [None, {"beta": 4.0}]),
    ],
)
def test_gradient_with_a_different_activation_per_layer(
    keys: list[str], params: list[dict[str, Any] | None]
) -> None:
    hidden = (4, 3, 2)[: len(keys)]
    check_gradient(keys, [p or {} for p in params], hidden=hidden)


@pytest.mark.parametrize(
    ("output", "loss", "l1", "l2", "n_outputs"),
    [
        ("tanh", "square", 0.0, 0.0, 1),
        ("sigmoid", "square", 0.0, 0.0, 1),
        ("identity", "square", 0.0, 0.0, 1),
        ("sigmoid", "bce", 0.0, 0.0, 1),
        ("tanh", "square", 0.05, 0.0, 1),
        ("identity", "square", 0.0, 0.3, 1),
        ("sigmoid", "bce", 0.02, 0.1, 1),
        ("identity", "square", 0.01, 0.01, 2),
        ("tanh", "square", 0.0, 0.0, 3),
    ],
)
def test_gradient_for_every_output_loss_and_penalty(
    output: str, loss: str, l1: float, l2: float, n_outputs: int
) -> None:
    for seed, key in enumerate(("tanh", "relu", "mish")):
        check_gradient([key, key], [{}, {}], output=output, loss=loss, l1=l1, l2=l2,
                       n_outputs=n_outputs, seed=seed)  # fmt: skip


def test_gradient_without_hidden_layers() -> None:
    check_gradient([], [], hidden=())
    check_gradient([], [], hidden=(), output="sigmoid", loss="bce", l2=0.1)


@settings(max_examples=25, deadline=None)
@given(
    hidden=st.lists(st.integers(1, 4), max_size=3),
    key=st.sampled_from(["tanh", "sigmoid", "silu", "softsign", "elu"]),
    output=st.sampled_from(["tanh", "sigmoid", "identity"]),
    seed=st.integers(0, 10_000),
)
def test_gradient_property_over_random_shapes(
    hidden: list[int], key: str, output: str, seed: int
) -> None:
    check_gradient([key] * len(hidden), [{}] * len(hidden), hidden=hidden, output=output, seed=seed)


def test_bce_is_stable_for_huge_logits() -> None:
    # A logit of 800 would make log(sigmoid) overflow or log(0) if computed naively.
    ws = [np.array([[800.0]])]
    bs = [np.array([0.0])]
    x = np.array([[1.0], [-1.0]])
    y = np.array([0.0, 1.0])  # both wrong: each costs 800
    value, dws, dbs = T.loss_and_grads(ws, bs, x, y, [], output="sigmoid", loss="bce")
    assert value == pytest.approx(800.0)
    # dL/dz = sigmoid(z) - y = +1 and -1; dL/dw = mean(x * dz) = (1 + 1) / 2
    np.testing.assert_allclose(dws[0], [[1.0]])
    np.testing.assert_allclose(dbs[0], [0.0])


def test_tanh_output_gradient_stays_exact_when_saturated() -> None:
    # tanh'(z) = 1 / cosh^2 z; at z = 20 that is 4e-17 * 4.25, while 1 - tanh^2 would give 0.
    ws, bs = [np.array([[20.0]])], [np.array([0.0])]
    _, dws, _ = T.loss_and_grads(ws, bs, np.array([[1.0]]), np.array([-1.0]), [])
    expected = (np.tanh(20.0) + 1.0) / np.cosh(20.0) ** 2
    assert dws[0][0, 0] == pytest.approx(expected, rel=1e-12)
    assert dws[0][0, 0] > 0.0
