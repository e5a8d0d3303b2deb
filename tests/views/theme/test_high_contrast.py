"""The system's high-contrast palette and a large font survive the window: nothing of actviz paints
over them while it follows the system, presentation mode scales the font the system gave, and the
focus ring is drawn in the palette's own highlight colour."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from actviz.app import MainWindow, dispose_window
from actviz.views.theme import appearance as appearance_module
from actviz.views.widgets.qt_focus_ring import QtFocusRing

LARGE = 20.0  # points: a reading font twice the usual


def high_contrast(dark: bool) -> QPalette:
    """A Windows-style high-contrast palette: pure black and white, yellow or blue highlight."""
    ground, ink = ("#000000", "#FFFFFF") if dark else ("#FFFFFF", "#000000")
    highlight, highlighted = ("#FFFF00", "#000000") if dark else ("#1C00FF", "#FFFFFF")
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in {
            QPalette.ColorRole.Window: ground,
            QPalette.ColorRole.Base: ground,
            QPalette.ColorRole.Button: ground,
            QPalette.ColorRole.WindowText: ink,
            QPalette.ColorRole.Text: ink,
            QPalette.ColorRole.ButtonText: ink,
            QPalette.ColorRole.Highlight: highlight,
            QPalette.ColorRole.HighlightedText: highlighted,
        }.items():
            palette.setColor(group, role, QColor(colour))
    return palette


@pytest.fixture
def system_look(qapp: QApplication, monkeypatch):
    """Make the 'system' hand the app a palette and a font, as a desktop would; undo it all."""
    font, palette, style = qapp.font(), qapp.palette(), qapp.style().name()
    for name in ("_system_palette", "_system_font", "_applied"):
        monkeypatch.setattr(appearance_module, name, getattr(appearance_module, name))

    def give(palette: QPalette, point_size: float) -> None:
        qapp.setPalette(palette)
        large = QFont(qapp.font())
        large.setPointSizeF(point_size)
        qapp.setFont(large)

    yield give
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.fixture
def make_window(qtbot):
    windows = []

    def make() -> MainWindow:
        win = MainWindow()
        win.resize(1366, 768)
        win.show()
        win.activateWindow()
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
        windows.append(win)
        return win

    yield make
    for win in windows:
        dispose_window(win)


def _same(palette: QPalette, expected: QPalette) -> bool:
    roles = (
        QPalette.ColorRole.Window,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Base,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.Highlight,
    )
    return all(palette.color(r) == expected.color(r) for r in roles)


@pytest.mark.parametrize("dark", [True, False])
def test_a_high_contrast_palette_and_a_large_font_are_kept(
    qapp, system_look, make_window, dark: bool
) -> None:
    wanted = high_contrast(dark)
    system_look(wanted, LARGE)
    window = make_window()
    appearance = window.classroom.appearance
    assert appearance.theme == "system"
    assert _same(qapp.palette(), wanted)
    assert _same(window.explorer.picker.tree.palette(), wanted)
    assert appearance.is_dark() == dark  # canvases follow the window's own lightness
    assert qapp.font().pointSizeF() == pytest.approx(LARGE)
    assert window.explorer.param_panel.font().pointSizeF() == pytest.approx(LARGE)

    # The focus ring is drawn in the palette's highlight colour.
    window.curve_plot.setFocus(Qt.FocusReason.TabFocusReason)
    ring = QtFocusRing.attach(window.curve_plot)
    assert ring.isVisible()
    assert ring.palette().color(QPalette.ColorRole.WindowText) == wanted.color(
        QPalette.ColorRole.Highlight
    )
    assert ring.lineWidth() >= 4  # twice as wide with a twice as large font

    # Presentation mode scales the system's font, and gives it back exactly.
    window.classroom.actions.presentation_action.trigger()
    assert qapp.font().pointSizeF() >= 1.5 * LARGE
    window.classroom.actions.presentation_action.trigger()
    assert qapp.font().pointSizeF() == pytest.approx(LARGE)
    assert _same(qapp.palette(), wanted)

    # A theme chosen on purpose wins; following the system again brings its palette back.
    window.classroom.actions.set_theme("light" if dark else "dark")
    assert not _same(qapp.palette(), wanted)
    window.classroom.actions.set_theme("system")
    assert _same(qapp.palette(), wanted)


def test_a_second_window_does_not_take_the_apps_own_look_for_the_systems(
    qapp, system_look, make_window
) -> None:
    wanted = high_contrast(dark=True)
    system_look(wanted, LARGE)
    first = make_window()
    first.classroom.actions.set_theme("light")  # the app's own palette now
    make_window()  # a second window's Appearance looks at the application again
    first.classroom.actions.set_theme("system")
    assert _same(qapp.palette(), wanted)


def test_the_formulas_grow_with_the_font(qapp, system_look, make_window) -> None:
    system_look(qapp.palette(), LARGE)
    window = make_window()
    document = window.explorer.formula_pane.document()
    sizes = []
    block = document.begin()
    while block.isValid():
        fragment_iter = block.begin()
        while not fragment_iter.atEnd():
            fragment = fragment_iter.fragment()
            sizes.append(fragment.charFormat().font().pointSizeF())
            fragment_iter += 1
        block = block.next()
    assert max(sizes) >= LARGE  # relative sizes: never a fixed 12 pt under a 20 pt font
