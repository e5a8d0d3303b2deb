"""The composition root: builds the models and the panels, wires them, adds menus, settings and CLI.

No maths and no state of its own live here. Each lab is installed by one short method below.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from actviz import __version__
from actviz.cli import Options, parse_options
from actviz.desktop_entry import APP_ID, run_from_command_line
from actviz.model.curve_export import write_atomically
from actviz.model.deepnet_lab import DeepNetLab
from actviz.model.neuron import NeuronModel
from actviz.model.session import Session
from actviz.model.softmax_lab import SoftmaxLabModel
from actviz.model.state import Saveable
from actviz.publish_cli import COMMANDS as PUBLISH_COMMANDS
from actviz.publish_cli import run as run_publish_command
from actviz.views.classroom.qt_classroom_setup import install_classroom
from actviz.views.classroom.settings_store import SettingsStore
from actviz.views.deepnet.qt_deepnet_panel import QtDeepNetPanel
from actviz.views.explorer.qt_curve_plot import QtCurvePlot
from actviz.views.explorer.qt_explorer_panel import QtExplorerPanel
from actviz.views.explorer.qt_export_actions import ExportActions
from actviz.views.neuron.qt_neuron_panel import QtNeuronPanel
from actviz.views.neuron.qt_operating_point_overlay import QtOperatingPointOverlay
from actviz.views.publish.publish_actions import install_publish
from actviz.views.softmax.qt_softmax_panel import QtSoftmaxPanel
from actviz.views.theme.app_icon import app_icon

DEFAULT_SIZE = (1360, 820)


class MainWindow(QMainWindow):
    """The app window. ``settings`` (None in tests) is where state is remembered between runs."""

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"actviz {__version__}")
        self.setWindowIcon(app_icon())
        self.resize(*DEFAULT_SIZE)
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
        self._install_neuron()  # issue 4: neuronPanel (dock beside the plot)
        self._install_softmax()  # issue 5: softmaxPanel (tab)
        self._install_deepnet()  # issue 6: deepNetPanel (tab)
        self._install_classroom(settings)  # issue 7: lesson files, themes, presentation, tour
        self._install_publish()  # issue 13: record animation, handout PDF, cheat sheet
        self._finish_menus()
        self.settings_store = SettingsStore(settings) if settings is not None else None
        self._restore_settings()

    def _install_explorer(self) -> None:
        self.session = Session()
        self.saveables.append(self.session)
        self.explorer = QtExplorerPanel(self.session)
        self.curve_plot: QtCurvePlot = self.explorer.curve_plot
        self.tabs.addTab(self.explorer, "Explorer")
        self.export_actions = ExportActions(self, self.session, self.curve_plot)
        self.export_actions.add_to_menu(self.file_menu)
        for text, shortcut, slot, tip in (
            ("&Default view", "Home", self.session.reset_view, "Restore the default zoom"),
            ("&Pin current curve", "P", self.explorer.pin_current, "Keep this curve to compare"),
            ("Show &derivative f′", "D", self.explorer.toggle_derivative, "Show or hide f′"),
        ):
            self.view_menu.addAction(self._make_action(text, shortcut, slot, tip))

    def _install_neuron(self) -> None:
        self.neuron = NeuronModel(self.session.choice)  # the neuron uses the explorer's activation
        self.saveables.append(self.neuron)
        self.neuron_panel = QtNeuronPanel(self.neuron)
        self.neuron_overlay = QtOperatingPointOverlay(self.neuron, self.curve_plot.plot_item, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.neuron_panel)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.neuron_panel.minimumSizeHint().width() + 24)  # + scroll bar
        self.neuron_dock = QDockWidget("Neuron playground", self)
        self.neuron_dock.setObjectName("neuronDock")
        self.neuron_dock.setWidget(scroll)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.neuron_dock)
        self.resizeDocks([self.neuron_dock], [480], Qt.Orientation.Horizontal)
        self.view_menu.addAction(self.neuron_dock.toggleViewAction())

    def _install_softmax(self) -> None:
        self.softmax_lab = SoftmaxLabModel()
        self.saveables.append(self.softmax_lab)
        self.softmax_panel = QtSoftmaxPanel(self.softmax_lab)
        self.tabs.addTab(self.softmax_panel, "Softmax")

    def _install_classroom(self, settings: QSettings | None) -> None:
        """File > Open/Save session and Open recent; View > Presentation mode, Full screen, Theme;
        Help > Tour, Keyboard shortcuts, What's This. Sessions cover every saveable."""
        self.classroom = install_classroom(self, self.saveables.copy, settings)

    def _install_publish(self) -> None:
        """File > Record animation…, Export handout (PDF)…, Export cheat sheet…."""
        self.publish = install_publish(self, self.file_menu)

    def _install_deepnet(self) -> None:
        self.deepnet_lab = DeepNetLab()
        self.saveables.append(self.deepnet_lab)
        self.deepnet_panel = QtDeepNetPanel(self.deepnet_lab)  # simulates only while shown
        self.tabs.addTab(self.deepnet_panel, "Deep network")

    def _make_action(self, text: str, shortcut: str, slot: object, tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _finish_menus(self) -> None:
        """Quit closes the File menu and About the Help menu, after whatever the labs added."""
        self.file_menu.addSeparator()
        self.quit_action = self._make_action("&Quit", "Ctrl+Q", self.close, "Quit actviz")
        self.file_menu.addAction(self.quit_action)
        self.help_menu.addSeparator()
        self.about_action = self._make_action("&About actviz", "", self.show_about, "Version")
        self.help_menu.addAction(self.about_action)

    def show_about(self) -> None:
        QMessageBox.about(self, "About actviz", about_text())

    # settings ------------------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        if self.settings_store is None:
            return
        message = self.settings_store.restore(self, self.saveables)
        if message:
            self.statusBar().showMessage(message, 15000)

    def save_settings(self) -> None:
        if self.settings_store is not None:
            self.settings_store.save(self, self.saveables)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)

    def apply_options(self, options: Options) -> None:
        """Command-line choices win over remembered settings."""
        if options.activation is not None or options.params:
            key = options.activation or self.session.choice.key
            self.session.choice.set_activation(key, options.params)


