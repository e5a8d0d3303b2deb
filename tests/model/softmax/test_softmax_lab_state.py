"""SoftmaxLabModel as a Saveable: JSON round trips, check_state's notes and refusals, lesson
files."""

from __future__ import annotations

import json

import pytest
from softmax_lab_recorder import Recorder

from actviz.model.softmax.lab import SoftmaxLabModel
from actviz.model.state import Saveable


def test_is_saveable(model):
    assert isinstance(model, Saveable)
    assert model.state_key == "softmax"


def test_state_round_trips_through_json(model):
    model.add_class()
    model.set_label(3, "wolf")
    model.set_score(3, -4.5)
    model.set_shift(710.0)
    model.set_temperature(0.3)
    model.set_mode("softmin")
    model.set_naive(True)
    model.set_focus(3)
    saved = json.loads(json.dumps(model.to_state()))
    other = SoftmaxLabModel()
    notes: list[str] = []
    rec = Recorder(other)
    other.apply_state(other.check_state(saved, notes))
    assert notes == []
    assert other.to_state() == model.to_state()
    assert rec.names().count("scores") == 1


def test_check_state_is_pure_and_clamps_with_notes(model):
    notes: list[str] = []
    data = {
        "scores": [1.0, 99.0, float("nan"), 0.0],
        "labels": ["a", "", "c"],
        "temperature": 1e6,
        "shift": -5000,
        "focus": 9,
        "colour": "red",
    }
    state = model.check_state(data, notes)
    assert model.to_state() == SoftmaxLabModel().to_state()  # untouched
    assert state["scores"] == [1.0, 20.0, 0.0, 0.0]
    assert state["labels"][0] == "a" and state["labels"][2] == "c"
    assert state["labels"][1] and state["labels"][3]
    assert state["temperature"] == 100.0 and state["shift"] == -1000.0 and state["focus"] == 3
    joined = "\n".join(notes)
    for fragment in ("colour", "scores[1]", "scores[2]", "temperature", "shift", "focus", "labels"):
        assert fragment in joined


def test_check_state_truncates_too_many_scores(model):
    notes: list[str] = []
    state = model.check_state({"scores": list(range(12))}, notes)
    assert len(state["scores"]) == 10 and len(state["labels"]) == 10
    assert any("first 10" in n for n in notes)


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ([1, 2], "expected an object"),
        ({"scores": [1.0]}, "at least 2"),
        ({"scores": "1,2"}, "list of numbers"),
        ({"scores": [1.0, "x"]}, "expected a number"),
        ({"mode": "hardmax"}, "mode"),
        ({"naive": "yes"}, "naive"),
        ({"labels": "a,b"}, "list of names"),
    ],
)
def test_check_state_refuses_wrong_types(model, data, fragment):
    with pytest.raises(ValueError, match=fragment):
        model.check_state(data, [])


def test_lesson_file_round_trip_and_a_bad_section_changes_nothing(model):
    from actviz.model import session_file

    model.set_temperature(0.05)
    model.set_label(0, "lion")
    text = session_file.dumps([model])
    other = SoftmaxLabModel()
    assert session_file.loads(text, [other]) == []
    assert other.to_state() == model.to_state()
    broken = text.replace('"naive": false', '"naive": "maybe"')
    with pytest.raises(session_file.SessionFileError, match="softmax"):
        session_file.loads(broken, [other])
    assert other.to_state() == model.to_state()
