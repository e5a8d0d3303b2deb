"""The training lab's state: Playground's defaults, validation, events, the run, the learner's
points, the comparison and what the views are given to draw.

Reference values come from the issue's definitions (Playground's defaults, the square loss
1/2 (out - y)^2, a tanh network f(a W + b)) computed here with plain numpy, not from the lab."""

from __future__ import annotations

import math

import numpy as np
import pytest

from actviz.model.state import Saveable
from actviz.model.training.lab import TrainingLab
from actviz.model.training.options import PLANE_EXTENT


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def __call__(self, *args: object) -> None:
        self.calls.append(args)


def tanh_network(weights, biases, x):
    """Every layer f(a W + b) with f = tanh, the output too: the issue's definition."""
    a = x
    for w, b in zip(weights, biases, strict=True):
        a = np.tanh(a @ w + b)
    return a[:, 0]


def test_defaults_are_playgrounds() -> None:
    lab = TrainingLab()
    assert isinstance(lab, Saveable) and lab.state_key == "training"
    assert lab.dataset == "circle" and lab.features == ("x1", "x2") and lab.hidden == (4, 2)
    assert lab.choice.key == "tanh" and lab.learning_rate == 0.03 and lab.batch_size == 10
    assert lab.train_fraction == 0.5 and lab.regularization == "none" and lab.init == "playground"
    assert lab.epoch == 0 and not lab.running
    data = lab.data
    assert len(data.train_x) == 250 and len(data.test_x) == 250  # 500 points, half for training
    assert set(np.unique(data.train_y)) == {-1.0, 1.0}
    shapes = [w.shape for w in lab.main.weights]
    assert shapes == [(2, 4), (4, 2), (2, 1)]
    assert all(np.all(np.abs(w) <= 0.5) for w in lab.main.weights)  # uniform in [-0.5, 0.5]
    assert all(np.all(b == 0.1) for b in lab.main.biases)  # Playground's biases


@pytest.mark.parametrize(
    ("name", "good", "bad"),
    [
        ("dataset", "spiral", ["nope", 3, None]),
        ("function", "cubic", ["tan", ""]),
        ("noise", 0.25, [-0.1, 0.6, math.nan, math.inf, "0.1", True]),
        ("train_fraction", 0.7, [0.0, 0.95, math.nan]),
        ("seed", 17, [-1, 2**31, 1.5, "3"]),
        ("features", ("x1^2", "x2^2"), [(), ("x3",), "x1", [1]]),
        ("hidden", (8, 1, 3), [(0,), (9,), (4,) * 7, (2.5,), "42"]),
        ("init", "he", ["orthogonal", 0]),
        ("output", "sigmoid", ["relu"]),
        ("learning_rate", 0.3, [0.0, 11.0, -1.0, math.nan, math.inf]),
        ("batch_size", 30, [0, 501, 2.5]),
        ("regularization", "l1", ["L3", None]),
        ("reg_rate", 0.01, [-0.001, 11.0, math.nan]),
        ("compare_kind", "init", ["weights"]),
        ("compare_learning_rate", 1.0, [0.0, 20.0]),
        ("point_value", -0.5, [-1.5, 2.0, math.nan]),
        ("speed", "slow", ["warp"]),
    ],
)
def test_setters_validate_emit_once_and_stay_silent_when_unchanged(name, good, bad) -> None:
    lab = TrainingLab()
    seen = Recorder()
    getattr(lab.events, name).connect(seen)
    lab.set_value(name, good)
    assert lab.value(name) == good and seen.calls == [(good,)]
    lab.set_value(name, good)
    assert len(seen.calls) == 1
    for value in bad:
        with pytest.raises(ValueError) as refused:
            lab.set_value(name, value)
        assert str(refused.value)  # a sentence for the field's message line
        assert lab.value(name) == good
    assert len(seen.calls) == 1


