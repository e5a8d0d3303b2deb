"""File > Open/Save session and Open recent, end to end through the Qt actions on a bare window,
and the classroom set-up that puts them into a window's menus.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

from actviz.model.activation_choice import ActivationChoice
from actviz.views.classroom.qt_session_actions import SessionActions
from actviz.views.classroom.recent_files import RecentFiles


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def rig(qtbot, settings):
    window = QMainWindow()
    window.setWindowTitle("actviz test")
    qtbot.addWidget(window)
    choice = ActivationChoice("relu")
    actions = SessionActions(window, lambda: [choice], RecentFiles(settings))
    file_menu = window.menuBar().addMenu("&File")
    file_menu.addAction("&Quit")
    actions.add_to_menu(file_menu)
    return window, choice, actions


def test_menu_entries_and_shortcuts(rig) -> None:
    window, _choice, actions = rig
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts == [
        "&Open session…",
        "Open &recent",
        "&Save session",
        "Save session &as…",
        "&Quit",
    ]
    assert actions.open_action.shortcut().toString() == "Ctrl+O"
    assert actions.save_action.shortcut().toString() == "Ctrl+S"
    assert actions.save_as_action.shortcut().toString() == "Ctrl+Shift+S"
    assert not actions.recent_menu.isEnabled()  # nothing recent yet


def test_save_as_then_open_restores(rig, tmp_path, monkeypatch) -> None:
    window, choice, actions = rig
    choice.set_activation("elu", {"alpha": 1.5})
    target = tmp_path / "lesson"  # no suffix: .actviz is added
    monkeypatch.setattr(actions, "ask_save_path", lambda: str(target))
    actions.save_action.trigger()  # no current file yet: behaves as Save as
    saved = tmp_path / "lesson.actviz"
    assert json.loads(saved.read_text())["state"]["activation"]["key"] == "elu"
    assert actions.current_path == str(saved)
    assert window.windowTitle().startswith("lesson.actviz")
    assert "Saved lesson.actviz" in window.statusBar().currentMessage()

    choice.set_activation("tanh")
    monkeypatch.setattr(actions, "ask_open_path", lambda: str(saved))
    actions.open_action.trigger()
    assert choice.key == "elu" and choice.params["alpha"] == 1.5
    assert actions.recent.paths() == [str(saved)]

    choice.set_activation("sigmoid")
    actions.save_action.trigger()  # now a plain save to the same file, no dialog
    assert json.loads(saved.read_text())["state"]["activation"]["key"] == "sigmoid"


def test_open_recent_menu(rig, tmp_path) -> None:
    _window, choice, actions = rig
    first, second = tmp_path / "a.actviz", tmp_path / "b.actviz"
    choice.set_activation("gelu")
    actions.save_to(first)
    choice.set_activation("mish")
    actions.save_to(second)
    labels = [a.text() for a in actions.recent_menu.actions() if not a.isSeparator()]
    assert labels == ["&1 b.actviz", "&2 a.actviz", "&Clear list"]
    actions.recent_menu.actions()[1].trigger()
    assert choice.key == "gelu"
    assert actions.recent.paths()[0] == str(first)
    actions.clear_recent_action.trigger()
    assert actions.recent.paths() == []
    assert not actions.recent_menu.isEnabled()


def test_refused_file_shows_the_reason_and_changes_nothing(rig, tmp_path, qtbot) -> None:
    _window, choice, actions = rig
    choice.set_activation("leaky_relu", {"negative_slope": 0.3})
    bad = tmp_path / "bad.actviz"
    bad.write_text('{"format": "actviz-session", "version": [3, 0], "state": {}}')
    with qtbot.waitSignal(actions.failed) as blocker:
        assert not actions.open_path(bad)
    assert "version 3.0" in blocker.args[0]
    assert choice.key == "leaky_relu" and choice.params["negative_slope"] == 0.3
    box = actions.last_message_box
    assert box is not None and box.isVisible() and "version 3.0" in box.text()
    assert actions.current_path is None
    box.close()


def test_notes_are_shown_after_opening(rig, tmp_path) -> None:
    _window, choice, actions = rig
    path = tmp_path / "clamped.actviz"
    document = {
        "format": "actviz-session",
        "version": [1, 2],
        "state": {"activation": {"key": "leaky_relu", "params": {"negative_slope": 5.0}}},
    }
    path.write_text(json.dumps(document))
    assert actions.open_path(path)
    assert choice.params["negative_slope"] < 5.0
    box = actions.last_message_box
    assert box is not None
    assert "negative_slope" in box.informativeText() and "1.2" in box.informativeText()
    box.close()


def test_missing_recent_file_is_dropped_from_the_list(rig, tmp_path) -> None:
    _window, _choice, actions = rig
    gone = tmp_path / "gone.actviz"
    actions.save_to(gone)
    gone.unlink()
    assert not actions.open_path(gone)
    assert actions.recent.paths() == []
    assert actions.last_message_box is not None
    actions.last_message_box.close()


def test_save_failure_is_reported_and_old_file_kept(rig, tmp_path) -> None:
    _window, _choice, actions = rig
    assert not actions.save_to(tmp_path / "no such folder" / "x.actviz")
    assert actions.last_message_box is not None
    assert "Could not save" in actions.last_message_box.text()
    actions.last_message_box.close()


def test_recent_files_survive_a_garbled_store(settings) -> None:
    settings.setValue("session/recentFiles", 42)
    assert RecentFiles(settings).paths() == []
    settings.setValue("session/recentFiles", ["/a.actviz", 7, "/a.actviz", "/b.actviz"])
    assert RecentFiles(settings).paths() == ["/a.actviz", "/b.actviz"]
    recent = RecentFiles(settings, maximum=2)
    recent.add("/c.actviz")
    assert recent.paths() == ["/c.actviz", "/a.actviz"]
    reread = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert RecentFiles(reread).paths() == ["/c.actviz", "/a.actviz"]
    assert Path(settings.fileName()).exists()


def test_install_classroom_uses_existing_menus_and_adds_missing_ones(
    qtbot, settings, restore_app_look
) -> None:
    from actviz.views.classroom.qt_classroom_setup import install_classroom

    window = QMainWindow()
    qtbot.addWidget(window)
    file_menu = window.menuBar().addMenu("&File")
    file_menu.addAction("E&xit")
    help_menu = window.menuBar().addMenu("&Help")
    help_menu.addAction("&About actviz")
    choice = ActivationChoice("relu")
    classroom = install_classroom(window, lambda: [choice], settings)

    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&View", "&Help"]  # View created, before Help
    assert file_menu.actions()[0] is classroom.session.open_action
    assert help_menu.actions()[0] is classroom.actions.tour_action
    assert not window.windowIcon().isNull()
    assert classroom.session.recent.paths() == []


def test_without_settings_nothing_is_remembered(qtbot, restore_app_look) -> None:
    from actviz.views.classroom.qt_classroom_setup import install_classroom
    from actviz.views.classroom.recent_files import MemorySettings

    window = QMainWindow()
    qtbot.addWidget(window)
    classroom = install_classroom(window, lambda: [])
    assert isinstance(classroom.session.recent._settings, MemorySettings)
    classroom.session.recent.add("/tmp/x.actviz")
    assert classroom.session.recent.paths() == ["/tmp/x.actviz"]
