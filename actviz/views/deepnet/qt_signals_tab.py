"""The "Signals & gradients" half of the deep-network lab: presets and settings on the left, the
stacked histograms and the per-layer line plots on the right, a busy bar while a run is going."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from actviz import core
from actviz.core.deepnet.weight_init import init_label_text
from actviz.core.i18n import format_number
from actviz.model.deepnet.lab import DeepNetLab
from actviz.views.deepnet.qt_deepnet_controls import QtDeepNetControls
from actviz.views.deepnet.qt_deepnet_presets import QtDeepNetPresets
from actviz.views.deepnet.qt_layer_histograms import QtLayerHistograms
from actviz.views.deepnet.qt_layer_stats_plots import QtLayerStatsPlots
from actviz.views.deepnet.qt_sim_worker import QtSimulationRunner
from actviz.views.theme.qt_text_tint import tint


class QtSignalsTab(QWidget):
    """Shows a DeepNetLab's signals and gradients: settings, histograms, per-layer plots."""

    def __init__(self, lab: DeepNetLab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lab = lab
        self.runner = QtSimulationRunner(lab, self)
        self.presets = QtDeepNetPresets(lab, self)
        self.controls = QtDeepNetControls(lab, self)
        self.histograms = QtLayerHistograms(self)
        self.stats = QtLayerStatsPlots(self)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("deepNetBusy")
        self.busy.setRange(0, 0)  # indeterminate: a run has no meaningful percentage
        self.busy.setMaximumHeight(10)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status = QLabel(self)
        self.status.setObjectName("deepNetStatus")
        self.status.setWordWrap(True)
        self._status_tint = tint(self.status, None)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.presets)
        left_layout.addWidget(self.controls)
        scroll = QScrollArea(self)
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls
        # As narrow as the settings allow (with room for a scroll bar): the plots get the rest.
        scroll.setMinimumWidth(
            left.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        )

        plots = QSplitter(Qt.Orientation.Vertical, self)
        plots.addWidget(self.histograms)
        plots.addWidget(self.stats)
        plots.setSizes([520, 300])
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.busy)
        right_layout.addWidget(self.status)
        right_layout.addWidget(plots, 1)

        columns = QSplitter(Qt.Orientation.Horizontal, self)
        columns.addWidget(scroll)
        columns.addWidget(right)
        columns.setStretchFactor(1, 1)
        columns.setCollapsible(0, False)
        columns.setCollapsible(1, False)
        columns.setSizes([scroll.minimumWidth(), 4 * scroll.minimumWidth()])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(columns)

        self._stale = True  # settings changed since the last run was asked for
        self.runner.busyChanged.connect(self.set_busy)
        lab.events.results.connect(self.set_results)
        lab.events.settings.connect(self.on_settings_changed)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.busy.setToolTip(self.tr("Simulating…"))
        self.set_results()

    def on_settings_changed(self) -> None:
        """Run now if shown; a hidden tab runs when it is next shown (start-up stays cheap)."""
        self._stale = True
        if self.isVisible():
            self._stale = False
            self.runner.schedule()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.runner.schedule()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if busy:
            self.status.setText(self.tr("Simulating…"))

    def set_results(self) -> None:
        main, compare = self._lab.results
        self.histograms.set_results(main, compare)
        self.stats.set_results(main, compare)
        self._status_tint.set_role(None)
        if self._lab.error:
            self.status.setText(self._lab.error)
            self._status_tint.set_role("error")
        elif main is None:
            self.status.setText("")
        else:
            blow_ups = [r.blow_up_text() for r in (main, compare) if r is not None and r.blow_up]
            names = core.get(main.key).name_text()
            if compare is not None:
                names = self.tr("{first} vs {second}").format(
                    first=names, second=core.get(compare.key).name_text()
                )
            text = self.tr(
                "{names}: {depth} layers × {width} units, batch {batch}, init {init} — "
                "computed in {seconds} s"
            ).format(
                names=names,
                depth=main.depth,
                width=main.width,
                batch=main.batch,
                init=init_label_text(main.init),
                seconds=format_number(self.runner.last_seconds, ".2f"),
            )
            if blow_ups:
                text += "\n" + "\n".join(blow_ups)
                self._status_tint.set_role("error")
            self.status.setText(text)

    def shutdown(self) -> None:
        self.runner.shutdown()
