"""A small live plot of f (solid) and f′ (dashed) for the formula being typed, x from −5 to 5."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QWidget

from actviz.core.i18n import format_number
from actviz.model.custom.draft import ActivationDraft, preview_y_range
from actviz.views.theme import palette
from actviz.views.theme.plot_styler import follow_theme
from actviz.views.widgets.qt_focus_ring import QtFocusRing

X_RANGE = (-5.0, 5.0)


class QtFormulaPreview(pg.PlotWidget):
    """Shows an ActivationDraft's curves; objectName ``formulaPreviewPlot``."""

    def __init__(self, draft: ActivationDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("formulaPreviewPlot")
        self.setMinimumSize(320, 160)
        self.focus_ring = QtFocusRing.attach(self)
        self._draft = draft
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=True, y=True, alpha=0.3)
        item.setMouseEnabled(x=False, y=False)
        item.addLegend(offset=(6, 6))
        f_pen = pg.mkPen(palette.function_color(), width=2.5)
        df_pen = pg.mkPen(palette.derivative_color(), width=2, style=Qt.PenStyle.DashLine)
        self.function_curve = pg.PlotDataItem(pen=f_pen, connect="finite", name="f(x)")
        self.derivative_curve = pg.PlotDataItem(pen=df_pen, connect="finite", name="f′(x)")
        item.addItem(self.function_curve)
        item.addItem(self.derivative_curve)
        item.setXRange(*X_RANGE, padding=0)
        follow_theme(self)
        self.retranslate()
        draft.events.activation.connect(self.set_activation)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Preview of the formula"))
        self.set_activation(self._draft.activation)

    def set_activation(self, _activation: object) -> None:
        if self._draft.activation is None:
            self.function_curve.setData([], [])
            self.derivative_curve.setData([], [])
            self.setAccessibleDescription(self.tr("No formula to draw yet."))
            return
        width = max(int(self.getPlotItem().getViewBox().width()), 200)
        samples = self._draft.preview(X_RANGE[0], X_RANGE[1], width)
        self.function_curve.setData(samples.f_x, samples.f_y)
        self.derivative_curve.setData(samples.df_x, samples.df_y)
        y_min, y_max = preview_y_range(samples)
        self.getPlotItem().setYRange(y_min, y_max, padding=0)
        self.setAccessibleDescription(
            self.tr("f and f′ of {formula}, x from {x_min} to {x_max}, y from {y_min} to {y_max}.")
            .format(
                formula=self._draft.text,
                x_min=_number(X_RANGE[0]),
                x_max=_number(X_RANGE[1]),
                y_min=_number(y_min),
                y_max=_number(y_max),
            )
        )


def _number(value: float) -> str:
    return format_number(value, ".3g").replace("-", "−")
