"""The training lab's small dense network: forward pass, loss and exact gradients.

Conventions (those of TensorFlow Playground's ``nn.ts``, written as matrices): a layer maps rows
``a`` to ``f(a @ W + b)`` with ``W`` of shape (fan_in, fan_out) and ``b`` of shape (fan_out,).
Every hidden layer uses a catalogue activation (``actviz.core.get(key)``), one key for all
layers or one per layer; the output layer uses ``output`` ("tanh", "sigmoid" or "identity").
Activations are looked up and their params validated once per call, then their raw vectorised
``fn`` and ``dfn`` are called, so user-registered activations work the same way.

Weights are not checked for finiteness: a diverged network (inf or NaN weights) computes NaN
quietly (numpy warnings are silenced inside these functions) and the caller reports it. Data
(``x``, ``y``) must be finite.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from actviz.core import _checks
from actviz.core.activation import ElementwiseFn
from actviz.core.catalogue import get
from actviz.core.i18n import translate
from actviz.core.params import ParamValue

FloatArray = npt.NDArray[np.float64]
Weights = list[FloatArray]
KeySpec = str | Sequence[str]
ParamSpec = Mapping[str, Any] | Sequence[Mapping[str, Any] | None] | None

OUTPUTS: tuple[str, ...] = ("tanh", "sigmoid", "identity")
LOSSES: tuple[str, ...] = ("square", "bce")


# --- activations, resolved once per call ---------------------------------------------------------
@dataclass(frozen=True, eq=False)
class LayerActivation:
    """A hidden layer's activation with its params validated: call ``fn(z, **params)``."""

    key: str
    fn: ElementwiseFn
    dfn: ElementwiseFn
    params: dict[str, ParamValue]


def resolve_activations(
    key: KeySpec, params: ParamSpec, n_hidden: int
) -> tuple[LayerActivation, ...]:
    """One :class:`LayerActivation` per hidden layer.

    ``key`` is one catalogue key for every layer or a sequence with one per layer; ``params`` is
    None, one mapping for every layer, or a sequence with one mapping (or None) per layer.
    Raises ``ValueError`` naming ``key`` or ``params`` for an unknown key, a wrong count, or a
    param the activation does not have or whose value is out of its range.
    """
    keys = [key] * n_hidden if isinstance(key, str) else list(key)
    if len(keys) != n_hidden:
        raise ValueError(
            f"key must be one key or one per hidden layer ({n_hidden}), got {len(keys)}"
        )
    if params is None or isinstance(params, Mapping):
        per_layer: list[Mapping[str, Any] | None] = [params] * n_hidden
    else:
        per_layer = list(params)
        if len(per_layer) != n_hidden:
            raise ValueError(
                f"params must be one mapping or one per hidden layer ({n_hidden}), "
                f"got {len(per_layer)}"
            )
    layers = []
    for index, (name, layer_params) in enumerate(zip(keys, per_layer, strict=True)):
        try:
            activation = get(name)
        except KeyError as error:
            raise ValueError(f"key (layer {index + 1}): {error.args[0]}") from None
        try:
            resolved = activation.resolve_params(layer_params)
        except ValueError as error:
            raise ValueError(f"params (layer {index + 1}): {error}") from None
        layers.append(LayerActivation(name, activation.fn, activation.dfn, resolved))
    return tuple(layers)


