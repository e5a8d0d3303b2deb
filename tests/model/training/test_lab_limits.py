"""The training lab's declared ranges and limits, accepted exactly at the edge and refused one step
past it with the sentence the field shows, and the loss history's length limit.

References: the ranges in actviz.model.training.options (NOISE_RANGE = (0, 0.5), SEED_RANGE =
(0, 2**31 - 1), BATCH_RANGE = (1, 500), LEARNING_RATE_RANGE = (1e-5, 10), the plane [-6, 6]^2,
MAX_DRAWN_POINTS = 1000), the check functions' sentences ("{name} must be ..., got {value}"),
TrainingLab.step's 1 to MAX_EPOCHS_PER_STEP = 10000 epochs, data.build_split (too few points to
split: what there is trains; Playground's split gives floor(n * share) points to training, at
least one to each part) and run.MAX_HISTORY = 4000 (past it every other old row is dropped; a
saved history keeps its last 4000 rows).
"""

from __future__ import annotations

import math

import pytest

from actviz.model.training.lab import TrainingLab
from actviz.model.training.options import SOURCES
from actviz.model.training.run import NetworkRun


def refusal(name: str, value: object) -> str:
    lab = TrainingLab()
    with pytest.raises(ValueError) as refused:
        lab.set_value(name, value)
    return str(refused.value)


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("noise", 0.6, "noise must be from 0 to 0.5, got 0.6"),
        ("noise", -1e-9, "noise must be from 0 to 0.5, got -1e-09"),
        ("noise", math.nan, "noise must be a finite number from 0 to 0.5, got nan"),
        ("noise", math.inf, "noise must be a finite number from 0 to 0.5, got inf"),
        ("noise", "0.1", "noise must be a number from 0 to 0.5, got '0.1'"),
        ("noise", True, "noise must be a number from 0 to 0.5, got True"),
        ("learning_rate", 0.0, "learning rate must be from 1e-05 to 10, got 0"),
        ("train_fraction", 0.95, "training share must be from 0.1 to 0.9, got 0.95"),
        ("seed", 2**31, "seed must be a whole number from 0 to 2147483647, got 2147483648"),
        ("seed", 1.5, "seed must be a whole number from 0 to 2147483647, got 1.5"),
        ("seed", True, "seed must be a whole number from 0 to 2147483647, got True"),
        ("batch_size", 501, "batch size must be a whole number from 1 to 500, got 501"),
        ("batch_size", 0, "batch size must be a whole number from 1 to 500, got 0"),
        ("dataset", "nope", f"data set must be one of {', '.join(SOURCES)}, got 'nope'"),
        ("speed", "warp", "speed must be one of slow, playground, fast, got 'warp'"),
        ("output", 3, "output must be one of tanh, sigmoid, got 3"),
        ("init", "orthogonal",
         "initialisation must be one of playground, xavier, he, zeros, got 'orthogonal'"),
    ],
)  # fmt: skip
def test_a_value_past_its_range_is_refused_with_the_fields_sentence(name, value, message) -> None:
    assert refusal(name, value) == message


@pytest.mark.parametrize(
    ("name", "edges"),
    [
        ("noise", (0.0, 0.5)),
        ("train_fraction", (0.1, 0.9)),
        ("learning_rate", (1e-5, 10.0)),
        ("seed", (0, 2**31 - 1)),
        ("batch_size", (1, 500)),
    ],
)
def test_both_edges_of_a_range_are_accepted(name: str, edges: tuple) -> None:
    lab = TrainingLab()
    for value in edges:
        lab.set_value(name, value)
        assert lab.value(name) == value and type(lab.value(name)) is type(value)


def test_a_whole_float_counts_as_a_whole_number() -> None:
    lab = TrainingLab()
    lab.set_value("seed", 7.0)
    assert lab.seed == 7 and type(lab.value("seed")) is int
    assert lab.step(2.0) == 2 and lab.epoch == 2


def test_a_step_runs_1_to_10000_epochs() -> None:
    lab = TrainingLab()
    for epochs in (0, 10_001, 1.5, "3"):
        with pytest.raises(ValueError) as refused:
            lab.step(epochs)
        shown = repr(epochs)
        assert str(refused.value) == f"epochs must be a whole number from 1 to 10000, got {shown}"
    assert lab.epoch == 0


def test_drawn_points_stay_on_the_plane_and_stop_at_the_limit() -> None:
    lab = TrainingLab()
    lab.add_point(6.0, -6.0)  # the plane's corner
    refused = {
        (6.5, 0.0, None): "x must be from -6 to 6, got 6.5",
        (0.0, -6.01, None): "y must be from -6 to 6, got -6.01",
        (0.0, 0.0, 0.5): "a class is -1 or +1, got 0.5",
        (0.0, 0.0, 1.5): "label must be from -1 to 1, got 1.5",
    }
    for args, message in refused.items():
        with pytest.raises(ValueError) as error:
            lab.add_point(*args)
        assert str(error.value) == message
    for i in range(999):
        lab.add_point(i % 13 - 6.0, i % 11 - 5.0, 1.0 if i % 2 else -1.0)
    assert len(lab.drawn_points) == 1000
    with pytest.raises(ValueError) as error:
        lab.add_point(0.0, 0.0)
    assert str(error.value) == "at most 1000 drawn points; clear some first"
    assert len(lab.drawn_points) == 1000


def test_one_loaded_point_trains_and_two_are_split_one_and_one() -> None:
    lab = TrainingLab()
    lab.load_points_csv("1,2,1\n")
    assert len(lab.data.train_x) == 1 and len(lab.data.test_x) == 0
    assert lab.data.train_x.tolist() == [[1.0, 2.0]] and lab.data.train_y.tolist() == [1.0]
    lab.load_points_csv("1,2,1\n-1,-2,-1\n")
    assert len(lab.data.train_x) == 1 and len(lab.data.test_x) == 1
    both = sorted(lab.data.train_x.tolist() + lab.data.test_x.tolist())
    assert both == [[-1.0, -2.0], [1.0, 2.0]]


def test_the_history_thins_every_other_old_row_past_4000() -> None:
    run = NetworkRun(TrainingLab().spec())
    for epoch in range(4000):
        run.record(epoch, 1.0 / (epoch + 1), None)
    assert [row[0] for row in run.history] == list(range(4000))  # full, not yet past it
    run.record(4000, 0.5, 0.25)
    assert [row[0] for row in run.history] == [*range(0, 4000, 2), 4000]
    assert run.history[-1] == (4000, 0.5, 0.25) and run.history[1] == (2, 1.0 / 3, None)


def test_a_saved_history_keeps_its_last_4000_rows() -> None:
    lab = TrainingLab()
    state = lab.main.to_state()
    state["history"] = [[epoch, 0.5, None] for epoch in range(4001)]
    checked = NetworkRun.check_state(state, lab.spec().sizes, "net", [])
    assert [row[0] for row in checked["history"]] == list(range(1, 4001))