def test_data_and_network_changes_start_afresh_but_the_learning_rate_does_not() -> None:
    lab = TrainingLab()
    lab.step(3)
    network = Recorder()
    lab.events.network.connect(network)
    lab.set_learning_rate(0.1)
    lab.set_value("batch_size", 5)
    lab.set_value("regularization", "l2")
    assert lab.epoch == 3 and network.calls == []
    lab.play()
    lab.set_hidden((3,))
    assert lab.epoch == 0 and len(network.calls) == 1 and not lab.running
    assert [w.shape for w in lab.main.weights] == [(2, 3), (3, 1)]
    lab.step(2)
    lab.choice.set_activation("relu")  # the activation is part of the network
    assert lab.epoch == 0 and len(network.calls) == 2


def test_a_step_trains_one_epoch_and_records_the_square_loss() -> None:
    lab = TrainingLab()
    assert lab.step(1) == 1 and lab.epoch == 1
    epoch, train, test = lab.main.history[-1]
    data = lab.data
    out = tanh_network(lab.main.weights, lab.main.biases, data.train_x)
    assert epoch == 1
    assert train == pytest.approx(np.mean(0.5 * (out - data.train_y) ** 2), rel=1e-12)
    out = tanh_network(lab.main.weights, lab.main.biases, data.test_x)
    assert test == pytest.approx(np.mean(0.5 * (out - data.test_y) ** 2), rel=1e-12)


def test_training_learns_the_circle_and_the_same_seed_gives_the_same_run() -> None:
    first, second = TrainingLab(), TrainingLab()
    first.step(150)
    second.step(100)
    second.step(50)
    assert first.main.history[-1][1] < 0.2 * first.main.history[0][1]
    assert first.main.history == second.main.history
    for a, b in zip(first.main.weights, second.main.weights, strict=True):
        np.testing.assert_array_equal(a, b)


def test_a_comparison_differing_in_nothing_trains_exactly_like_the_network() -> None:
    """Same data, same seed, same batches: with its learning rate equal, the twin is identical."""
    lab = TrainingLab()
    lab.set_value("compare_kind", "learning_rate")
    lab.set_value("compare_learning_rate", lab.learning_rate)
    lab.step(20)
    assert lab.compare is not None and lab.compare.history == lab.main.history
    lab.set_value("compare_learning_rate", 1.0)  # applies from the next epoch, no restart
    assert lab.epoch == 20
    lab.step(5)
    assert lab.compare.history[-1] != lab.main.history[-1]


def test_the_compared_activation_starts_from_the_same_weights() -> None:
    lab = TrainingLab()
    lab.compare_choice.set_activation("relu")
    lab.set_value("compare_kind", "activation")
    assert lab.spec(compare=True).keys == ("relu", "relu") and lab.spec().keys == ("tanh", "tanh")
    for a, b in zip(lab.main.weights, lab.compare.weights, strict=True):
        np.testing.assert_array_equal(a, b)
    lab.set_value("compare_kind", "init")
    lab.set_value("compare_init", "zeros")
    assert all(np.all(w == 0) for w in lab.compare.weights)
    lab.set_value("compare_kind", "off")
    assert lab.compare is None


def test_one_activation_per_layer_starts_from_the_shared_one() -> None:
    lab = TrainingLab()
    lab.choice.set_activation("leaky_relu", {"negative_slope": 0.2})
    lab.set_per_layer(True)
    assert [c.key for c in lab.layer_choices] == ["leaky_relu"] * 6
    assert lab.layer_choices[3].params == {"negative_slope": 0.2}
    lab.layer_choices[1].set_activation("sigmoid")
    assert lab.spec().keys == ("leaky_relu", "sigmoid")
    lab.step(1)
    lab.layer_choices[5].set_activation("elu")  # a layer the network does not have: no restart
    assert lab.epoch == 1


