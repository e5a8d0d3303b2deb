"""The whole window: every activation and param extreme, overlays, export, settings, CLI."""

from __future__ import annotations

import csv
import io
import json

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from actviz import __version__, core
from actviz.app import MainWindow, dispose_window, main
from actviz.model.session import DEFAULT_VIEW
from actviz.views.classroom.settings_store import GEOMETRY_KEY, STATE_KEY


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    win.show()
    qtbot.waitExposed(win)
    yield win
    dispose_window(win)


def _check_plotted(win: MainWindow) -> None:
    win.curve_plot.redraw()
    choice = win.session.choice
    for item, fn in (
        (win.curve_plot.function_curve, choice.activation.forward),
        (win.curve_plot.derivative_curve, choice.activation.derivative),
    ):
        x, y = item.getData()
        keep = np.isfinite(x)
        assert keep.sum() > 100
        np.testing.assert_array_equal(y[keep], fn(x[keep], **choice.params))


def test_smoke_every_activation_and_param_extreme(window, qtbot, tmp_path) -> None:
    assert window.findChild(object, "functionPlot") is window.curve_plot
    assert window.findChild(object, "activationPicker") is not None
    # The explorer is saved; custom activations come before it (a lesson's explorer may use one).
    saveables = window.saveables
    assert saveables.index(window.custom_activations) < saveables.index(window.session)
    for key in core.names():
        window.session.choice.set_activation(key)
        qtbot.wait(0)
        _check_plotted(window)
        panel = window.explorer.param_panel
        for param in window.session.choice.activation.params:
            control = panel.controls[param.name]
            if param.choices is not None:
                for value in param.choices:
                    control.combo.setCurrentText(value)
                    _check_plotted(window)
                continue
            for value in (param.minimum, param.maximum, param.default):
                control.field.slider.setValue(control.field._to_tick(value))
                _check_plotted(window)
        window.explorer.pin_button.click()
    assert len(window.session.overlays) == 8  # the limit; further pins are refused, not crashes
    window.export_actions.export_png(tmp_path / "plot.png")
    window.export_actions.export_svg(tmp_path / "plot.svg")
    window.export_actions.export_csv(tmp_path / "data.csv")
    assert (tmp_path / "plot.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in (tmp_path / "plot.svg").read_text()
    while window.session.overlays:
        window.session.remove_overlay(0)
    assert window.curve_plot.overlay_curves == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.csv", "plot.png", "plot.svg"]
    assert (tmp_path / "plot.png").stat().st_mode & 0o044  # readable by others, unlike mkstemp's


def test_csv_holds_current_and_pinned_curves(window, tmp_path) -> None:
    window.session.choice.set_activation("leaky_relu", {"negative_slope": 0.1})
    window.session.pin_current()
    window.session.choice.set_activation("sigmoid")
    window.export_actions.export_csv(tmp_path / "d.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "d.csv").read_text())))
    header, data = rows[0], np.array(rows[1:], dtype=float)
    assert header[0] == "x" and len(header) == 5
    assert "Sigmoid" in header[1] and "0.1" in header[3]
    x = data[:, 0]
    assert x[0] == DEFAULT_VIEW[0] and x[-1] == DEFAULT_VIEW[1]
    assert 0.0 in x  # the pinned curve's kink
    np.testing.assert_allclose(data[:, 1], 1 / (1 + np.exp(-x)), rtol=1e-15)
    e = np.exp(-np.abs(x))
    np.testing.assert_allclose(data[:, 2], e / (1 + e) ** 2, rtol=1e-14)
    np.testing.assert_array_equal(data[:, 3], np.where(x >= 0, x, 0.1 * x))


def test_export_failure_is_a_message_not_a_crash(window, tmp_path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    target = tmp_path / "missing-folder" / "plot.png"
    monkeypatch.setattr(window.export_actions, "ask_path", lambda kind: str(target))
    window.export_actions.png_action.trigger()
    assert shown and "missing-folder" in shown[0]
    # an existing file is never left half-written: a failing writer leaves the old bytes
    good = tmp_path / "data.csv"
    good.write_text("old")
    monkeypatch.setattr(window.export_actions, "ask_path", lambda kind: str(good))
    monkeypatch.setattr(
        "actviz.views.explorer.qt_export_actions.curves_csv",
        lambda session: (_ for _ in ()).throw(OSError("disk full")),
    )
    window.export_actions.csv_action.trigger()
    assert good.read_text() == "old" and "disk full" in shown[-1]
    assert [p.name for p in tmp_path.iterdir()] == ["data.csv"]  # no temporary file left


def test_menus_and_shortcuts(window) -> None:
    file_texts = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    assert file_texts[-1] == "&Quit"
    shortcuts = {a.text(): a.shortcut().toString() for a in window.file_menu.actions()}
    assert shortcuts["Export plot as &PNG…"] == "Ctrl+E"
    view = {a.text(): a for a in window.view_menu.actions()}
    window.session.set_view_range((0, 1, 0, 1))
    view["&Default view"].trigger()
    assert window.session.view_range == DEFAULT_VIEW
    assert view["&Default view"].shortcut().toString() == "Home"
    view["Show &derivative f′"].trigger()
    assert window.session.show_derivative is False
    view["&Pin current curve"].trigger()
    assert len(window.session.overlays) == 1
    assert window.help_menu.actions()[-1].text() == "&About actviz"
    assert not window.windowIcon().isNull()


def test_about_names_the_version() -> None:
    from actviz.app import about_text

    assert __version__ in about_text()


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_settings_remembered_between_runs(qtbot, settings) -> None:
    first = MainWindow(settings=settings)
    first.session.choice.set_activation("elu", {"alpha": 1.7})
    first.session.pin_current()
    first.session.set_view_range((-2, 2, -1, 1))
    first.resize(700, 500)
    first.close()  # saves
    expected = first.session.to_state()
    dispose_window(first)
    second = MainWindow(settings=settings)
    try:
        assert second.session.to_state() == expected
        assert second.size().width() == 700
        assert second.statusBar().currentMessage() == ""
    finally:
        dispose_window(second)


@pytest.mark.parametrize(
    "stored",
    [
        "{not json",
        json.dumps([1, 2]),
        json.dumps({"explorer": {"activation": {"key": "no_such"}}}),
        json.dumps({"explorer": {"view_range": "wide"}, "other_app": {}}),
        json.dumps({"explorer": {"show_derivative": "yes"}}),
    ],
)
def test_corrupt_settings_fall_back_with_a_message(qtbot, settings, stored) -> None:
    settings.setValue(STATE_KEY, stored)
    settings.setValue(GEOMETRY_KEY, "garbage")
    win = MainWindow(settings=settings)
    try:
        assert win.session.choice.key == "relu"
        assert win.session.view_range == DEFAULT_VIEW
        assert "settings" in win.statusBar().currentMessage().lower()
    finally:
        dispose_window(win)


def test_cli_screenshot_and_options(tmp_path, qapp, capsys) -> None:
    shot = tmp_path / "shot.png"
    code = main(
        ["--activation", "leaky_relu", "--param", "negative_slope=0.2", "--screenshot", str(shot)]
    )
    assert code == 0
    assert shot.read_bytes()[:4] == b"\x89PNG"


@pytest.mark.parametrize(
    "argv",
    [
        ["--activation", "nope"],
        ["--param", "alpha"],
        ["--activation", "elu", "--param", "alpha=abc"],
        ["--activation", "elu", "--param", "alpha=nan"],
        ["--activation", "elu", "--param", "alpha=1e9"],
        ["--activation", "elu", "--param", "beta=1"],
        ["--activation", "hardtanh", "--param", "min_val=0", "--param", "max_val=0"],
        ["--frobnicate"],
        ["a.actviz", "b.actviz"],
    ],
)
def test_cli_bad_options_exit_2_with_a_message(argv, capsys) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "actviz: error:" in err


def test_cli_options_set_the_activation(qtbot) -> None:
    from actviz.cli import parse_options

    options = parse_options(["--activation", "gelu", "--param", "approximate=tanh"])
    win = MainWindow()
    try:
        win.apply_options(options)
        assert win.session.choice.key == "gelu"
        assert win.session.choice.params["approximate"] == "tanh"
    finally:
        dispose_window(win)


def test_help_exits_zero(capsys) -> None:
    assert main(["--help"]) == 0
    assert "--activation" in capsys.readouterr().out
