"""The lab's drawn and loaded points at their documented edges, and its status lines' C form.

References: the docstrings of :class:`~actviz.model.training.points.TrainingPoints` (a class is -1
or +1; without a label a point takes the class of :attr:`point_value`, whose sign decides as in a
saved state, where a label >= 0 reads as +1; at most ``MAX_DRAWN_POINTS`` drawn points; loaded
points become the data set and the networks start afresh, one restart for the whole load, as
:mod:`actviz.model.training.settings` promises for batched changes) and of
:meth:`LabMessage.english` (numbers in C form: ints as written, floats as ``format(x, "g")``,
worked out by hand here: six significant digits, a lower-case exponent), and of
:func:`~actviz.model.training.presets.preset` (an unknown name is refused listing the known ones).
"""

from __future__ import annotations

import numpy as np
import pytest

from actviz.model.training import messages
from actviz.model.training.lab import TrainingLab
from actviz.model.training.messages import LabMessage
from actviz.model.training.options import MAX_DRAWN_POINTS
from actviz.model.training.presets import PRESETS, preset


def lab_with_drawn_points(count: int) -> TrainingLab:
    lab = TrainingLab()
    xs = np.linspace(-5.0, 5.0, count)
    state = {"drawn_points": [[float(x), 0.0, 1.0] for x in xs]}
    lab.apply_state(lab.check_state(state, []))
    assert len(lab.drawn_points) == count
    return lab


def test_the_last_allowed_drawn_point_is_taken_and_the_next_refused() -> None:
    lab = lab_with_drawn_points(MAX_DRAWN_POINTS - 1)
    lab.add_point(0.5, 0.5)
    assert len(lab.drawn_points) == MAX_DRAWN_POINTS
    with pytest.raises(ValueError) as refused:
        lab.add_point(1.0, 1.0)
    assert str(refused.value) == f"at most {MAX_DRAWN_POINTS} drawn points; clear some first"
    assert len(lab.drawn_points) == MAX_DRAWN_POINTS


@pytest.mark.parametrize(("label", "shown"), [(0.5, "0.5"), (1e-07, "1e-07"), (-0.25, "-0.25")])
def test_a_class_other_than_plus_or_minus_one_is_refused_showing_it(label, shown) -> None:
    lab = TrainingLab()
    with pytest.raises(ValueError) as refused:
        lab.add_point(0.0, 0.0, label)
    assert str(refused.value) == f"a class is -1 or +1, got {shown}"
    assert len(lab.drawn_points) == 0


def test_without_a_label_the_sign_of_the_point_value_gives_the_class() -> None:
    lab = TrainingLab()  # a classification set
    for value in (0.0, 0.5, -0.5, 1.0):
        lab.set_value("point_value", value)
        lab.add_point(value, 0.0)
    assert lab.drawn_points[:, 2].tolist() == [1.0, 1.0, -1.0, 1.0]


def test_removing_the_last_point_keeps_the_others() -> None:
    lab = TrainingLab()
    for x in (1.0, 2.0, 3.0):
        lab.add_point(x, 0.0)
    lab.remove_last_point()
    assert lab.drawn_points[:, 0].tolist() == [1.0, 2.0]


def test_loading_points_restarts_once_and_later_changes_still_restart() -> None:
    lab = TrainingLab()
    lab.step(5)
    seen_during_the_switch: list[int] = []
    restarts: list[None] = []
    lab.events.dataset.connect(lambda _name: seen_during_the_switch.append(len(all_points(lab))))
    lab.events.network.connect(lambda: restarts.append(None))
    assert lab.load_points_csv("1,2,0.5\n-1,-2,-0.25\n3,1,0.125\n") == 3
    assert lab.dataset == "points_reg" and lab.epoch == 0 and len(lab.main.history) == 1
    assert len(restarts) == 1  # the data set and the points change together: one restart
    assert seen_during_the_switch == [3]  # the data already are the loaded points
    lab.step(3)
    lab.set_value("seed", 9)  # no load left a batch open: a resetting change restarts at once
    assert lab.epoch == 0 and len(restarts) == 2


def all_points(lab: TrainingLab) -> np.ndarray:
    return np.vstack([lab.data.train_x, lab.data.test_x])


def test_a_status_line_writes_its_numbers_in_c_form() -> None:
    line = LabMessage(messages.DIVERGED, (("epoch", 1234567), ("rate", 1.234567891e-07)))
    assert line.english() == (
        "The network diverged in epoch 1234567 (learning rate 1.23457e-07): its weights or loss "
        "would no longer be finite numbers, so it stopped there."
    )


def test_an_unknown_preset_is_refused_listing_the_known_names() -> None:
    """``preset`` documents: "``ValueError`` listing the known names otherwise"."""
    with pytest.raises(ValueError) as refused:
        preset("no such lesson")
    head, known = str(refused.value).split("; known: ")
    assert head == "unknown preset 'no such lesson'"
    assert known.split(", ") == [item.name for item in PRESETS] and "relu_dies" in known