# --- validation of a network and its data --------------------------------------------------------
def check_network(
    weights: Sequence[npt.ArrayLike], biases: Sequence[npt.ArrayLike]
) -> tuple[Weights, Weights]:
    """Weights and biases as float64 arrays whose shapes chain; ``ValueError`` otherwise."""
    if len(weights) == 0 or len(weights) != len(biases):
        raise ValueError(
            f"weights and biases must be two lists of equal, non-zero length, got "
            f"{len(weights)} and {len(biases)}"
        )
    ws = [np.asarray(w, dtype=np.float64) for w in weights]
    bs = [np.asarray(b, dtype=np.float64) for b in biases]
    for i, (w, b) in enumerate(zip(ws, bs, strict=True)):
        if w.ndim != 2 or 0 in w.shape:
            raise ValueError(
                f"weights[{i}] must be a non-empty (fan_in, fan_out) matrix, got {w.shape}"
            )
        if b.shape != (w.shape[1],):
            raise ValueError(f"biases[{i}] must have shape ({w.shape[1]},), got {b.shape}")
        if i and w.shape[0] != ws[i - 1].shape[1]:
            raise ValueError(
                f"weights[{i}] takes {w.shape[0]} inputs but layer {i - 1} has "
                f"{ws[i - 1].shape[1]} units"
            )
    return ws, bs


def check_inputs(x: npt.ArrayLike, weights: Weights) -> FloatArray:
    """``x`` as finite float64 rows with one column per network input."""
    return _checks.matrix("x", x, columns=weights[0].shape[0])


def check_targets(y: npt.ArrayLike, rows: int, n_outputs: int, loss: str) -> FloatArray:
    """Targets as an (rows, n_outputs) array; (rows,) is accepted for one output."""
    array = np.asarray(y, dtype=np.float64)
    if array.ndim == 1 and n_outputs == 1:
        array = array[:, None]
    if array.shape != (rows, n_outputs):
        raise ValueError(f"y must have shape ({rows},) or ({rows}, {n_outputs}), got {array.shape}")
    if not np.isfinite(array).all():
        raise ValueError(translate("Checks", "y must hold finite numbers only (no NaN or inf)"))
    if loss == "bce" and not ((array >= 0.0) & (array <= 1.0)).all():
        raise ValueError(translate("Checks", "y must lie in [0, 1] for the bce loss"))
    return array


def check_objective(output: str, loss: str) -> None:
    """Refuse an unknown output or loss, and bce without a sigmoid output."""
    _checks.choice("output", output, OUTPUTS)
    _checks.choice("loss", loss, LOSSES)
    if loss == "bce" and output != "sigmoid":
        message = translate("Checks", "loss 'bce' needs output 'sigmoid', got output {output}")
        raise ValueError(message.format(output=repr(output)))


# --- the kernel: no checks, numpy warnings silenced by the callers --------------------------------
def forward(
    weights: Weights, biases: Weights, x: FloatArray, acts: Sequence[LayerActivation]
) -> tuple[list[FloatArray], list[FloatArray], FloatArray]:
    """``(pre_activations, inputs, output_logits)``: z of each hidden layer, the input of every
    layer (x first, then each hidden activation), and the output layer's z."""
    zs: list[FloatArray] = []
    hs: list[FloatArray] = [x]
    h = x
    for w, b, act in zip(weights, biases, acts, strict=False):
        z = h @ w
        z += b
        zs.append(z)
        h = act.fn(z, **act.params)
        hs.append(h)
    z_out = h @ weights[-1]
    z_out += biases[-1]
    return zs, hs, z_out


def _sigmoid(z: FloatArray) -> FloatArray:
    e = np.exp(-np.abs(z))
    return np.where(z >= 0.0, 1.0 / (1.0 + e), e / (1.0 + e))


def output_values(z_out: FloatArray, output: str) -> FloatArray:
    """The network's output from the output layer's z."""
    if output == "tanh":
        return np.tanh(z_out)
    if output == "sigmoid":
        return _sigmoid(z_out)
    return z_out.copy()


def output_delta(z_out: FloatArray, y: FloatArray, output: str, loss: str) -> FloatArray:
    """d(loss of each row)/dz_out (not yet divided by the number of rows)."""
    if loss == "bce":
        return _sigmoid(z_out) - y  # d/dz [softplus(z) - y z]
    if output == "tanh":
        delta = np.tanh(z_out)
        delta -= y
        cosh = np.cosh(z_out)  # tanh' = 1 / cosh^2: exact where 1 - tanh^2 would cancel
        cosh *= cosh
        delta /= cosh
        return delta
    if output == "sigmoid":
        s = _sigmoid(z_out)
        e = np.exp(-np.abs(z_out))
        return (s - y) * (e / ((1.0 + e) * (1.0 + e)))  # sigma' = e^-|z| / (1 + e^-|z|)^2, exact
    return z_out - y


