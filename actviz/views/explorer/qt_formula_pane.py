"""The formula and notes pane: f and f' as formulas, the properties table, the teaching notes.

Everything it shows is in the learner's language: its own headings through ``self.tr``, the
catalogue's texts through their ``*_text()`` methods; a ``LanguageChange`` re-renders it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from actviz.model.activation_choice import ActivationChoice

FORMULA_STYLE = "font-family: 'DejaVu Serif', serif; font-size: 12pt"


class QtFormulaPane(QTextBrowser):
    """Shows ``choice.activation`` (its formulas, params, properties, notes); ``formulaPane``."""

    def __init__(self, choice: ActivationChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formulaPane")
        self.setOpenExternalLinks(True)
        self._choice = choice
        self.set_activation(choice.key)
        choice.events.activation.connect(self.set_activation)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.set_activation(self._choice.key)
        super().changeEvent(event)

    def set_activation(self, _key: str) -> None:
        self.setToolTip(
            self.tr("The selected activation: its formulas, properties and what to notice")
        )
        a = self._choice.activation
        rows = "".join(
            f"<tr><td style='padding-right:12px'>{html.escape(label)}</td>"
            f"<td><b>{html.escape(value)}</b></td></tr>"
            for label, value in a.properties.rows()
        )
        params = "".join(
            f"<li><b>{html.escape(p.label_text())}</b> ({html.escape(p.name)}): "
            f"{html.escape(p.range_text())}"
            + (f" — {html.escape(p.tooltip_text())}" if p.tooltip else "")
            + "</li>"
            for p in a.params
        )
        notes = "".join(
            f"<p>{html.escape(par)}</p>" for par in a.notes_text().split("\n\n") if par.strip()
        )
        reference = f"<p><i>{html.escape(a.reference_text())}</i></p>" if a.reference else ""
        family = html.escape(a.family_text())
        parameters, properties, notes_heading = (
            self.tr("Parameters"),
            self.tr("Properties"),
            self.tr("Notes"),
        )
        self.setHtml(
            f"<h2>{html.escape(a.name_text())}</h2>"
            f"<p style='color:gray'>{family} · <code>{html.escape(a.key)}</code></p>"
            # The catalogue writes formulas as rich text (<sup>, <br>): shown as such, not escaped.
            f"<p style='{FORMULA_STYLE}'>{a.formula_text()}</p>"
            f"<p style='{FORMULA_STYLE}'>{a.derivative_formula_text()}</p>"
            + (f"<h3>{parameters}</h3><ul>{params}</ul>" if params else "")
            + f"<h3>{properties}</h3><table>{rows}</table>"
            f"<h3>{notes_heading}</h3>{notes}{reference}"
        )

    def plain_text(self) -> str:
        return self.toPlainText()
