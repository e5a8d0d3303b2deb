"""SoftmaxLabModel's classes (2 to 10, added and removed), seeded random scores and reset."""

from __future__ import annotations

import pytest
from softmax_lab_recorder import Recorder

from actviz.model.softmax.lab import (
    MAX_CLASSES,
    MIN_CLASSES,
    SoftmaxLabModel,
)


def test_add_and_remove_classes_within_two_and_ten(model):
    rec = Recorder(model)
    model.add_class()
    assert model.n == 4 and model.labels[-1] == "frog" and model.scores[-1] == 0.0
    assert rec.names() == ["classes", "labels", "scores"]
    while model.n < MAX_CLASSES:
        model.add_class()
    with pytest.raises(ValueError, match="at most 10"):
        model.add_class()
    assert len(set(model.labels)) == MAX_CLASSES
    while model.n > MIN_CLASSES:
        model.remove_class()
    with pytest.raises(ValueError, match="at least 2"):
        model.remove_class()
    assert model.labels == ("cat", "dog")


def test_removing_a_middle_class_keeps_the_others_and_moves_focus(model):
    model.set_focus(2)
    rec = Recorder(model)
    model.remove_class(0)
    assert model.labels == ("dog", "bird") and model.scores == (1.0, 0.1)
    assert model.focus == 1
    assert rec.names() == ["classes", "labels", "scores", "focus"]


def test_random_is_seeded_in_range_and_on_the_step_grid():
    a, b = SoftmaxLabModel(seed=7), SoftmaxLabModel(seed=7)
    a.randomize()
    b.randomize()
    assert a.scores == b.scores != (2.0, 1.0, 0.1)
    for v in a.scores:
        assert -20.0 <= v <= 20.0
        assert abs(v * 10 - round(v * 10)) < 1e-9


def test_reset_restores_every_default(model):
    model.add_class()
    model.set_label(0, "lion")
    model.randomize()
    model.set_shift(500)
    model.set_temperature(0.05)
    model.set_mode("log_softmax")
    model.set_naive(True)
    model.set_focus(3)
    model.reset()
    assert model.to_state() == SoftmaxLabModel().to_state()
