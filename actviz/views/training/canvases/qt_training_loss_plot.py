"""Training and test loss per epoch on a log axis, for the network and the compared network."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from actviz.core.i18n import format_number
from actviz.model.training.run import HistoryRow
from actviz.views.theme.appearance import OKABE_ITO
from actviz.views.training.canvases.plot_look import PlotLook, cache_axes
from actviz.views.widgets.qt_focus_ring import QtFocusRing

MAIN_COLOUR = OKABE_ITO["blue"]
COMPARE_COLOUR = OKABE_ITO["vermillion"]
GRID_COLOR = "#dcdcdc"
DARK_GRID_COLOR = "#3a3f47"
TEXT_COLOR = {False: "#202124", True: "#D0D4DA"}  # light and dark theme


def _columns(history: list[HistoryRow]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    if not history:
        empty = np.zeros(0)
        return empty, empty, empty
    epochs = np.fromiter((row[0] for row in history), float, len(history))
    train = np.fromiter((row[1] for row in history), float, len(history))
    test = np.fromiter(
        (np.nan if row[2] is None else row[2] for row in history), float, len(history)
    )
    # A log axis cannot show 0: a perfect fit is drawn as a gap rather than an error.
    train[train <= 0] = np.nan
    test[test <= 0] = np.nan
    return epochs, train, test


def _number(value: float) -> str:
    return "—" if not math.isfinite(value) else format_number(value, ".3g")


def _nice_ceiling(value: float) -> float:
    """The smallest of 1, 1.5, 2, 3, 4, 5, 6, 8 times a power of ten that is at least ``value``
    (the view's right third at most is still empty)."""
    power = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0):
        if step * power >= value:
            return step * power
    return 10.0 * power


