"""The training lab's lessons as a drop-down: picking one sets the lab up for it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget
from superqt.utils import signals_blocked

from actviz.model.training_lab import TrainingLab
from actviz.model.training_presets import PRESETS

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

    # model -> widget -----------------------------------------------------------------------------
    def set_notice(self, text: str) -> None:
        """A manual change clears the lesson's sentence: the lab no longer shows that lesson."""
        if not text:
            with signals_blocked(self):
                self.setCurrentIndex(0)

    # widget -> model -----------------------------------------------------------------------------
    def _on_q_index_changed(self, index: int) -> None:
        name = self.itemData(index)
        if isinstance(name, str):
            self._lab.apply_preset(name)
