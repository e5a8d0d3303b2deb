"""The training lab inside the main window: its tab is built when first shown, every lesson runs
from the lesson list, and a lesson file carries the whole lab (drawn points and trained weights
included) from one window to another."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from actviz.model.training.presets import PRESETS
from actviz.views.training import QtTrainingPanel


@pytest.fixture
def windows(qtbot, qapp):
    from actviz.app import MainWindow, dispose_window

    font, palette, style = qapp.font(), qapp.palette(), qapp.style().name()
    made = []

    def make():
        win = MainWindow()
        win.resize(1366, 768)
        win.show()
        qtbot.waitExposed(win)
        made.append(win)
        return win

    yield make
    for win in made:
        panel = win.findChild(QtTrainingPanel, "trainingPanel")
        if panel is not None:
            panel.shutdown()
        dispose_window(win)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)


def open_training(win) -> QtTrainingPanel:
    assert not win.lab("trainingPanel").built  # not built before its tab is shown
    index = next(i for i in range(win.tabs.count()) if win.tabs.tabText(i) == "Training")
    win.tabs.setCurrentIndex(index)
    panel = win.findChild(QtTrainingPanel, "trainingPanel")
    assert panel is not None and panel.lab is win.lab("trainingPanel").model
    return panel


def test_every_lesson_runs_from_the_list(windows, qtbot) -> None:
    win = windows()
    panel = open_training(win)
    for item in PRESETS:
        panel.presets.setCurrentIndex(panel.presets.findData(item.name))
        assert panel.notice.text() == item.notice and panel.notice.isVisibleTo(panel)
        for _ in range(3):
            qtbot.mouseClick(panel.run_bar.step, Qt.MouseButton.LeftButton)
        assert panel.lab.epoch == 3 and panel.presets.currentData() == item.name
        panel.redraw()
        assert panel.map.image.image is not None
        assert panel.compare_map.isVisible() == (item.settings.get("compare_kind", "off") != "off")
        assert [len(c) for c in panel.diagram.units] == list(panel.lab.spec().sizes)


def test_a_lesson_round_trips_through_the_real_window(windows, tmp_path, qtbot) -> None:
    source = windows()
    panel = open_training(source)
    lab = source.lab("trainingPanel").model
    panel.presets.setCurrentIndex(panel.presets.findData("relu_vs_tanh"))
    panel.map.add_point_at(1.0, 2.0)
    panel.map.add_point_at(-2.0, -1.0, other_class=True)
    lab.step(30)
    lab.set_weight(0, 1, 0, 1.5)
    lesson = tmp_path / "training.actviz"
    assert source.classroom.session.save_to(lesson)

    target = windows()
    assert target.classroom.session.open_path(lesson)
    restored = target.lab("trainingPanel").model
    assert restored.to_state() == lab.to_state()
    np.testing.assert_array_equal(restored.drawn_points, [[1.0, 2.0, 1.0], [-2.0, -1.0, -1.0]])
    for a, b in zip(restored.main.weights, lab.main.weights, strict=True):
        np.testing.assert_array_equal(a, b)
    shown = open_training(target)  # built after the lesson was opened: shows the lesson
    assert lab.notice == ""  # the weight typed in made it another lesson than the preset's
    assert shown.presets.currentData() is None and not shown.notice.isVisibleTo(shown)
    qtbot.waitUntil(lambda: shown.redraws > 0, timeout=5000)
    assert shown.run_bar.epoch.text() == "Epoch 30"
    assert len(shown.map.drawn_points.data) == 2 and shown.compare_map.isVisible()
    restored.step(5)
    lab.step(5)
    assert restored.main.history == lab.main.history  # and the same future


def test_a_lesson_opened_from_a_file_shows_its_sentence(windows) -> None:
    from pathlib import Path

    win = windows()
    lesson = Path(__file__).resolve().parents[2] / "examples" / "lessons"
    assert win.classroom.session.open_path(lesson / "training-dead-relu.actviz")
    panel = open_training(win)
    assert panel.presets.currentData() == "relu_dies"
    assert panel.notice.text() == panel.lab.notice and panel.notice.isVisibleTo(panel)


def test_a_lesson_with_a_bad_training_section_changes_nothing(windows, tmp_path) -> None:
    win = windows()
    lab = win.lab("trainingPanel").model
    lab.step(3)
    before = lab.to_state()
    lesson = tmp_path / "bad.actviz"
    lesson.write_text(
        '{"format": "actviz-session", "version": [1, 0], "state": {"training": '
        '{"hidden": [4, 2], "network": {"weights": "lots"}}}}'
    )
    win.classroom.session.last_message_box = None
    assert not win.classroom.session.open_path(lesson)
    assert "training" in (win.classroom.session.last_error or "")
    assert lab.to_state() == before
