"""A compact activation chooser bound to an ``ActivationChoice``: a combo over the catalogue,
grouped by family, for places where the full picker would not fit (the deep-network lab's
"compare with" and the bending view, the training lab). Custom activations are listed last and
live: the combo is refilled when one is added, renamed or deleted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from actviz import core
from actviz.model.activation_choice import ActivationChoice
from actviz.views.widgets.custom_listing import follow_custom_listing
from actviz.views.widgets.signals import signals_blocked


class QtActivationCombo(QComboBox):
    """Shows an ActivationChoice as a combo box (objectName set by the panel that uses it)."""

    def __init__(self, choice: ActivationChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choice = choice
        self.setMaxVisibleItems(20)
        self._default_name = self.tr("Activation function")
        self.setAccessibleName(self._default_name)  # an owner may name it better
        self.set_listing()
        choice.events.activation.connect(self.set_activation)
        follow_custom_listing(self.set_listing)
        self.currentIndexChanged.connect(self._on_q_index_changed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Names and tips in the learner's language (an owner's own accessible name is kept:
        the owner sets it again in its language)."""
        if self.accessibleName() == self._default_name:
            self._default_name = self.tr("Activation function")
            self.setAccessibleName(self._default_name)
        self.set_listing()

    def set_listing(self) -> None:
        """Fill the list: the catalogue by family, then the custom activations."""
        with signals_blocked(self):
            self.clear()
            for members in core.by_family().values():
                if self.count():
                    self.insertSeparator(self.count())
                for activation in members:
                    self.addItem(activation.name_text(), activation.key)
                    tip = self.tr("{family}: {formula}").format(
                        family=activation.family_text(), formula=activation.formula_text()
                    )
                    self.setItemData(self.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.set_activation(self._choice.key)

    def set_activation(self, key: str) -> None:
        with signals_blocked(self):
            self.setCurrentIndex(self.findData(key))

    def _on_q_index_changed(self, index: int) -> None:
        key = self.itemData(index)
        if isinstance(key, str):
            self._choice.set_activation(key)