def row_losses(z_out: FloatArray, y: FloatArray, output: str, loss: str) -> FloatArray:
    """Each row's loss: 1/2 sum (out - y)^2, or softplus(z) - y z (binary cross-entropy)."""
    if loss == "bce":
        softplus = np.maximum(z_out, 0.0) + np.log1p(np.exp(-np.abs(z_out)))
        per_row: FloatArray = np.sum(softplus - y * z_out, axis=1)
        return per_row
    diff = output_values(z_out, output) - y
    half_squares: FloatArray = 0.5 * np.sum(diff * diff, axis=1)
    return half_squares


def backward(
    weights: Weights,
    zs: Sequence[FloatArray],
    hs: Sequence[FloatArray],
    acts: Sequence[LayerActivation],
    delta: FloatArray,
) -> tuple[Weights, Weights]:
    """Gradients of sum over rows of ``delta``-weighted outputs: delta is dL/dz_out per row."""
    count = len(weights)
    dweights: Weights = [np.empty(0)] * count
    dbiases: Weights = [np.empty(0)] * count
    for i in range(count - 1, -1, -1):
        dweights[i] = hs[i].T @ delta
        dbiases[i] = delta.sum(axis=0)
        if i:
            act = acts[i - 1]
            delta = (delta @ weights[i].T) * act.dfn(zs[i - 1], **act.params)
    return dweights, dbiases


# --- public functions ---------------------------------------------------------------------------
def forward_layers(
    weights: Sequence[npt.ArrayLike],
    biases: Sequence[npt.ArrayLike],
    x: npt.ArrayLike,
    key: KeySpec,
    params: ParamSpec = None,
    *,
    output: str = "tanh",
) -> list[FloatArray]:
    """Every layer's outputs for rows ``x`` (features): each hidden layer's activations
    (n, units), then the network's output (n, n_outputs). For the map of each unit."""
    ws, bs = check_network(weights, biases)
    xs = check_inputs(x, ws)
    _checks.choice("output", output, OUTPUTS)
    acts = resolve_activations(key, params, len(ws) - 1)
    with np.errstate(all="ignore"):
        _, hs, z_out = forward(ws, bs, xs, acts)
        return [*hs[1:], output_values(z_out, output)]


def predict(
    weights: Sequence[npt.ArrayLike],
    biases: Sequence[npt.ArrayLike],
    x: npt.ArrayLike,
    key: KeySpec,
    params: ParamSpec = None,
    *,
    output: str = "tanh",
) -> FloatArray:
    """The output of a one-output network for each row of ``x``, shape (n,)."""
    out = forward_layers(weights, biases, x, key, params, output=output)[-1]
    if out.shape[1] != 1:
        raise ValueError(f"predict needs a network with one output, this one has {out.shape[1]}")
    return out[:, 0].copy()


def penalty(weights: Sequence[FloatArray], l1: float, l2: float) -> float:
    """l1 * sum|W| + l2 * 1/2 * sum W^2 over every weight matrix (biases are not penalised)."""
    total = 0.0
    for w in weights:
        if l1:
            total += l1 * float(np.abs(w).sum())
        if l2:
            total += 0.5 * l2 * float((w * w).sum())
    return total