def about_text() -> str:
    return (
        f"<h3>actviz {__version__}</h3>"
        "<p>See and touch neural-network activation functions: curves and derivatives, "
        "a neuron, softmax and deep stacks.</p>"
        "<p>Built with PySide6 (Qt), pyqtgraph, numpy and scipy. MIT licence.</p>"
    )


def save_screenshot(window: MainWindow, path: str) -> None:
    """Render ``window`` (redrawn, painted) to a PNG at ``path``, atomically."""
    app = QApplication.instance()
    assert app is not None
    app.processEvents()
    window.curve_plot.redraw()
    app.processEvents()
    image = window.grab()

    def write(tmp: str) -> None:
        if not image.save(tmp, "PNG"):
            raise OSError(f"could not write {path}")

    write_atomically(path, write)


def main(argv: Sequence[str] | None = None) -> int:
    """Start actviz with command-line ``argv`` (default ``sys.argv[1:]``); return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in PUBLISH_COMMANDS:  # issue 13: render, handout, cheatsheet, animate
        return run_publish_command(args)
    try:
        options = parse_options(args)
    except SystemExit as stop:  # --help, --version (0) or a bad option (2): already printed
        return stop.code if isinstance(stop.code, int) else 2
    if options.desktop is not None:  # --install-desktop / --uninstall-desktop: no window at all
        return run_from_command_line(install_entry=options.desktop == "install")
    if options.screenshot is not None and QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(["actviz"])
    app.setApplicationName("actviz")
    app.setOrganizationName("actviz")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    QApplication.setDesktopFileName(APP_ID)  # the installed .desktop file: icon on Wayland docks
    # A screenshot shows the defaults (reproducible README image), not this user's settings.
    settings = None if options.screenshot is not None else QSettings("actviz", "actviz")
    window = MainWindow(settings=settings)
    if options.session_file is not None:  # a lesson wins over remembered settings
        opened = window.classroom.session.open_path(options.session_file)
        if not opened and options.screenshot is not None:  # nobody to read the dialog
            print(f"actviz: error: {window.classroom.session.last_error}", file=sys.stderr)
            dispose_window(window)
            return 1
    window.apply_options(options)
    window.show()
    if options.screenshot is not None:
        try:
            save_screenshot(window, options.screenshot)
        except OSError as error:
            print(f"actviz: error: {error}", file=sys.stderr)
            return 1
        finally:
            dispose_window(window)
        return 0
    code = app.exec()
    dispose_window(window)
    return code


def dispose_window(window: QMainWindow) -> None:
    """Close ``window`` and let Qt delete it now, children first.

    Left to Python's garbage collector, the window's C++ side can be destroyed while pyqtgraph's
    labels are half-collected, and Qt then asks them for size hints ("LabelItem object has no
    attribute _sizeHint"). Tests that build a MainWindow dispose of it the same way.
    """
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
