"""File > Record animation..., Export handout (PDF)..., Export cheat sheet...: one install call.

What can be recorded and what can play are found in the window when the dialog opens, through the
widget-name contract rather than a list kept here: the function plot (``functionPlot``), every tab
of ``labTabs`` (shown first, so a lab that is built on first show gets built), every visible dock,
and every parameter that has a play button (``QtPlayButton``: the explorer's, the softmax
temperature, any lab's parameter panel). A lab with another kind of motion (a training run)
adds it with :meth:`PublishActions.add_motion_provider`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from actviz.model.activation_choice import ActivationChoice
from actviz.model.publish.animation import Motion, ParamSweep
from actviz.views.widgets.qt_lab_page import QtLabPage
from actviz.views.widgets.qt_play_button import QtPlayButton

if TYPE_CHECKING:  # the dialogs and painters load when first used, not at start-up
    from actviz.views.publish.qt_record_dialog import QtRecordDialog
    from actviz.views.publish.recording import RecordingMotion, RecordingSource

MotionProvider = Callable[[], list["RecordingMotion"]]


def cheat_sheet_filters() -> str:
    """The save dialog's filters for a cheat sheet, in the learner's language."""
    return QCoreApplication.translate(
        "PublishActions", "PDF document (*.pdf);;SVG drawing (*.svg);;PNG image (*.png)"
    )


def tab_source_label(title: str) -> str:
    """What the record dialog calls a lab's tab ("The Softmax tab")."""
    return QCoreApplication.translate("PublishActions", "The {tab} tab").format(tab=title)


