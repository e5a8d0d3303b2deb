"""The composition root: builds the models and the panels, wires them, adds menus, settings and CLI.

No maths and no state of its own live here. The explorer (with the neuron playground in its side
pane) is the first tab; every other lab is one :class:`LabSpec` line in :data:`LABS`. A lab's model
is made at start-up (pure Python, cheap: settings and lesson files cover every lab), but its views
are neither imported nor built until its tab is first shown, or until a menu action or the tour
asks for it (``window.lab(name).panel``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox, QTabWidget, QWidget

from actviz import __version__
from actviz.cli import Options, parse_options
from actviz.core.i18n import QT_TRANSLATE_NOOP, translate_marked
from actviz.desktop_entry import APP_ID, run_from_command_line
from actviz.gui_thread_gc import collect_garbage_in_gui_thread
from actviz.model.curve_export import write_atomically
from actviz.model.custom.activations import CustomActivations
from actviz.model.deepnet.lab import DeepNetLab
from actviz.model.neuron.lab import NeuronModel
from actviz.model.session import Session
from actviz.model.softmax.lab import SoftmaxLabModel
from actviz.model.state import Saveable
from actviz.model.training.lab import TrainingLab
from actviz.publish_cli import COMMANDS as PUBLISH_COMMANDS
from actviz.publish_cli import run as run_publish_command
from actviz.views.classroom.action_spec import ActionSpec, SpecAction, make_action
from actviz.views.classroom.lab_tabs import Lab, LabSpec, PanelFactory
from actviz.views.classroom.qt_classroom_setup import install_classroom
from actviz.views.classroom.qt_tour_dialog import install_hints
from actviz.views.classroom.settings_store import SettingsStore
from actviz.views.classroom.window_geometry import DEFAULT_SIZE, fit_to_screen, fitted_geometry
from actviz.views.custom.qt_custom_setup import install_custom_activations
from actviz.views.explorer.qt_curve_plot import QtCurvePlot
from actviz.views.explorer.qt_explorer_panel import QtExplorerPanel
from actviz.views.explorer.qt_export_actions import ExportActions
from actviz.views.language.qt_language_menu import QtLanguageMenu
from actviz.views.language.switch import apply_language, choose_language, current_language
from actviz.views.publish.publish_actions import install_publish
from actviz.views.publish.training_motions import training_motions
from actviz.views.theme.app_icon import app_icon
from actviz.views.widgets.keyboard_focus import KeyboardFocus
from actviz.views.widgets.qt_lab_page import QtLabPage

__all__ = ["ACTIONS", "DEFAULT_SIZE", "LABS", "ActionSpec", "LabSpec", "MainWindow", "main"]
__all__ += ["about_text", "dispose_window", "fitted_geometry", "make_action"]


LABS: tuple[LabSpec, ...] = (
    LabSpec(
        "softmaxPanel",
        QT_TRANSLATE_NOOP("MainWindow", "Softmax"),
        SoftmaxLabModel,
        "actviz.views.softmax:QtSoftmaxPanel",
    ),
    LabSpec(
        "deepNetPanel",
        QT_TRANSLATE_NOOP("MainWindow", "Deep network"),
        DeepNetLab,
        "actviz.views.deepnet:QtDeepNetPanel",
    ),
    LabSpec(
        "trainingPanel",
        QT_TRANSLATE_NOOP("MainWindow", "Training"),
        TrainingLab,
        "actviz.views.training:QtTrainingPanel",
    ),
)


# Entries that features add to the menus, one line each, e.g. ActionSpec(QT_TRANSLATE_NOOP(
# "MainWindow", "&Record animation…"), "actviz.views.recording:record", "Ctrl+R", "…", "&File").
ACTIONS: tuple[ActionSpec, ...] = ()


class MainWindow(QMainWindow):
    """The app window. ``settings`` (None in tests) is where state is remembered between runs;
    ``language`` (a code, for this run) wins over the language remembered there. Tests, which
    pass neither, keep the language that is active."""

    def __init__(
        self,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings_store = SettingsStore(settings) if settings is not None else None
        saved = self.settings_store.language() if self.settings_store is not None else None
        if language is not None or saved is not None:  # before any text is set
            apply_language(language or choose_language(saved))
        self.setWindowTitle(f"actviz {__version__}")
        self.setWindowIcon(app_icon())
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("labTabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        # Every saveable model (settings, session files): labs append theirs; custom activations
        # go first, since others may name them.
        self.saveables: list[Saveable] = []
        self.labs: dict[str, Lab] = {}
        # Menus that labs and features append their actions to; English titles until the
        # retranslate() at the end, so features find them by title whatever the language.
        self.file_menu = self._add_menu("&File", "fileMenu")
        self.edit_menu = self._add_menu("&Edit", "editMenu")
        self.view_menu = self._add_menu("&View", "viewMenu")
        self.help_menu = self._add_menu("&Help", "helpMenu")
        self._install_explorer()  # picker, params, plot, formula pane
        self._install_custom_activations()  # your own activations, typed as formulas (issue 12)
        self._install_neuron()  # neuronPanel, in the explorer's side pane
        for spec in LABS:
            self.install_lab(spec)
        self.classroom = install_classroom(self, self.saveables.copy, settings)
        self.language_menu = QtLanguageMenu(self.settings_store, self)
        self.language_menu.set_choice(language or (current_language() if saved is None else saved))
        self.view_menu.addMenu(self.language_menu)
        self.publish = install_publish(self, self.file_menu)  # record, handout, cheat sheet
        self.publish.add_motion_provider(partial(training_motions, self))  # "while training runs"
        self._finish_menus()
        self.keyboard_focus = KeyboardFocus.install(self)  # Home in a slider is the slider's
        self.retranslate()
        self._restore_settings()

    def _add_menu(self, title: str, name: str) -> QMenu:
        menu = self.menuBar().addMenu(title)
        menu.setObjectName(name)
        return menu

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Show every text the window owns in the language of the moment (panels, dialogs and
        the language menu follow on their own, through their changeEvent)."""
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        for action in self.findChildren(SpecAction):
            action.retranslate()
        self.tabs.setTabText(self.tabs.indexOf(self.explorer), self.tr("Explorer"))
        for lab in self.labs.values():
            title = translate_marked("MainWindow", lab.spec.title)
            self.tabs.setTabText(self.tabs.indexOf(lab.page), title)
        side = self.explorer.side_pane
        side.setTabText(side.indexOf(self.neuron_page), self.tr("Neuron playground"))
        self.classroom.retranslate()

    # labs ----------------------------------------------------------------------------------------
    def install_lab(self, spec: LabSpec) -> Lab:
        """Add ``spec``'s tab; its model now, its panel when the tab is first shown."""
        if spec.name in self.labs:
            raise ValueError(f"a lab called {spec.name!r} is installed already")
        model = spec.model()
        self.saveables.append(model)
        page = QtLabPage(spec.name, PanelFactory(spec.panel, model), self.tabs)
        page.built.connect(self._on_panel_built)
        lab = Lab(spec, model, page)
        self.labs[spec.name] = lab
        self.tabs.addTab(page, translate_marked("MainWindow", spec.title))
        return lab

    def lab(self, name: str) -> Lab:
        """The installed lab whose panel is called ``name`` (KeyError naming the choices)."""
        try:
            return self.labs[name]
        except KeyError:
            raise KeyError(f"no lab {name!r}; installed: {', '.join(self.labs)}") from None

    def show_lab(self, name: str) -> QWidget:
        """Bring lab ``name``'s tab to the front (building it if needed); return its panel."""
        lab = self.lab(name)
        self.tabs.setCurrentWidget(lab.page)
        return lab.panel

    def _on_panel_built(self, _panel: QWidget) -> None:
        """A lab or the neuron playground was just built: give it the theme and its hints."""
        self.classroom.actions.restyle()
        install_hints(self)

    # the explorer room ---------------------------------------------------------------------------
    def _install_explorer(self) -> None:
        self.session = Session()
        self.saveables.append(self.session)
        self.explorer = QtExplorerPanel(self.session)
        self.curve_plot: QtCurvePlot = self.explorer.curve_plot
        self.tabs.addTab(self.explorer, "")  # titles: retranslate()
        self.export_actions = ExportActions(self, self.session, self.curve_plot)
        self.export_actions.add_to_menu(self.file_menu)
        entries = (  # text, what it does, keys, tip
            (QT_TRANSLATE_NOOP("MainWindow", "&Default view"), self.session.reset_view, "Home",
             QT_TRANSLATE_NOOP("MainWindow", "Restore the zoom")),
            (QT_TRANSLATE_NOOP("MainWindow", "Zoom &in"), self.curve_plot.zoom_in, "Ctrl+=",
             QT_TRANSLATE_NOOP("MainWindow", "Zoom into the plot")),
            (QT_TRANSLATE_NOOP("MainWindow", "Zoom &out"), self.curve_plot.zoom_out, "Ctrl+-",
             QT_TRANSLATE_NOOP("MainWindow", "Zoom out of the plot")),
            (QT_TRANSLATE_NOOP("MainWindow", "&Pin current curve"), self.explorer.pin_current,
             "P", QT_TRANSLATE_NOOP("MainWindow", "Keep this curve")),
            (QT_TRANSLATE_NOOP("MainWindow", "Show &derivative f′"),
             self.explorer.toggle_derivative, "D", QT_TRANSLATE_NOOP("MainWindow", "Show f′")),
        )  # fmt: skip
        for text, run, keys, tip in entries:
            self.view_menu.addAction(make_action(ActionSpec(text, run, keys, tip), self))
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.explorer.column_action)
        self.view_menu.addAction(self.explorer.pane_action)

    def _install_custom_activations(self) -> None:
        """The custom activations model goes first in the saveables: a lesson's explorer, neuron
        and network parts may name one of its activations, so it is checked and applied first."""
        self.custom_activations = CustomActivations()
        self.saveables.insert(0, self.custom_activations)
        actions = install_custom_activations(self, self.custom_activations, self.session.choice)
        self.custom_actions = actions
        picker = self.explorer.picker
        picker.newActivationRequested.connect(actions.new_activation)
        picker.editActivationRequested.connect(actions.edit_activation)
        picker.duplicateActivationRequested.connect(actions.duplicate_activation)
        picker.deleteActivationRequested.connect(actions.delete_activation)

    def _install_neuron(self) -> None:
        """The neuron playground: a tab of the explorer's side pane; it marks its operating point
        and tangent on the explorer's plot while that tab is showing."""
        self.neuron = NeuronModel(self.session.choice)  # the neuron uses the explorer's activation
        self.saveables.append(self.neuron)
        self.neuron_overlay: Any = None  # QtOperatingPointOverlay, made with the panel
        self.neuron_page = QtLabPage("neuronPanel", self._build_neuron_panel)
        self.neuron_page.built.connect(self._on_panel_built)
        self.explorer.add_side_page(self.neuron_page, "")  # its title: retranslate()
        self.explorer.sidesChanged.connect(self._sync_neuron_overlay)
        text = QT_TRANSLATE_NOOP("MainWindow", "&Neuron playground")
        tip = QT_TRANSLATE_NOOP("MainWindow", "One neuron, forward and backward")
        neuron = ActionSpec(text, self.show_neuron, "Ctrl+Shift+N", tip)
        self.view_menu.addAction(make_action(neuron, self))

    def _build_neuron_panel(self) -> QWidget:
        from actviz.views.neuron import QtNeuronPanel, QtOperatingPointOverlay

        self.neuron_overlay = QtOperatingPointOverlay(self.neuron, self.curve_plot.plot_item, self)
        self._sync_neuron_overlay()
        return QtNeuronPanel(self.neuron)

    def _sync_neuron_overlay(self) -> None:
        if self.neuron_overlay is None:
            return
        if self.explorer.side_page_showing(self.neuron_page):
            self.neuron_overlay.attach()
        else:
            self.neuron_overlay.detach()

    def show_neuron(self) -> QWidget:
        """Show the neuron playground (explorer tab, side pane open on it); return its panel."""
        self.tabs.setCurrentWidget(self.explorer)
        self.explorer.show_side_page(self.neuron_page)
        return self.neuron_page.ensure_built()

    # menus ---------------------------------------------------------------------------------------
    def _finish_menus(self) -> None:
        """Features' ACTIONS, then Quit closes the File menu and About the Help menu."""
        menus = {"&File": self.file_menu, "&Edit": self.edit_menu, "&View": self.view_menu}
        menus["&Help"] = self.help_menu
        for spec in ACTIONS:
            menus[spec.menu].addAction(make_action(spec, self))
        self.file_menu.addSeparator()
        quit_ = ActionSpec(QT_TRANSLATE_NOOP("MainWindow", "&Quit"), self.close, "Ctrl+Q",
                           QT_TRANSLATE_NOOP("MainWindow", "Quit actviz"))  # fmt: skip
        self.quit_action = make_action(quit_, self)
        self.file_menu.addAction(self.quit_action)
        self.help_menu.addSeparator()
        about = ActionSpec(QT_TRANSLATE_NOOP("MainWindow", "&About actviz"), self.show_about, "",
                           QT_TRANSLATE_NOOP("MainWindow", "Version and licence"))  # fmt: skip
        self.about_action = make_action(about, self)
        self.help_menu.addAction(self.about_action)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About actviz"), about_text())

    # settings ------------------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        if self.settings_store is None or not self.settings_store.restore_geometry(self):
            fit_to_screen(self)
        if self.settings_store is None:
            return
        self.explorer.restore_layout_state(self.settings_store.layout())
        message = self.settings_store.restore(self.saveables)
        if message:
            self.statusBar().showMessage(message, 15000)

    def save_settings(self) -> None:
        if self.settings_store is not None:
            self.settings_store.save(self, self.saveables, self.explorer.layout_state())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)

    def apply_options(self, options: Options) -> None:
        """Command-line choices win over remembered settings."""
        if options.activation is not None or options.params:
            key = options.activation or self.session.choice.key
            self.session.choice.set_activation(key, options.params)
        if options.theme is not None:
            self.classroom.actions.set_theme(options.theme, remember=False)


def about_text() -> str:
    return QCoreApplication.translate(
        "MainWindow",
        "<h3>actviz {version}</h3>"
        "<p>See and touch neural-network activation functions: curves and derivatives, "
        "a neuron, softmax and deep stacks.</p>"
        "<p>Built with PySide6 (Qt), pyqtgraph, numpy and scipy. MIT licence.</p>",
    ).format(version=__version__)


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
    collect_garbage_in_gui_thread(app)  # never in the formula or simulation worker threads
    app.setApplicationName("actviz")
    app.setOrganizationName("actviz")
    app.setApplicationVersion(__version__)
    QApplication.setWindowIcon(app_icon())
    QApplication.setDesktopFileName(APP_ID)  # the installed .desktop file: icon on Wayland docks
    # A screenshot shows the defaults (reproducible README image), not this user's settings.
    settings = None if options.screenshot is not None else QSettings("actviz", "actviz")
    window = MainWindow(settings=settings, language=options.language)
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
