"""Exports of the training lab as text: the loss history as CSV and the trained network as JSON.

Both are written through :func:`actviz.model.curve_export.write_text_atomically` by the view, so
a file is either the old one or the whole new one. Numbers carry 17 significant digits (CSV) or
Python's shortest round-trip form (JSON): they read back to the same float64 values.
"""

from __future__ import annotations

import io
import json
from typing import TYPE_CHECKING

from actviz import __version__
from actviz.model.state import JsonDict

if TYPE_CHECKING:
    from actviz.model.training.lab import TrainingLab

NETWORK_FORMAT = "actviz-network"


def loss_history_csv(lab: TrainingLab) -> str:
    """``epoch,train_loss,test_loss`` (and the compared network's two columns when comparing).

    An empty cell means no value (no test points). The compared network trains in step with
    the main one, so both share the epoch column.
    """
    runs = [("", lab.main)]
    if lab.compare is not None:
        runs.append(("compare_", lab.compare))
    header = ["epoch"]
    for prefix, _run in runs:
        header += [f"{prefix}train_loss", f"{prefix}test_loss"]
    rows: dict[int, list[str]] = {}
    for index, (_prefix, run) in enumerate(runs):
        for epoch, train, test in run.history:
            row = rows.setdefault(epoch, [""] * (2 * len(runs)))
            row[2 * index] = f"{train:.17g}"
            row[2 * index + 1] = "" if test is None else f"{test:.17g}"
    out = io.StringIO()
    out.write(",".join(header) + "\n")
    for epoch in sorted(rows):
        out.write(",".join([str(epoch), *rows[epoch]]) + "\n")
    return out.getvalue()


def network_document(lab: TrainingLab) -> JsonDict:
    """The main network as a JSON-safe dict: enough to rebuild it anywhere.

    Layer i maps a row a of the previous layer's outputs to f_i(a @ W_i + b_i), with
    ``weights[i]`` of shape (fan_in, fan_out) as nested rows; the last layer is the output unit.
    """
    spec = lab.spec()
    hidden = [
        {"units": units, "activation": key, "params": dict(params)}
        for units, key, params in zip(spec.hidden, spec.keys, spec.params, strict=True)
    ]
    return {
        "format": NETWORK_FORMAT,
        "app_version": __version__,
        "convention": "layer output = f(inputs @ W + b); W has shape (fan_in, fan_out)",
        "features": list(spec.features),
        "sizes": list(spec.sizes),
        "hidden_layers": hidden,
        "output": {"activation": spec.output, "loss": spec.loss},
        "weights": [w.tolist() for w in lab.main.weights],
        "biases": [b.tolist() for b in lab.main.biases],
        "training": {
            "dataset": lab.dataset,
            "epoch": lab.epoch,
            "seed": spec.seed,
            "init": spec.init,
            "learning_rate": spec.learning_rate,
            "batch_size": spec.batch_size,
            "regularization": spec.regularization,
            "reg_rate": spec.reg_rate,
        },
    }


def network_json(lab: TrainingLab) -> str:
    """:func:`network_document` as JSON text, one value a line and each level of nesting indented
    by one more space: a learner can read it, and a diff of two exports shows what changed."""
    return json.dumps(network_document(lab), indent=1, allow_nan=False) + "\n"
