"""The training lab's core in one place, and ``fit``: a whole Playground run, epoch by epoch.

This module is the lab's one entry point (the package re-exports it). It gathers the data sets
and CSV text (:mod:`actviz.core.training.playground_data`), the inputs and initial weights
(:mod:`actviz.core.training.network_setup`), the network maths
(:mod:`actviz.core.training.mlp`), the epoch of mini-batch gradient descent
(:mod:`actviz.core.training.sgd`, where Playground's update rule and our deviations from it are
described) and the dead/saturated units (:mod:`actviz.core.training.activity`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from actviz.core import _checks
from actviz.core.i18n import translate
from actviz.core.training.activity import (
    SATURATED_SHARE,
    SATURATION_THRESHOLD,
    UnitActivity,
    unit_activity,
)
from actviz.core.training.mlp import (
    LOSSES,
    OUTPUTS,
    KeySpec,
    LayerActivation,
    ParamSpec,
    Weights,
    accuracy,
    forward,
    forward_layers,
    loss_and_grads,
    mean_loss,
    output_delta,
    penalty,
    predict,
    resolve_activations,
    row_losses,
)
from actviz.core.training.network_setup import (
    FEATURE_LABELS,
    FEATURES,
    INIT_LABELS,
    INITS,
    check_features,
    check_hidden,
    feature_matrix,
    init_network,
)
from actviz.core.training.playground_data import (
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
from actviz.core.training.sgd import REGULARIZATIONS, is_diverged, run_epoch, train_epoch

FloatArray = npt.NDArray[np.float64]
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
    "KeySpec",
    "LayerActivation",
    "ParamSpec",
    "UnitActivity",
    "Weights",
    "accuracy",
    "boundary_curve",
    "feature_matrix",
    "fit",
    "format_points_csv",
    "forward",
    "forward_layers",
    "function_boundary",
    "init_network",
    "is_diverged",
    "is_regression",
    "loss_and_grads",
    "make_dataset",
    "mean_loss",
    "output_delta",
    "parse_points_csv",
    "penalty",
    "predict",
    "resolve_activations",
    "rng_for",
    "row_losses",
    "run_epoch",
    "split",
    "train_epoch",
    "unit_activity",
]


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
        raise ValueError(
            translate("TrainingData", "labels must all be -1 or +1 for classification")
        )
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
