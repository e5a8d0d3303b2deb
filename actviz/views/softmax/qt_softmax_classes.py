"""The list of classes (2 to 10 rows) with an add button; rows follow the model's class count."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from actviz.model.softmax.lab import MAX_CLASSES, MIN_CLASSES, SoftmaxLabModel
from actviz.views.softmax.qt_softmax_class_row import QtSoftmaxClassRow
from actviz.views.widgets.accessibility import chain_focus


class QtSoftmaxClasses(QWidget):
    def __init__(self, model: SoftmaxLabModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("softmaxClasses")
        self._model = model
        self.rows: list[QtSoftmaxClassRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(2)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("softmaxAddClass")
        self.retranslate()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        layout.addWidget(self.add_button)

        self.add_button.clicked.connect(self._on_q_add_clicked)
        model.events.classes.connect(self.set_classes)
        model.events.scores.connect(self.set_scores)
        model.events.labels.connect(self.set_labels)
        self.set_classes(model.n)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("+ Add class"))
        self.add_button.setToolTip(
            self.tr("Softmax over up to {count} classes").format(count=MAX_CLASSES)
        )

    # model -> widget -------------------------------------------------------------------------
    def set_classes(self, n: int) -> None:
        while len(self.rows) > n:
            row = self.rows.pop()
            # Gone from the user's sight and from the model's wiring now: deleteLater() waits
            # for the event loop, and until then a pending name edit would still report itself
            # (editingFinished when its entry loses focus) for a class that no longer exists.
            for signal in (row.scoreChanged, row.labelEdited, row.removeRequested):
                signal.disconnect()
            row.hide()
            self._rows_layout.removeWidget(row)
            row.deleteLater()
        while len(self.rows) < n:
            row = QtSoftmaxClassRow(len(self.rows), self)
            row.scoreChanged.connect(self._on_q_score_changed)
            row.labelEdited.connect(self._on_q_label_edited)
            row.removeRequested.connect(self._on_q_remove_requested)
            self._rows_layout.addWidget(row)
            self.rows.append(row)
        for row in self.rows:
            row.set_removable(n > MIN_CLASSES)  # removing below two is not offered
        # A new row joins the end of the window's Tab order: put it where it is on screen.
        chain_focus(self, [*(w for row in self.rows for w in row.focus_widgets()), self.add_button])
        self.add_button.setEnabled(n < MAX_CLASSES)
        self.set_scores(self._model.scores)
        self.set_labels(self._model.labels)

    def set_scores(self, scores: tuple[float, ...]) -> None:
        for row, value in zip(self.rows, scores, strict=False):
            row.set_score(value)

    def set_labels(self, labels: tuple[str, ...]) -> None:
        for row, text in zip(self.rows, labels, strict=False):
            row.set_label(text)

    # widget -> model -------------------------------------------------------------------------
    def _on_q_score_changed(self, index: int, value: float) -> None:
        if not 0 <= index < len(self.rows):
            return  # a row on its way out
        try:
            self._model.set_score(index, value)
        except ValueError as error:
            self.rows[index].show_error(str(error))
            self.rows[index].set_score(self._model.scores[index])

    def _on_q_label_edited(self, index: int, text: str) -> None:
        if not 0 <= index < len(self.rows):
            return  # a row on its way out
        try:
            self._model.set_label(index, text)
            self.rows[index].field.clearError()
        except ValueError as error:
            self.rows[index].show_error(str(error))
        self.rows[index].set_label(self._model.labels[index])  # shows the stripped or kept name

    def _on_q_remove_requested(self, index: int) -> None:
        if self._model.n > MIN_CLASSES:
            self._model.remove_class(index)

    def _on_q_add_clicked(self) -> None:
        if self._model.n < MAX_CLASSES:
            self._model.add_class()
