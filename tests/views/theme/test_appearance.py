"""Presentation mode, themes, the shortcut list and the tour, on a small window with a real plot."""

from __future__ import annotations

from collections.abc import Iterator

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

from actviz.views.classroom.qt_classroom_actions import ClassroomActions
from actviz.views.classroom.qt_shortcuts_dialog import collect_shortcuts, mnemonic, plain_text
from actviz.views.classroom.qt_tour_dialog import STEPS, QtTourDialog
from actviz.views.theme import appearance as appearance_module
from actviz.views.theme.appearance import Appearance


@pytest.fixture
def restore_app_look(qapp: QApplication) -> Iterator[None]:
    """Appearance changes application-wide things; put them back for the other tests."""
    font, palette, style = qapp.font(), qapp.palette(), qapp.style().name()
    background, foreground = pg.getConfigOption("background"), pg.getConfigOption("foreground")
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)
    pg.setConfigOptions(background=background, foreground=foreground)


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, restore_app_look) -> QMainWindow:
    win = QMainWindow()
    tabs = QTabWidget(win)
    tabs.setObjectName("labTabs")
    plot = pg.PlotWidget(background="w")  # the app's plots paint a white canvas
    plot.setObjectName("functionPlot")
    plot.addLegend()
    win.curve = plot.plot([0, 1, 2], [0, 1, 0], pen=pg.mkPen("#0072B2", width=2), name="f")
    win.marker = plot.plot([1], [1], pen=None, symbol="o", symbolSize=8)
    tabs.addTab(plot, "Explorer")
    softmax = QWidget()
    softmax.setObjectName("softmaxPanel")
    tabs.addTab(softmax, "Softmax")
    win.setCentralWidget(tabs)
    win.plot, win.tabs, win.softmax = plot, tabs, softmax
    qtbot.addWidget(win)
    return win


@pytest.fixture
def classroom(window, settings) -> ClassroomActions:
    actions = ClassroomActions(window, Appearance(), settings)
    menu_bar = window.menuBar()
    file_menu = menu_bar.addMenu("&File")
    file_menu.addAction("&Quit").setShortcut(QKeySequence("Ctrl+Q"))
    actions.add_to_view_menu(menu_bar.addMenu("&View"))
    help_menu = menu_bar.addMenu("&Help")
    help_menu.addAction("&About actviz")
    actions.add_to_help_menu(help_menu)
    return actions


