"""The app's command line: a lesson opened before the screenshot, a bad lesson's message, and the
desktop entry flags that run before any window.
"""

from __future__ import annotations

import json


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
