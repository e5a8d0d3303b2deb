"""The training lab in lesson files (the whole lab, drawn points and trained weights included) and
its exports (loss history as CSV, the trained network as JSON)."""

from __future__ import annotations

import copy
import csv
import io
import json

import numpy as np
import pytest

from actviz.model import session_file
from actviz.model.training.export import loss_history_csv, network_document, network_json
from actviz.model.training.lab import TrainingLab


def trained_lab() -> TrainingLab:
    """A lab with something in every part: per-layer activations, a comparison, points, epochs."""
    lab = TrainingLab()
    lab.set_dataset("xor")
    lab.set_value("noise", 0.1)
    lab.set_value("seed", 5)
    lab.set_features(("x1", "x2", "x1*x2"))
    lab.set_hidden((5, 3, 2))
    lab.set_per_layer(True)
    lab.layer_choices[0].set_activation("leaky_relu", {"negative_slope": 0.05})
    lab.layer_choices[2].set_activation("elu")
    lab.set_value("compare_kind", "learning_rate")
    lab.set_value("compare_learning_rate", 0.1)
    lab.set_value("regularization", "l2")
    lab.set_value("reg_rate", 0.001)
    lab.set_value("show_test", True)
    lab.add_point(1.0, 1.0)
    lab.add_point(-2.0, 3.5, -1.0)
    lab.step(25)
    lab.set_weight(1, 0, 0, 0.75)
    return lab


@pytest.fixture(scope="module")
def saved_state() -> dict:
    return trained_lab().to_state()


def round_trip(lab: TrainingLab) -> tuple[TrainingLab, list[str]]:
    text = session_file.dumps([lab])
    other = TrainingLab()
    notes = session_file.loads(text, [other])
    return other, notes


def test_the_whole_lab_round_trips_through_a_lesson_file() -> None:
    lab = trained_lab()
    other, notes = round_trip(lab)
    assert notes == []
    assert other.to_state() == lab.to_state()
    assert other.epoch == 25 and other.per_layer and other.layer_choices[2].key == "elu"
    np.testing.assert_array_equal(other.drawn_points, lab.drawn_points)
    for a, b in zip(other.main.weights + other.main.biases, lab.main.weights + lab.main.biases,
                    strict=True):  # fmt: skip
        np.testing.assert_array_equal(a, b)  # bit for bit
    assert other.main.weights[1][0, 0] == 0.75
    assert other.compare is not None and other.compare.history == lab.compare.history


def test_a_restored_lesson_has_the_same_future() -> None:
    lab = trained_lab()
    other, _ = round_trip(lab)
    lab.step(10)
    other.step(10)
    assert other.main.history == lab.main.history
    assert other.compare.history == lab.compare.history


def test_a_lessons_sentence_travels_with_it() -> None:
    lab = TrainingLab()
    lab.apply_preset("relu_dies")
    lab.step(3)
    other, notes = round_trip(lab)
    assert notes == [] and other.notice == lab.notice != ""
    state = lab.to_state()
    state["notice"] = "Notice: a teacher's own words. " * 100
    notes = []
    clean = other.check_state(state, notes)
    assert len(clean["notice"]) == 1000 and "notice" in notes[0]


def test_loaded_points_round_trip_too() -> None:
    lab = TrainingLab()
    lab.load_points_csv("1,2,0.5\n-1,-2,-0.25\n3,1,0.125\n")
    lab.step(3)
    other, notes = round_trip(lab)
    assert notes == [] and other.dataset == "points_reg"
    np.testing.assert_array_equal(other.loaded_points, lab.loaded_points)
    assert other.main.history == lab.main.history


def test_out_of_range_values_are_clamped_with_a_note() -> None:
    lab = TrainingLab()
    state = lab.to_state()
    state.update(noise=3.0, hidden=[12, 0, 4], learning_rate=1e9, extra=1)
    state["drawn_points"] = [[9.0, 0.0, 0.4]]
    notes: list[str] = []
    clean = lab.check_state(state, notes)
    assert clean["noise"] == 0.5 and clean["hidden"] == (8, 1, 4) and clean["learning_rate"] == 10
    assert clean["drawn_points"].tolist() == [[6.0, 0.0, 1.0]]
    text = "\n".join(notes)
    for word in ("noise", "hidden[0]", "hidden[1]", "learning_rate", "extra", "drawn_points[0]"):
        assert word in text
    assert len(notes) >= 7


def test_weights_of_another_shape_start_afresh_with_a_note(saved_state) -> None:
    state = copy.deepcopy(saved_state)
    state["hidden"] = [4, 2]  # the weights were saved for (5, 3, 2)
    other = TrainingLab()
    notes: list[str] = []
    other.apply_state(other.check_state(state, notes))
    assert any("do not fit" in note for note in notes)
    assert other.epoch == 0 and [w.shape for w in other.main.weights] == [(3, 4), (4, 2), (2, 1)]