def _relative_luminance(hex_color: str) -> float:
    channels = [int(hex_color.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_relative_luminance(a), _relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_curve_colours_are_okabe_ito_and_contrast_3_to_1(theme: str) -> None:
    names = appearance_module.LIGHT_CURVES if theme == "light" else appearance_module.DARK_CURVES
    background = appearance_module.PLOT_BACKGROUND[theme]
    assert len(names) >= 5
    for name in names:
        color = appearance_module.OKABE_ITO[name]
        assert _contrast(color, background) >= 3.0, (theme, name)
    # The palette itself is the published one (Okabe & Ito 2008).
    assert appearance_module.OKABE_ITO["vermillion"] == "#D55E00"
    assert appearance_module.OKABE_ITO["bluish_green"] == "#009E73"


def test_presentation_mode_grows_font_pens_and_markers(window, classroom, qtbot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal_font = app.font().pointSizeF()
    normal_width = window.curve.opts["pen"].widthF()
    with qtbot.waitSignal(classroom.appearance.changed):
        classroom.presentation_action.trigger()
    assert classroom.appearance.presentation
    assert app.font().pointSizeF() >= 1.5 * normal_font
    assert window.curve.opts["pen"].widthF() >= 2 * normal_width
    assert window.marker.opts["symbolSize"] >= 16
    legend_label = window.plot.getPlotItem().legend.items[0][1]
    assert float(legend_label.opts["size"].rstrip("pt")) >= 1.5 * normal_font
    metrics = classroom.appearance.metrics
    assert metrics.readout_point_size > metrics.font_point_size > normal_font
    classroom.presentation_action.trigger()  # and back, exactly
    assert app.font().pointSizeF() == pytest.approx(normal_font)
    assert window.curve.opts["pen"].widthF() == pytest.approx(normal_width)
    assert window.marker.opts["symbolSize"] == 8


def test_setting_the_same_value_emits_nothing(classroom, qtbot) -> None:
    appearance = classroom.appearance
    with qtbot.assertNotEmitted(appearance.changed):
        appearance.set_presentation(False)
        appearance.set_theme(appearance.theme)


def test_unknown_theme_is_refused(classroom) -> None:
    with pytest.raises(ValueError, match="unknown theme 'neon'"):
        classroom.appearance.set_theme("neon")


def test_themes_switch_palette_and_plot_without_errors(window, classroom, settings) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    classroom.theme_actions["dark"].trigger()
    window_colour = app.palette().color(QPalette.ColorRole.Window)
    text_colour = app.palette().color(QPalette.ColorRole.WindowText)
    assert window_colour.lightness() < 60 < text_colour.lightness()
    assert window.plot.backgroundBrush().color().name().upper() == "#16181C"
    assert classroom.appearance.curve_color(0).name().upper() == "#E69F00"
    # A curve drawn in the light theme's first colour moves to the dark theme's first colour.
    assert window.curve.opts["pen"].color().name().upper() == "#E69F00"
    assert settings.value("appearance/theme") == "dark"

    classroom.theme_actions["light"].trigger()
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 180
    assert window.plot.backgroundBrush().color().name().upper() == "#FFFFFF"
    assert classroom.appearance.curve_color(0).name().upper() == "#0072B2"
    assert window.curve.opts["pen"].color().name().upper() == "#0072B2"

    classroom.cycle_theme_action.trigger()  # light -> dark
    assert classroom.appearance.theme == "dark"
    assert classroom.theme_actions["dark"].isChecked()
    classroom.theme_actions["system"].trigger()
    assert classroom.appearance.theme == "system"


def test_stored_theme_is_restored_and_garbage_ignored(window, settings, restore_app_look) -> None:
    settings.setValue("appearance/theme", "dark")
    assert ClassroomActions(window, Appearance(), settings).appearance.theme == "dark"
    settings.setValue("appearance/theme", "plaid")
    assert ClassroomActions(window, Appearance(), settings).appearance.theme == "system"


def test_full_screen_toggles(window, classroom, qtbot) -> None:
    window.show()
    classroom.full_screen_action.trigger()
    qtbot.waitUntil(window.isFullScreen)
    classroom.full_screen_action.trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert classroom.full_screen_action.shortcut() == QKeySequence("F11")


def test_shortcut_list_is_generated_from_the_real_actions(window, classroom) -> None:
    rows = collect_shortcuts(window)
    by_action = {what: keys for _where, what, keys in rows}
    expected = [classroom.presentation_action, classroom.full_screen_action]
    expected += [classroom.shortcuts_action, classroom.tour_action]
    for action in expected:
        native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert by_action[plain_text(action.text())] == native
    assert by_action["Quit"] == QKeySequence("Ctrl+Q").toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert by_action["Open the View menu"] == "Alt+V"
    assert ("View › Theme", "Dark", "") in rows  # submenu entries show their path

    classroom.shortcuts_action.trigger()
    dialog = classroom.shortcuts_dialog
    assert dialog is not None and dialog.objectName() == "shortcutsDialog"
    assert dialog.table.rowCount() == len(rows)
    dialog.filter.setText("full")
    visible = [r for r in range(len(rows)) if not dialog.table.isRowHidden(r)]
    assert [rows[r][1] for r in visible] == ["Full screen"]
    dialog.close()


def test_menu_helpers() -> None:
    assert plain_text("Save &as…\tCtrl+Shift+S") == "Save as…"
    assert plain_text("Rock && &Roll") == "Rock & Roll"
    assert mnemonic("&File") == "Alt+F"
    assert mnemonic("Rock && Roll") is None


def test_no_two_actions_share_a_shortcut(window, classroom) -> None:
    keys = [k for _w, _a, k in collect_shortcuts(window) if k]
    assert len(keys) == len(set(keys))


def test_tour_walks_existing_panels_and_switches_tabs(window, classroom, qtbot) -> None:
    window.show()
    classroom.tour_action.trigger()
    tour = classroom.tour_dialog
    assert isinstance(tour, QtTourDialog)
    targets = [s.target for s in tour.steps]
    # Panels this window lacks are skipped; the ones it has are visited in order.
    assert "neuronPanel" not in targets
    assert targets.index("functionPlot") < targets.index("softmaxPanel")
    assert len(tour.steps) < len(STEPS)
    assert not tour.back_button.isEnabled()
    while tour.step.target != "softmaxPanel":
        tour.next_button.click()
    assert window.tabs.currentWidget() is window.softmax
    tour.back_button.click()
    assert window.tabs.currentWidget() is window.plot
    assert "Lower the temperature" in window.softmax.whatsThis()  # per-panel hint
    while tour.index + 1 < len(tour.steps):
        tour.next_button.click()
    assert tour.next_button.text() == "&Finish"
    tour.next_button.click()
    assert not tour.isVisible()


def test_dark_mapping_is_one_to_one_legible_and_matches_the_slots() -> None:
    curve_colours = set(appearance_module.OKABE_ITO.values())
    mapped = [appearance_module.LIGHT_TO_DARK[c] for c in curve_colours]
    assert len(set(mapped)) == len(mapped)  # distinct curves stay distinct
    for colour in mapped:
        assert _contrast(colour, appearance_module.PLOT_BACKGROUND["dark"]) >= 3.0, colour
    for light, dark in zip(
        appearance_module.LIGHT_CURVES, appearance_module.DARK_CURVES, strict=True
    ):
        light_hex = appearance_module.OKABE_ITO[light]
        assert appearance_module.LIGHT_TO_DARK[light_hex] == appearance_module.OKABE_ITO[dark]


def test_items_added_later_follow_theme_and_presentation(window, classroom, qtbot) -> None:
    window.show()
    classroom.theme_actions["dark"].trigger()
    classroom.presentation_action.trigger()
    # A pinned overlay arrives after the switch, built in light-theme colours as panels do.
    overlay = window.plot.plot([0, 1], [1, 0], pen=pg.mkPen("#000000", width=2), name="pinned")
    ends = pg.ScatterPlotItem(size=9, pen=pg.mkPen("#D55E00", width=2), brush=pg.mkBrush("w"))
    window.plot.addItem(ends)
    window.plot.grab()  # a paint: the styler catches up before it
    assert overlay.opts["pen"].color().name().upper() == "#F0E442"  # black -> yellow on dark
    assert overlay.opts["pen"].widthF() == pytest.approx(4.0)
    assert ends.opts["size"] == pytest.approx(18)
    assert ends.opts["brush"].color().name().upper() == "#16181C"  # open marker: background
    assert ends.opts["pen"].color().name().upper() == "#56B4E9"
    legend = window.plot.getPlotItem().legend
    assert legend.brush().color().name().upper() != "#FFFFFF" or legend.brush().color().alpha() == 0
    classroom.theme_actions["light"].trigger()
    classroom.presentation_action.trigger()
    assert overlay.opts["pen"].color().name().upper() == "#000000"
    assert ends.opts["size"] == pytest.approx(9)
    assert ends.opts["brush"].color().name().upper() == "#FFFFFF"


def test_current_appearance_is_the_latest(classroom) -> None:
    assert appearance_module.current_appearance() is classroom.appearance


def test_light_theme_keeps_each_view_as_made_and_every_view_follows_dark(window, classroom) -> None:
    layout = pg.GraphicsLayoutWidget()
    layout.setBackground("w")
    stats = layout.addPlot(title="std per layer")
    stats.plot([0, 1], [1, 2], pen=pg.mkPen("#009E73", width=2))
    bars = pg.GraphicsLayoutWidget()  # text items on it are its panel's to recolour
    bars.setBackground("w")
    bar_plot = bars.addPlot()
    bar_plot.addItem(pg.TextItem("0.25", color="k"))
    window.tabs.addTab(layout, "Stats")
    window.tabs.addTab(bars, "Bars")
    axis = stats.getAxis("left")
    designed_pen = axis.pen().color().name()

    classroom.theme_actions["dark"].trigger()
    assert layout.backgroundBrush().color().name().upper() == "#16181C"
    assert axis.pen().color().name().upper() == "#D0D4DA"
    assert bars.backgroundBrush().color().name().upper() == "#16181C"

    classroom.theme_actions["light"].trigger()
    assert layout.backgroundBrush().color().name().upper() == "#FFFFFF"
    assert axis.pen().color().name() == designed_pen  # exactly as the panel made it
