"""One button per classic demonstration, and the sentence saying what to notice."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from actviz.model.deepnet.lab import DeepNetLab

_COLUMNS = 1  # one button a row: the settings column stays narrow beside the plots


class QtDeepNetPresets(QWidget):
    """Shows a DeepNetLab's presets and its notice (objectName of the notice ``deepNetNotice``)."""

    def __init__(self, lab: DeepNetLab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lab = lab
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for index, item in enumerate(lab.presets):
            button = QPushButton(item.title_text(), self)
            button.setObjectName(f"deepNetPreset:{item.name}")
            button.setToolTip(item.notice_text())
            button.setProperty("presetName", item.name)
            button.clicked.connect(self._on_q_preset_clicked)
            grid.addWidget(button, index // _COLUMNS, index % _COLUMNS)
            self.buttons[item.name] = button
        self.notice = QLabel(self)
        self.notice.setObjectName("deepNetNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("padding: 4px; border-left: 3px solid #0072b2;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.notice)
        self.set_notice(lab.notice)
        lab.events.notice.connect(self.set_notice)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for item in self._lab.presets:
                self.buttons[item.name].setText(item.title_text())
                self.buttons[item.name].setToolTip(item.notice_text())
            self.set_notice(self._lab.notice)
        super().changeEvent(event)

    def set_notice(self, text: str) -> None:
        """Show the lab's notice (``text``, kept in English) in the learner's language."""
        self.notice.setText(self._lab.notice_text())
        self.notice.setVisible(bool(text))

    def _on_q_preset_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            self._lab.apply_preset(str(button.property("presetName")))
