"""The training lab's lessons as a drop-down: picking one sets the lab up for it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from actviz.model.training.lab import TrainingLab
from actviz.model.training.presets import PRESETS
from actviz.views.widgets.signals import signals_blocked

PLACEHOLDER = "Lessons…"


class QtTrainingPresets(QComboBox):
    """Applies ``TrainingLab.apply_preset``; objectName ``trainingPresets``."""

    def __init__(self, lab: TrainingLab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPresets")
        self._lab = lab
        self.addItem(PLACEHOLDER, None)
        for item in PRESETS:
            self.addItem(item.title, item.name)
            self.setItemData(self.count() - 1, item.notice, 3)  # Qt.ToolTipRole
        self.setToolTip("Set the lab up for a lesson, with a sentence saying what to notice")
        self.setMaxVisibleItems(len(PRESETS) + 1)
        self.currentIndexChanged.connect(self._on_q_index_changed)
        lab.events.notice.connect(self.set_notice)
        self.set_notice(lab.notice)

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
