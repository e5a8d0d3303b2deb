"""The deep-network lab (``deepNetPanel``): "Signals & gradients" and "Bending space" sub-tabs."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QTabWidget, QVBoxLayout, QWidget

from actviz.model.deepnet.lab import DeepNetLab
from actviz.views.deepnet.qt_bending_tab import QtBendingTab
from actviz.views.deepnet.qt_signals_tab import QtSignalsTab


class QtDeepNetPanel(QWidget):
    """Shows a DeepNetLab in two sub-tabs (objectName ``deepNetPanel``)."""

    def __init__(self, lab: DeepNetLab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deepNetPanel")
        self.lab = lab
        self.signals_tab = QtSignalsTab(lab, self)
        self.bending_tab = QtBendingTab(lab.bending, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("deepNetTabs")
        self.tabs.addTab(self.signals_tab, "")
        self.tabs.addTab(self.bending_tab, "")
        self.retranslate()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        app = QApplication.instance()
        if app is not None:  # a run in progress ends before the interpreter does
            app.aboutToQuit.connect(self.shutdown)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Signals && gradients"))
        self.tabs.setTabText(1, self.tr("Bending space"))

    def shutdown(self) -> None:
        """Wait for a running simulation and stop the worker (call before the window closes)."""
        self.signals_tab.shutdown()
