"""The decision map: the network's output over the input plane as a heat map, with the training
points, the test points on demand and the learner's drawn points. A click adds a point."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from actviz.core.i18n import format_number
from actviz.model.training.lab import TrainingLab
from actviz.model.training.maps import NetworkPicture
from actviz.model.training.options import PLANE_EXTENT
from actviz.views.training.canvases.map_colors import (
    class_color,
    colorize,
    diverging_lut,
    outline_pen,
    value_brushes,
)
from actviz.views.training.canvases.plot_look import PlotLook, cache_axes
from actviz.views.widgets.qt_focus_ring import QtFocusRing

MIN_SIDE = 300
_POINT_SIZE = 6.0
_DRAWN_SIZE = 12.0


class QtDecisionMap(pg.PlotWidget):
    """Shows ``TrainingLab.picture().decision`` and the lab's points; objectName ``trainingMap``
    (``trainingCompareMap`` for the compared network)."""

    refused = Signal(str)  # a click the lab did not accept (a sentence for the status line)

    def __init__(self, lab: TrainingLab, compare: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._lab = lab
        self.compare = compare
        self.setObjectName("trainingCompareMap" if compare else "trainingMap")
        self.setMinimumSize(MIN_SIDE, MIN_SIDE)
        self.focus_ring = QtFocusRing.attach(self)
        self._spoken = {"picture": "", "points": ""}  # the description, in two parts
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setBackground("w")
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.setAspectLocked(True)
        plot.setRange(xRange=(-PLANE_EXTENT, PLANE_EXTENT), yRange=(-PLANE_EXTENT, PLANE_EXTENT),
                      padding=0)  # fmt: skip
        plot.setLabel("bottom", "x₁")
        plot.setLabel("left", "x₂")
        cache_axes(plot)
        view = plot.getViewBox()
        self.image = pg.ImageItem(axisOrder="col-major")
        self._rect = QRectF(-PLANE_EXTENT, -PLANE_EXTENT, 2 * PLANE_EXTENT, 2 * PLANE_EXTENT)
        self.image.setZValue(-10)
        self.train_points = pg.ScatterPlotItem(size=_POINT_SIZE, symbol="o")
        self.test_points = pg.ScatterPlotItem(size=_POINT_SIZE, symbol="o")
        self.drawn_points = pg.ScatterPlotItem(size=_DRAWN_SIZE, symbol="star")
        # Class colours must not be themed: these items go to the ViewBox, not the PlotItem.
        for item in (self.image, self.train_points, self.test_points, self.drawn_points):
            view.addItem(item)
        self.look = PlotLook(self, self.restyle)
        self._discrete = False
        self._decision: np.ndarray | None = None
        self._lut = diverging_lut(False)
        self.scene().sigMouseClicked.connect(self._on_q_clicked)
        self.set_discretize(lab.discretize)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The name and the description in the installed language (the title is the panel's)."""
        if self.compare:
            self.setAccessibleName(self.tr("Decision map of the compared network"))
        else:
            self.setAccessibleName(self.tr("Decision map"))
        if self._decision is not None:
            self._describe_picture(self._decision)
        self.set_points()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.look.attach()

    # model -> widget -----------------------------------------------------------------------------
    def set_title(self, text: str) -> None:
        self.getPlotItem().setTitle(text)

    def set_picture(self, picture: NetworkPicture) -> None:
        self._decision = picture.decision
        self._describe_picture(picture.decision)
        # The rect goes with the data: ImageItem scales by the shape of the image it holds.
        self.image.setImage(
            colorize(picture.decision, self._lut), autoLevels=False, rect=self._rect
        )

    def _describe_picture(self, values: np.ndarray) -> None:
        decision = values[np.isfinite(values)]
        if decision.size:
            self._describe(
                "picture",
                self.tr(
                    "The network's output over x₁ and x₂ from {low_x} to {high_x}: from {low} "
                    "to {high}, positive on {share}% of the plane."
                ).format(
                    low_x=_number(-PLANE_EXTENT),
                    high_x=_number(PLANE_EXTENT),
                    low=_number(float(decision.min())),
                    high=_number(float(decision.max())),
                    share=format_number(100.0 * float(np.mean(decision > 0)), ".0f"),
                ),
            )

    def set_discretize(self, on: bool) -> None:
        self._discrete = on
        self._lut = diverging_lut(self.look.dark, discrete=on)
        if self._decision is not None:
            self.image.setImage(
                colorize(self._decision, self._lut), autoLevels=False, rect=self._rect
            )

    @property
    def lut(self) -> np.ndarray:
        """The colours of the map now (two rows when discretized)."""
        return self._lut

    def set_points(self) -> None:
        """Training points, test points (when shown) and drawn points, from the lab's data."""
        lab, dark, scale = self._lab, self.look.dark, self.look.scale
        data = lab.data
        drawn = lab.drawn_points
        base = len(data.train_x) - len(drawn)  # drawn points are the last training points
        self._fill(self.train_points, data.train_x[:base], data.train_y[:base], dark, scale)
        self._fill(self.test_points, data.test_x, data.test_y, dark, scale, test=True)
        self.test_points.setVisible(lab.show_test)
        self._fill(self.drawn_points, drawn[:, :2], drawn[:, 2], dark, scale, size=_DRAWN_SIZE)
        self._describe(
            "points",
            self.tr("{train} training points ({positive} positive), {test} test points.").format(
                train=len(data.train_y),
                positive=int(np.sum(np.asarray(data.train_y) > 0)),
                test=len(data.test_y),
            ),
        )

    def _describe(self, part: str, text: str) -> None:
        self._spoken[part] = text
        description = " ".join(t for t in self._spoken.values() if t)
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)

    def _fill(
        self,
        item: pg.ScatterPlotItem,
        xy: np.ndarray,
        labels: np.ndarray,
        dark: bool,
        scale: float,
        *,
        test: bool = False,
        size: float = _POINT_SIZE,
    ) -> None:
        if self._lab.regression:
            brushes = value_brushes(labels, dark)
        else:
            pair = (pg.mkBrush(class_color(-1.0, dark)), pg.mkBrush(class_color(1.0, dark)))
            brushes = [pair[int(label >= 0)] for label in labels]
        pen = outline_pen(dark, test=test, width=1.6 if test else 1.0)
        item.setData(pos=xy, brush=brushes, pen=pen, size=size * scale)

    def restyle(self) -> None:
        self.set_discretize(self._discrete)
        self.set_points()

    # widget -> model -----------------------------------------------------------------------------
    def _on_q_clicked(self, event: object) -> None:
        button = event.button()  # type: ignore[attr-defined]
        if button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            return
        view = self.getPlotItem().getViewBox()
        point = view.mapSceneToView(event.scenePos())  # type: ignore[attr-defined]
        if not view.sceneBoundingRect().contains(event.scenePos()):  # type: ignore[attr-defined]
            return
        other = button == Qt.MouseButton.RightButton or bool(
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier  # type: ignore[attr-defined]
        )
        self.add_point_at(point.x(), point.y(), other_class=other)
        event.accept()  # type: ignore[attr-defined]

    def add_point_at(self, x: float, y: float, *, other_class: bool = False) -> None:
        """Add a point where the learner clicked: the chosen class or value, or the other one."""
        lab = self._lab
        label = -lab.point_value if other_class else None
        if not lab.regression and other_class:
            label = -1.0 if lab.point_value >= 0 else 1.0
        try:
            lab.add_point(x, y, label)
        except ValueError as error:
            self.refused.emit(self.tr("No point added: {reason}.").format(reason=error))


def _number(value: float) -> str:
    return format_number(value, ".3g").replace("-", "−")
