"""The training lab's run control after a lesson file is read, and what it says and shows.

References: the lab's module docstring (changing the data or the network starts afresh at epoch 0
and pauses; a lesson file carries its sentence; a manual change clears it), TrainingSettings'
rule that a per-layer activation matters only for layers the network has, the status lines of
actviz.model.training.messages (epochs counted from 1: the epoch that fails is the one after the
last recorded history row), set_weight's index ranges (layer 0 is the inputs; a (n, m) matrix
has sources 0..n-1 and targets 0..m-1), and the decision map's cell centres on [-6, 6]^2.
"""

from __future__ import annotations

import numpy as np
import pytest

from actviz.model.training.lab import TrainingLab
from actviz.model.training.messages import CANNOT_GO_ON, COMPARED_DIVERGED, DIVERGED
from actviz.model.training.options import PLANE_EXTENT

SENTENCE = "Watch how the boundary bends."


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def __call__(self, *args: object) -> None:
        self.calls.append(args)


def restored(lab: TrainingLab) -> TrainingLab:
    state = lab.to_state()
    state["notice"] = SENTENCE
    other = TrainingLab()
    notes: list[str] = []
    other.apply_state(other.check_state(state, notes))
    assert notes == []
    return other


def test_a_restored_lab_pauses_and_restarts_on_the_next_network_change() -> None:
    lab = TrainingLab()
    lab.step(3)
    other = TrainingLab()
    running = Recorder()
    other.events.running.connect(running)
    other.play()
    other.apply_state(other.check_state(lab.to_state(), []))
    assert other.running is False and running.calls == [(True,), (False,)]
    assert other.epoch == 3 and other.main.history == lab.main.history
    other.set_hidden((3,))  # the network changed: fresh weights, epoch 0
    assert other.epoch == 0 and [w.shape for w in other.main.weights] == [(2, 3), (3, 1)]


def test_pause_stops_a_running_lab() -> None:
    lab = TrainingLab()
    running = Recorder()
    lab.events.running.connect(running)
    lab.play()
    lab.pause()
    assert lab.running is False and running.calls == [(True,), (False,)]


def test_after_a_restore_only_a_layer_the_network_has_restarts_it() -> None:
    lab = TrainingLab()
    lab.set_per_layer(True)
    lab.step(2)
    other = restored(lab)
    assert other.notice == SENTENCE and other.epoch == 2
    other.layer_choices[5].set_activation("elu")  # hidden is (4, 2): layer 5 is not there
    assert other.epoch == 2 and other.notice == SENTENCE
    other.layer_choices[1].set_activation("relu")
    assert other.epoch == 0 and other.notice == ""


def test_turning_per_layer_on_again_keeps_each_layers_choice() -> None:
    lab = TrainingLab()
    lab.set_per_layer(True)
    lab.layer_choices[0].set_activation("relu")
    lab.set_per_layer(True)
    assert lab.layer_choices[0].key == "relu" and lab.spec().keys == ("relu", "tanh")
    with pytest.raises(ValueError) as refused:
        lab.set_per_layer("yes")
    assert str(refused.value) == "one activation per layer must be true or false, got 'yes'"


def test_a_broken_compared_network_restarts_both_networks() -> None:
    """The two networks train in step: when one cannot be restored, neither is."""
    lab = TrainingLab()
    lab.set_value("compare_kind", "learning_rate")
    fresh = [w.copy() for w in lab.main.weights]
    lab.step(4)
    state = lab.to_state()
    state["compare_network"]["weights"] = [[[1.0]]]  # the wrong shape: dropped with a note
    other = TrainingLab()
    notes: list[str] = []
    other.apply_state(other.check_state(state, notes))
    assert len(notes) == 1 and "compare_network" in notes[0]
    assert other.epoch == 0 and other.compare is not None
    for got, expected in zip(other.main.weights, fresh, strict=True):
        np.testing.assert_array_equal(got, expected)
    assert other.main.history == [other.main.history[0]] and other.main.history[0][0] == 0


def test_a_broken_network_restarts_at_epoch_zero() -> None:
    lab = TrainingLab()
    lab.step(4)
    state = lab.to_state()
    state["network"]["biases"] = [[0.0]]  # the wrong shape: dropped with a note
    other = TrainingLab()
    notes: list[str] = []
    other.apply_state(other.check_state(state, notes))
    assert len(notes) == 1 and other.epoch == 0 and len(other.main.history) == 1


def diverging_lab() -> TrainingLab:
    """A linear regression with learning rate 10 runs away (Playground's known failure)."""
    lab = TrainingLab()
    lab.set_dataset("reg_plane")
    lab.set_hidden(())
    return lab