def test_drawn_points_train_and_are_checked() -> None:
    lab = TrainingLab()
    data, trained = Recorder(), Recorder()
    lab.events.data.connect(data)
    lab.events.trained.connect(trained)
    before = len(lab.data.train_x)
    lab.add_point(1.0, -2.0)  # the chosen class, +1 by default
    lab.add_point(2.0, 2.0, -1.0)
    assert len(lab.data.train_x) == before + 2 and len(lab.data.test_x) == 250
    np.testing.assert_array_equal(lab.drawn_points, [[1.0, -2.0, 1.0], [2.0, 2.0, -1.0]])
    assert len(data.calls) == 2 and len(trained.calls) == 2
    for bad in ((7.0, 0.0, None), (0.0, math.nan, None), (0.0, 0.0, 0.5), ("1", 0.0, None)):
        with pytest.raises(ValueError):
            lab.add_point(*bad)
    lab.remove_last_point()
    np.testing.assert_array_equal(lab.drawn_points, [[1.0, -2.0, 1.0]])
    lab.clear_points()
    assert len(lab.drawn_points) == 0 and len(lab.data.train_x) == before
    lab.clear_points()
    assert len(data.calls) == 4  # an empty clear changes nothing


def test_a_regression_set_takes_values_and_clears_points_of_the_other_kind() -> None:
    lab = TrainingLab()
    lab.add_point(0.0, 0.0)
    lab.set_dataset("reg_plane")
    assert lab.regression and len(lab.drawn_points) == 0 and "cleared" in lab.message
    lab.set_value("point_value", 0.25)
    lab.add_point(1.0, 1.0)
    lab.add_point(1.0, 2.0, -0.75)
    np.testing.assert_array_equal(lab.drawn_points[:, 2], [0.25, -0.75])
    assert lab.spec().output == "identity" and lab.spec().loss == "square"
    lab.set_dataset("reg_gauss")  # another regression set keeps them
    assert len(lab.drawn_points) == 2


def test_your_points_alone_can_be_trained_and_an_empty_set_says_so() -> None:
    lab = TrainingLab()
    lab.set_dataset("points")
    assert len(lab.data.train_x) == 0
    assert lab.step(5) == 0 and "no training points" in lab.message
    lab.play()
    assert not lab.running
    lab.add_point(-3.0, 0.0, -1.0)
    lab.add_point(3.0, 0.0, 1.0)
    assert lab.step(50) == 50
    assert lab.main.history[-1][1] < lab.main.history[0][1]
    assert lab.main.history[-1][2] is None  # no test points


def test_loading_csv_replaces_the_data_and_refuses_bad_rows_whole() -> None:
    lab = TrainingLab()
    count = lab.load_points_csv("x,y,label\n1,2,1\n-1,-2,-1\n0.5,0.5,1\n3,3,-1\n")
    assert count == 4 and lab.dataset == "points" and not lab.regression
    assert len(lab.data.train_x) + len(lab.data.test_x) == 4
    before = lab.to_state()
    with pytest.raises(ValueError, match=r"line 3") as refused:
        lab.load_points_csv("x,y,label\n1,2,1\n1,abc,1\n2,2,nan\n")
    assert "line 4" in str(refused.value)
    assert lab.to_state() == before
    lab.load_points_csv("0,0,0.3\n1,1,-0.2\n")
    assert lab.dataset == "points_reg" and lab.regression


def test_a_learning_rate_far_too_large_stops_with_a_message_and_finite_weights() -> None:
    lab = TrainingLab()
    lab.set_dataset("reg_plane")
    lab.set_hidden(())
    lab.set_learning_rate(10.0)
    lab.play()
    lab.step(200)
    assert lab.main.diverged_at is not None and "diverged" in lab.message
    assert not lab.running
    assert all(np.all(np.isfinite(w)) for w in lab.main.weights)
    assert all(math.isfinite(row[1]) for row in lab.main.history)
    epoch = lab.epoch
    assert lab.step(5) == 0 and lab.epoch == epoch
    lab.reset()
    assert lab.main.diverged_at is None and lab.message == "" and lab.epoch == 0