class _DecadeAxis(pg.AxisItem):
    """A log axis that labels only powers of ten when two or more are in view: pyqtgraph would
    also label 0.09, 0.08, ... and crowd them against the decade above. Grid lines stay."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        strings: list[str] = super().tickStrings(values, scale, spacing)
        low, high = sorted(self.range)
        if not self.logMode or math.floor(high) - math.ceil(low) < 1:
            return strings
        return [s if abs(v - round(v)) < 1e-9 else "" for v, s in zip(values, strings, strict=True)]


class QtTrainingLossPlot(pg.PlotWidget):
    """Shows the loss histories of ``TrainingLab.main`` and ``.compare``; objectName
    ``trainingLossPlot``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems={"left": _DecadeAxis("left")})
        self.setObjectName("trainingLossPlot")
        self.focus_ring = QtFocusRing.attach(self)
        self.setMinimumSize(300, 160)
        self.setBackground("w")
        plot = self.getPlotItem()
        plot.setLogMode(y=True)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            # An opaque grid at major ticks, as the explorer draws it: translucent grid lines
            # made each repaint of this plot cost more than the rest of the tab together.
            axis.setPen(GRID_COLOR)
            axis.setTextPen(TEXT_COLOR[False])
            axis.setGrid(255)
        plot.getAxis("bottom").setStyle(maxTickLevel=0)

        plot.getAxis("left").enableAutoSIPrefix(False)
        cache_axes(plot)  # the view moves in steps (see _set_view): axes are redrawn rarely
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)  # the view follows the run (see _set_view)
        plot.hideButtons()
        plot.setDownsampling(auto=True, mode="peak")
        plot.setClipToView(True)
        # Top right: losses fall from the left and the view's top is the decade above the
        # largest, so that corner stays empty.
        self.legend = plot.addLegend(offset=(-8, 8), brush=(255, 255, 255, 200))
        self.curves: dict[str, pg.PlotDataItem] = {}
        for which, colour in (("main", MAIN_COLOUR), ("compare", COMPARE_COLOUR)):
            self.curves[f"{which}:train"] = plot.plot(pen=pg.mkPen(colour, width=2))
            self.curves[f"{which}:test"] = plot.plot(
                pen=pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine)
            )
        self._names: tuple[str, str] = ("", "")
        self._histories: tuple[list[HistoryRow], list[HistoryRow] | None] = ([], None)
        self._view: tuple[float, ...] = ()
        self.look = PlotLook(self, self.restyle)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Axis titles, the legend and the description in the installed language."""
        self.setAccessibleName(self.tr("Loss per epoch"))
        plot = self.getPlotItem()
        plot.setLabel("bottom", self.tr("epoch"))
        plot.setLabel("left", self.tr("loss (log scale)"))
        self.restyle()  # an axis label takes its pen's colour when it is set
        self._fill_legend()
        self._describe()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.look.attach()

    def restyle(self) -> None:
        """The grid stays quiet in either theme (the theme makes axis pens as bright as text).
        pyqtgraph gives an axis label its pen's colour, so the text pen is set after it."""
        dark = self.look.dark
        for name in ("left", "bottom"):
            axis = self.getPlotItem().getAxis(name)
            axis.setPen(DARK_GRID_COLOR if dark else GRID_COLOR)
            axis.setTextPen(TEXT_COLOR[dark])

    def set_names(self, main: str, compare: str) -> None:
        """Legend names: what the network is, and what the compared one is ("" when none)."""
        if (main, compare) == self._names:
            return
        self._names = (main, compare)
        self._fill_legend()

    def _fill_legend(self) -> None:
        main, compare = self._names
        training = self.tr("{name}, training")
        self.legend.clear()
        self.legend.addItem(self.curves["main:train"], training.format(name=main))
        if compare:
            self.legend.addItem(self.curves["compare:train"], training.format(name=compare))
        self.legend.addItem(self.curves["main:test"], self.tr("dashed: test"))

    def set_histories(self, main: list[HistoryRow], compare: list[HistoryRow] | None) -> None:
        self._histories = (main, compare)
        last_epoch, low, high = 0.0, math.inf, -math.inf
        for which, history in (("main", main), ("compare", compare or [])):
            epochs, train, test = _columns(history)
            if len(epochs):
                last_epoch = max(last_epoch, float(epochs[-1]))
            for name, values in (("train", train), ("test", test)):
                curve = self.curves[f"{which}:{name}"]
                finite = values[np.isfinite(values)]
                if len(finite):
                    curve.setData(epochs, values, connect="finite")
                    low, high = min(low, float(finite.min())), max(high, float(finite.max()))
                else:  # nothing to draw: an all-NaN curve upsets the autoscale of a log axis
                    curve.setData([], [])
        self._set_view(last_epoch, low, high)
        self._describe()

    def _describe(self) -> None:
        main, compare = self._histories
        spoken = []
        for which, history in (("main", main), ("compare", compare or [])):
            if history:
                spoken.append(self._spoken(which, *_columns(history[-1:])))
        text = " ".join(spoken) if spoken else self.tr("Not trained yet.")
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)

    def _spoken(self, which: str, epochs: np.ndarray, train: np.ndarray, test: np.ndarray) -> str:
        """The latest losses of one network, for a screen reader."""
        name = self._names[0] if which == "main" else self._names[1]
        spoken = self.tr("{name}: at epoch {epoch}, training loss {train}, test loss {test}.")
        return spoken.format(
            name=name or which,
            epoch=int(epochs[-1]),
            train=_number(float(train[-1])),
            test=_number(float(test[-1])),
        )

    def _set_view(self, last_epoch: float, low: float, high: float) -> None:
        """Axes that move in steps (epochs to the next round number; losses to whole
        decades), so an axis is redrawn when a step is passed, not 30 times a second."""
        x_max = _nice_ceiling(max(last_epoch, 10.0))
        if math.isfinite(low) and math.isfinite(high):
            y_range = (
                math.floor(math.log10(low)),
                max(math.ceil(math.log10(high)), 1 + math.floor(math.log10(low))),
            )
        else:
            y_range = (-2, 0)
        view = (x_max, *y_range)
        if view != self._view:
            self._view = view
            self.getPlotItem().setRange(xRange=(0, x_max), yRange=y_range, padding=0.02)
