"""The activation editor: type a formula, see f and f′ and a preview at once, name it, set ranges.

A dialog over an :class:`~actviz.model.custom.draft.ActivationDraft`: the draft parses and
keeps the last good formula, this only shows it. "Add" (or "Save" when editing) commits the draft
to the custom activations and closes; a name that is taken or missing is said beside the name.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from actviz.core.expression import warm_up_in_background
from actviz.core.formula.vocabulary import help_text
from actviz.model.custom.draft import ActivationDraft
from actviz.views.custom.qt_formula_display import QtFormulaDisplay
from actviz.views.custom.qt_formula_field import QtFormulaField
from actviz.views.custom.qt_formula_preview import QtFormulaPreview
from actviz.views.custom.qt_param_ranges import QtParamRanges
from actviz.views.theme.qt_text_tint import tint
from actviz.views.widgets.signals import signals_blocked

EXAMPLES = (
    "x * sigmoid(beta * x)",
    "log(1 + exp(x))",
    "where(x > 0, x, a * (exp(x) - 1))",
    "(x + sqrt(x^2 + b)) / 2",
    "x^3 - x",
)


class QtActivationEditor(QDialog):
    """Shows and edits an ActivationDraft; objectName ``activationEditor``."""

    committed = Signal(str)  # the key of the activation added or saved

    def __init__(self, draft: ActivationDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activationEditor")
        self.draft = draft
        if draft.activation is None:  # sympy loads while the learner reads and types
            warm_up_in_background()

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("activationNameEdit")
        self.name_message = QLabel(self)
        self.name_message.setObjectName("activationNameMessage")
        tint(self.name_message, "muted")
        self.field = QtFormulaField(draft, self)
        self.help = QLabel(self)
        self.help.setObjectName("formulaHelp")
        self.help.setWordWrap(True)
        tint(self.help, "muted")
        self.examples = QLabel(self)
        self.examples.setObjectName("formulaExamples")
        self.examples.setWordWrap(True)
        self.display = QtFormulaDisplay(draft, self)
        self.preview = QtFormulaPreview(draft, self)
        self.ranges = QtParamRanges(draft, self)
        self.ranges_box = QGroupBox(self)
        QVBoxLayout(self.ranges_box).addWidget(self.ranges)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = QPushButton(self)
        self.ok_button.setObjectName("activationEditorOk")
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        for button in self.buttons.buttons():  # Enter must never close the dialog by surprise
            button.setAutoDefault(False)
            button.setDefault(False)

        form = QFormLayout()
        self.name_label = QLabel(self)
        form.addRow(self.name_label, self.name_edit)
        self.name_label.setBuddy(self.name_edit)
        form.addRow("", self.name_message)
        form.addRow("f(x) =", self.field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.help)
        layout.addWidget(self.examples)
        layout.addWidget(self.display)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.ranges_box)
        layout.addWidget(self.buttons)
        self.resize(660, 640)

        self.retranslate()
        self.set_name(draft.name)
        draft.events.name.connect(self.set_name)
        draft.events.activation.connect(self._update_ok)
        draft.events.error.connect(self._update_ok)
        self.name_edit.textEdited.connect(self._on_q_name_edited)
        self.name_edit.returnPressed.connect(self._on_q_name_entered)
        self.examples.linkActivated.connect(self._on_q_example)
        self.buttons.accepted.connect(self._on_q_accept)
        self.buttons.rejected.connect(self.reject)
        self.field.edit.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        editing = self.draft.editing is not None
        self.setWindowTitle(self.tr("Edit activation") if editing else self.tr("New activation"))
        self.name_edit.setPlaceholderText(self.tr("a name for the picker, such as My swish"))
        self.name_edit.setAccessibleName(self.tr("Name of the activation"))
        self.name_label.setText(self.tr("Name"))
        self.help.setText(help_text())
        links = " · ".join(
            f"<a href='{i}' style='white-space: nowrap'><code>{html.escape(e)}</code></a>"
            for i, e in enumerate(EXAMPLES)
        )
        self.examples.setText(self.tr("Try (click one): {examples}").format(examples=links))
        self.ranges_box.setTitle(self.tr("Parameters (default, slider range)"))
        self.ok_button.setText(self.tr("Save") if editing else self.tr("Add activation"))
        self._update_ok()

    # model -> widget -------------------------------------------------------------------------
    def set_name(self, name: str) -> None:
        if name != self.name_edit.text():
            with signals_blocked(self.name_edit):
                self.name_edit.setText(name)
        self._update_ok()

    def _update_ok(self, *_args: object) -> None:
        problem = self.draft.name_problem() if self.draft.name else None
        if not self.draft.name and self.draft.activation is not None:
            problem = self.tr("Give it a name to add it to the picker.")
        self.name_message.setText(problem or "")
        self.name_message.setVisible(bool(problem))
        self.ok_button.setEnabled(self.draft.can_commit())

    # widget -> model -------------------------------------------------------------------------
    def _on_q_name_edited(self, text: str) -> None:
        self.draft.set_name(text)

    def _on_q_name_entered(self) -> None:
        if self.ok_button.isEnabled():
            self._on_q_accept()

    def _on_q_example(self, link: str) -> None:
        self.draft.set_text(EXAMPLES[int(link)])

    def _on_q_accept(self) -> None:
        self.field.commit_now()
        try:
            key = self.draft.commit()
        except ValueError as error:  # a name taken meanwhile, a text refused at the last moment
            self.name_message.setText(str(error))
            self.name_message.show()
            return
        self.committed.emit(key)
        self.accept()
