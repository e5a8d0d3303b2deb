"""The formula's text field, with what is wrong shown right under it, and where.

The message names the column and a caret points at it under a copy of the text, so the learner
sees the spot without the cursor being moved while they type. Parsing waits for a pause in the
typing (a keystroke restarts a short timer) or for Enter, so a long formula does not stutter.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from actviz.core import ExpressionError
from actviz.core.expression import MAX_LENGTH
from actviz.model.custom.draft import ActivationDraft
from actviz.views.theme.qt_text_tint import tint
from actviz.views.widgets.signals import signals_blocked

PAUSE_MS = 120  # parse once typing pauses this long


class QtFormulaField(QWidget):
    """Shows an ActivationDraft's text and error; objectName ``formulaField``."""

    def __init__(self, draft: ActivationDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formulaField")
        self._draft = draft
        self.edit = QLineEdit(self)
        self.edit.setObjectName("formulaEdit")
        self.edit.setMaxLength(MAX_LENGTH + 1)  # one more, so the too-long message can show
        self.edit.setClearButtonEnabled(True)
        self.edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("formulaError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(self.error_label.textFormat().RichText)
        tint(self.error_label, "error")
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self._on_q_pause)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.error_label)

        self.retranslate()
        self.set_text(draft.text)
        draft.events.text.connect(self.set_text)
        draft.events.error.connect(self.set_error)
        self.edit.textEdited.connect(self._on_q_text_edited)
        self.edit.returnPressed.connect(self._on_q_pause)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("for example  x * sigmoid(beta * x)"))
        self.edit.setAccessibleName(self.tr("Formula of f(x)"))
        self.set_error(self._draft.error)

    # model -> widget -------------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        if text != self.edit.text():
            with signals_blocked(self.edit):
                self.edit.setText(text)

    def set_error(self, error: object) -> None:
        if not isinstance(error, ExpressionError):
            self.error_label.clear()
            self.error_label.hide()
            return
        where = ""
        if error.column is not None:
            typed = self._draft.text
            caret = " " * (error.column - 1) + "^"
            mono = "font-family: monospace; white-space: pre"
            where = (
                f"<div style='{mono}'>{html.escape(typed[:120])}<br>{caret}</div>"
                if error.column <= 120
                else ""
            )
            where += self.tr("Column {column}: ").format(column=error.column)
        self.error_label.setText(
            f"{where}{html.escape(error.message)}"
        )
        self.error_label.show()

    # widget -> model -------------------------------------------------------------------------
    def _on_q_text_edited(self, _text: str) -> None:
        self._pause.start()

    def _on_q_pause(self) -> None:
        self._pause.stop()
        self._draft.set_text(self.edit.text())

    def commit_now(self) -> None:
        """Parse what is typed without waiting for the pause (before saving)."""
        self._on_q_pause()