def loss_and_grads(
    weights: Sequence[npt.ArrayLike],
    biases: Sequence[npt.ArrayLike],
    x: npt.ArrayLike,
    y: npt.ArrayLike,
    key: KeySpec,
    params: ParamSpec = None,
    *,
    output: str = "tanh",
    loss: str = "square",
    l1: float = 0.0,
    l2: float = 0.0,
) -> tuple[float, Weights, Weights]:
    """The loss over rows ``x`` with targets ``y``, and its exact gradients.

    Parameters
    ----------
    weights, biases : sequences of arrays
        weights[i] (fan_in, fan_out), biases[i] (fan_out,).
    x : array (n, k)
        Input rows (features), finite.
    y : array (n,) or (n, n_outputs)
        Targets, finite; in [0, 1] for "bce".
    key, params
        Hidden activations (see :func:`resolve_activations`).
    output : str
        "tanh", "sigmoid" or "identity".
    loss : str
        "square": mean over rows of 1/2 (out - y)^2 (summed over outputs); "bce": mean binary
        cross-entropy of the sigmoid output, softplus(z) - y z from the logit z (never log(0)).
    l1, l2 : float
        Penalty l1 * sum|W| + l2 * 1/2 * sum W^2 over weights only; d|w|/dw is sign(w) (0 at 0).

    Returns
    -------
    loss : float
        Mean data loss plus the penalty (inf or NaN once the network has diverged).
    dweights, dbiases : lists of arrays
        Gradients in the shapes of ``weights`` and ``biases``.
    """
    ws, bs = check_network(weights, biases)
    xs = check_inputs(x, ws)
    check_objective(output, loss)
    ys = check_targets(y, len(xs), ws[-1].shape[1], loss)
    l1 = _checks.real("l1", l1, 0.0)
    l2 = _checks.real("l2", l2, 0.0)
    acts = resolve_activations(key, params, len(ws) - 1)
    with np.errstate(all="ignore"):
        zs, hs, z_out = forward(ws, bs, xs, acts)
        value = float(np.mean(row_losses(z_out, ys, output, loss))) + penalty(ws, l1, l2)
        delta = output_delta(z_out, ys, output, loss)
        delta /= len(xs)
        dweights, dbiases = backward(ws, zs, hs, acts, delta)
        for w, dw in zip(ws, dweights, strict=True):
            if l1:
                dw += l1 * np.sign(w)
            if l2:
                dw += l2 * w
    return value, dweights, dbiases


def mean_loss(
    weights: Sequence[npt.ArrayLike],
    biases: Sequence[npt.ArrayLike],
    x: npt.ArrayLike,
    y: npt.ArrayLike,
    key: KeySpec,
    params: ParamSpec = None,
    *,
    output: str = "tanh",
    loss: str = "square",
) -> float:
    """The mean data loss over rows ``x`` (no penalty: what Playground plots as train/test loss)."""
    ws, bs = check_network(weights, biases)
    xs = check_inputs(x, ws)
    check_objective(output, loss)
    ys = check_targets(y, len(xs), ws[-1].shape[1], loss)
    acts = resolve_activations(key, params, len(ws) - 1)
    with np.errstate(all="ignore"):
        _, _, z_out = forward(ws, bs, xs, acts)
        return float(np.mean(row_losses(z_out, ys, output, loss)))


def accuracy(
    weights: Sequence[npt.ArrayLike],
    biases: Sequence[npt.ArrayLike],
    x: npt.ArrayLike,
    y: npt.ArrayLike,
    key: KeySpec,
    params: ParamSpec = None,
    *,
    output: str = "tanh",
) -> float:
    """Share of rows classified right: the sign of a tanh or identity output against labels -1/+1,
    or a sigmoid output >= 1/2 against labels 0/1. A NaN output counts as wrong."""
    out = predict(weights, biases, x, key, params, output=output)
    labels = _checks.vector("y", y, len(out))
    if output == "sigmoid":
        guess = np.where(out >= 0.5, 1.0, np.where(out < 0.5, 0.0, np.nan))
    else:
        guess = np.where(out >= 0.0, 1.0, np.where(out < 0.0, -1.0, np.nan))
    return float(np.mean(guess == labels))
