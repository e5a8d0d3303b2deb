"""Fixtures of the window tests: the real main window, and the application's look put back."""

from __future__ import annotations

import pytest


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
def main_window(qtbot, restore_app_look):
    """Makes real main windows (call it for each one), shown; disposes of them afterwards."""
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
