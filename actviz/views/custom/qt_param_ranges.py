"""The parameters of the formula being typed: a row each, rebuilt when the names change."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from actviz.core import ParamRange
from actviz.model.custom.draft import ActivationDraft
from actviz.views.custom.qt_param_range_row import QtParamRangeRow


class QtParamRanges(QWidget):
    """Shows an ActivationDraft's parameter ranges; objectName ``paramRanges``."""

    def __init__(self, draft: ActivationDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paramRanges")
        self._draft = draft
        self.rows: dict[str, QtParamRangeRow] = {}
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        header = QGridLayout()
        self.titles = [QLabel(self) for _ in range(4)]
        for column, label in enumerate(self.titles):
            header.addWidget(label, 0, column)
        header.setColumnStretch(0, 1)
        self.header = QWidget(self)
        self.header.setLayout(header)
        header.setContentsMargins(0, 0, 0, 0)
        self._rows_box = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.header)
        layout.addLayout(self._rows_box)
        self.retranslate()
        self.set_ranges(draft.ranges)
        draft.events.ranges.connect(self.set_ranges)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.empty_label.setText(
            self.tr(
                "No parameters. Any name other than x, pi, e and the functions becomes one, "
                "with a slider."
            )
        )
        texts = (self.tr("Parameter"), self.tr("Default"), self.tr("Minimum"), self.tr("Maximum"))
        for label, text in zip(self.titles, texts, strict=True):
            label.setText(f"<i>{text}</i>")

    def set_ranges(self, ranges: dict[str, ParamRange]) -> None:
        if list(ranges) != list(self.rows):
            for row in self.rows.values():
                self._rows_box.removeWidget(row)
                row.hide()
                row.deleteLater()
            self.rows = {name: QtParamRangeRow(self._draft, name, self) for name in ranges}
            for row in self.rows.values():
                self._rows_box.addWidget(row)
        for name, limits in ranges.items():
            self.rows[name].set_range(limits)
        self.empty_label.setVisible(not ranges)
        self.header.setVisible(bool(ranges))
