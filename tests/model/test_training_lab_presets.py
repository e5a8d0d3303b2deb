"""The training lab's lessons: each sets the lab up in one step, and what its sentence says to
notice is really there, over several seeds (the behaviours the issue lists under Presets)."""

from __future__ import annotations

import numpy as np
import pytest

from actviz.model.training.lab import TrainingLab
from actviz.model.training.options import DEFAULTS
from actviz.model.training.presets import PRESETS, preset

SEEDS = (0, 1)
CHANCE = np.log(2.0)  # cross-entropy of a network that says 1/2 everywhere


def run(name: str, seed: int, epochs: int) -> TrainingLab:
    lab = TrainingLab()
    lab.apply_preset(name, seed=seed)
    assert lab.seed == seed and lab.notice  # another draw of the same lesson
    lab.step(epochs)
    return lab


def final_test(lab: TrainingLab, compare: bool = False) -> float:
    run_ = lab.compare if compare else lab.main
    return run_.history[-1][2]


@pytest.mark.parametrize("item", PRESETS, ids=lambda p: p.name)
def test_a_preset_sets_up_its_lesson_from_the_defaults(item) -> None:
    lab = TrainingLab()
    lab.set_value("batch_size", 3)
    lab.add_point(1.0, 1.0)
    lab.step(2)
    lab.apply_preset(item.name)
    assert lab.notice == item.notice and lab.notice.startswith("Notice: ")
    assert lab.epoch == 0 and not lab.running and len(lab.drawn_points) == 0
    for name, value in {**DEFAULTS, **item.settings}.items():
        if name != "speed":
            assert lab.value(name) == value, name
    assert lab.choice.key == item.activation
    lab.set_value("noise", 0.05)  # a change of the lesson's set-up: its sentence no longer holds
    assert lab.notice == ""


def test_unknown_presets_are_refused_by_name() -> None:
    with pytest.raises(ValueError, match="known: linear_circle"):
        preset("magic")


@pytest.mark.parametrize("seed", SEEDS)
def test_linear_cannot_do_circles_but_squared_features_can(seed) -> None:
    linear = run("linear_circle", seed, 150)
    assert final_test(linear) > 0.9 * CHANCE
    squares = run("squares_circle", seed, 150)
    assert squares.hidden == () and final_test(squares) < 0.1 * CHANCE


@pytest.mark.parametrize("seed", SEEDS)
def test_relu_and_tanh_both_learn_the_circle_and_sigmoid_is_slower(seed) -> None:
    lab = run("relu_vs_tanh", seed, 150)
    assert final_test(lab) < 0.1 and final_test(lab, compare=True) < 0.1
    lab = run("sigmoid_vs_tanh", seed, 150)
    assert final_test(lab) > 3 * final_test(lab, compare=True)


def test_the_spiral_needs_depth_or_sin_features() -> None:
    small = final_test(run("spiral_small", 0, 300))
    sines = final_test(run("spiral_sin", 0, 300))
    deep = final_test(run("spiral_deep", 0, 600))
    assert small > 0.35
    assert sines < 0.5 * small and deep < 0.5 * small


@pytest.mark.parametrize("seed", SEEDS)
def test_too_large_a_learning_rate_does_worse_than_a_small_one(seed) -> None:
    lab = run("lr_diverges", seed, 200)
    big = [row[1] for row in lab.main.history[-50:]]
    small = [row[1] for row in lab.compare.history[-50:]]
    assert min(big) > 10 * max(small)


@pytest.mark.parametrize("seed", SEEDS)
def test_relu_units_die_under_a_large_learning_rate(seed) -> None:
    lab = run("relu_dies", seed, 100)
    dead = lab.picture(20).dead
    assert sum(int(d.sum()) for d in dead) >= 2


@pytest.mark.parametrize("seed", SEEDS)
def test_l1_drives_weights_to_exactly_zero(seed) -> None:
    lab = run("l1_sparse", seed, 200)
    zeros = sum(int(np.count_nonzero(w == 0.0)) for w in lab.main.weights)
    total = sum(w.size for w in lab.main.weights)
    assert zeros >= total // 3 and final_test(lab) < 0.1
    without = TrainingLab()
    without.apply_preset("l1_sparse")
    without.set_value("seed", seed)
    without.set_value("regularization", "none")
    without.step(200)
    assert all(np.count_nonzero(w == 0.0) == 0 for w in without.main.weights)


@pytest.mark.parametrize("seed", SEEDS)
def test_zero_weights_keep_every_unit_of_a_layer_the_same(seed) -> None:
    lab = run("zeros_symmetry", seed, 50)
    for w in lab.main.weights[1:]:  # every unit of a layer receives the same weights
        np.testing.assert_array_equal(w, w[:1].repeat(len(w), axis=0))
    picture = lab.picture(20)
    for column in picture.columns[1:-1]:
        np.testing.assert_array_equal(column, column[:1].repeat(len(column), axis=0))
    assert final_test(lab) > 0.45 and final_test(lab, compare=True) < 0.1
