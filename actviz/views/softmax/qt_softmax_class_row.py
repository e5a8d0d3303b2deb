"""One class of the softmax lab: its editable name, its score (slider + exact entry), remove."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from actviz.model.softmax.lab import MAX_LABEL_LENGTH, SCORE_MAX, SCORE_MIN, SCORE_STEP
from actviz.views.widgets.qt_slider_field import QtSliderField
from actviz.views.widgets.signals import signals_blocked


class QtSoftmaxClassRow(QWidget):
    scoreChanged = Signal(int, float)
    labelEdited = Signal(int, str)
    removeRequested = Signal(int)

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.label_edit = QLineEdit(self)
        self.label_edit.setMaxLength(
            MAX_LABEL_LENGTH + 10
        )  # the model says why a long name is refused
        self.label_edit.setFixedWidth(80)
        self.field = QtSliderField("", SCORE_MIN, SCORE_MAX, SCORE_STEP)
        self.field.label.hide()
        self.field.slider.setMinimumWidth(80)  # the controls column stays narrow beside the charts
        self.remove_button = QToolButton(self)
        self.remove_button.setText("✕")

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.label_edit)
        top.addWidget(self.field, 1)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        self._name_widgets()
        self._retranslate_tips()

        self.field.valueChanged.connect(self._on_q_score_changed)
        self.label_edit.editingFinished.connect(self._on_q_label_edited)
        self.remove_button.clicked.connect(self._on_q_remove_clicked)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_tips()
            self.set_label(self.label_edit.text())  # the names screen readers hear
        super().changeEvent(event)

    def _retranslate_tips(self) -> None:
        self.label_edit.setToolTip(self.tr("The class name: click to rename"))
        self.field.set_tooltip(self.tr("This class's score (logit) before the shift"))
        self.remove_button.setToolTip(self.tr("Remove this class"))

    def _name_widgets(self) -> None:
        self.label_edit.setObjectName(f"softmaxLabel:{self.index}")
        self.field.setObjectName(f"softmaxLogit:{self.index}")
        self.field.slider.setObjectName(f"softmaxLogitSlider:{self.index}")
        self.field.spin.setObjectName(f"softmaxLogitSpin:{self.index}")
        self.remove_button.setObjectName(f"softmaxRemove:{self.index}")

    # model -> widget -------------------------------------------------------------------------
    def set_score(self, value: float) -> None:
        self.field.setValue(value)

    def set_label(self, text: str) -> None:
        with signals_blocked(self.label_edit):
            self.label_edit.setText(text)
        # The field's own label is hidden (the name box stands in): screen readers still get one.
        self.field.setLabel(self.tr("Score of {name}").format(name=text))
        self.label_edit.setAccessibleName(self.tr("Name of class {number}").format(
            number=self.index + 1
        ))
        self.remove_button.setAccessibleName(self.tr("Remove {name}").format(name=text))

    def focus_widgets(self) -> list[QWidget]:
        """This row's Tab stops in the order they are on screen."""
        return [self.label_edit, self.field.slider, self.field.spin, self.remove_button]

    def set_removable(self, removable: bool) -> None:
        self.remove_button.setEnabled(removable)

    def show_error(self, message: str) -> None:
        self.field.showError(message)

    # widget -> owner -------------------------------------------------------------------------
    def _on_q_score_changed(self, value: float) -> None:
        self.scoreChanged.emit(self.index, value)

    def _on_q_label_edited(self) -> None:
        self.labelEdited.emit(self.index, self.label_edit.text())

    def _on_q_remove_clicked(self) -> None:
        self.removeRequested.emit(self.index)