def test_a_weight_can_be_edited_within_limits() -> None:
    lab = TrainingLab()
    trained = Recorder()
    lab.events.trained.connect(trained)
    lab.set_weight(0, 1, 3, -2.5)
    assert lab.main.weights[0][1, 3] == -2.5 and len(trained.calls) == 1
    lab.set_weight(0, 1, 3, -2.5)
    assert len(trained.calls) == 1
    for bad in (
        (0, 2, 0, 1.0),
        (3, 0, 0, 1.0),
        (0, 0, 0, math.nan),
        (0, 0, 0, 1e6),
        (0, 0, 0, "1"),
    ):
        with pytest.raises(ValueError):
            lab.set_weight(*bad)
    assert lab.main.weights[0][1, 3] == -2.5


def test_the_decision_map_is_the_output_at_each_cell_centre() -> None:
    lab = TrainingLab()
    lab.step(10)
    picture = lab.picture(100)
    assert picture.decision.shape == (100, 100)
    centres = np.linspace(-PLANE_EXTENT + 0.06, PLANE_EXTENT - 0.06, 100)
    i, j = 17, 82  # [x index, y index]
    point = np.array([[centres[i], centres[j]]])
    expected = tanh_network(lab.main.weights, lab.main.biases, point)[0]
    assert picture.decision[i, j] == pytest.approx(expected, rel=1e-12)
    assert [c.shape for c in picture.columns] == [(2, 100, 100), (4, 100, 100), (2, 100, 100),
                                                  (1, 100, 100)]  # fmt: skip
    np.testing.assert_allclose(picture.columns[0][0][:, 0], centres)  # the x1 unit shows x1
    assert lab.picture(100) is picture  # one forward pass per change, however many views ask


def test_a_sigmoid_output_is_drawn_on_the_labels_scale() -> None:
    lab = TrainingLab()
    lab.set_value("output", "sigmoid")
    assert lab.spec().loss == "bce"
    picture = lab.picture(40)
    probability = picture.columns[-1][0]
    np.testing.assert_allclose(picture.decision, 2 * probability - 1)


def test_relu_units_that_never_fire_are_reported_dead() -> None:
    lab = TrainingLab()
    lab.choice.set_activation("relu")
    state = lab.to_state()
    for row in state["network"]["weights"][0]:
        row[2] = 0.0
    state["network"]["biases"][0][2] = -1.0  # z = -1 for every point: never active
    lab.apply_state(lab.check_state(state, []))
    picture = lab.picture(20)
    assert picture.dead[0].tolist() == [False, False, True, False]


def test_the_hidden_space_of_a_two_unit_layer() -> None:
    lab = TrainingLab()
    lab.step(30)
    assert lab.two_unit_layers() == [1]
    space = lab.hidden_space(1)
    data = lab.data
    assert space.train.shape == (len(data.train_x), 2)
    first = np.tanh(data.train_x @ lab.main.weights[0] + lab.main.biases[0])
    np.testing.assert_allclose(
        space.train, np.tanh(first @ lab.main.weights[1] + lab.main.biases[1]), rtol=1e-12
    )
    w, b = lab.main.weights[2][:, 0], lab.main.biases[2][0]
    assert len(space.boundary) == 2
    np.testing.assert_allclose(space.boundary @ w + b, 0.0, atol=1e-9)  # where the output is 0
    with pytest.raises(ValueError, match="2 units"):
        lab.hidden_space(0)


def test_making_the_lab_at_start_up_loads_no_network_maths() -> None:
    """The app makes every lab's model before its first paint: the training maths waits."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from actviz.model.training.lab import TrainingLab\n"
        "lab = TrainingLab()\n"
        "print(sorted(m for m in ('actviz.core.training.mlp', 'actviz.core.training.sgd',\n"
        "    'actviz.core.training.fitting', 'actviz.model.training.run',\n"
        "    'actviz.model.training.maps')\n"
        "    if m in sys.modules))\n"
        "lab.step(1)\n"
        "print('actviz.core.training.sgd' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split("\n")[:2] == ["[]", "True"]
