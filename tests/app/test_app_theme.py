"""Dark all the way: every canvas of the real window follows the theme, switched at run time, and
presentation mode enlarges every readout.

Canvases are found generically (every pyqtgraph view, every widget of ours that paints itself) on
every tab, nested tabs included, so a lab added later is checked without a change here. The
background is judged by the WCAG relative luminance of the corner pixels, computed here.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtTest import QTest
from window_walk import corner_luminances, describe, every_tab, settle, visible_canvases

from actviz.app import MainWindow, dispose_window

DARK_AT_MOST = 0.05  # #3F3F3F; the dark canvas #16181C is 0.009
LIGHT_AT_LEAST = 0.7  # #DBDBDB; the light canvas white is 1.0
# Canvases each lab must show (a lab that loses one, or renames it, should be noticed).
EXPECTED = {
    "functionPlot",
    "neuronDiagram",
    "neuronLossPlot",
    "softmaxBars",
    "softmaxJacobian",
    "softmaxSweepPlot",
    "deepNetHistograms",
    "deepNetStatsPlots",
    "deepNetWarpView",
    "trainingMap",
    "trainingHiddenPlot",
    "trainingLossPlot",
    "trainingNetworkDiagram",
}


@pytest.fixture
def window(qtbot, app_look_restored):
    win = MainWindow()
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    dispose_window(win)


def _check_all_canvases(window: MainWindow, theme: str) -> set[str]:
    seen: set[str] = set()
    wrong: list[str] = []
    for path in every_tab(window):
        for canvas in visible_canvases(window):
            seen.add(canvas.objectName() or describe(canvas))
            corners = corner_luminances(canvas)
            ok = max(corners) <= DARK_AT_MOST if theme == "dark" else min(corners) >= LIGHT_AT_LEAST
            if not ok:
                wrong.append(f"{path}: {describe(canvas)} corners {corners}")
    assert not wrong, f"canvases not {theme}:\n" + "\n".join(wrong)
    return seen


def test_every_canvas_follows_the_theme_switched_at_run_time(window) -> None:
    actions = window.classroom.actions
    for theme in ("dark", "light", "dark"):  # labs first shown in dark, then switched twice
        actions.set_theme(theme)
        seen = _check_all_canvases(window, theme)
        assert seen >= EXPECTED, f"missing canvases: {EXPECTED - seen}"


def test_dialogs_with_canvases_follow_the_theme(window) -> None:
    """The activation editor's preview plot, opened in the dark theme and switched while open."""
    window.classroom.actions.set_theme("dark")
    editor = window.custom_actions.new_activation()
    settle()
    try:
        for theme in ("dark", "light"):
            if theme != "dark":  # dark: as the editor opened, nobody asked it to follow
                window.classroom.actions.set_theme(theme)
            canvases = visible_canvases(editor)
            assert canvases, "the editor shows no canvas"
            for canvas in canvases:
                corners = corner_luminances(canvas)
                dark = max(corners) <= DARK_AT_MOST
                assert dark if theme == "dark" else min(corners) >= LIGHT_AT_LEAST, corners
    finally:
        editor.close()


def _hover(plot, x: float, y: float) -> None:
    point = plot.view_box.mapViewToScene(QPointF(x, y))
    QTest.mouseMove(plot.viewport(), plot.mapFromScene(point))
    settle()


def _readout_height(window: MainWindow) -> float:
    plot = window.curve_plot
    _hover(plot, 0.5, 0.5)
    assert plot.readout.startswith("x = ")
    return float(plot.plot_item.titleLabel.item.boundingRect().height())


def _point_size(widget) -> float:
    return QFontInfo(widget.font()).pointSizeF()


def _sizes(window: MainWindow) -> dict[str, float]:
    """The size of every readout, each read where it is shown."""
    window.tabs.setCurrentWidget(window.explorer)
    settle()
    readout = _readout_height(window)
    diagram = window.show_neuron().diagram
    settle()
    diagram_size = diagram.label_point_size()
    softmax = window.show_lab("softmaxPanel")
    settle()
    return {
        "readout under the cursor": readout,
        "neuron diagram labels": diagram_size,
        "heat-map numbers": softmax.heatmap.cell_texts[0].textItem.font().pointSizeF(),
        "values over the bars": softmax.bars.value_texts[0].textItem.font().pointSizeF(),
        "entropy readout": _point_size(softmax.readouts.entropy),
    }


def test_presentation_mode_enlarges_every_readout(window) -> None:
    actions = window.classroom.actions
    before = _sizes(window)
    actions.presentation_action.trigger()
    assert window.classroom.appearance.presentation
    after = _sizes(window)
    for name, size in before.items():
        # The diagram magnifies as a whole, as far as its (larger) room allows: at least 1.4x.
        least = 1.4 if name == "neuron diagram labels" else 1.5
        assert after[name] >= least * size, (name, size, after[name])
    actions.presentation_action.trigger()  # and back to the sizes of the normal mode
    again = _sizes(window)
    # The diagram's text also follows its own size, which the dock's new layout may change.
    again.pop("neuron diagram labels"), before.pop("neuron diagram labels")
    assert again == pytest.approx(before)


def test_theme_from_the_command_line_is_used_but_not_stored(qtbot, app_look_restored, tmp_path):
    from PySide6.QtCore import QSettings

    from actviz.cli import THEMES, parse_options
    from actviz.views.theme.appearance import THEMES as VIEW_THEMES

    assert THEMES == VIEW_THEMES
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("appearance/theme", "light")
    win = MainWindow(settings=settings)
    try:
        win.apply_options(parse_options(["--theme", "dark"]))
        assert win.classroom.appearance.is_dark()
        assert win.classroom.actions.theme_actions["dark"].isChecked()
        assert settings.value("appearance/theme") == "light"
    finally:
        dispose_window(win)
    with pytest.raises(SystemExit):
        parse_options(["--theme", "neon"])


def test_hover_point_is_inside_the_plot(window) -> None:
    """The readout test above hovers through the real mouse path; check it lands on the plot."""
    plot = window.curve_plot
    where = plot.mapFromScene(plot.view_box.mapViewToScene(QPointF(0.5, 0.5)))
    assert plot.viewport().rect().contains(QPoint(where.x(), where.y()))
    assert Qt.FocusPolicy.StrongFocus == plot.focusPolicy()
