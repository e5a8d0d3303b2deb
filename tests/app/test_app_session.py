"""File > Open/Save session and Open recent, end to end through the Qt actions."""

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
def restore_app_look(qapp):
    """The classroom set-up applies a theme application-wide; put the look back afterwards."""
    import pyqtgraph as pg

    font, palette, style = qapp.font(), qapp.palette(), qapp.style().name()
    background, foreground = pg.getConfigOption("background"), pg.getConfigOption("foreground")
    icon = qapp.windowIcon()
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setWindowIcon(icon)
    pg.setConfigOptions(background=background, foreground=foreground)


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


# The real main window ---------------------------------------------------------------------------
@pytest.fixture
def main_window(qtbot, restore_app_look):
    from actviz.app import MainWindow, dispose_window

    windows = []

    def make():
        win = MainWindow()
        win.show()
        qtbot.waitExposed(win)
        windows.append(win)
        return win

    yield make
    for win in windows:
        dispose_window(win)


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


def test_command_line_lesson_is_opened_before_the_screenshot(tmp_path, monkeypatch, qapp) -> None:
    from actviz import app as app_module

    lesson = tmp_path / "lesson.actviz"
    document = {
        "format": "actviz-session",
        "version": [1, 0],
        "state": {"explorer": {"activation": {"key": "softsign", "params": {}}}},
    }
    lesson.write_text(json.dumps(document))
    seen: list[str] = []

    def fake_screenshot(window, path) -> None:
        seen.append(window.session.choice.key)

    monkeypatch.setattr(app_module, "save_screenshot", fake_screenshot)
    assert app_module.main([str(lesson), "--screenshot", str(tmp_path / "x.png")]) == 0
    assert seen == ["softsign"]
    # --activation on the same command line wins over the lesson
    args = [str(lesson), "--activation", "tanh", "--screenshot", str(tmp_path / "y.png")]
    assert app_module.main(args) == 0
    assert seen[-1] == "tanh"


def test_command_line_bad_lesson_fails_with_a_message(tmp_path, capsys, qapp) -> None:
    from actviz.app import main

    bad = tmp_path / "bad.actviz"
    bad.write_text('{"format": "actviz-session", "version": [1, 0], "state": {"softm')
    assert main([str(bad), "--screenshot", str(tmp_path / "x.png")]) == 1
    err = capsys.readouterr().err
    assert "bad.actviz" in err and "truncated" in err
    assert not (tmp_path / "x.png").exists()


def test_install_desktop_flag_runs_before_any_window(tmp_path, monkeypatch, capsys) -> None:
    from actviz import app as app_module
    from actviz import desktop_entry

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(desktop_entry, "_refresh_caches", lambda home: None)
    monkeypatch.setattr(app_module, "MainWindow", None)  # building a window would fail loudly
    assert app_module.main(["--install-desktop"]) == 0
    assert (tmp_path / "applications" / f"{desktop_entry.APP_ID}.desktop").is_file()
    assert app_module.main(["--uninstall-desktop"]) == 0
    assert not (tmp_path / "applications").exists()
    assert app_module.main(["--install-desktop", "--uninstall-desktop"]) == 2
    assert "not allowed" in capsys.readouterr().err


def test_every_action_of_the_real_window_is_reachable_by_keyboard(main_window) -> None:
    from PySide6.QtWidgets import QMenu

    from actviz.views.classroom.qt_shortcuts_dialog import collect_shortcuts, mnemonic

    win = main_window()
    rows = collect_shortcuts(win)
    keys = [k for _where, _what, k in rows if k]
    duplicates = {k for k in keys if keys.count(k) > 1}
    assert duplicates == set()
    top = [a for a in win.menuBar().actions() if isinstance(a.menu(), QMenu)]
    letters = [mnemonic(a.text()) for a in top]
    assert None not in letters and len(set(letters)) == len(letters)

    # Every menu entry is reachable with Alt+letter and the arrow keys; the entries added here
    # also have a mnemonic of their own within their menu.
    mine = [win.classroom.session.open_action, win.classroom.session.save_action]
    mine += [win.classroom.session.save_as_action, win.classroom.session.recent_menu.menuAction()]
    mine += [win.classroom.actions.presentation_action, win.classroom.actions.full_screen_action]
    mine += [win.classroom.actions.theme_menu.menuAction(), win.classroom.actions.tour_action]
    mine += [win.classroom.actions.shortcuts_action, win.classroom.actions.whats_this_action]
    for action in top:
        entries = [a for a in action.menu().actions() if not a.isSeparator()]
        letters = [mnemonic(a.text()) for a in entries]
        for entry, letter in zip(entries, letters, strict=True):
            if entry in mine:
                assert letter is not None and letters.count(letter) == 1, entry.text()
    wanted = {"Open session…", "Save session", "Presentation mode", "Full screen", "Tour"}
    assert mnemonic(win.classroom.actions.presentation_action.text()) == "Alt+R"
    assert wanted <= {what for _where, what, _k in rows}


def test_tour_of_the_real_window_visits_every_panel(main_window) -> None:
    win = main_window()
    win.classroom.actions.tour_action.trigger()
    tour = win.classroom.actions.tour_dialog
    targets = [step.target for step in tour.steps]
    assert targets == [
        None,
        "activationPicker",
        "paramPanel",
        "functionPlot",
        "neuronPanel",
        "softmaxPanel",
        "deepNetPanel",
        None,
    ]
    while tour.step.target != "softmaxPanel":
        tour.next()
    assert win.tabs.currentWidget() is win.lab("softmaxPanel").page
    assert win.lab("softmaxPanel").built  # the tour built it by showing its page
    assert win.lab("softmaxPanel").panel.isVisible()
    tour.next()
    assert win.tabs.currentWidget() is win.lab("deepNetPanel").page
    tour.back()
    tour.back()  # the neuron lives in the explorer's side pane
    assert tour.step.target == "neuronPanel"
    assert win.tabs.currentWidget() is win.explorer
    assert win.findChild(object, "neuronPanel").isVisible()
    tour.back()
    assert win.tabs.currentWidget() is win.explorer
    for name in ("neuronPanel", "softmaxPanel", "deepNetPanel", "activationPicker"):
        assert win.findChild(object, name).whatsThis(), name  # per-panel "what to try"
    tour.close()


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
