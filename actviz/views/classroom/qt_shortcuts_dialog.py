"""Help > Keyboard shortcuts: a table generated from the window's real menus and actions.

Nothing here is typed by hand, so the list cannot drift from what the keys do; a widget with keys
of its own while it has focus (the function plot) lists them with its ``key_help()``, next to its
key handler. Menus themselves
are listed with their Alt+letter mnemonic, so the list also shows how to reach entries that have no
shortcut of their own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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
        rows.append(("Menus", f"Open the {title} menu", mnemonic(top.text()) or "F10, arrows"))
        walk(menu, title)
    for action in window.findChildren(QAction):
        if id(action) not in seen and not action.shortcut().isEmpty() and action.text():
            rows.append(("Window", plain_text(action.text()), _keys(action)))
    for widget in window.findChildren(QWidget):  # a plot's own keys while it has focus
        key_help = getattr(widget, "key_help", None)
        if callable(key_help) and widget.accessibleName():
            where = f"{widget.accessibleName()} (focused)"
            rows += [(where, what, keys) for what, keys in key_help()]
    for shortcut in window.findChildren(QShortcut):
        if shortcut.isEnabled() and not shortcut.key().isEmpty():
            what = shortcut.whatsThis() or shortcut.objectName() or "(shortcut)"
            rows.append(
                ("Window", what, shortcut.key().toString(QKeySequence.SequenceFormat.NativeText))
            )
    return rows


def _keys(action: QAction) -> str:
    texts = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
    return ", ".join(t for t in texts if t)


class QtShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle("Keyboard shortcuts")
        self.rows = collect_shortcuts(window)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Type to filter…")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_q_filter_changed)
        self.table = QTableWidget(len(self.rows), 3, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels(["Where", "Action", "Keys"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for row, values in enumerate(self.rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        note = QLabel(
            "Entries without keys are reached through their menu: Alt+letter, then arrows."
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 520)
        self.filter.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_q_filter_changed(self, text: str) -> None:
        needle = text.strip().lower()
        for row, values in enumerate(self.rows):
            hidden = bool(needle) and not any(needle in value.lower() for value in values)
            self.table.setRowHidden(row, hidden)
