"""View and Help entries for a room full of people: presentation mode, full screen, themes,
the keyboard-shortcut list, the tour and What's This.

The window calls :meth:`ClassroomActions.add_to_view_menu` and :meth:`add_to_help_menu`; the theme
choice is remembered in QSettings (presentation mode is not: it is for today's lesson). Actions
get no ``LanguageChange``: the window calls :meth:`ClassroomActions.retranslate` on its own.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWhatsThis

from actviz.views.classroom.qt_shortcuts_dialog import QtShortcutsDialog
from actviz.views.classroom.qt_tour_dialog import QtTourDialog, install_hints
from actviz.views.classroom.recent_files import SettingsLike
from actviz.views.theme.appearance import THEMES, Appearance
from actviz.views.theme.plot_styler import follow_theme

THEME_KEY = "appearance/theme"


class ClassroomActions(QObject):
    def __init__(
        self,
        window: QMainWindow,
        appearance: Appearance,
        settings: SettingsLike | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self.appearance = appearance
        self._settings: SettingsLike = settings if settings is not None else QSettings()
        self._was_maximized = False
        self.shortcuts_dialog: QtShortcutsDialog | None = None
        self.tour_dialog: QtTourDialog | None = None

        self.presentation_action = QAction(self)
        self.presentation_action.setCheckable(True)
        self.presentation_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.presentation_action.toggled.connect(self._on_q_presentation_toggled)

        self.full_screen_action = QAction(self)
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.setShortcut(QKeySequence("F11"))
        self.full_screen_action.toggled.connect(self._on_q_full_screen_toggled)

        self.theme_menu = QMenu(window)
        self.theme_menu.setObjectName("themeMenu")
        self.theme_group = QActionGroup(self)
        self.theme_group.setExclusive(True)
        self.theme_actions: dict[str, QAction] = {}
        for theme in THEMES:
            action = QAction(self)
            action.setCheckable(True)
            action.setData(theme)
            self.theme_group.addAction(action)
            self.theme_menu.addAction(action)
            self.theme_actions[theme] = action
        self.theme_group.triggered.connect(self._on_q_theme_triggered)
        self.cycle_theme_action = QAction(self)
        self.cycle_theme_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.cycle_theme_action.triggered.connect(self.cycle_theme)
        self.theme_menu.addSeparator()
        self.theme_menu.addAction(self.cycle_theme_action)

        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.tour_action = QAction(self)
        self.tour_action.setShortcut(QKeySequence("F1"))
        self.tour_action.triggered.connect(self.show_tour)
        self.whats_this_action = QWhatsThis.createAction(self)
        self.retranslate()

        appearance.changed.connect(self._on_appearance_changed)
        self.set_theme(self._stored_theme())

    def retranslate(self) -> None:
        """Show the entries' texts in the language of the moment."""
        self.presentation_action.setText(self.tr("P&resentation mode"))
        self.presentation_action.setToolTip(self.tr("Larger text, thicker curves, bigger markers"))
        self.full_screen_action.setText(self.tr("&Full screen"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        labels = {"system": self.tr("Follow &system"), "light": self.tr("&Light")}
        labels["dark"] = self.tr("&Dark")
        for theme, action in self.theme_actions.items():
            action.setText(labels[theme])
        self.cycle_theme_action.setText(self.tr("&Next theme"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.tour_action.setText(self.tr("&Tour"))
        self.whats_this_action.setText(self.tr("&What's this?"))
        self.whats_this_action.setToolTip(self.tr("Click a panel to read what to try there"))

    # Menus -------------------------------------------------------------------------------------
    def add_to_view_menu(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addAction(self.presentation_action)
        menu.addAction(self.full_screen_action)
        menu.addMenu(self.theme_menu)

    def add_to_help_menu(self, menu: QMenu) -> None:
        first = menu.actions()[0] if menu.actions() else None
        entries = [self.tour_action, self.shortcuts_action, self.whats_this_action]
        if first is None:
            menu.addActions(entries)
        else:
            menu.insertActions(first, entries)
            menu.insertSeparator(first)

    # Theme -------------------------------------------------------------------------------------
    def set_theme(self, theme: str, *, remember: bool = True) -> None:
        """Use ``theme``; ``remember`` False (a command-line choice) leaves the stored one."""
        self.restyle()  # views made since the last change follow from the first paint on
        self.appearance.set_theme(theme)
        self.theme_actions[theme].setChecked(True)
        if remember:
            self._settings.setValue(THEME_KEY, theme)

    def cycle_theme(self) -> None:
        index = THEMES.index(self.appearance.theme)
        self.set_theme(THEMES[(index + 1) % len(THEMES)])

    def _stored_theme(self) -> str:
        value = self._settings.value(THEME_KEY, "system")
        return value if isinstance(value, str) and value in THEMES else "system"

    def _on_q_theme_triggered(self, action: QAction) -> None:
        theme = action.data()
        if isinstance(theme, str) and theme in THEMES:
            self.set_theme(theme)

    # Presentation and full screen --------------------------------------------------------------
    def _on_q_presentation_toggled(self, on: bool) -> None:
        self.appearance.set_presentation(on)

    def _on_q_full_screen_toggled(self, on: bool) -> None:
        if on:
            self._was_maximized = self._window.isMaximized()
            self._window.showFullScreen()
        elif self._was_maximized:
            self._window.showMaximized()
        else:
            self._window.showNormal()

    def _on_appearance_changed(self) -> None:
        self.restyle()

    def restyle(self) -> None:
        """Every pyqtgraph view in the window follows the theme and presentation sizes, also one
        whose panel did not ask to (views that do are already following; a lab built later
        calls this too)."""
        for view in self._window.findChildren(pg.GraphicsView):
            follow_theme(view)

    # Help --------------------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.deleteLater()
        self.shortcuts_dialog = QtShortcutsDialog(self._window)
        self.shortcuts_dialog.open()

    def show_tour(self) -> None:
        install_hints(self._window)
        if self.tour_dialog is not None:
            self.tour_dialog.deleteLater()
        self.tour_dialog = QtTourDialog(self._window)
        self.tour_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.tour_dialog.show()
