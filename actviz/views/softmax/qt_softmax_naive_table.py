"""The naive formula beside the stable one, cell by cell, with what broke and why in words.

Shown while the naive toggle is on: z, z/T, the naive exp(z/T), the naive output and the stable
output for every class. Cells that overflowed, underflowed or came out NaN / −inf are tinted with
the theme's error colour (their text stays the theme's ink), and say so in their tooltip.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from actviz.core.i18n import format_number
from actviz.core.softmax import EXP_OVERFLOW_THRESHOLD, EXP_UNDERFLOW_THRESHOLD
from actviz.model.softmax.snapshot import SoftmaxSnapshot
from actviz.views.softmax import qt_softmax_style as style
from actviz.views.theme.appearance import (
    Appearance,
    CanvasColours,
    canvas_colours,
    follow_appearance,
)

COLUMNS = ("z", "z / T", "naive exp(z/T)", "naive output", "stable output")  # English keys
BROKEN_TINT_ALPHA = 70  # the error colour over the table's base, light enough to read the number


def broken_brush(colours: CanvasColours) -> QBrush:
    tint = QColor(colours.error)
    tint.setAlpha(BROKEN_TINT_ALPHA)
    return QBrush(tint)


class QtSoftmaxNaiveTable(QWidget):
    """Shows a snapshot's naive numbers (objectName ``softmaxNaiveTable``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("softmaxNaiveTable")
        self._broken_brush = broken_brush(canvas_colours(None))
        self._snapshot: SoftmaxSnapshot | None = None
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("softmaxNaiveCells")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (the arrows move in it)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.note = QLabel(self)
        self.note.setObjectName("softmaxNaiveNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.retranslate()
        follow_appearance(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Naive and stable softmax, class by class"))
        self.table.setHorizontalHeaderLabels(
            [
                "z",
                "z / T",
                self.tr("naive exp(z/T)"),
                self.tr("naive output"),
                self.tr("stable output"),
            ]
        )
        if self._snapshot is not None:
            self.show_snapshot(self._snapshot)

    def apply_appearance(self, appearance: Appearance) -> None:
        self._broken_brush = broken_brush(appearance.canvas_colours())
        rows = self.table.fontMetrics().height() + 6  # the rows grow with presentation mode
        self.table.verticalHeader().setDefaultSectionSize(max(22, rows))
        if self._snapshot is not None:
            self.show_snapshot(self._snapshot)

    def needed_height(self, width: int) -> int:
        """The height that shows the note (wrapped at ``width``) and every row without scrolling."""
        table = self.table
        rows = sum(table.rowHeight(i) for i in range(table.rowCount()))
        frame = 2 * table.frameWidth()
        spacing = self.layout().spacing() if self.layout() is not None else 0
        note = self.note.heightForWidth(width) if self.note.text() else 0
        return note + spacing + table.horizontalHeader().sizeHint().height() + rows + frame

    # model -> widget -------------------------------------------------------------------------
    def show_snapshot(self, snap: SoftmaxSnapshot) -> None:
        self._snapshot = snap
        naive = snap.naive
        self.table.setRowCount(snap.n)
        self.table.setVerticalHeaderLabels(list(snap.labels))
        for i in range(snap.n):
            row = (
                (snap.logits[i], False),
                (naive.scaled[i], False),
                (naive.exp[i], bool(naive.overflowed[i] or naive.underflowed[i])),
                (naive.output[i], bool(naive.invalid[i])),
                (snap.output[i], False),
            )
            for j, (value, broken) in enumerate(row):
                self._set_cell(i, j, float(value), broken)
        self.note.setText(explain(snap))

    def _set_cell(self, i: int, j: int, value: float, broken: bool) -> None:
        item = self.table.item(i, j)
        if item is None:
            item = QTableWidgetItem()
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(i, j, item)
        item.setText(style.number_text(value, 6))
        item.setBackground(self._broken_brush if broken else QBrush())
        item.setToolTip(self.tr("The naive formula broke here") if broken else "")

    def cell_text(self, i: int, column: str) -> str:
        item = self.table.item(i, COLUMNS.index(column))
        return item.text() if item is not None else ""


def explain(snap: SoftmaxSnapshot) -> str:
    """What happened to the naive formula, in words."""
    naive = snap.naive
    names = np.asarray(snap.labels, dtype=object)
    over = ", ".join(names[naive.overflowed])
    overflow = format_number(EXP_OVERFLOW_THRESHOLD, ".2f")
    if naive.overflowed.any():
        return QCoreApplication.translate(
            "QtSoftmaxNaiveTable",
            "exp(z/T) overflowed to inf for {names}: z/T is above {threshold}, and exp of that "
            "is beyond the largest float64 (1.8e308). Then inf / inf = NaN, and a finite term / "
            "inf = 0. The stable formula subtracts the largest z first, so its biggest term is "
            "exp(0) = 1 and nothing can overflow: its answer stays right.",
        ).format(names=over, threshold=overflow)
    if naive.underflowed.all():
        return QCoreApplication.translate(
            "QtSoftmaxNaiveTable",
            "Every exp(z/T) underflowed to 0 (z/T below {threshold}), so the naive formula "
            "computes 0 / 0 = NaN. Subtracting the maximum makes the largest term exp(0) = 1, "
            "so the stable sum is never 0.",
        ).format(threshold=format_number(EXP_UNDERFLOW_THRESHOLD, ".2f"))
    if naive.invalid.any():
        return QCoreApplication.translate(
            "QtSoftmaxNaiveTable",
            "Some exp(z/T) underflowed to 0, and log 0 = −inf where the stable log-softmax keeps "
            "the exact (finite) value z/T − logsumexp.",
        )
    return QCoreApplication.translate(
        "QtSoftmaxNaiveTable",
        "No overflow at these values: naive and stable agree. Raise “Add to every logit” (or "
        "lower T) until some z/T passes {threshold} to watch the naive one break.",
    ).format(threshold=overflow)
