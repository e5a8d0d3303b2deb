"""The formula and notes pane: f and f' as formulas, the properties table, the teaching notes."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QWidget

from actviz.model.activation_choice import ActivationChoice

FORMULA_STYLE = "font-family: 'DejaVu Serif', serif; font-size: 12pt"


class QtFormulaPane(QTextBrowser):
    def __init__(self, choice: ActivationChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formulaPane")
        self.setOpenExternalLinks(True)
        self.setToolTip("The selected activation: its formulas, properties and what to notice")
        self._choice = choice
        self.set_activation(choice.key)
        choice.events.activation.connect(self.set_activation)

    def set_activation(self, _key: str) -> None:
        a = self._choice.activation
        rows = "".join(
            f"<tr><td style='padding-right:12px'>{html.escape(label)}</td>"
            f"<td><b>{html.escape(value)}</b></td></tr>"
            for label, value in a.properties.rows()
        )
        params = "".join(
            f"<li><b>{html.escape(p.label)}</b> ({html.escape(p.name)}): "
            f"{html.escape(p.range_text())}"
            + (f" — {html.escape(p.tooltip)}" if p.tooltip else "")
            + "</li>"
            for p in a.params
        )
        notes = "".join(
            f"<p>{html.escape(par)}</p>" for par in a.notes.split("\n\n") if par.strip()
        )
        reference = f"<p><i>{html.escape(a.reference)}</i></p>" if a.reference else ""
        self.setHtml(
            f"<h2>{html.escape(a.name)}</h2>"
            f"<p style='color:gray'>{html.escape(a.family)} · <code>{html.escape(a.key)}</code></p>"
            # The catalogue writes formulas as rich text (<sup>, <br>): shown as such, not escaped.
            f"<p style='{FORMULA_STYLE}'>{a.formula}</p>"
            f"<p style='{FORMULA_STYLE}'>{a.derivative_formula}</p>"
            + (f"<h3>Parameters</h3><ul>{params}</ul>" if params else "")
            + f"<h3>Properties</h3><table>{rows}</table>"
            f"<h3>Notes</h3>{notes}{reference}"
        )

    def plain_text(self) -> str:
        return self.toPlainText()
