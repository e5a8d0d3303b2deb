"""An exact number entry with its message line, for settings that need no slider (seed, batch
size, regularisation rate, a weight): what was typed is committed on Enter or focus-out, or refused
with a sentence under the field while the previous good value stays."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from actviz.views.theme.qt_text_tint import tint
from actviz.views.widgets.accessibility import announce
from actviz.views.widgets.qt_number_spin_box import QtNumberSpinBox
from actviz.views.widgets.signals import signals_blocked


class QtNumberEntry(QWidget):
    """A ``QtNumberSpinBox`` and its message; the owner's model decides what is accepted."""

    valueChanged = Signal(float)

    def __init__(
        self,
        minimum: float,
        maximum: float,
        step: float,
        *,
        decimals: int = 6,
        tooltip: str = "",
        label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spin = QtNumberSpinBox(self)
        self.spin.setDecimals(decimals)
        self.spin.setRange(minimum, maximum)
        self.spin.setSingleStep(step)
        self.spin.setMinimumWidth(self.spin.minimumSizeHint().width() + 24)
        self.message = QLabel(self)
        self.message.setObjectName("fieldMessage")
        tint(self.message, "error")
        self.message.setWordWrap(True)
        self.message.hide()
        self.setTexts(label, tooltip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.spin)
        layout.addWidget(self.message)
        self.spin.valueChanged.connect(self._on_q_spin_changed)
        self.spin.inputRejected.connect(self.showError)
        self.spin.inputAccepted.connect(self.clearError)

    def setTexts(self, label: str, tooltip: str = "") -> None:
        """Name the entry for screen readers and say what it sets (again after a language
        switch: the owner passes its translated texts)."""
        self.spin.setAccessibleName(label)
        self.spin.setToolTip(tooltip)

    def setValue(self, value: float) -> None:
        """Show ``value`` without emitting ``valueChanged``."""
        with signals_blocked(self.spin):
            self.spin.setValue(value)

    def value(self) -> float:
        return float(self.spin.value())

    def showError(self, message: str) -> None:
        self.message.setText(message[:1].upper() + message[1:])
        self.message.show()
        announce(self, self.message.text(), assertive=True)

    def clearError(self) -> None:
        self.message.clear()
        self.message.hide()

    def errorText(self) -> str:
        return self.message.text()

    def _on_q_spin_changed(self, value: float) -> None:
        self.clearError()
        self.valueChanged.emit(float(value))
