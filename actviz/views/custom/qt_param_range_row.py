"""One parameter of a typed formula: its default, minimum and maximum, each an exact entry."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from actviz.core import ParamRange
from actviz.core.expression import PARAM_LIMIT
from actviz.model.custom.draft import ActivationDraft
from actviz.views.theme.qt_text_tint import tint
from actviz.views.widgets.qt_number_spin_box import QtNumberSpinBox
from actviz.views.widgets.signals import signals_blocked

BOUNDS = ("default", "minimum", "maximum")


class QtParamRangeRow(QWidget):
    """Shows one ActivationDraft parameter's range; objectName ``paramRange:<name>``."""

    def __init__(self, draft: ActivationDraft, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"paramRange:{name}")
        self._draft = draft
        self.name = name
        label = draft.activation.param(name).label_text() if draft.activation is not None else name
        self.label = QLabel(f"<b>{label}</b>" + (f" ({name})" if label != name else ""), self)
        self.spins: dict[str, QtNumberSpinBox] = {}
        self.message = QLabel(self)
        self.message.setObjectName(f"paramRangeMessage:{name}")
        tint(self.message, "error")
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 0, 0)
        for column, bound in enumerate(BOUNDS, start=1):
            spin = QtNumberSpinBox(self)
            spin.setObjectName(f"param{bound.capitalize()}:{name}")
            spin.setRange(-PARAM_LIMIT, PARAM_LIMIT)
            spin.valueChanged.connect(self._on_q_value_changed)
            spin.inputRejected.connect(self._show_message)
            layout.addWidget(spin, 0, column)
            self.spins[bound] = spin
        layout.addWidget(self.message, 1, 0, 1, 4)
        layout.setColumnStretch(0, 1)
        self.retranslate()
        self.set_range(draft.ranges[name])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        tips = {
            "default": self.tr("The default of {name}, where its slider starts"),
            "minimum": self.tr("The minimum of {name}"),
            "maximum": self.tr("The maximum of {name}"),
        }
        for bound, spin in self.spins.items():
            spin.setAccessibleName(tips[bound].format(name=self.name))
            spin.setToolTip(tips[bound].format(name=self.name))

    # model -> widget -------------------------------------------------------------------------
    def set_range(self, limits: ParamRange) -> None:
        for bound, spin in self.spins.items():
            with signals_blocked(spin):
                spin.setValue(getattr(limits, bound))

    # widget -> model -------------------------------------------------------------------------
    def _on_q_value_changed(self, _value: float) -> None:
        values = {bound: spin.value() for bound, spin in self.spins.items()}
        try:
            self._draft.set_range(self.name, **values)
        except ValueError as error:
            self._show_message(str(error))
            self.set_range(self._draft.ranges[self.name])  # the last good values come back
            return
        self.message.hide()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
