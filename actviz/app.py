"""The composition root: builds the models and the panels, wires them, adds menus, settings and CLI.

No maths and no state of its own live here. Each lab is installed by one short method below.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

from actviz import __version__
from actviz.model.session import Session
from actviz.model.state import Saveable
from actviz.views.qt_curve_plot import QtCurvePlot
from actviz.views.qt_explorer_panel import QtExplorerPanel


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"actviz {__version__}")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("labTabs")
        self.setCentralWidget(self.tabs)
        # Every saveable model, explorer first; labs append theirs (settings, session files).
        self.saveables: list[Saveable] = []
        # Menus that labs and features append their actions to.
        self.file_menu = self.menuBar().addMenu("&File")
        self.view_menu = self.menuBar().addMenu("&View")
        self.help_menu = self.menuBar().addMenu("&Help")
        # --- labs: one install call per lab (each lab's owner edits only its own line) ---
        self._install_explorer()  # issue 3: picker, params, plot, formula pane
        # self._install_neuron()     # issue 4: neuronPanel (dock beside the plot)
        # self._install_softmax()    # issue 5: softmaxPanel (tab)
        # self._install_deepnet()    # issue 6: deepNetPanel (tab)

    def _install_explorer(self) -> None:
        self.session = Session()
        self.saveables.append(self.session)
        self.explorer = QtExplorerPanel(self.session)
        self.curve_plot: QtCurvePlot = self.explorer.curve_plot
        self.tabs.addTab(self.explorer, "Explorer")


def main(argv: Sequence[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(
        list(sys.argv if argv is None else ["actviz", *argv])
    )
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    return app.exec()
