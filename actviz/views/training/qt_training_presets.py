"""The training lab's lessons as a drop-down: picking one sets the lab up for it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from actviz.model.training.lab import TrainingLab
from actviz.model.training.presets import PRESETS
from actviz.views.widgets.signals import signals_blocked


class QtTrainingPresets(QComboBox):
    """Applies ``TrainingLab.apply_preset``; objectName ``trainingPresets``."""

    def __init__(self, lab: TrainingLab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPresets")
        self._lab = lab
        self.addItem("", None)
        for item in PRESETS:
            self.addItem(item.title_text(), item.name)
        self.retranslate()
        self.setMaxVisibleItems(len(PRESETS) + 1)
        self.currentIndexChanged.connect(self._on_q_index_changed)
        lab.events.notice.connect(self.set_notice)
        self.set_notice(lab.notice)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Titles, sentences (as tooltips) and the placeholder in the installed language."""
        self.setItemText(0, self.tr("Lessons…"))
        for index, item in enumerate(PRESETS, start=1):
            self.setItemText(index, item.title_text())
            self.setItemData(index, item.notice_text(), Qt.ItemDataRole.ToolTipRole)
        self.setToolTip(
            self.tr("Set the lab up for a lesson, with a sentence saying what to notice")
        )
        self.setAccessibleName(self.tr("Lessons"))

    # model -> widget -----------------------------------------------------------------------------
    def set_notice(self, text: str) -> None:
        """Show the lesson whose sentence the lab holds (one opened from a file too); a manual
        change clears the sentence, and the list goes back to its placeholder."""
        index = next((i + 1 for i, item in enumerate(PRESETS) if item.notice == text and text), 0)
        with signals_blocked(self):
            self.setCurrentIndex(index)

    # widget -> model -----------------------------------------------------------------------------
    def _on_q_index_changed(self, index: int) -> None:
        name = self.itemData(index)
        if isinstance(name, str):
            self._lab.apply_preset(name)
