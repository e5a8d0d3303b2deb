"""A saved training section read back: the exact values kept and the note for every repair.

References: the contract of :mod:`actviz.model.training.state` (wrong types are refused with a
``ValueError`` naming the field, out-of-range numbers are clamped and noted, and every note and
error names its place from the section's key ``training`` down), the declared limits and ranges of
:mod:`actviz.model.training.options` (``MAX_LAYERS``, ``UNITS_RANGE``, ``MAX_DRAWN_POINTS``,
``MAX_LOADED_POINTS``, the plane [-6, 6]², ``POINT_VALUE_RANGE``), ``MAX_EPOCH`` and
``MAX_NOTICE``, and the defaults a fresh lab starts with (``options.DEFAULTS``,
``DEFAULT_ACTIVATION``, ``DEFAULT_COMPARE_ACTIVATION``). Each limit is tried at its edge: the
limit itself is kept silently, one more is cut with its note.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from actviz.model.training.lab import TrainingLab
from actviz.model.training.options import (
    DEFAULT_ACTIVATION,
    DEFAULT_COMPARE_ACTIVATION,
    DEFAULTS,
    MAX_DRAWN_POINTS,
    MAX_LAYERS,
    MAX_LOADED_POINTS,
)
from actviz.model.training.state import MAX_EPOCH, MAX_NOTICE

FRESH_NETWORK = {"weights": None, "biases": None, "history": [], "diverged_at": None}


def not_fitting(where: str, sizes: list[int]) -> str:
    return (
        f"training.{where}: the saved weights do not fit a network of sizes {sizes}; "
        "the network starts from fresh weights"
    )


def check(state: object) -> tuple[dict[str, Any], list[str]]:
    notes: list[str] = []
    return TrainingLab().check_state(state, notes), notes


def test_an_empty_section_reads_as_a_fresh_lab() -> None:
    clean, notes = check({})
    for name, value in DEFAULTS.items():
        assert clean[name] == value, name
    assert clean["activation"] == {"key": DEFAULT_ACTIVATION, "params": {}}
    # a layer without its own saved choice takes the shared activation
    assert clean["layer_activations"] == [{"key": DEFAULT_ACTIVATION, "params": {}}] * MAX_LAYERS
    assert clean["compare_activation"] == {"key": DEFAULT_COMPARE_ACTIVATION, "params": {}}
    assert clean["drawn_points"].shape == (0, 3) and clean["loaded_points"].shape == (0, 3)
    assert clean["epoch"] == 0 and clean["notice"] == ""
    assert clean["network"] == FRESH_NETWORK and clean["compare_network"] is None
    assert notes == []  # no weights were saved, so none were lost
    lab = TrainingLab()
    lab.step(3)
    lab.apply_state(clean)
    assert lab.to_state() == TrainingLab().to_state()
    assert lab.features == ("x1", "x2") and lab.hidden == (4, 2)


def test_every_repair_keeps_the_nearest_allowed_value_and_says_where() -> None:
    state = TrainingLab().to_state()
    state.update(
        extra="?",
        dataset="reg_plane",  # regression: drawn labels are values in [-1, 1]
        noise=3.0,
        seed=-1,
        features=["x9", "x2", "x1"],
        hidden=[0, 9],
        activation={"key": "tanh", "params": {"zz": 1}},
        layer_activations=[{"key": "elu", "params": {}}, {"key": "relu", "params": {"zz": 1}}],
        compare_kind="learning_rate",
        compare_activation={"key": "sigmoid", "params": {"zz": 1}},
        drawn_points=[[7.0, -8.0, 0.25], [1.0, 2.0, 3.0], [0.0, 0.5, -2.0], [0.5, 0.0, -0.75]],
        loaded_points=[[float(i), 0.0, 5.0] for i in range(MAX_LOADED_POINTS + 1)],
        epoch=2 * MAX_EPOCH,
        network={},
        compare_network={"weights": []},
        notice="n" * (MAX_NOTICE + 1),
    )
    clean, notes = check(state)
    assert clean["dataset"] == "reg_plane" and clean["compare_kind"] == "learning_rate"
    assert clean["noise"] == 0.5 and clean["seed"] == 0
    assert clean["features"] == ("x1", "x2") and clean["hidden"] == (1, 8)
    assert clean["activation"] == {"key": "tanh", "params": {}}
    layers = clean["layer_activations"]
    assert [layer["key"] for layer in layers] == ["elu", "relu", *["tanh"] * (MAX_LAYERS - 2)]
    assert clean["compare_activation"] == {"key": "sigmoid", "params": {}}
    assert clean["drawn_points"].tolist() == [
        [6.0, -6.0, 0.25], [1.0, 2.0, 1.0], [0.0, 0.5, -1.0], [0.5, 0.0, -0.75],
    ]  # fmt: skip
    loaded = clean["loaded_points"]
    assert loaded.shape == (MAX_LOADED_POINTS, 3)  # the first ones, labels as they were
    assert loaded[-1].tolist() == [MAX_LOADED_POINTS - 1.0, 0.0, 5.0]
    assert clean["epoch"] == MAX_EPOCH
    assert clean["network"] == FRESH_NETWORK and clean["compare_network"] == FRESH_NETWORK
    assert clean["notice"] == "n" * MAX_NOTICE
    assert sorted(notes) == sorted([
        "training: ignored unknown setting 'extra'",
        "training.noise: 3 is outside [0, 0.5], clamped to 0.5",
        "training.seed: -1 is outside [0, 2147483647], clamped to 0",
        "training.features: ignored unknown feature 'x9'",
        "training.hidden[0].units: 0 is outside [1, 8], clamped to 1",
        "training.hidden[1].units: 9 is outside [1, 8], clamped to 8",
        "training.activation.params: ignored unknown parameter 'zz' of tanh",
        "training.layer_activations[1].params: ignored unknown parameter 'zz' of relu",
        "training.compare_activation.params: ignored unknown parameter 'zz' of sigmoid",
        "training.drawn_points[0]: moved onto the plane [-6, 6]²",
        "training.drawn_points[1]: label 3 read as 1",
        "training.drawn_points[2]: label -2 read as -1",
        f"training.loaded_points: {MAX_LOADED_POINTS + 1} points, kept the first "
        f"{MAX_LOADED_POINTS}",
        f"training.epoch: {2 * MAX_EPOCH} is outside [0, {MAX_EPOCH}], clamped to {MAX_EPOCH}",
        not_fitting("compare_network", [2, 1, 8, 1]),  # network={} saved no weights: no note
        f"training.notice: shortened to {MAX_NOTICE} characters",
    ])  # fmt: skip


def test_a_classification_set_reads_each_drawn_label_as_its_sign() -> None:
    """A label >= 0 is the class +1, as ``add_point`` makes a point of value 0 a +1 point."""
    state = {"dataset": "circle", "drawn_points": [[0, 0, 0.0], [1, 1, -0.5], [2, 2, 0.5]]}
    clean, notes = check(state)
    assert clean["drawn_points"][:, 2].tolist() == [1.0, -1.0, 1.0]
    assert notes[:3] == [
        "training.drawn_points[0]: label 0 read as 1",
        "training.drawn_points[1]: label -0.5 read as -1",
        "training.drawn_points[2]: label 0.5 read as 1",
    ]


def test_no_known_feature_falls_back_to_x1_and_x2() -> None:
    clean, notes = check({"features": ["zz"]})
    assert clean["features"] == ("x1", "x2")
    assert notes[:2] == [
        "training.features: ignored unknown feature 'zz'",
        "training.features: no known feature, using x1 and x2",
    ]


def rows(count: int) -> list[list[float]]:
    """Distinct points on the plane, so that 'the first ones' can be told apart."""
    return [[-6.0 + 12.0 * i / count, 0.0, 1.0] for i in range(count)]


def as_list(value: Any) -> list[Any]:
    return value.tolist() if isinstance(value, np.ndarray) else list(value)


@pytest.mark.parametrize(
    ("field", "at_limit", "one_more"),
    [
        ("hidden", [1] * MAX_LAYERS, [2]),
        ("drawn_points", rows(MAX_DRAWN_POINTS), [[1.0, 1.0, -1.0]]),
        ("loaded_points", rows(MAX_LOADED_POINTS), [[1.0, 1.0, -1.0]]),
        ("notice", "n" * MAX_NOTICE, "m"),
    ],
)
def test_a_limit_is_kept_and_one_more_is_cut_with_a_note(field: str, at_limit, one_more) -> None:
    clean, notes = check({field: at_limit, "network": {}})
    same = as_list(clean[field]) == as_list(at_limit)  # (a bool: no diff of 5000 rows)
    assert same and [note for note in notes if field in note] == []
    clean, notes = check({field: at_limit + one_more, "network": {}})
    same = as_list(clean[field]) == as_list(at_limit)
    assert same
    limit, unit = {
        "hidden": (MAX_LAYERS, "layers"),
        "drawn_points": (MAX_DRAWN_POINTS, "points"),
        "loaded_points": (MAX_LOADED_POINTS, "points"),
        "notice": (MAX_NOTICE, ""),
    }[field]
    expected = (
        f"training.notice: shortened to {MAX_NOTICE} characters"
        if field == "notice"
        else f"training.{field}: {limit + 1} {unit}, kept the first {limit}"
    )
    assert [note for note in notes if field in note] == [expected]


def test_epochs_at_both_ends_of_their_range_are_kept_silently() -> None:
    for epoch in (0, MAX_EPOCH):
        clean, notes = check({"epoch": epoch, "network": {}})
        assert clean["epoch"] == epoch and notes == []


def test_the_compared_network_is_read_only_while_comparing() -> None:
    wrong = {"weights": []}  # would be noted as not fitting if it were read
    clean, notes = check({"compare_kind": "off", "compare_network": wrong, "network": {}})
    assert clean["compare_network"] is None and "compare_network" not in " ".join(notes)
    clean, notes = check({"compare_kind": "init", "network": {}})  # comparing, none saved
    assert clean["compare_network"] is None and "compare_network" not in " ".join(notes)


def damaged(**changes: object) -> Callable[[dict[str, Any]], object]:
    return lambda state: {**state, **changes}


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda state: [state], "training: expected an object, found list"),
        (damaged(dataset="moons"), "training.dataset: 'moons' is not one of "),
        (damaged(noise="a"), "training.noise: expected a number, found 'a'"),
        (damaged(seed=1.5), "training.seed: expected a whole number, found 1.5"),
        (damaged(show_test="yes"), "training.show_test: expected true or false, found 'yes'"),
        (damaged(features="x1"), "training.features: expected a list of feature names"),
        (damaged(hidden="4,2"), "training.hidden: expected a list of unit counts"),
        (damaged(activation={"key": "nope"}), "training.activation.key: unknown activation"),
        (damaged(layer_activations={"key": "relu"}),
         "training.layer_activations: expected a list, found dict"),
        (damaged(layer_activations=[{"key": "nope"}]),
         "training.layer_activations[0].key: unknown activation 'nope'"),
        (damaged(compare_activation={"key": "nope"}),
         "training.compare_activation.key: unknown activation 'nope'"),
        (damaged(drawn_points="1,2,3"),
         "training.drawn_points: expected a list of [x, y, label] rows"),
        (damaged(drawn_points=[5]),
         "training.drawn_points[0]: expected [x, y, label] with finite numbers"),
        (damaged(drawn_points=[[1.0, 2.0]]),
         "training.drawn_points[0]: expected [x, y, label] with finite numbers"),
        (damaged(loaded_points=[[1.0, 2.0, 3.0], [1.0, 2.0, "3"]]),
         "training.loaded_points[1]: expected [x, y, label] with finite numbers"),
        (damaged(epoch=1.5), "training.epoch: expected a whole number, found 1.5"),
        (damaged(network=[1, 2]), "training.network: expected an object, found list"),
        (damaged(compare_kind="init", compare_network=[1]),
         "training.compare_network: expected an object, found list"),
        (damaged(notice=["a"]), "training.notice: expected text, found list"),
    ],
)  # fmt: skip
def test_a_wrong_type_is_refused_naming_its_place(damage, message: str) -> None:
    state = TrainingLab().to_state()
    with pytest.raises(ValueError, match="^" + re.escape(message)):
        check(damage(state))
