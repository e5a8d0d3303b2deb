"""The sentences the training lab's settings refuse a value with, and the loaded-points limit.

References: actviz.model.training.options (a check raises ValueError with a sentence that names the
setting and what it accepts; a refused float is shown in the language's number form, format 'g',
anything else as its repr; features are a non-empty list or set of names from FEATURES, kept in
FEATURES' order; hidden layers are a list of unit counts), and MAX_LOADED_POINTS = 5000 (the lab
takes at most that many points from a CSV file).
"""

from __future__ import annotations

import pytest

from actviz.model.training.data import read_points_csv
from actviz.model.training.lab import TrainingLab
from actviz.model.training.options import MAX_LOADED_POINTS

KNOWN = "x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2)"


def refusal(name: str, value: object) -> str:
    lab = TrainingLab()
    before = lab.value(name)
    with pytest.raises(ValueError) as refused:
        lab.set_value(name, value)
    assert lab.value(name) == before
    return str(refused.value)


@pytest.mark.parametrize(
    ("value", "shown"),
    [("yes", "'yes'"), (None, "None"), (1, "1"), (0.1 + 0.2, "0.3"), (1e-07, "1e-07")],
)
def test_a_switch_takes_only_true_or_false(value: object, shown: str) -> None:
    """0.1 + 0.2 is 0.30000000000000004 as a repr, 0.3 in the 'g' form the learner reads."""
    assert refusal("show_test", value) == f"show test points must be true or false, got {shown}"
    assert refusal("discretize", value) == f"discretize must be true or false, got {shown}"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("x1", f"features must be a list of names from {KNOWN}"),
        (5, f"features must be a list of names from {KNOWN}"),
        (["x1", "x3"], f"unknown feature 'x3'; known: {KNOWN}"),
        ([7], f"unknown feature 7; known: {KNOWN}"),
        ([], "choose at least one input feature"),
        (set(), "choose at least one input feature"),
    ],
)
def test_features_are_refused_with_what_is_known(value: object, message: str) -> None:
    assert refusal("features", value) == message


def test_features_come_in_the_canonical_order_from_a_list_or_a_set() -> None:
    lab = TrainingLab()
    lab.set_features({"x2^2", "x1"})
    assert lab.features == ("x1", "x2^2")
    lab.set_features(frozenset({"sin(x2)"}))
    assert lab.features == ("sin(x2)",)
    lab.set_features(["x1*x2", "x2", "x1*x2"])
    assert lab.features == ("x2", "x1*x2")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("42", "hidden layers must be a list of unit counts"),
        (4, "hidden layers must be a list of unit counts"),
        ((4,) * 7, "at most 6 hidden layers, got 7"),
        ((4, 9), "units in layer 2 must be a whole number from 1 to 8, got 9"),
    ],
)
def test_hidden_layers_are_refused_with_a_sentence(value: object, message: str) -> None:
    assert refusal("hidden", value) == message


def csv_of(count: int) -> str:
    return "x,y,label\n" + "".join(f"{i % 7 - 3},{i % 5 - 2},{1 if i % 2 else -1}\n"
                                   for i in range(count))  # fmt: skip


def test_the_lab_loads_exactly_up_to_its_point_limit() -> None:
    rows, regression = read_points_csv(csv_of(MAX_LOADED_POINTS))
    assert rows.shape == (5000, 3) and not regression
    assert rows[:3].tolist() == [[-3.0, -2.0, -1.0], [-2.0, -1.0, 1.0], [-1.0, 0.0, -1.0]]
    with pytest.raises(ValueError) as refused:
        read_points_csv(csv_of(MAX_LOADED_POINTS + 1))
    assert str(refused.value) == "the file has 5001 points; the lab takes at most 5000"