class PublishActions(QObject):
    """File's record, handout and cheat-sheet entries (objectName ``publishActions``)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("publishActions")
        self._window = window
        self._providers: list[MotionProvider] = []
        self.last_error: str | None = None
        self.record_action = self._action(self.open_record_dialog)
        self.handout_action = self._action(self.open_handout_dialog)
        self.cheat_sheet_action = self._action(self._on_q_cheat_sheet)
        self.retranslate()

    def event(self, event: QEvent) -> bool:
        # A QObject child of the window gets the window's LanguageChange here.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)

    def retranslate(self) -> None:
        for action, text, tip in (
            (
                self.record_action,
                self.tr("Record ani&mation…"),
                self.tr("Record the plot or a lab while a parameter plays (GIF, MP4)"),
            ),
            (
                self.handout_action,
                self.tr("Export &handout (PDF)…"),
                self.tr(
                    "A printable PDF: a page per activation with plot, formulas, properties "
                    "and notes"
                ),
            ),
            (
                self.cheat_sheet_action,
                self.tr("Export &cheat sheet…"),
                self.tr("Every activation on one page (PDF, SVG or PNG)"),
            ),
        ):
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)

    def _action(self, slot: Callable[[], object]) -> QAction:
        action = QAction(self._window)
        action.triggered.connect(slot)
        return action

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addSeparator()
        for action in (self.record_action, self.handout_action, self.cheat_sheet_action):
            menu.addAction(action)

    def add_motion_provider(self, provider: MotionProvider) -> None:
        """Offer more motions in the record dialog (called each time it opens)."""
        self._providers.append(provider)

    # what there is to record ---------------------------------------------------------------------
    def sources(self) -> list[RecordingSource]:
        from actviz.views.publish.recording import RecordingSource

        window = self._window
        tabs = window.findChild(QTabWidget, "labTabs")
        found: list[RecordingSource] = []
        plot = window.findChild(QWidget, "functionPlot")
        if plot is not None:
            found.append(
                RecordingSource(self.tr("The function plot"), partial(_show_widget, tabs, plot))
            )
        if tabs is not None:
            for index in range(tabs.count()):
                found.append(
                    RecordingSource(tab_source_label(tabs.tabText(index).replace("&", "")),
                                    partial(_show_tab, tabs, index))
                )
        for dock in window.findChildren(QDockWidget):
            if dock.isVisible() and dock.widget() is not None:
                found.append(RecordingSource(dock.windowTitle(), partial(_show_dock, dock)))
        return found

    def motions(self) -> list[RecordingMotion]:
        for page in self._window.findChildren(QtLabPage):  # a lab never shown is built now, so
            page.ensure_built()  # its parameters can play too
        found = [_param_motion(self._window, b) for b in self._window.findChildren(QtPlayButton)]
        for provider in self._providers:
            found.extend(provider())
        return found

    # the menu entries ----------------------------------------------------------------------------
    def record_dialog(self) -> QtRecordDialog:
        """A record dialog set to what is on screen and what is playing now."""
        from actviz.views.publish.qt_record_dialog import QtRecordDialog

        sources, motions = self.sources(), self.motions()
        tabs = self._window.findChild(QTabWidget, "labTabs")
        shown = tabs.tabText(tabs.currentIndex()).replace("&", "") if tabs is not None else ""
        labels = [s.label for s in sources]
        # The plot when the explorer (the first tab) is shown, else the tab on screen.
        first_tab = tabs is None or tabs.currentIndex() == 0
        current = tab_source_label(shown)
        source_index = labels.index(current) if current in labels and not first_tab else 0
        # What plays now, else the first parameter of the tab on screen, else the first.
        where = f"{shown}:"
        playing = [i for i, m in enumerate(motions) if getattr(m.make, "playing", False)]
        here = [i for i, m in enumerate(motions) if m.label.startswith(where)]
        return QtRecordDialog(
            sources, motions, self._window, source_index=source_index,
            motion_index=(playing or here or [0])[0],
        )

    def open_record_dialog(self) -> None:
        dialog = self.record_dialog()
        if dialog.exec() and dialog.saved_path is not None:
            self._window.statusBar().showMessage(
                self.tr("Recorded {name}").format(name=dialog.saved_path.name), 5000
            )

    def open_handout_dialog(self) -> None:
        from actviz.views.publish.qt_handout_dialog import QtHandoutDialog

        dialog = QtHandoutDialog(self._window)
        if dialog.exec() and dialog.saved_path is not None:
            self._window.statusBar().showMessage(
                self.tr("Exported {name}").format(name=dialog.saved_path.name), 5000
            )

    def export_cheat_sheet(self, path: str | Path) -> bool:
        from actviz.views.publish.cheat_sheet import write_cheat_sheet

        try:
            write_cheat_sheet(path)
        except (OSError, ValueError) as error:
            self.last_error = self.tr("Could not export to {path}:\n{error}").format(
                path=path, error=error
            )
            QMessageBox.critical(self._window, self.tr("Export failed"), self.last_error)
            return False
        self.last_error = None
        self._window.statusBar().showMessage(
            self.tr("Exported {name}").format(name=Path(path).name), 5000
        )
        return True

    def _on_q_cheat_sheet(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export cheat sheet"),
            "activations-cheat-sheet.pdf",
            cheat_sheet_filters(),
        )
        if not path:
            return
        if not Path(path).suffix:
            path += "." + chosen.split("*.")[-1].rstrip(")") if "*." in chosen else ".pdf"
        self.export_cheat_sheet(path)


def install_publish(window: QMainWindow, menu: QMenu) -> PublishActions:
    """Add the three entries to ``menu`` (the File menu) and return their owner."""
    actions = PublishActions(window)
    actions.add_to_menu(menu)
    return actions


# helpers -----------------------------------------------------------------------------------------
def _page_of(widget: QWidget, tabs: QTabWidget | None) -> int:
    """The index of the tab that holds ``widget``, or -1."""
    if tabs is None:
        return -1
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page is not None and (page is widget or page.isAncestorOf(widget)):
            return index
    return -1


def settle() -> None:
    from actviz.views.publish.recording import settle as settle_events

    settle_events()


def _show_widget(tabs: QTabWidget | None, widget: QWidget) -> QWidget:
    index = _page_of(widget, tabs)
    if tabs is not None and index >= 0:
        tabs.setCurrentIndex(index)
        settle()
    return widget


def _show_tab(tabs: QTabWidget, index: int) -> QWidget:
    tabs.setCurrentIndex(index)
    settle()  # a lab built on first show replaces its placeholder here
    page = tabs.widget(index)
    assert page is not None
    return page


def _show_dock(dock: QDockWidget) -> QWidget:
    dock.show()
    settle()
    widget = dock.widget()
    assert widget is not None
    return widget


class _SweepMaker:
    """Makes the recording sweep of one play button's parameter with the dialog's settings."""

    def __init__(self, button: QtPlayButton) -> None:
        self.button = button
        self.playing = button.animation.playing and button.shows(button.animation.target)

    def __call__(self, *, low: float, high: float, mode: str, duration: float) -> Motion:
        return ParamSweep(
            self.button.target(), low=low, high=high, mode=mode, duration=duration,
            live=self.button.animation,
        )


def _param_motion(window: QMainWindow, button: QtPlayButton) -> RecordingMotion:
    from actviz.views.publish.recording import RecordingMotion

    target, live = button.target(), button.animation
    tabs = window.findChild(QTabWidget, "labTabs")
    index = _page_of(button, tabs)
    window_name = QCoreApplication.translate("PublishActions", "Window")
    where = tabs.tabText(index).replace("&", "") if tabs is not None and index >= 0 else window_name
    what = target.label_text()
    if isinstance(target.owner, ActivationChoice):
        what = QCoreApplication.translate("PublishActions", "{parameter} of {activation}").format(
            parameter=what, activation=target.owner.activation.name_text()
        )
    label = f"{where}: {what}"  # the record dialog finds a tab's motions by this "where:"
    same = target.same_as(live.target)
    return RecordingMotion(
        label=label,
        make=_SweepMaker(button),
        value_range=live.value_range if same else (target.minimum, target.maximum),
        limits=(target.minimum, target.maximum),
        duration=live.duration,
        mode="once" if not same else live.mode,
    )
