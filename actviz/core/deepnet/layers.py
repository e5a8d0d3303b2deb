"""Dense layers of one activation: the forward pass row by row and the back-propagated gradient.

A layer maps a row of inputs h to f(h W^T + b), with W of shape (fan_out, fan_in).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from actviz.core.activation import Activation
from actviz.core.catalogue import get

FloatArray = npt.NDArray[np.float64]


def activation_for(key: str) -> Activation:
    """The catalogue's activation ``key``; ``ValueError`` (not ``KeyError``) if there is none."""
    try:
        return get(key)
    except KeyError as error:
        raise ValueError(str(error.args[0])) from None


def layer_forward(
    x: npt.ArrayLike,
    weights: Sequence[npt.ArrayLike],
    biases: Sequence[npt.ArrayLike] | None,
    key: str,
    params: Mapping[str, Any] | None = None,
) -> tuple[list[FloatArray], list[FloatArray]]:
    """Push rows ``x`` through the layers; return (pre-activations z_l, activations f(z_l)).

    ``biases`` may be None (all zero). Shapes are checked: layer l's weight must have as many
    columns as layer l-1 has outputs.
    """
    activation = activation_for(key)
    resolved = activation.resolve_params(params)
    h = np.asarray(x, dtype=np.float64)
    if h.ndim != 2:
        raise ValueError(f"x must be a 2-D array of rows, got shape {h.shape}")
    mats = check_layers(weights, biases, h.shape[1])
    pre: list[FloatArray] = []
    post: list[FloatArray] = []
    for w, b in mats:
        z = h @ w.T + b
        h = np.asarray(activation.forward(z, **resolved), dtype=np.float64)
        pre.append(z)
        post.append(h)
    return pre, post


def input_gradients(
    pre: Sequence[FloatArray],
    weights: Sequence[npt.ArrayLike],
    upstream: npt.ArrayLike,
    key: str,
    params: Mapping[str, Any] | None = None,
) -> list[FloatArray]:
    """Back-propagate ``upstream`` = dL/d(output); return dL/d(input of layer l) for each l.

    ``pre`` are the pre-activations from :func:`layer_forward`; the result has the same length.
    """
    activation = activation_for(key)
    resolved = activation.resolve_params(params)
    g = np.asarray(upstream, dtype=np.float64)
    grads: list[FloatArray] = [np.empty(0)] * len(pre)
    for index in range(len(pre) - 1, -1, -1):
        w = np.asarray(weights[index], dtype=np.float64)
        g = (g * activation.derivative(pre[index], **resolved)) @ w
        grads[index] = g
    return grads


def check_layers(
    weights: Sequence[npt.ArrayLike], biases: Sequence[npt.ArrayLike] | None, n_in: int | None
) -> list[tuple[FloatArray, FloatArray]]:
    """The layers as float64 (W, b) pairs, ``b`` zero when ``biases`` is None.

    Raises ``ValueError`` for no layer, a weight that is not a matrix, mismatched shapes (layer 1
    takes ``n_in`` inputs, any number when ``n_in`` is None; each later layer the previous one's
    outputs) or a non-finite weight or bias.
    """
    if len(weights) == 0:
        raise ValueError("need at least one layer")
    if biases is not None and len(biases) != len(weights):
        raise ValueError(f"{len(weights)} weight matrices but {len(biases)} bias vectors")
    mats = []
    for index, raw in enumerate(weights):
        w = np.asarray(raw, dtype=np.float64)
        if w.ndim != 2:
            raise ValueError(f"layer {index + 1}: weight of shape {w.shape} is not a matrix")
        if n_in is not None and w.shape[1] != n_in:
            raise ValueError(
                f"layer {index + 1}: weight of shape {w.shape} cannot take {n_in} inputs"
            )
        b = np.zeros(w.shape[0]) if biases is None else np.asarray(biases[index], dtype=np.float64)
        if b.shape != (w.shape[0],):
            raise ValueError(
                f"layer {index + 1}: bias of shape {b.shape}, expected ({w.shape[0]},)"
            )
        if not (np.all(np.isfinite(w)) and np.all(np.isfinite(b))):
            raise ValueError(f"layer {index + 1}: weights and biases must be finite")
        mats.append((w, b))
        n_in = w.shape[0]
    return mats
