"""SoftmaxLabModel's setters: defaults, validation (a bad value changes nothing), one event per
real change and none for the same value.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from softmax_lab_recorder import Recorder


def test_defaults(model):
    assert model.n == 3
    assert model.labels == ("cat", "dog", "bird")
    assert model.scores == (2.0, 1.0, 0.1)
    assert model.temperature == 1.0 and model.shift == 0.0
    assert model.mode == "softmax" and not model.naive and model.focus == 0
    np.testing.assert_array_equal(model.logits, [2.0, 1.0, 0.1])


@pytest.mark.parametrize(
    ("setter", "args", "event"),
    [
        ("set_score", (1, 3.5), "scores"),
        ("set_label", (0, "tiger"), "labels"),
        ("set_shift", (250.0,), "shift"),
        ("set_temperature", (0.25,), "temperature"),
        ("set_mode", ("softmin",), "mode"),
        ("set_naive", (True,), "naive"),
        ("set_focus", (2,), "focus"),
    ],
)
def test_setters_emit_once_and_not_again_for_the_same_value(model, setter, args, event):
    rec = Recorder(model)
    getattr(model, setter)(*args)
    getattr(model, setter)(*args)
    assert rec.names() == [event]


@pytest.mark.parametrize("bad", ["abc", math.nan, math.inf, -math.inf, 20.5, -21.0, None, True])
def test_bad_scores_are_refused_and_nothing_changes(model, bad):
    rec = Recorder(model)
    with pytest.raises(ValueError, match="cat's score must be a finite number from -20 to 20"):
        model.set_score(0, bad)
    assert model.scores == (2.0, 1.0, 0.1)
    assert rec.seen == []


@pytest.mark.parametrize("bad", ["warm", math.nan, math.inf, 0.0, -1.0, 0.005, 100.5])
def test_bad_temperatures_are_refused(model, bad):
    with pytest.raises(ValueError, match=r"temperature must be a finite number from 0\.01 to 100"):
        model.set_temperature(bad)
    assert model.temperature == 1.0


@pytest.mark.parametrize("bad", [math.nan, 1001.0, "x"])
def test_bad_shift_is_refused(model, bad):
    with pytest.raises(ValueError, match="shift must be a finite number from -1000 to 1000"):
        model.set_shift(bad)
    assert model.shift == 0.0


def test_temperature_limits_are_accepted(model):
    model.set_temperature(0.01)
    model.set_temperature(100)
    assert model.temperature == 100.0


@pytest.mark.parametrize("bad", ["", "   ", None, "x" * 21])
def test_bad_labels_are_refused(model, bad):
    with pytest.raises(ValueError, match="class"):
        model.set_label(1, bad)
    assert model.labels[1] == "dog"


def test_labels_are_stripped(model):
    model.set_label(1, "  wolf ")
    assert model.labels[1] == "wolf"


def test_bad_mode_and_index(model):
    with pytest.raises(ValueError, match="softmax, log_softmax, softmin"):
        model.set_mode("argmax")
    with pytest.raises(ValueError, match=r"outside 0\.\.2"):
        model.set_score(3, 1.0)
    with pytest.raises(ValueError, match="outside"):
        model.set_focus(-1)


def test_set_scores_replaces_all_and_checks_length(model):
    rec = Recorder(model)
    model.set_scores([0.0, 0.0, 0.0])
    assert rec.names() == ["scores"]
    with pytest.raises(ValueError, match="expected 3 scores"):
        model.set_scores([1.0, 2.0])


def test_logits_are_scores_plus_shift(model):
    model.set_shift(-300.0)
    np.testing.assert_array_equal(model.logits, [-298.0, -299.0, -299.9])
