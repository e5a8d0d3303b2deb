"""The shared parameter panel under another name, for a second ActivationChoice in the same window.

``QtParamPanel`` names its widgets by the explorer's contract (``paramControl:<name>``,
``paramSpin:<name>``, ...). A lab that shows its own panel prefixes those names after every rebuild,
so a search of the main window for the explorer's controls never finds the lab's.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from actviz.model.activation_choice import ActivationChoice
from actviz.views.widgets.qt_param_panel import QtParamPanel


class QtPrefixedParamPanel(QtParamPanel):
    def __init__(
        self, choice: ActivationChoice, prefix: str, parent: QWidget | None = None
    ) -> None:
        self._prefix = prefix
        super().__init__(choice, parent)
        self.setObjectName(f"{prefix}paramPanel")
        self._rename()

    def set_activation(self, key: str) -> None:
        super().set_activation(key)
        if hasattr(self, "_prefix"):
            self._rename()

    def _rename(self) -> None:
        for widget in self.findChildren(QWidget):
            name = widget.objectName()
            if name and not name.startswith(self._prefix):
                widget.setObjectName(f"{self._prefix}{name}")
