"""Output i as z_i sweeps with the other logits fixed: the S-curve softmax puts each class on.

Drawn twice: the solid curve by softmax itself, the dashed one as a sigmoid of z_i against the
log-sum-exp of the others. They coincide; with two classes the sigmoid is of the plain difference.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from actviz.model.softmax.lab import SoftmaxLabModel
from actviz.model.softmax.snapshot import SweepCurve
from actviz.views.softmax import qt_softmax_style as style
from actviz.views.softmax.softmax_text import sweep_text
from actviz.views.theme.plot_styler import follow_theme
from actviz.views.widgets.plot_bounds import bound_zoom
from actviz.views.widgets.qt_focus_ring import QtFocusRing
from actviz.views.widgets.signals import signals_blocked

_Y_LABEL = {"softmax": "p", "log_softmax": "log p", "softmin": "softmin p"}


class QtSoftmaxSweep(QWidget):
    """Shows one logit's sweep of a SoftmaxLabModel (objectName ``softmaxSweep``)."""

    def __init__(self, model: SoftmaxLabModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("softmaxSweep")
        self._model = model
        self.class_combo = QComboBox(self)
        self.class_combo.setObjectName("softmaxSweepClass")
        self.plot_widget = pg.PlotWidget(self, background="w")
        self.plot_widget.setObjectName("softmaxSweepPlot")
        self.focus_ring = QtFocusRing.attach(self.plot_widget)
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        bound_zoom(self.plot)
        self.curve = self.plot.plot(pen=pg.mkPen(style.BAR, width=3), name="softmax")
        self.sigmoid_curve = self.plot.plot(
            pen=pg.mkPen(style.TOP, width=2, style=Qt.PenStyle.DashLine)
        )
        self.marker = pg.ScatterPlotItem(
            size=10, brush=pg.mkBrush(style.TOP), pen=pg.mkPen(style.TEXT)
        )
        self.plot.addItem(self.marker)
        follow_theme(self.plot_widget)
        self.note = QLabel(self)
        self.note.setObjectName("softmaxSweepNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)

        header = QHBoxLayout()
        self.sweep_label = QLabel(self)
        header.addWidget(self.sweep_label)
        header.addWidget(self.class_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.note)

        self.class_combo.currentIndexChanged.connect(self._on_q_class_changed)
        model.events.labels.connect(self.set_labels)
        model.events.classes.connect(self._on_model_classes)
        model.events.focus.connect(self.set_focus)
        self.set_labels(model.labels)
        self._shown: tuple[SweepCurve, tuple[str, ...], str] | None = None
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.class_combo.setToolTip(self.tr("The class whose logit sweeps"))
        self.class_combo.setAccessibleName(self.tr("Sweep the logit of"))
        self.sweep_label.setText(self.tr("Sweep the logit of"))
        self.plot_widget.setAccessibleName(self.tr("Sweep of one logit"))
        self.sigmoid_curve.opts["name"] = self.tr("as a sigmoid")
        if self.plot.legend is not None:  # an entry only if a legend was added
            for sample, label in self.plot.legend.items:
                if sample.item is self.sigmoid_curve:
                    label.setText(self.sigmoid_curve.opts["name"])
        if self._shown is not None:
            self.show_sweep(*self._shown)

    # model -> widget -------------------------------------------------------------------------
    def set_labels(self, labels: tuple[str, ...]) -> None:
        with signals_blocked(self.class_combo):
            self.class_combo.clear()
            self.class_combo.addItems(list(labels))
            self.class_combo.setCurrentIndex(self._model.focus)

    def set_focus(self, index: int) -> None:
        with signals_blocked(self.class_combo):
            self.class_combo.setCurrentIndex(index)

    def show_sweep(self, sweep: SweepCurve, labels: tuple[str, ...], mode: str) -> None:
        self.curve.setData(sweep.values, sweep.curve)
        self.sigmoid_curve.setData(sweep.values, sweep.as_sigmoid)
        self.marker.setData([sweep.current], [sweep.current_output])
        self._shown = (sweep, labels, mode)
        name = labels[sweep.index]
        self.plot.setLabel("bottom", self.tr("z of {name} (the others fixed)").format(name=name))
        self.plot.setLabel("left", f"{_Y_LABEL[mode]}({name})")
        self.note.setText(_note(labels, sweep.index, mode))
        description = sweep_text(sweep, labels, mode)
        if description != self.plot_widget.accessibleDescription():
            self.plot_widget.setAccessibleDescription(description)

    def _on_model_classes(self, _n: int) -> None:
        self.set_labels(self._model.labels)

    # widget -> model -------------------------------------------------------------------------
    def _on_q_class_changed(self, index: int) -> None:
        if 0 <= index < self._model.n:
            self._model.set_focus(index)


def _note(labels: tuple[str, ...], index: int, mode: str) -> str:
    """The sentence under the sweep: which sigmoid the curve is."""
    a = labels[index]
    wrap = "log σ" if mode == "log_softmax" else "σ"
    if len(labels) == 2:
        b = labels[1 - index]
        diff = (
            f"z<sub>{b}</sub> − z<sub>{a}</sub>"
            if mode == "softmin"
            else (f"z<sub>{a}</sub> − z<sub>{b}</sub>")
        )
        formula = f"{_Y_LABEL[mode]}({a}) = {wrap}(({diff}) / T)"
        return QCoreApplication.translate(
            "QtSoftmaxSweep",
            "With two classes, softmax <b>is the sigmoid of the difference</b>: {formula}. "
            "The dashed sigmoid lies on the curve.",
        ).format(formula=formula)
    sign = "−" if mode == "softmin" else ""
    formula = (
        f"{_Y_LABEL[mode]}({a}) = {wrap}({sign}z<sub>{a}</sub>/T − log Σ<sub>j≠{a}</sub> "
        f"exp({sign}z<sub>j</sub>/T))"
    )
    return QCoreApplication.translate(
        "QtSoftmaxSweep",
        "{formula}: a sigmoid of {name}'s logit against the log-sum-exp of the others (dashed). "
        "With two classes it is the sigmoid of the difference.",
    ).format(formula=formula, name=a)
