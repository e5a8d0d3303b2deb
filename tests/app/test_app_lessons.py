"""Lesson files in the real main window: a saved lesson restores every panel, a refused one
changes nothing, and the example lessons open without notes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest


def _change_every_panel(win) -> None:
    win.session.choice.set_activation("elu", {"alpha": 0.5})
    win.session.pin_current()
    win.session.choice.set_activation("leaky_relu", {"negative_slope": 0.25})
    win.session.set_view_range((-3.0, 4.0, -1.5, 2.5))
    win.neuron.set_b(0.75)
    win.lab("softmaxPanel").model.set_temperature(0.5)
    win.lab("softmaxPanel").model.add_class()
    win.lab("deepNetPanel").model.set_depth(12)


def test_a_lesson_restores_every_panel_of_the_real_window(main_window, tmp_path) -> None:
    source = main_window()
    _change_every_panel(source)
    lesson = tmp_path / "lesson.actviz"
    assert source.classroom.session.save_to(lesson)
    saved = json.loads(lesson.read_text(encoding="utf-8"))
    assert set(saved["state"]) == {s.state_key for s in source.saveables}

    target = main_window()
    before = [s.to_state() for s in target.saveables]
    assert before != [s.to_state() for s in source.saveables]
    assert target.classroom.session.open_path(lesson)
    assert [s.to_state() for s in target.saveables] == [s.to_state() for s in source.saveables]
    assert target.session.choice.key == "leaky_relu"
    assert len(target.session.overlays) == 1


def test_a_refused_lesson_leaves_the_real_window_untouched(main_window, tmp_path) -> None:
    win = main_window()
    _change_every_panel(win)
    before = [s.to_state() for s in win.saveables]
    lesson = tmp_path / "bad.actviz"
    session = json.loads(json.dumps({"format": "actviz-session", "version": [1, 0], "state": {}}))
    session["state"] = {
        "explorer": win.session.to_state(),
        "softmax": {"temperature": "very hot"},  # refused: not a number
    }
    session["state"]["explorer"]["show_derivative"] = not win.session.show_derivative
    lesson.write_text(json.dumps(session))
    assert not win.classroom.session.open_path(lesson)
    assert "softmax" in (win.classroom.session.last_error or "")
    assert [s.to_state() for s in win.saveables] == before


@pytest.mark.parametrize(
    "name",
    [
        "dying-relu.actviz",
        "vanishing-gradients.actviz",
        "softmax-temperature.actviz",
        "training-dead-relu.actviz",
        "training-relu-vs-tanh.actviz",
    ],
)
def test_example_lessons_open_without_notes(main_window, name) -> None:
    from actviz.model import session_file

    path = Path(__file__).resolve().parents[2] / "examples" / "lessons" / name
    win = main_window()
    assert session_file.load(path, win.saveables) == []  # a stale example shows up here
    if name == "training-dead-relu.actviz":
        lab = win.lab("trainingPanel").model
        assert lab.epoch == 100 and lab.choice.key == "relu" and len(lab.drawn_points) == 1
        assert sum(int(d.sum()) for d in lab.picture(20).dead) >= 2  # what the lesson shows
        assert lab.notice.startswith("Notice: under learning rate 3")
    if name == "training-relu-vs-tanh.actviz":
        trained = win.lab("trainingPanel").model
        assert trained.compare is not None and trained.epoch == 150
    if name == "dying-relu.actviz":
        assert win.session.choice.key == "relu"
        assert win.neuron.to_state()["b"] == -0.5
