"""New, Edit, Duplicate and Delete for custom activations: menu actions and the picker's requests.

Opening an editor is non-blocking (``QDialog.open``), so the window keeps repainting behind it;
a new activation becomes the explorer's current one when it is added, so the learner sees it at
once, beside whatever they pinned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from actviz import core
from actviz.model.activation_choice import ActivationChoice
from actviz.model.custom.activations import CustomActivations
from actviz.model.custom.draft import ActivationDraft

if TYPE_CHECKING:
    from actviz.views.custom.qt_activation_editor import QtActivationEditor


class CustomActivationActions(QObject):
    """The actions on ``customs``; "Edit/Duplicate/Delete activation" act on ``current``'s key."""

    def __init__(
        self, parent: QWidget, customs: CustomActivations, current: ActivationChoice
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self.customs = customs
        self.current = current
        self.editor: QtActivationEditor | None = None
        self.own_menu: QMenu | None = None  # the Edit menu, when made for these actions
        self.new_action = self._action("Ctrl+N", self.new_activation)
        self.edit_action = self._action("F2", self.edit_current)
        self.duplicate_action = self._action("", self.duplicate_current)
        self.delete_action = self._action("", self.delete_current)
        self.retranslate()
        self._update_enabled()
        current.events.activation.connect(self._update_enabled)

    def event(self, event: QEvent) -> bool:
        # A QObject child of the window gets the window's LanguageChange here.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)

    def retranslate(self) -> None:
        """The actions' texts (and the Edit menu's title, if made here) in the language."""
        for action, text in (
            (self.new_action, self.tr("&New activation…")),
            (self.edit_action, self.tr("&Edit activation…")),
            (self.duplicate_action, self.tr("D&uplicate activation")),
            (self.delete_action, self.tr("De&lete activation…")),
        ):
            action.setText(text)
            action.setStatusTip(text.replace("&", "").rstrip("…"))
        self.new_action.setToolTip(
            self.tr("Type your own activation as a formula; actviz derives f′")
        )
        if self.own_menu is not None:
            self.own_menu.setTitle(self.tr("&Edit"))

    def _action(self, shortcut: str, slot: object) -> QAction:
        action = QAction(self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addAction(self.new_action)
        menu.addAction(self.edit_action)
        menu.addAction(self.duplicate_action)
        menu.addAction(self.delete_action)

    def _update_enabled(self, _key: str = "") -> None:
        custom = core.is_custom_key(self.current.key)
        for action in (self.edit_action, self.duplicate_action, self.delete_action):
            action.setEnabled(custom)

    # the editor ----------------------------------------------------------------------------------
    def new_activation(self) -> QtActivationEditor:
        return self._open(ActivationDraft(self.customs))

    def edit_activation(self, key: str) -> QtActivationEditor | None:
        if key not in {e.key for e in self.customs.entries}:
            return None
        return self._open(ActivationDraft(self.customs, editing=key))

    def edit_current(self) -> QtActivationEditor | None:
        return self.edit_activation(self.current.key)

    def _open(self, draft: ActivationDraft) -> QtActivationEditor:
        from actviz.views.custom.qt_activation_editor import QtActivationEditor  # on first use

        if self.editor is not None:
            self.editor.close()
            self.editor.deleteLater()
        self.editor = QtActivationEditor(draft, self._window)
        self.editor.committed.connect(self._on_committed)
        self.editor.open()
        return self.editor

    def _on_committed(self, key: str) -> None:
        if self.current.key != key:  # a new one is shown at once; an edited one keeps its params
            self.current.set_activation(key)

    # duplicate, delete ---------------------------------------------------------------------------
    def duplicate_activation(self, key: str) -> str | None:
        try:
            copy = self.customs.duplicate(key)
        except (KeyError, ValueError) as error:
            QMessageBox.warning(self._window, self.tr("Duplicate activation"), str(error))
            return None
        self.current.set_activation(copy)
        return copy

    def duplicate_current(self) -> str | None:
        return self.duplicate_activation(self.current.key)

    def delete_activation(self, key: str) -> bool:
        if key not in {e.key for e in self.customs.entries}:
            return False
        if not self.confirm_delete(core.get(key).name_text()):
            return False
        self.customs.delete(key)
        return True

    def delete_current(self) -> bool:
        return self.delete_activation(self.current.key)

    def confirm_delete(self, name: str) -> bool:
        """Ask before deleting (tests replace this)."""
        answer = QMessageBox.question(
            self._window,
            self.tr("Delete activation"),
            self.tr(
                "Delete your activation “{name}”? Every panel showing it switches to ReLU."
            ).format(name=name),
        )
        return answer == QMessageBox.StandardButton.Yes
