"""The formula and notes pane: f and f' as formulas, the properties table, the teaching notes.

Everything it shows is in the learner's language: its own headings through ``self.tr``, the
catalogue's texts through their ``*_text()`` methods; a ``LanguageChange`` re-renders it.

For a typed formula (family "Custom") the properties are estimated numerically at the current
parameters, so the pane is refreshed (once per event-loop pass) when they change, and it says
where f or f′ is undefined, which the plot shows as gaps.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QTextBrowser, QWidget

from actviz.model.activation_choice import ActivationChoice

# Relative to the pane's font (1.2 times it), so a larger system font makes larger formulas.
FORMULA_STYLE = "font-family: 'DejaVu Serif', serif; font-size: large"


class QtFormulaPane(QTextBrowser):
    """Shows ``choice.activation`` (its formulas, params, properties, notes); ``formulaPane``."""

    def __init__(self, choice: ActivationChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formulaPane")
        self.setOpenExternalLinks(True)
        self._choice = choice
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._render)
        self.set_activation(choice.key)
        choice.events.activation.connect(self.set_activation)
        choice.events.params.connect(self.set_params)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.set_activation(self._choice.key)
        super().changeEvent(event)

    def set_activation(self, _key: str) -> None:
        self._render()

    def set_params(self, _params: object) -> None:
        if self._choice.activation.properties.estimated:  # stated properties do not move
            self._refresh_timer.start()

    def _render(self) -> None:
        self._refresh_timer.stop()
        self.setAccessibleName(self.tr("Formulas and notes"))
        self.setToolTip(
            self.tr("The selected activation: its formulas, properties and what to notice")
        )
        a = self._choice.activation
        properties = self._choice.properties()
        rows = "".join(
            f"<tr><td style='padding-right:12px'>{html.escape(label)}</td>"
            f"<td><b>{html.escape(value)}</b></td></tr>"
            for label, value in properties.rows()
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
        parameters, properties_heading, notes_heading = (
            self.tr("Parameters"),
            self.tr("Properties"),
            self.tr("Notes"),
        )
        typed = getattr(a, "text", None)
        typed_as = ""
        if isinstance(typed, str):
            label = self.tr("Typed as")
            typed_as = f"<p>{label} <code>{html.escape(typed)}</code></p>"
        estimated = ""
        if properties.estimated:
            note = self.tr("Estimated numerically, at these parameters.")
            estimated = f"<p style='color:gray'>{note}</p>"
        gaps = "".join(f"<li>{html.escape(g.text())}</li>" for g in self._choice.gaps())
        gaps_heading = self.tr("Gaps in the plot")
        gaps_html = f"<h3>{gaps_heading}</h3><ul>{gaps}</ul>" if gaps else ""
        self.setHtml(
            f"<h2>{html.escape(a.name_text())}</h2>"
            f"<p style='color:gray'>{family} · <code>{html.escape(a.key)}</code></p>"
            # The catalogue writes formulas as rich text (<sup>, <br>): shown as such, not escaped.
            f"<p style='{FORMULA_STYLE}'>{a.formula_text()}</p>"
            f"<p style='{FORMULA_STYLE}'>{a.derivative_formula_text()}</p>"
            + typed_as
            + (f"<h3>{parameters}</h3><ul>{params}</ul>" if params else "")
            + f"<h3>{properties_heading}</h3>{estimated}<table>{rows}</table>"
            + gaps_html
            + f"<h3>{notes_heading}</h3>{notes}{reference}"
        )

    def plain_text(self) -> str:
        return self.toPlainText()
