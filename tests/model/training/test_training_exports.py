"""The training lab's exports against their written format.

References: the docstrings of :mod:`actviz.model.training.export` (the CSV's columns, "an empty
cell means no value", the compared network's columns sharing the epoch column; the network
document "enough to rebuild it anywhere", ``weights[i]`` of shape (fan_in, fan_out), the JSON text
one value a line with one space of indent per level) and the settings the test itself gives the
lab, read back under the names the document promises.
"""

from __future__ import annotations

import csv
import io
import json

from actviz import __version__
from actviz.model.training.export import (
    NETWORK_FORMAT,
    loss_history_csv,
    network_document,
    network_json,
)
from actviz.model.training.lab import TrainingLab


def csv_rows(lab: TrainingLab) -> list[list[str]]:
    return list(csv.reader(io.StringIO(loss_history_csv(lab))))


def test_without_test_points_the_test_loss_cells_are_empty() -> None:
    lab = TrainingLab()
    lab.set_dataset("points")  # no loaded points: only drawn ones, and drawn points all train
    lab.add_point(1.0, 1.0)
    lab.add_point(-1.0, -1.0, -1.0)
    lab.step(2)
    rows = csv_rows(lab)
    assert rows[0] == ["epoch", "train_loss", "test_loss"]
    assert [row[0] for row in rows[1:]] == ["0", "1", "2"]
    for row, (_, train, test) in zip(rows[1:], lab.main.history, strict=True):
        assert test is None and len(row) == 3
        assert float(row[1]) == train and row[2] == ""


def test_epochs_the_stopped_compared_network_did_not_train_have_empty_cells() -> None:
    """The compared network diverges at once (learning rate 10 on a plane) and stops; the main
    one trains on, so its later epochs have no compared losses."""
    lab = TrainingLab()
    lab.set_dataset("reg_plane")
    lab.set_hidden(())
    lab.set_value("show_test", True)
    lab.set_value("compare_kind", "learning_rate")
    lab.set_value("compare_learning_rate", 10.0)
    lab.step(8)
    assert lab.compare is not None and lab.compare.diverged_at is not None
    assert lab.main.diverged_at is None
    rows = csv_rows(lab)
    assert rows[0] == [
        "epoch", "train_loss", "test_loss", "compare_train_loss", "compare_test_loss",
    ]  # fmt: skip
    assert all(len(row) == 5 for row in rows)
    compared = {epoch for epoch, _, _ in lab.compare.history}
    assert len(rows) - 1 == len(lab.main.history) > len(compared)
    for row, (epoch, train, test) in zip(rows[1:], lab.main.history, strict=True):
        assert int(row[0]) == epoch and float(row[1]) == train and float(row[2]) == test
        assert (row[3] != "" and row[4] != "") == (epoch in compared)
        if epoch not in compared:
            assert row[3:] == ["", ""]


def configured_lab() -> TrainingLab:
    lab = TrainingLab()
    lab.set_dataset("xor")
    lab.set_value("seed", 17)
    lab.set_value("init", "he")
    lab.set_value("learning_rate", 0.1)
    lab.set_value("batch_size", 7)
    lab.set_value("regularization", "l1")
    lab.set_value("reg_rate", 0.002)
    lab.set_hidden((3,))
    lab.choice.set_activation("leaky_relu", {"negative_slope": 0.05})
    lab.step(4)
    return lab


def test_the_network_document_has_every_promised_name() -> None:
    lab = configured_lab()
    document = json.loads(network_json(lab))
    assert document == network_document(lab)  # the text is the whole document
    assert document["format"] == NETWORK_FORMAT == "actviz-network"
    assert document["app_version"] == __version__
    # the convention the docstring states: f(a @ W + b) with W of shape (fan_in, fan_out)
    assert document["convention"] == (
        "layer output = f(inputs @ W + b); W has shape (fan_in, fan_out)"
    )
    assert document["features"] == ["x1", "x2"] and document["sizes"] == [2, 3, 1]
    assert document["hidden_layers"] == [
        {"units": 3, "activation": "leaky_relu", "params": {"negative_slope": 0.05}}
    ]
    assert document["output"] == {"activation": "tanh", "loss": "square"}
    assert [len(w) for w in document["weights"]] == [2, 3]  # fan_in rows
    assert [len(w[0]) for w in document["weights"]] == [3, 1]  # fan_out columns
    assert [len(b) for b in document["biases"]] == [3, 1]
    assert document["training"] == {
        "dataset": "xor",
        "epoch": 4,
        "seed": 17,
        "init": "he",
        "learning_rate": 0.1,
        "batch_size": 7,
        "regularization": "l1",
        "reg_rate": 0.002,
    }
    assert set(document) == {
        "format", "app_version", "convention", "features", "sizes", "hidden_layers", "output",
        "weights", "biases", "training",
    }  # fmt: skip


def test_the_network_json_has_one_value_a_line_and_one_space_per_level() -> None:
    lines = network_json(configured_lab()).splitlines()
    assert lines[0] == "{" and lines[-1] == "}"
    assert lines[1] == f' "format": "{NETWORK_FORMAT}",'
    assert lines[lines.index(' "features": [') + 1] == '  "x1",'
    assert all(not line.startswith("\t") for line in lines)