def test_a_diverged_network_names_the_epoch_that_failed_and_cannot_go_on() -> None:
    lab = diverging_lab()
    lab.step(3)
    lab.set_learning_rate(10.0)  # applies to the next epochs of the same run
    lab.step(200)
    failed = lab.main.history[-1][0] + 1
    assert failed >= 4 and lab.main.diverged_at == failed - 1
    assert lab.message == DIVERGED.format(epoch=failed, rate="10")
    lab.play()
    assert lab.message == CANNOT_GO_ON and not lab.running


def test_a_diverged_comparison_says_it_was_the_compared_network() -> None:
    lab = diverging_lab()
    lab.set_value("compare_kind", "learning_rate")
    lab.set_value("compare_learning_rate", 10.0)
    lab.step(200)
    assert lab.compare is not None and lab.compare.diverged_at is not None
    failed = lab.compare.history[-1][0] + 1
    assert lab.message == COMPARED_DIVERGED.format(epoch=failed, rate="10")
    assert lab.main.diverged_at is None and lab.epoch == 200  # the network itself trains on


def test_play_without_training_points_says_so() -> None:
    lab = TrainingLab()
    lab.set_dataset("points")
    lab.play()
    assert not lab.running
    assert lab.message == "There are no training points: click on the map to add some."


def test_weights_are_edited_within_each_matrixs_index_ranges() -> None:
    lab = restored(TrainingLab())  # weights (2, 4), (4, 2), (2, 1): layers 0 to 2
    assert lab.notice == SENTENCE
    lab.set_weight(2, 1, 0, 0.5)  # the last layer, the last source, the only target
    assert lab.main.weights[2][1, 0] == 0.5 and lab.notice == ""
    lab.set_weight(0, 1, 3, -100.0)  # the last target of the first layer; the weight limit
    assert lab.main.weights[0][1, 3] == -100.0
    refused = {
        (3, 0, 0, 1.0): "layer must be a whole number from 0 to 2, got 3",
        (0, 2, 0, 1.0): "source unit must be a whole number from 0 to 1, got 2",
        (0, 0, 4, 1.0): "target unit must be a whole number from 0 to 3, got 4",
        (2, 0, 1, 1.0): "target unit must be a whole number from 0 to 0, got 1",
        (0, 0, 0, 100.5): "weight must be from -100 to 100, got 100.5",
    }
    for args, message in refused.items():
        with pytest.raises(ValueError) as error:
            lab.set_weight(*args)
        assert str(error.value) == message


def test_a_preset_refuses_a_seed_out_of_range() -> None:
    lab = TrainingLab()
    with pytest.raises(ValueError) as refused:
        lab.apply_preset("linear_circle", seed=-1)
    assert str(refused.value) == "seed must be a whole number from 0 to 2147483647, got -1"
    assert lab.notice == "" and lab.hidden == (4, 2)


def test_changing_the_activation_clears_the_lessons_sentence() -> None:
    lab = TrainingLab()
    lab.apply_preset("linear_circle")
    assert lab.notice != ""
    lab.choice.set_activation("relu")
    assert lab.notice == ""


def test_the_compared_activation_matters_only_when_it_is_compared() -> None:
    lab = TrainingLab()
    lab.apply_preset("linear_circle")  # compare off
    lab.step(2)
    notice = lab.notice
    lab.compare_choice.set_activation("elu")
    assert lab.epoch == 2 and lab.notice == notice
    lab.apply_preset("relu_vs_tanh")  # compares tanh
    lab.step(2)
    lab.compare_choice.set_activation("sigmoid")
    assert lab.epoch == 0 and lab.notice == ""
    assert lab.compare is not None and lab.spec(compare=True).keys == ("sigmoid", "sigmoid")


def test_the_compared_picture_shows_the_compared_network() -> None:
    """Compared with ReLU (the default comparison), every hidden map is max(0, a W + b)."""
    lab = TrainingLab()
    lab.set_value("compare_kind", "activation")
    assert lab.compare is not None
    lab.set_weight(0, 0, 0, 1.0)  # the main network's weights only
    picture = lab.picture(100, compare=True)
    centres = np.linspace(-PLANE_EXTENT + 0.06, PLANE_EXTENT - 0.06, 100)
    i, j = 17, 82  # [x index, y index]
    point = np.array([centres[i], centres[j]])
    weights, biases = lab.compare.weights, lab.compare.biases
    expected = np.maximum(0.0, point @ weights[0] + biases[0])
    assert picture.columns[1][:, i, j] == pytest.approx(expected, rel=1e-12)
    assert picture is not lab.picture(100)


def test_pictures_are_kept_per_resolution_until_the_networks_change() -> None:
    lab = TrainingLab()
    with pytest.raises(ValueError) as refused:
        lab.picture(20, compare=True)
    assert str(refused.value) == "there is no comparison network"
    default = lab.picture()
    assert default.decision.shape == (100, 100)  # the default resolution
    small = lab.picture(50)
    assert small.decision.shape == (50, 50)
    assert lab.picture(100) is default and lab.picture(50) is small
    lab.step(1)
    assert lab.picture(50) is not small
