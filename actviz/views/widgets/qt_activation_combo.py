"""A compact activation chooser bound to an ``ActivationChoice``: a combo over the catalogue,
grouped by family, for places where the full picker would not fit (the deep-network lab's
"compare with" and the bending view)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from actviz import core
from actviz.model.activation_choice import ActivationChoice
from actviz.views.widgets.signals import signals_blocked


class QtActivationCombo(QComboBox):
    def __init__(self, choice: ActivationChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choice = choice
        for family, members in core.by_family().items():
            if self.count():
                self.insertSeparator(self.count())
            for activation in members:
                self.addItem(activation.name, activation.key)
                self.setItemData(
                    self.count() - 1, f"{family}: {activation.formula}", Qt.ItemDataRole.ToolTipRole
                )
        self.setMaxVisibleItems(20)
        self.set_activation(choice.key)
        choice.events.activation.connect(self.set_activation)
        self.currentIndexChanged.connect(self._on_q_index_changed)

    def set_activation(self, key: str) -> None:
        with signals_blocked(self):
            self.setCurrentIndex(self.findData(key))

    def _on_q_index_changed(self, index: int) -> None:
        key = self.itemData(index)
        if isinstance(key, str):
            self._choice.set_activation(key)
