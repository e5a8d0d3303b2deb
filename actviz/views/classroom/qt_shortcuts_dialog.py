"""Help > Keyboard shortcuts: a table generated from the window's real menus and actions.

Nothing here is typed by hand, so the list cannot drift from what the keys do; a widget with keys
of its own while it has focus (the function plot) lists them with its ``key_help()``, next to its
key handler. Menus themselves
are listed with their Alt+letter mnemonic, so the list also shows how to reach entries that have no
shortcut of their own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from actviz.core.i18n import translate


def plain_text(text: str) -> str:
    """Menu text without mnemonic ampersands ("&&" stays a literal "&") or the tab-shortcut part."""
    text = text.split("\t")[0]
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def mnemonic(text: str) -> str | None:
    """The Alt+letter of a menu title such as "&File", or None."""
    text = text.replace("&&", "")
    index = text.find("&")
    if index < 0 or index + 1 >= len(text):
        return None
    return f"Alt+{text[index + 1].upper()}"


def collect_shortcuts(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(where, what, keys) for every menu, menu action and window-level shortcut, in menu order."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            seen.add(id(action))
            submenu = action.menu()
            name = plain_text(action.text())
            if isinstance(submenu, QMenu):
                walk(submenu, f"{path} › {name}")
                continue
            rows.append((path, name, _keys(action)))

    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu) or not top.isVisible():
            continue
        title = plain_text(top.text())
        opening = translate("QtShortcutsDialog", "Open the {title} menu").format(title=title)
        keys = mnemonic(top.text()) or translate("QtShortcutsDialog", "F10, arrows")
        rows.append((translate("QtShortcutsDialog", "Menus"), opening, keys))
        walk(menu, title)
    for action in window.findChildren(QAction):
        if id(action) not in seen and not action.shortcut().isEmpty() and action.text():
            where = translate("QtShortcutsDialog", "Window")
            rows.append((where, plain_text(action.text()), _keys(action)))
    for widget in window.findChildren(QWidget):  # a plot's own keys while it has focus
        key_help = getattr(widget, "key_help", None)
        if callable(key_help) and widget.accessibleName():
            where = translate("QtShortcutsDialog", "{name} (focused)")
            where = where.format(name=widget.accessibleName())
            rows += [(where, what, keys) for what, keys in key_help()]
    for shortcut in window.findChildren(QShortcut):
        if shortcut.isEnabled() and not shortcut.key().isEmpty():
            what = shortcut.whatsThis() or shortcut.objectName()
            what = what or translate("QtShortcutsDialog", "(shortcut)")
            keys = shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
            rows.append((translate("QtShortcutsDialog", "Window"), what, keys))
    return rows



def _keys(action: QAction) -> str:
    texts = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
    return ", ".join(t for t in texts if t)


class QtShortcutsDialog(QDialog):
    """The keyboard shortcuts of ``window`` as a table; objectName ``shortcutsDialog``."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcutsDialog")
        self._window = window
        self.rows: list[tuple[str, str, str]] = []

        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_q_filter_changed)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(560, 520)
        self.retranslate()
        self.filter.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # The rows come from the window's menus, which follow the language in their own
            # turn: read them once every widget has had the event.
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The table and its labels in the language of the moment (the filter stays)."""
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.filter.setPlaceholderText(self.tr("Type to filter…"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Action"), self.tr("Keys")])
        self.note.setText(
            self.tr("Entries without keys are reached through their menu: Alt+letter, then arrows.")
        )
        self.rows = collect_shortcuts(self._window)
        self.table.setRowCount(len(self.rows))
        for row, values in enumerate(self.rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self._on_q_filter_changed(self.filter.text())

    def _on_q_filter_changed(self, text: str) -> None:
        needle = text.strip().lower()
        for row, values in enumerate(self.rows):
            hidden = bool(needle) and not any(needle in value.lower() for value in values)
            self.table.setRowHidden(row, hidden)
