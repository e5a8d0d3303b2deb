"""Puts lesson files and the classroom features into a main window in one call.

``install_classroom(window, saveables)`` adds to the window's File menu Open/Save session and
Open recent, to its View menu presentation mode, full screen and the theme, and to its Help menu
the tour, the shortcut list and What's This (creating any of those menus that is missing). It
also applies the theme and the window icon. The window keeps the returned :class:`Classroom`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from actviz.model.state import Saveable
from actviz.views.classroom.qt_classroom_actions import ClassroomActions
from actviz.views.classroom.qt_session_actions import SessionActions
from actviz.views.classroom.qt_shortcuts_dialog import plain_text
from actviz.views.classroom.qt_tour_dialog import install_hints
from actviz.views.classroom.recent_files import MemorySettings, RecentFiles, SettingsLike
from actviz.views.theme.app_icon import app_icon
from actviz.views.theme.appearance import Appearance


@dataclass
class Classroom:
    appearance: Appearance
    session: SessionActions
    actions: ClassroomActions
    window: QMainWindow

    def retranslate(self) -> None:
        """The entries' texts and the panels' hints in the language of the moment (the window
        calls this on ``LanguageChange``: actions get no such event)."""
        self.session.retranslate()
        self.actions.retranslate()
        install_hints(self.window)


def _is_menu(action: QAction, title: str) -> bool:
    """Whether ``action`` opens the menu called ``title`` ("File"): by its objectName
    ("fileMenu"), which stays in every language, or by its English title."""
    menu = action.menu()
    if not isinstance(menu, QMenu):
        return False
    return menu.objectName() == f"{title.lower()}Menu" or plain_text(action.text()) == title


def find_or_add_menu(window: QMainWindow, title: str) -> QMenu:
    """The menu-bar menu called ``title`` ("&File" finds the menu named "fileMenu", or titled
    "File"), else a new one. A new Help menu goes last; any other goes before Help if there is
    one. A new menu keeps the English ``title``: the window translates the titles of its bar.
    """
    wanted = plain_text(title)
    bar = window.menuBar()
    help_action = None
    for action in bar.actions():
        if _is_menu(action, wanted):
            return action.menu()  # type: ignore[return-value]
        if _is_menu(action, "Help"):
            help_action = action
    menu = QMenu(title, window)
    menu.setObjectName(f"{wanted.lower()}Menu")
    if help_action is not None and wanted != "Help":
        bar.insertMenu(help_action, menu)
    else:
        bar.addMenu(menu)
    return menu


def install_classroom(
    window: QMainWindow,
    saveables: Callable[[], Sequence[Saveable]],
    settings: SettingsLike | None = None,
) -> Classroom:
    """Add the classroom features to ``window``; ``settings`` None remembers nothing (tests)."""
    settings = MemorySettings() if settings is None else settings
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setWindowIcon(app_icon())
    window.setWindowIcon(app_icon())
    appearance = Appearance(parent=window)
    session = SessionActions(window, saveables, RecentFiles(settings, parent=window))
    actions = ClassroomActions(window, appearance, settings)
    session.add_to_menu(find_or_add_menu(window, "&File"))
    actions.add_to_view_menu(find_or_add_menu(window, "&View"))
    actions.add_to_help_menu(find_or_add_menu(window, "&Help"))
    install_hints(window)  # each panel's "what to try", for What's This (Shift+F1)
    return Classroom(appearance, session, actions, window)
