"""The training lab's core: Playground's mini-batch gradient descent, and ``fit`` for a whole run.

This module is the lab's one entry point: it re-exports the data sets
(:mod:`actviz.core.playground_data`), the CSV reader and writer and the network maths
(:mod:`actviz.core.mlp`).

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
inf or NaN is reported by :func:`is_diverged` and by ``FitResult.diverged``, never by a warning.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from actviz.core import _checks
from actviz.core.mlp import (
    FEATURE_LABELS,
    FEATURES,
    INIT_LABELS,
    INITS,
    LOSSES,
    OUTPUTS,
    SATURATED_SHARE,
    SATURATION_THRESHOLD,
    KeySpec,
    LayerActivation,
    ParamSpec,
    UnitActivity,
    Weights,
    accuracy,
    check_features,
    check_hidden,
    check_inputs,
    check_network,
    check_objective,
    check_targets,
    feature_matrix,
    forward,
    forward_layers,
    init_network,
    loss_and_grads,
    mean_loss,
    output_delta,
    penalty,
    predict,
    resolve_activations,
    row_losses,
    unit_activity,
)
from actviz.core.playground_data import (
    BOUNDARY_FUNCTIONS,
    BOUNDARY_LABELS,
    CLASSIFICATION,
    DATASET_LABELS,
    DATASETS,
    REGRESSION,
    boundary_curve,
    format_points_csv,
    function_boundary,
    is_regression,
    make_dataset,
    parse_points_csv,
    rng_for,
    split,
)

FloatArray = npt.NDArray[np.float64]
REGULARIZATIONS: tuple[str, ...] = ("none", "l1", "l2")
EPOCHS_RANGE = (0, 1_000_000)

__all__ = [
    "BOUNDARY_FUNCTIONS",
    "BOUNDARY_LABELS",
    "CLASSIFICATION",
    "DATASETS",
    "DATASET_LABELS",
    "FEATURES",
    "FEATURE_LABELS",
    "INITS",
    "INIT_LABELS",
    "LOSSES",
    "OUTPUTS",
    "REGRESSION",
    "REGULARIZATIONS",
    "SATURATED_SHARE",
    "SATURATION_THRESHOLD",
    "FitResult",
    "LayerActivation",
    "UnitActivity",
    "accuracy",
    "boundary_curve",
    "feature_matrix",
    "fit",
    "format_points_csv",
    "forward_layers",
    "function_boundary",
    "init_network",
    "is_diverged",
    "is_regression",
    "loss_and_grads",
    "make_dataset",
    "mean_loss",
    "parse_points_csv",
    "penalty",
    "predict",
    "resolve_activations",
    "rng_for",
    "split",
    "train_epoch",
    "unit_activity",
]


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
    for start in range(0, len(x), batch_size):
        h = full[start : start + batch_size]
        rows = len(h)
        inputs[0] = h
        for i in range(last):
            z = h @ packed[i]
            pre[i] = z
            fn, _, params = layers[i]
            h = buffers[i][:rows]
            h[:, :-1] = fn(z, **params)
            inputs[i + 1] = h
        delta = output_delta(h @ packed[last], y[start : start + batch_size], output, loss)
        delta *= lr / rows
        for i in range(last, -1, -1):
            step = inputs[i].T @ delta
            if i:
                _, dfn, params = layers[i - 1]
                delta = delta @ inner_t[i]
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
    ws = [np.array(w, dtype=np.float64, order="C") for w in ws]  # copies: the caller's stay
    bs = [np.array(b, dtype=np.float64) for b in bs]
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


@dataclass(frozen=True, eq=False)
class FitResult:
    """A finished run: one loss (and accuracy) per epoch, measured after that epoch.

    ``test_accuracy`` and ``train_accuracy`` are empty for regression. After divergence
    (``diverged`` true, first at 1-based epoch ``diverged_epoch``), the remaining epochs are not
    run and their entries are NaN. ``train_x`` and ``test_x`` are feature rows.
    """

    train_loss: list[float]
    test_loss: list[float]
    test_accuracy: list[float]
    train_accuracy: list[float]
    weights: Weights
    biases: Weights
    diverged: bool
    diverged_epoch: int | None
    regression: bool
    output: str
    train_x: FloatArray = field(repr=False)
    train_y: FloatArray = field(repr=False)
    test_x: FloatArray = field(repr=False)
    test_y: FloatArray = field(repr=False)


def fit(
    dataset: str | tuple[npt.ArrayLike, npt.ArrayLike],
    *,
    hidden: Sequence[int] = (4, 2),
    key: KeySpec = "tanh",
    params: ParamSpec = None,
    features: Sequence[str] = ("x1", "x2"),
    lr: float = 0.03,
    batch_size: int = 10,
    epochs: int = 100,
    noise: float = 0.0,
    train_fraction: float = 0.5,
    l1: float = 0.0,
    l2: float = 0.0,
    seed: int = 0,
    init: str = "playground",
    regression: bool | None = None,
) -> FitResult:
    """Train a network with Playground's defaults and record its losses epoch by epoch.

    ``dataset`` is a name from :data:`DATASETS` (made with ``noise`` and ``seed``) or a
    ``(points, labels)`` pair (custom data; ``regression`` says which kind, by default
    classification when every label is -1 or +1). The data are shuffled and split by
    ``train_fraction``; the output is tanh for classification, identity for regression; the loss
    is the square loss. ``l1`` and ``l2`` are regularisation rates applied as in
    :func:`train_epoch` (both may be set). Same arguments, same result.
    """
    if isinstance(dataset, str):
        points, labels = make_dataset(dataset, noise=noise, seed=seed)
        is_reg = is_regression(dataset)
    else:
        points = _checks.matrix("points", dataset[0], columns=2)
        labels = _checks.vector("labels", dataset[1], len(points))
        is_reg = not bool(np.isin(labels, (-1.0, 1.0)).all())
    if regression is not None:
        is_reg = bool(regression)
    if not is_reg and not np.isin(labels, (-1.0, 1.0)).all():
        raise ValueError("labels must all be -1 or +1 for classification")
    widths = check_hidden(hidden)
    names = check_features(features)
    acts = resolve_activations(key, params, len(widths))
    lr = _checks.real("lr", lr, 0.0)
    batch_size = _checks.whole("batch_size", batch_size, 1)
    epochs = _checks.whole("epochs", epochs, *EPOCHS_RANGE)
    l1 = _checks.real("l1", l1, 0.0)
    l2 = _checks.real("l2", l2, 0.0)
    train_pts, train_lab, test_pts, test_lab = split(points, labels, train_fraction, seed)
    train_x, test_x = feature_matrix(train_pts, names), feature_matrix(test_pts, names)
    train_y, test_y = train_lab[:, None], test_lab[:, None]
    weights, biases = init_network(len(names), widths, init=init, seed=seed)
    output = "identity" if is_reg else "tanh"

    # Train and test rows are scored in one forward pass per epoch (half the numpy calls).
    both_x = np.vstack([train_x, test_x])
    both_y = np.concatenate([train_y, test_y])
    cut = len(train_x)
    curves: dict[str, list[float]] = {name: [] for name in ("train", "test", "acc", "train_acc")}
    diverged_epoch: int | None = None
    with np.errstate(all="ignore"):
        for epoch in range(1, epochs + 1):
            run_epoch(weights, biases, train_x, train_y, acts, lr=lr, batch_size=batch_size,
                      output=output, loss="square", l1=l1, l2=l2)  # fmt: skip
            z = forward(weights, biases, both_x, acts)[2]
            losses = row_losses(z, both_y, output, "square")
            curves["train"].append(float(np.mean(losses[:cut])))
            curves["test"].append(float(np.mean(losses[cut:])))
            if not is_reg:
                right = np.where(z[:, 0] >= 0.0, 1.0, -1.0) == both_y[:, 0]
                curves["train_acc"].append(float(np.mean(right[:cut])))
                curves["acc"].append(float(np.mean(right[cut:])))
            if not np.isfinite(curves["train"][-1]) or is_diverged(weights, biases):
                diverged_epoch = epoch
                break
    if diverged_epoch is not None:
        for name, values in curves.items():
            if values or (name in ("train", "test")):
                values.extend([float("nan")] * (epochs - len(values)))
    return FitResult(
        train_loss=curves["train"],
        test_loss=curves["test"],
        test_accuracy=curves["acc"],
        train_accuracy=curves["train_acc"],
        weights=weights,
        biases=biases,
        diverged=diverged_epoch is not None,
        diverged_epoch=diverged_epoch,
        regression=is_reg,
        output=output,
        train_x=train_x,
        train_y=train_lab,
        test_x=test_x,
        test_y=test_lab,
    )
