"""File > Open session, Save session, Save as, Open recent: lesson files in the File menu.

The maths of a session file (format, checks, two-phase restore, atomic write) is in
``actviz.model.session_file``; this class only asks for paths, reports what happened (status bar for
success, a dialog listing notes or naming the problem) and keeps the recent-files list. The window
calls :meth:`SessionActions.retranslate` when the language changes (actions get no such event).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from actviz.core.i18n import format_number
from actviz.model import session_file
from actviz.model.state import Saveable
from actviz.views.classroom.recent_files import RecentFiles

STATUS_MS = 6000


class SessionActions(QObject):
    opened = Signal(str, list)  # path, notes
    saved = Signal(str)
    failed = Signal(str)  # the message shown to the user

    def __init__(
        self,
        window: QMainWindow,
        saveables: Callable[[], Sequence[Saveable]],
        recent: RecentFiles | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._saveables = saveables
        self.recent = recent if recent is not None else RecentFiles(parent=self)
        self.current_path: str | None = None
        self._base_title = window.windowTitle()
        self.last_message_box: QMessageBox | None = None
        self.last_error: str | None = None  # the latest refusal, for callers without a screen

        self.open_action = self._action("Ctrl+O", self.choose_and_open)
        self.save_action = self._action("Ctrl+S", self.save)
        self.save_as_action = self._action("Ctrl+Shift+S", self.save_as)
        self.recent_menu = QMenu(window)
        self.recent_menu.setObjectName("recentSessionsMenu")
        self.clear_recent_action = QAction(self)
        self.clear_recent_action.triggered.connect(self.recent.clear)
        self.recent.changed.connect(self._rebuild_recent_menu)
        self._rebuild_recent_menu()
        self.retranslate()

    def retranslate(self) -> None:
        """Show the entries' texts in the language of the moment."""
        self.open_action.setText(self.tr("&Open session…"))
        self.open_action.setToolTip(
            self.tr("Open a lesson file (.actviz) and restore every panel from it")
        )
        self.save_action.setText(self.tr("&Save session"))
        self.save_action.setToolTip(self.tr("Save every panel's state to the current lesson file"))
        self.save_as_action.setText(self.tr("Save session &as…"))
        self.save_as_action.setToolTip(self.tr("Save every panel's state to a new lesson file"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.clear_recent_action.setText(self.tr("&Clear list"))

    def file_filter(self) -> str:
        return self.tr("actviz lessons (*.actviz);;All files (*)")

    def _action(self, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def add_to_menu(self, menu: QMenu, before: QAction | None = None) -> None:
        """Put the session entries into ``menu`` (at the top, or before ``before``)."""
        if before is None and menu.actions():
            before = menu.actions()[0]
        separator = QAction(self)
        separator.setSeparator(True)
        entries = [self.open_action, self.recent_menu.menuAction()]
        entries += [self.save_action, self.save_as_action, separator]
        if before is None:
            menu.addActions(entries)
        else:
            menu.insertActions(before, entries)

    # Open --------------------------------------------------------------------------------------
    def choose_and_open(self) -> None:
        path = self.ask_open_path()
        if path:
            self.open_path(path)

    def ask_open_path(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self._window, self.tr("Open lesson"), self._start_folder(), self.file_filter()
        )
        return path

    def open_path(self, path: str | os.PathLike[str]) -> bool:
        """Restore the session in ``path``; on refusal nothing changes and the reason is shown."""
        path = os.path.abspath(os.fspath(path))
        try:
            notes = session_file.load(path, self._saveables())
        except session_file.SessionFileError as error:
            if not os.path.exists(path):
                self.recent.remove(path)
            self._fail(self.tr("Could not open the lesson.\n\n{error}").format(error=error))
            return False
        self.current_path = path
        self.recent.add(path)
        self._update_title()
        name = Path(path).name
        if notes:
            if len(notes) == 1:
                status = self.tr("Opened {name} with one note").format(name=name)
            else:
                status = self.tr("Opened {name} with {count} notes")
                status = status.format(name=name, count=format_number(len(notes), "d"))
            self._status(status)
            self._show(
                QMessageBox.Icon.Information,
                self.tr("Opened {name}").format(name=name),
                self.tr("{name} was opened. Some settings were adjusted or ignored:").format(
                    name=name
                ),
                "\n".join(f"• {note}" for note in notes),
            )
        else:
            self._status(self.tr("Opened {name}").format(name=name))
        self.opened.emit(path, list(notes))
        return True

    # Save --------------------------------------------------------------------------------------
    def save(self) -> None:
        if self.current_path is None:
            self.save_as()
        else:
            self.save_to(self.current_path)

    def save_as(self) -> None:
        path = self.ask_save_path()
        if path:
            self.save_to(path)

    def ask_save_path(self) -> str:
        start = self.current_path or os.path.join(self._start_folder(), "lesson.actviz")
        path, _filter = QFileDialog.getSaveFileName(
            self._window, self.tr("Save lesson"), start, self.file_filter()
        )
        return path

    def save_to(self, path: str | os.PathLike[str]) -> bool:
        """Write the session to ``path`` (``.actviz`` added when there is no suffix), atomically."""
        target = Path(os.path.abspath(os.fspath(path)))
        if not target.suffix:
            target = target.with_suffix(session_file.SUFFIX)
        try:
            session_file.save(target, self._saveables())
        except (OSError, ValueError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            message = self.tr("Could not save {name}: {reason}.\nThe previous file is unchanged.")
            self._fail(message.format(name=target.name, reason=reason))
            return False
        self.current_path = str(target)
        self.recent.add(target)
        self._update_title()
        self._status(self.tr("Saved {name}").format(name=target.name))
        self.saved.emit(str(target))
        return True

    # Recent ------------------------------------------------------------------------------------
    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for index, path in enumerate(paths, start=1):
            label = f"&{index} {Path(path).name}" if index < 10 else Path(path).name
            action = self.recent_menu.addAction(label)
            action.setData(path)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(self._on_recent_triggered)
        if paths:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.clear_recent_action)
        self.recent_menu.setEnabled(bool(paths))

    def _on_recent_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction) and isinstance(action.data(), str):
            self.open_path(action.data())

    # Feedback ----------------------------------------------------------------------------------
    def _start_folder(self) -> str:
        paths = self.recent.paths()
        if paths and os.path.isdir(os.path.dirname(paths[0])):
            return os.path.dirname(paths[0])
        return str(Path.home())

    def _update_title(self) -> None:
        if self.current_path:
            self._window.setWindowTitle(f"{Path(self.current_path).name} — {self._base_title}")

    def _status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, STATUS_MS)

    def _fail(self, message: str) -> None:
        self.last_error = message
        self._status(message.splitlines()[0])
        self._show(QMessageBox.Icon.Warning, "actviz", message, "")
        self.failed.emit(message)

    def _show(self, icon: QMessageBox.Icon, title: str, text: str, details: str) -> None:
        """A window-modal box that does not block (tests and scripts keep running)."""
        if self.last_message_box is not None:
            self.last_message_box.close()
            self.last_message_box.deleteLater()
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._window)
        if details:
            box.setInformativeText(details)
        box.setObjectName("sessionMessage")
        box.open()
        self.last_message_box = box