@pytest.mark.parametrize(
    "damage",
    [
        lambda s: s.update(dataset=7),
        lambda s: s.update(dataset="moons"),
        lambda s: s.update(features="x1"),
        lambda s: s.update(hidden="4,2"),
        lambda s: s.update(hidden=[4, "2"]),
        lambda s: s.update(seed=1.5),
        lambda s: s.update(show_test="yes"),
        lambda s: s.update(epoch=-1.5),
        lambda s: s.update(activation={"key": "no_such_activation"}),
        lambda s: s.update(layer_activations={"key": "relu"}),
        lambda s: s.update(drawn_points=[[1.0, float("nan"), 1.0]]),
        lambda s: s.update(drawn_points=[[1.0, 2.0]]),
        lambda s: s.update(loaded_points="1,2,3"),
        lambda s: s["network"].update(weights=[[["0.1"]]]),
        lambda s: s["network"]["weights"][0][0].__setitem__(0, float("inf")),
        lambda s: s["network"].update(history=[[1, "low", None]]),
        lambda s: s["network"].update(diverged_at="soon"),
        lambda s: s.update(network=[1, 2]),
        lambda s: s.update(notice=["not", "text"]),
    ],
)
def test_a_bad_section_is_refused_and_the_lab_is_untouched(damage, saved_state) -> None:
    state = copy.deepcopy(saved_state)
    damage(state)
    lab = TrainingLab()
    lab.step(4)
    lab.add_point(0.5, 0.5)
    before = lab.to_state()
    text = json.dumps({"format": "actviz-session", "version": [1, 0], "state": {"training": state}})
    with pytest.raises(session_file.SessionFileError, match="training"):
        session_file.loads(text, [lab])
    assert lab.to_state() == before


def test_a_diverged_run_can_be_saved_and_restored() -> None:
    lab = TrainingLab()
    lab.set_dataset("reg_plane")
    lab.set_hidden(())
    lab.set_learning_rate(10.0)
    lab.step(100)
    assert lab.main.diverged_at is not None
    other, _ = round_trip(lab)
    assert other.main.diverged_at == lab.main.diverged_at and other.step(1) == 0


def test_the_loss_history_csv_reads_back_to_the_same_numbers() -> None:
    lab = trained_lab()
    rows = list(csv.reader(io.StringIO(loss_history_csv(lab))))
    assert rows[0] == [
        "epoch",
        "train_loss",
        "test_loss",
        "compare_train_loss",
        "compare_test_loss",
    ]
    assert len(rows) == 1 + len(lab.main.history)
    for row, (epoch, train, test), (_, c_train, c_test) in zip(
        rows[1:], lab.main.history, lab.compare.history, strict=True
    ):
        assert [int(row[0]), float(row[1]), float(row[2])] == [epoch, train, test]
        assert [float(row[3]), float(row[4])] == [c_train, c_test]


def test_the_network_json_rebuilds_the_same_predictions() -> None:
    """Read back with plain numpy and the written convention, the network predicts what the lab
    draws (the activations are written as keys and params, here evaluated by hand)."""
    lab = trained_lab()
    document = json.loads(network_json(lab))
    assert document["sizes"] == [3, 5, 3, 2, 1]
    assert [layer["activation"] for layer in document["hidden_layers"]] == [
        "leaky_relu", "tanh", "elu",
    ]  # fmt: skip
    assert document["hidden_layers"][0]["params"] == {"negative_slope": 0.05}
    assert (
        document["features"] == ["x1", "x2", "x1*x2"] and document["output"]["activation"] == "tanh"
    )
    hand = {
        "leaky_relu": lambda z, p: np.where(z > 0, z, p["negative_slope"] * z),
        "tanh": lambda z, p: np.tanh(z),
        "elu": lambda z, p: np.where(z > 0, z, p["alpha"] * np.expm1(np.minimum(z, 0))),
    }
    points = np.array([[1.5, -2.0], [-4.0, 0.25], [0.0, 3.0]])
    a = np.column_stack([points[:, 0], points[:, 1], points[:, 0] * points[:, 1]])
    for layer, w, b in zip(document["hidden_layers"], document["weights"], document["biases"],
                           strict=False):  # fmt: skip
        a = hand[layer["activation"]](a @ np.array(w) + np.array(b), layer["params"])
    out = np.tanh(a @ np.array(document["weights"][-1]) + np.array(document["biases"][-1]))[:, 0]
    drawn = lab.main.layer_outputs(lab.spec(), a_features(lab, points))[-1][:, 0]
    np.testing.assert_allclose(out, drawn, rtol=1e-12)
    assert network_document(lab)["training"]["epoch"] == 25


def a_features(lab: TrainingLab, points: np.ndarray) -> np.ndarray:
    from actviz.core.training.fitting import feature_matrix

    return feature_matrix(points, lab.features)
