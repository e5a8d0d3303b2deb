"""Playground's mini-batch gradient descent: one epoch over the training points.

How one epoch runs (TensorFlow Playground's ``oneStep`` and ``updateWeights`` in ``nn.ts``):
the training points are visited in their stored order (Playground shuffles the data once, when it
is made, and never again; pass ``shuffle=True`` to reshuffle every epoch), in consecutive batches
of ``batch_size``. After each batch every weight and bias moves by ``lr`` times the gradient
averaged over the batch. Regularisation then acts on weights only, once per batch (not divided by
the batch size, as in Playground): L2 shrinks each weight by ``lr * reg_rate * w``; L1 moves each
weight toward zero by ``lr * reg_rate`` and stops at exactly zero rather than crossing it, so
weights whose data gradient is weaker than the L1 pull sit at exactly 0.

Deviations from Playground, on purpose: (1) a last, partial batch is applied at the end of the
epoch (Playground carries its gradients over into the next epoch's first batch); (2) a weight
clipped to zero by L1 may grow again when its data gradient exceeds ``reg_rate`` (the proximal
step of ISTA); Playground freezes such a link forever.

Divergence: numpy warnings are silenced while training; a run whose weights or loss overflow to
inf or NaN is reported by :func:`is_diverged`, never by a warning.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from actviz.core import _checks
from actviz.core.training.mlp import (
    KeySpec,
    LayerActivation,
    ParamSpec,
    Weights,
    check_inputs,
    check_network,
    check_objective,
    check_targets,
    output_delta,
    resolve_activations,
)

FloatArray = npt.NDArray[np.float64]
REGULARIZATIONS: tuple[str, ...] = ("none", "l1", "l2")


def is_diverged(weights: Sequence[FloatArray], biases: Sequence[FloatArray]) -> bool:
    """Whether any weight or bias has overflowed to inf or become NaN."""
    return not all(np.isfinite(a).all() for a in (*weights, *biases))


def run_epoch(
    weights: Weights,
    biases: Weights,
    x: FloatArray,
    y: FloatArray,
    acts: Sequence[LayerActivation],
    *,
    lr: float,
    batch_size: int,
    output: str,
    loss: str,
    l1: float,
    l2: float,
) -> None:
    """One epoch on checked arguments, updating ``weights`` and ``biases`` in place.

    The kernel of :func:`train_epoch` and :func:`fit`: no checks, and the caller silences numpy
    warnings. Playground's layers are tiny, so numpy's per-call overhead (a microsecond or two)
    is the whole cost, and the kernel keeps the calls per batch few: each layer's bias rides as
    the last row of its weight matrix against a column of ones in its input (so one product
    gives z, and one gives the weight and bias gradients together), activations are resolved by
    the caller, the learning rate is folded into the output delta once, and each matrix is
    updated in place right after its gradient is known.
    """
    last = len(weights) - 1
    # [W; b] per layer, and views of W inside it (updated in place with it).
    packed = [np.vstack([w, b[None, :]]) for w, b in zip(weights, biases, strict=True)]
    inner = [p[:-1] for p in packed]
    inner_t = [w.T for w in inner]
    inputs: list[FloatArray] = [np.empty((0, 0))] * (last + 1)
    full = np.empty((len(x), x.shape[1] + 1))
    full[:, :-1] = x
    full[:, -1] = 1.0
    buffers = [np.ones((min(batch_size, len(x)), w.shape[1] + 1)) for w in weights[:-1]]
    pre: list[FloatArray] = [np.empty((0, 0))] * last
    layers = [(act.fn, act.dfn, act.params) for act in acts]
    shrink = 1.0 - lr * l2
    pull = lr * l1
    dot = np.dot  # a little cheaper per call than the @ operator on tiny matrices
    for start in range(0, len(x), batch_size):
        h = full[start : start + batch_size]
        rows = len(h)
        inputs[0] = h
        for i in range(last):
            z = dot(h, packed[i])
            pre[i] = z
            fn, _, params = layers[i]
            h = buffers[i][:rows]
            h[:, :-1] = fn(z, **params)
            inputs[i + 1] = h
        delta = output_delta(dot(h, packed[last]), y[start : start + batch_size], output, loss)
        delta *= lr / rows
        for i in range(last, -1, -1):
            step = dot(inputs[i].T, delta)
            if i:
                _, dfn, params = layers[i - 1]
                delta = dot(delta, inner_t[i])
                delta *= dfn(pre[i - 1], **params)
            w = inner[i]
            if l2:
                w *= shrink  # the bias row is not regularised
            packed[i] -= step
            if l1:
                magnitude = np.abs(w)
                magnitude -= pull
                np.maximum(magnitude, 0.0, out=magnitude)
                np.copysign(magnitude, w, out=w)
                w += 0.0  # -0.0 becomes 0.0
    for w, b, p in zip(weights, biases, packed, strict=True):
        w[...] = p[:-1]
        b[...] = p[-1]


def train_epoch(
    weights: Sequence[npt.ArrayLike],
    biases: Sequence[npt.ArrayLike],
    train_x: npt.ArrayLike,
    train_y: npt.ArrayLike,
    key: KeySpec,
    params: ParamSpec = None,
    *,
    lr: float = 0.03,
    batch_size: int = 10,
    rng: np.random.Generator | None = None,
    shuffle: bool = False,
    output: str = "tanh",
    loss: str = "square",
    regularization: str = "none",
    reg_rate: float = 0.0,
) -> tuple[Weights, Weights]:
    """One pass of mini-batch gradient descent over the training rows, as Playground runs it.

    Parameters
    ----------
    weights, biases
        The network (not modified: new arrays are returned).
    train_x : array (n, k)
        Training rows (features), in the order they are visited.
    train_y : array (n,) or (n, n_outputs)
        Targets.
    key, params
        Hidden activations (see :func:`resolve_activations`).
    lr : float
        Learning rate, finite and >= 0.
    batch_size : int
        Rows per update, >= 1 (a last, smaller batch takes what is left).
    rng : numpy Generator, optional
        Only used with ``shuffle=True``.
    shuffle : bool
        Visit the rows in a fresh random order (Playground does not).
    output, loss
        As in :func:`loss_and_grads`.
    regularization : str
        "none", "l1" or "l2" (see the module docstring).
    reg_rate : float
        Regularisation rate, finite and >= 0.

    Returns
    -------
    weights, biases
        The updated network; inf or NaN if it diverged (see :func:`is_diverged`).
    """
    ws, bs = check_network(weights, biases)
    xs = check_inputs(train_x, ws)
    check_objective(output, loss)
    ys = check_targets(train_y, len(xs), ws[-1].shape[1], loss)
    lr = _checks.real("lr", lr, 0.0)
    batch_size = _checks.whole("batch_size", batch_size, 1)
    regularization = _checks.choice("regularization", regularization, REGULARIZATIONS)
    reg_rate = _checks.real("reg_rate", reg_rate, 0.0)
    acts = resolve_activations(key, params, len(ws) - 1)
    if shuffle:
        if rng is None:
            raise ValueError("rng is needed to shuffle")
        order = rng.permutation(len(xs))
        xs, ys = xs[order], ys[order]
    # check_network gave float64 arrays, possibly the caller's own: copy (C order) to keep those.
    ws = [w.copy() for w in ws]
    bs = [b.copy() for b in bs]
    l1 = reg_rate if regularization == "l1" else 0.0
    l2 = reg_rate if regularization == "l2" else 0.0
    with np.errstate(all="ignore"):
        run_epoch(
            ws,
            bs,
            xs,
            ys,
            acts,
            lr=lr,
            batch_size=batch_size,
            output=output,
            loss=loss,
            l1=l1,
            l2=l2,
        )
    return ws, bs
