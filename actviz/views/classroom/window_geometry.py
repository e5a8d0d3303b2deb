"""Where the window opens when no geometry was saved: its default size, fitted to the screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

DEFAULT_SIZE = QSize(1360, 820)
# Room left for the window manager's frame and title bar when the window is fitted to a screen.
FRAME_ALLOWANCE = QSize(16, 40)


def fitted_geometry(available: QRect, wanted: QSize = DEFAULT_SIZE) -> QRect:
    """A window rectangle of ``wanted`` size, shrunk to fit ``available`` (with room for the
    window frame), centred in it."""
    width = min(wanted.width(), available.width() - FRAME_ALLOWANCE.width())
    height = min(wanted.height(), available.height() - FRAME_ALLOWANCE.height())
    rect = QRect(0, 0, max(width, 1), max(height, 1))
    rect.moveCenter(available.center())
    return rect


def fit_to_screen(window: QWidget) -> None:
    """Size and place ``window`` for its screen's available area (no saved geometry)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(DEFAULT_SIZE)
        return
    rect = fitted_geometry(screen.availableGeometry())
    window.resize(rect.size())
    window.move(rect.topLeft())
