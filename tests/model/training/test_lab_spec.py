"""What the lab tells each network it is (TrainingSettings.spec), setting by setting.

References: the options' defaults (Playground's: features x1 and x2, hidden [4, 2] with tanh,
learning rate 0.03, batch 10, no regularisation, 'playground' init, seed 0, a tanh output with
the square loss), the output choice (tanh with the square loss, or sigmoid with cross-entropy;
a regression set always uses identity and the square loss), and the comparison kinds (the
compared network differs from the main one only in the compared setting).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from actviz.model.training.lab import TrainingLab
from actviz.model.training.spec import NetworkSpec

DEFAULT = NetworkSpec(
    features=("x1", "x2"), hidden=(4, 2), keys=("tanh", "tanh"), params=({}, {}),
    init="playground", seed=0, output="tanh", loss="square", learning_rate=0.03, batch_size=10,
    regularization="none", reg_rate=0.0,
)  # fmt: skip


def test_the_default_spec_is_playgrounds_and_nothing_is_compared() -> None:
    lab = TrainingLab()
    assert lab.spec() == DEFAULT and lab.spec(compare=True) == DEFAULT
    assert DEFAULT.sizes == (2, 4, 2, 1)


def test_every_training_setting_reaches_the_spec() -> None:
    lab = TrainingLab()
    changes = {
        "features": ("x1^2", "sin(x2)"), "hidden": (3,), "seed": 9, "learning_rate": 0.1,
        "batch_size": 25, "regularization": "l1", "reg_rate": 0.002, "init": "xavier",
    }  # fmt: skip
    for name, value in changes.items():
        lab.set_value(name, value)
    expected = replace(DEFAULT, keys=("tanh",), params=({},), **changes)
    assert lab.spec() == expected and lab.spec(compare=True) == expected


@pytest.mark.parametrize(
    ("dataset", "output", "unit", "loss"),
    [
        ("circle", "tanh", "tanh", "square"),
        ("circle", "sigmoid", "sigmoid", "bce"),
        ("reg_plane", "sigmoid", "identity", "square"),
        ("reg_gauss", "tanh", "identity", "square"),
    ],
)
def test_the_output_unit_and_loss_follow_the_problem(dataset, output, unit, loss) -> None:
    lab = TrainingLab()
    lab.set_dataset(dataset)
    lab.set_value("output", output)
    assert (lab.spec().output, lab.spec().loss) == (unit, loss)


@pytest.mark.parametrize(
    ("kind", "compared"),
    [
        ("learning_rate", {"learning_rate": 0.3}),
        ("init", {"init": "he"}),
        ("activation", {"keys": ("leaky_relu", "leaky_relu"),
                        "params": ({"negative_slope": 0.2}, {"negative_slope": 0.2})}),
    ],
)  # fmt: skip
def test_the_compared_network_differs_in_the_compared_setting_only(kind, compared) -> None:
    lab = TrainingLab()
    lab.compare_choice.set_activation("leaky_relu", {"negative_slope": 0.2})
    lab.set_value("compare_kind", kind)
    assert lab.spec() == DEFAULT
    assert lab.spec(compare=True) == replace(DEFAULT, **compared)


def test_per_layer_activations_reach_the_main_spec_but_not_a_compared_activation() -> None:
    lab = TrainingLab()
    lab.set_per_layer(True)
    lab.layer_choices[1].set_activation("elu", {"alpha": 0.5})
    assert lab.spec().keys == ("tanh", "elu") and lab.spec().params == ({}, {"alpha": 0.5})
    lab.set_value("compare_kind", "activation")
    assert lab.spec(compare=True).keys == ("relu", "relu")
    lab.set_value("compare_kind", "init")
    assert lab.spec(compare=True).keys == ("tanh", "elu")


def test_the_seed_draws_the_first_weights_again_and_again() -> None:
    first, again, other = TrainingLab(), TrainingLab(), TrainingLab()
    first.set_value("seed", 5)
    again.set_value("seed", 5)
    assert first.spec().seed == 5 and other.spec().seed == 0
    for a, b, c in zip(first.main.weights, again.main.weights, other.main.weights, strict=True):
        assert np.array_equal(a, b) and not np.array_equal(a, c)
    first.step(3)
    first.reset()  # fresh weights from the same seed
    for a, b in zip(first.main.weights, again.main.weights, strict=True):
        assert np.array_equal(a, b)
