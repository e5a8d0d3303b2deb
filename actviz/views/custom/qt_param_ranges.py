"""The parameters of the formula being typed: a row each, rebuilt when the names change."""

from __future__ import annotations

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
        self.empty_label = QLabel(
            self.tr(
                "No parameters. Any name other than x, pi, e and the functions becomes one, "
                "with a slider."
            ),
            self,
        )
        self.empty_label.setWordWrap(True)
        header = QGridLayout()
        titles = (self.tr("Parameter"), self.tr("Default"), self.tr("Minimum"), self.tr("Maximum"))
        for column, text in enumerate(titles):
            header.addWidget(QLabel(f"<i>{text}</i>", self), 0, column)
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
        self.set_ranges(draft.ranges)
        draft.events.ranges.connect(self.set_ranges)

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
