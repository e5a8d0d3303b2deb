"""A QDoubleSpinBox for exact entry that says why it refused what was typed.

A plain QDoubleSpinBox silently ignores letters and clamps out-of-range numbers; a learner who types
``1e9`` into a slope field deserves to be told. This one lets any text be typed, and on Enter or
focus-out either commits a finite, in-range number or emits ``inputRejected`` with a message and
restores the last good value.

Numbers are shown in the language's form (``0,5`` in German, through ``format_number``) and typed
in it or in the C form (``0.5`` is accepted in every language, through ``parse_number``); a
``LanguageChange`` shows the value again in the new form.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from actviz.core.i18n import format_number, parse_locale_number, parse_number


class QtNumberSpinBox(QDoubleSpinBox):
    inputRejected = Signal(str)  # the message to show beside the field
    inputAccepted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Parsing and showing are ours (below): Qt's locale must not group digits or refuse "0.5".
        self.setLocale(QLocale.c())
        self.setKeyboardTracking(False)  # commit on Enter / focus-out, not per keystroke
        self.setDecimals(6)
        self.setAccelerated(True)
        self.setCorrectionMode(QDoubleSpinBox.CorrectionMode.CorrectToPreviousValue)

    # Show numbers short ("0.01", not "0.010000") while keeping full precision.
    def textFromValue(self, value: float) -> str:
        return format_number(value, f".{self.decimals()}g") if value != 0 else "0"

    def changeEvent(self, event: QEvent) -> None:
        # "0.5" becomes "0,5"; text being typed (another number, or none) stays as it is.
        if event.type() == QEvent.Type.LanguageChange:
            shown = self._strip(self.lineEdit().text())
            if self.value() in (parse_locale_number(shown, "."), parse_locale_number(shown, ",")):
                text = self.textFromValue(self.value())
                self.lineEdit().setText(f"{self.prefix()}{text}{self.suffix()}")
        super().changeEvent(event)

    def valueFromText(self, text: str) -> float:
        parsed = _parse(self._strip(text))
        return parsed if parsed is not None and math.isfinite(parsed) else self.value()

    def validate(self, text: str, pos: int) -> object:
        # Let anything be typed; the verdict comes on commit, with a message.
        number = _parse(self._strip(text))
        low, high = self.minimum(), self.maximum()
        if number is not None and math.isfinite(number) and low <= number <= high:
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos

    def fixup(self, text: str) -> str:
        # QDoubleSpinBox's fixup drops group separators, so "1,5" became 15 without a word;
        # here text is never rewritten: it is committed as typed or refused with a message.
        return text

    def problem(self, text: str) -> str | None:
        """Why ``text`` cannot be committed, or None if it can."""
        stripped = self._strip(text)
        number = _parse(stripped)
        if number is None:
            return self.tr("“{text}” is not a number").format(text=stripped)
        if not math.isfinite(number):
            return self.tr("Enter a finite number (not NaN or infinity)")
        if not self.minimum() <= number <= self.maximum():
            return self.tr("Enter a value from {low} to {high}").format(
                low=format_number(self.minimum(), "g"), high=format_number(self.maximum(), "g")
            )
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._judge_text()
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._judge_text()
        super().focusOutEvent(event)

    def _judge_text(self) -> None:
        text = self.lineEdit().text()
        if text == self.textFromValue(self.value()):
            return
        message = self.problem(text)
        if message is None:
            self.inputAccepted.emit()
        else:
            self.inputRejected.emit(message)
            self.lineEdit().setText(self.textFromValue(self.value()))

    def _strip(self, text: str) -> str:
        text = text.strip()
        if self.prefix() and text.startswith(self.prefix()):
            text = text[len(self.prefix()) :]
        if self.suffix() and text.endswith(self.suffix()):
            text = text[: -len(self.suffix())]
        return text.strip()


def _parse(text: str) -> float | None:
    return parse_number(text)
