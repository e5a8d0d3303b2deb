"""The training lab's tab: controls on the left; on the right the run bar, the lesson's sentence,
the network diagram (or the hidden space) beside the decision map(s) and the loss curves.

Redraws are paced: every change of the run asks for one, and at most one happens per
``REDRAW_INTERVAL_MS`` (30 a second), however many epochs the runner trains in between; the
pictures come from one forward pass over the plane (``TrainingLab.picture``) shared by the map and
the diagram. Nothing is drawn while the tab is hidden; it catches up when shown.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from actviz.model.training.lab import TrainingLab
from actviz.views.training.canvases.network_name import network_name
from actviz.views.training.canvases.qt_decision_map import QtDecisionMap
from actviz.views.training.canvases.qt_hidden_space import QtHiddenSpace
from actviz.views.training.canvases.qt_network_diagram import QtNetworkDiagram
from actviz.views.training.canvases.qt_training_loss_plot import QtTrainingLossPlot
from actviz.views.training.controls.csv_loading import load_points_file
from actviz.views.training.controls.qt_compare_controls import QtCompareControls
from actviz.views.training.controls.qt_data_controls import QtDataControls
from actviz.views.training.controls.qt_network_controls import QtNetworkControls
from actviz.views.training.controls.qt_training_controls import QtTrainingControls
from actviz.views.training.controls.qt_weight_editor import QtWeightEditor
from actviz.views.training.qt_run_bar import QtRunBar
from actviz.views.training.qt_training_exports import QtTrainingExports
from actviz.views.training.qt_training_presets import QtTrainingPresets
from actviz.views.training.qt_training_runner import QtTrainingRunner
from actviz.views.training.qt_training_status import QtTrainingStatus

REDRAW_INTERVAL_MS = 33
MAP_RESOLUTION = 100
MAP_EXTRA_HEIGHT = (
    24  # the map's title and bottom axis take about this much more than its left axis
)
_NOTICE_STYLE = "QLabel { border-left: 4px solid #0072B2; padding: 4px 8px; }"


class QtTrainingPanel(QWidget):
    """Shows and drives a ``TrainingLab``; objectName ``trainingPanel``."""

    def __init__(self, lab: TrainingLab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPanel")
        self.lab = lab
        self.runner = QtTrainingRunner(lab, self)
        self.presets = QtTrainingPresets(lab, self)
        self.data_controls = QtDataControls(lab, self)
        self.network_controls = QtNetworkControls(lab, self)
        self.training_controls = QtTrainingControls(lab, self)
        self.compare_controls = QtCompareControls(lab, self)
        self.run_bar = QtRunBar(lab, self)
        self.map = QtDecisionMap(lab, parent=self)
        self.compare_map = QtDecisionMap(lab, compare=True, parent=self)
        self.loss_plot = QtTrainingLossPlot(self)
        self.diagram = QtNetworkDiagram(self)
        self.weight_editor = QtWeightEditor(lab, self)
        self.hidden_space = QtHiddenSpace(lab, self)
        self.exports = QtTrainingExports(lab, self.shown_maps, self)
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("trainingExport")
        self.export_button.setMenu(self.exports.menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.notice = QLabel(self)
        self.notice.setObjectName("trainingNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(_NOTICE_STYLE)
        self.status = QtTrainingStatus(self)
        self._build_layout()

        self.redraws = 0  # pictures drawn (the benchmark reads this)
        self._last_redraw = 0.0
        self._stale = True
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.timeout.connect(self.redraw)
        self.space_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Space), self)
        self.space_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.space_shortcut.activated.connect(lab.toggle_running)

        events = lab.events
        events.trained.connect(self.schedule_redraw)
        events.network.connect(self.set_network)
        events.data.connect(self.set_points)
        events.show_test.connect(self._on_show_test)
        events.discretize.connect(self.set_discretize)
        events.notice.connect(self.set_notice)
        events.message.connect(self.set_message)
        self.map.refused.connect(self.show_error)
        self.compare_map.refused.connect(self.show_error)
        self.diagram.linkSelected.connect(self.weight_editor.select)
        self.data_controls.loadRequested.connect(self.choose_csv)
        self.exports.exported.connect(self.show_info)
        self.exports.failed.connect(self.show_error)
        self.views.currentChanged.connect(self._on_q_view_changed)
        self.set_network()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the panel in the installed language; the run goes on untouched. (Each
        child re-reads its own texts: Qt sends it the same event.)"""
        self.setWhatsThis(
            self.tr(
                "Train a small network on points in the plane and watch its decision map form. "
                "Try a lesson from the list, press Play, click the map to add points, click a "
                "link of the diagram to change its weight, compare two networks side by side."
            )
        )
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(
            self.tr("Save the map, the loss history or the trained network")
        )
        for index, title in enumerate(
            (self.tr("Data"), self.tr("Network"), self.tr("Training"), self.tr("Compare"))
        ):
            self.control_pages.setTabText(index, title)
        self.views.setTabText(0, self.tr("Network"))
        self.views.setTabText(1, self.tr("Hidden space"))
        self._name_networks()
        self.set_notice(self.lab.notice)
        # The pages get their new texts after this (Qt tells the children after their parent).
        QTimer.singleShot(0, self, self._fit_control_pages)  # not after the panel is gone

    def _build_layout(self) -> None:
        # Long entries (an initialisation's formula) must not widen the column: combos show
        # what fits and the whole text in their pop-up. (Before any layout asks: a combo keeps the
        # first minimum size it computed.)
        for combo in (
            self.run_bar.speed,
            *(
                combo
                for part in (
                    self.data_controls,
                    self.network_controls,
                    self.training_controls,
                    self.compare_controls,
                )
                for combo in part.findChildren(QComboBox)
            ),
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        # The settings in four pages, so each fits a laptop's height without scrolling (a page
        # scrolls only if it must: six layers with an activation each).
        self.control_pages = QTabWidget(self)
        self.control_pages.setObjectName("trainingControlPages")
        for title, widget in (  # English keys for the objectNames; retranslate sets the titles
            ("Data", self.data_controls),
            ("Network", self.network_controls),
            ("Training", self.training_controls),
            ("Compare", self.compare_controls),
        ):
            page = QWidget(self.control_pages)
            inner = QVBoxLayout(page)
            inner.addWidget(widget)
            inner.addStretch(1)
            scroll = QScrollArea(self.control_pages)
            scroll.setObjectName(f"trainingControls:{title}")
            scroll.setWidget(page)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.control_pages.addTab(scroll, title)
        self._fit_control_pages()
        controls = QWidget(self)
        column = QVBoxLayout(controls)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.presets)
        column.addWidget(self.control_pages, 1)
        scroll = controls

        network = QWidget(self)
        network_layout = QVBoxLayout(network)
        network_layout.setContentsMargins(0, 0, 0, 0)
        network_layout.addWidget(self.diagram, 1)
        network_layout.addWidget(self.weight_editor)
        self.views = QTabWidget(self)
        self.views.setObjectName("trainingViews")
        self.views.addTab(network, "")
        self.views.addTab(self.hidden_space, "")

        maps = QWidget(self)
        self._maps = maps
        maps_layout = QHBoxLayout(maps)
        maps_layout.setContentsMargins(0, 0, 0, 0)
        maps_layout.addWidget(self.map)
        maps_layout.addWidget(self.compare_map)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(maps)
        right.addWidget(self.loss_plot)
        self.map.installEventFilter(self)  # keeps the maps' row about as tall as a map is wide
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        self.plots = QSplitter(Qt.Orientation.Horizontal, self)
        self.plots.setObjectName("trainingSplitter")
        self.plots.addWidget(self.views)
        self.plots.addWidget(right)
        self.plots.setStretchFactor(0, 2)
        self.plots.setStretchFactor(1, 3)  # the map is the hero; the diagram gets the rest
        self.plots.setChildrenCollapsible(False)

        top = QHBoxLayout()
        top.addWidget(self.run_bar, 1)
        top.addWidget(self.export_button)
        main = QVBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        main.addLayout(top)
        main.addWidget(self.run_bar.losses)
        main.addWidget(self.notice)
        main.addWidget(self.status)
        main.addWidget(self.plots, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(main, 1)

    def _fit_control_pages(self) -> None:
        """As wide as the widest page of settings needs (German labels are longer than English
        ones: after a switch this runs again, once every page has its new texts)."""
        widest = max(w.minimumSizeHint().width() for w in (
            self.data_controls, self.network_controls, self.training_controls,
            self.compare_controls,
        ))  # fmt: skip
        self.control_pages.setMinimumWidth(widest + 40)  # + page margins and a scroll bar
        self.control_pages.setMaximumWidth(widest + 120)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.map and event.type() == QEvent.Type.Resize:
            # A square plane in a tall box leaves bands above and below it: the loss plot
            # gets that height instead.
            self._maps.setMaximumHeight(self.map.width() + MAP_EXTRA_HEIGHT)
        return super().eventFilter(watched, event)

    def shown_maps(self) -> list[QtDecisionMap]:
        return [self.map, self.compare_map] if self.lab.compare is not None else [self.map]

    # model -> widgets ----------------------------------------------------------------------------
    def set_network(self) -> None:
        """A fresh network (maybe of another shape): rebuild the diagram, show or hide the
        compared map, and redraw soon."""
        lab = self.lab
        self.diagram.set_network(lab.features, lab.hidden)
        self.weight_editor.clear()
        self.compare_map.setVisible(lab.compare is not None)
        self._name_networks()
        self.hidden_space.set_layers()
        self.set_points()
        self.schedule_redraw()

    def _name_networks(self) -> None:
        """Map titles and legend names: what the network is and what the compared one is."""
        lab = self.lab
        comparing = lab.compare is not None
        self.map.set_title(network_name(lab, compare=False) if comparing else "")
        self.compare_map.set_title(network_name(lab, compare=True) if comparing else "")
        self.loss_plot.set_names(
            network_name(lab, compare=False), network_name(lab, compare=True) if comparing else ""
        )

    def set_points(self) -> None:
        self.map.set_points()
        if self.lab.compare is not None:
            self.compare_map.set_points()

    def set_discretize(self, on: bool) -> None:
        self.map.set_discretize(on)
        self.compare_map.set_discretize(on)

    def set_notice(self, _text: str = "") -> None:
        text = self.lab.notice_text()
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def set_message(self, text: str) -> None:
        if text:
            self.status.show_sentence("error", self.lab.message_text)
        else:
            self.status.clear_status()

    def show_error(self, text: str) -> None:
        """Show a finished sentence (from a map or the exports) as an error."""
        self.status.show_error(text)

    def show_info(self, text: str) -> None:
        self.status.show_info(text)

    def schedule_redraw(self) -> None:
        """At most one redraw per interval; the first after a pause comes at once."""
        if self._redraw_timer.isActive():
            return
        waited = (time.perf_counter() - self._last_redraw) * 1000
        self._redraw_timer.start(int(max(0.0, REDRAW_INTERVAL_MS - waited)))

    def redraw(self) -> None:
        """Feed every visible view the current state of the run."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._last_redraw = time.perf_counter()
        lab = self.lab
        picture = lab.picture(MAP_RESOLUTION)
        self.map.set_picture(picture)
        if lab.compare is not None:
            self.compare_map.set_picture(lab.picture(MAP_RESOLUTION, compare=True))
        if self.diagram.isVisible():
            self.diagram.set_picture(picture)
            self.diagram.set_weights(lab.main.weights)
            self.weight_editor.set_weights()
        if self.hidden_space.isVisible():
            self.hidden_space.redraw()
        self.loss_plot.set_histories(
            lab.main.history, lab.compare.history if lab.compare is not None else None
        )
        self.run_bar.set_progress()
        self.redraws += 1

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.schedule_redraw()

    def hideEvent(self, event: QHideEvent) -> None:
        # Training on behind another lab's tab would take the CPU that lab needs, unseen.
        if self.lab.running:
            self.lab.pause()
            self.status.show_sentence(None, self._paused_text)
        super().hideEvent(event)

    def _paused_text(self) -> str:
        return self.tr("Paused: training stops while the lab is out of sight.")

    def _on_show_test(self, _on: bool) -> None:
        self.set_points()

    def _on_q_view_changed(self, _index: int) -> None:
        self.schedule_redraw()

    # files ---------------------------------------------------------------------------------------
    def choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Load points"),
            "",
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if path:
            self.load_csv(path)

    def load_csv(self, path: str | Path) -> bool:
        """Load points from a CSV file; a refused file changes nothing and says why."""
        result = load_points_file(self.lab, path)
        self.status.show_sentence(None if result.loaded else "error", result)
        return result.loaded

    def shutdown(self) -> None:
        self.lab.pause()
        self.runner.shutdown()


__all__ = ["QtTrainingPanel"]
