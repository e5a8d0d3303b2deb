"""f and f′ as readable formulas, and where the plot will have gaps, for the formula being typed."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from actviz.model.custom.draft import ActivationDraft

FORMULA_STYLE = "font-family: 'DejaVu Serif', serif; font-size: 12pt"


class QtFormulaDisplay(QLabel):
    """Shows an ActivationDraft's f, f′ and gaps; objectName ``formulaDisplay``."""

    def __init__(self, draft: ActivationDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formulaDisplay")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMinimumHeight(60)
        self._draft = draft
        self.set_activation(draft.activation)
        draft.events.activation.connect(self.set_activation)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.set_activation(self._draft.activation)
        super().changeEvent(event)

    def set_activation(self, activation: object) -> None:
        a = self._draft.activation
        if a is None:
            hint = self.tr("f and f′ appear here as you type.")
            self.setText(f"<span style='color:gray'>{hint}</span>")
            return
        gaps = "".join(f"<br>{html.escape(g.text())}" for g in self._draft.gaps())
        heading = self.tr("Gaps in the plot:")
        gaps_html = f"<span style='color:gray'>{heading}{gaps}</span>" if gaps else ""
        self.setText(
            f"<p style='{FORMULA_STYLE}'>{a.formula_text()}<br>{a.derivative_formula_text()}</p>"
            f"{gaps_html}"
        )
