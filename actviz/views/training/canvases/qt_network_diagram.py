"""The network diagram: every unit as a small map of its own output over the input plane (as in
Playground), links coloured by the sign of their weight and as thick as its size, dead and
saturated units marked. Clicking a link selects it for the weight editor.

Scene coordinates are the widget's pixels (pyqtgraph's ``autoPixelRange``); the items are created
when the network's shape changes and laid out again on a resize; a redraw only feeds them data.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
    QWidget,
)

from actviz.core.i18n import format_number
from actviz.model.training.maps import NetworkPicture
from actviz.model.training.options import FEATURE_LABELS
from actviz.views.training.canvases.map_colors import colorize, diverging_lut, link_color
from actviz.views.training.canvases.plot_look import PlotLook
from actviz.views.widgets.accessibility import announce
from actviz.views.widgets.qt_focus_ring import QtFocusRing

LinkKey = tuple[int, int, int]  # (layer, source unit, target unit); layer 0 leaves the inputs
_MARGIN = (62.0, 28.0, 16.0, 16.0)  # left (feature names), top (titles), right, bottom
_MAP_STEP = 2  # unit maps show every 2nd cell of the picture: small squares need no more
_DEAD = "#8A8F98"
_SATURATED = "#CC79A7"


class _Link(QGraphicsPathItem):
    """A link; easy to hit: its clickable shape is 9 px wide whatever its pen."""

    def __init__(self, key: LinkKey) -> None:
        super().__init__()
        self.key = key

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(9.0)
        return stroker.createStroke(self.path())


@dataclass
class _Unit:
    image: pg.ImageItem
    frame: QGraphicsRectItem
    mark: QGraphicsSimpleTextItem
    rect: QRectF
    dead: bool = False
    saturated: bool = False


class QtNetworkDiagram(pg.GraphicsView):
    """Shows ``TrainingLab.main`` through its ``picture()`` and weights; objectName
    ``trainingNetworkDiagram``."""

    linkSelected = Signal(int, int, int)  # layer, source unit, target unit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("trainingNetworkDiagram")
        self.focus_ring = QtFocusRing.attach(self)
        self.setMinimumSize(300, 260)
        self.units: list[list[_Unit]] = []
        self.links: dict[LinkKey, _Link] = {}
        self.titles: list[QGraphicsSimpleTextItem] = []
        self.feature_labels: list[QGraphicsSimpleTextItem] = []
        self.selected: LinkKey | None = None
        self._halo = QGraphicsPathItem()
        self._halo.setZValue(-1)
        self._halo.setVisible(False)
        self.scene().addItem(self._halo)
        self._sizes: tuple[int, ...] = ()
        self._features: tuple[str, ...] = ()
        self._weights: list[np.ndarray] = []
        self._lut = diverging_lut(False)
        self.look = PlotLook(self, self.restyle)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Titles, marks, tooltips and the description in the installed language."""
        self.setAccessibleName(self.tr("Network diagram"))
        self.setToolTip(
            self.tr(
                "Each square is one unit's output over the input plane (orange −, blue +).\n"
                "Links: blue for a positive weight, orange for a negative one, thicker for a "
                "larger weight. Click a link to edit its weight (or, with the diagram focused, "
                "step from link to link with the arrow keys)."
            )
        )
        for title, text in zip(self.titles, self._title_texts(), strict=True):
            title.setText(text)
        for column in self.units:
            for unit in column:
                self._mark(unit, unit.dead, unit.saturated)
        if self._weights:
            self.set_weights(self._weights)
        self._describe()
        self._layout()

    def _title_texts(self) -> list[str]:
        hidden = len(self._sizes) - 2
        if hidden < 0:
            return []
        layer = self.tr("layer {layer}")
        return [
            self.tr("inputs"),
            *(layer.format(layer=i + 1) for i in range(hidden)),
            self.tr("output"),
        ]

    def _describe(self) -> None:
        if not self._sizes:
            return
        features = self._features
        hidden = self._sizes[1:-1]
        self.setAccessibleDescription(
            self.tr("{inputs} inputs ({features}), hidden layers of {hidden} units, one output.")
            .format(
                inputs=len(features),
                features=", ".join(FEATURE_LABELS.get(f, f) for f in features),
                hidden=", ".join(str(n) for n in hidden) or "0",
            )
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.look.attach()

    # model -> widget ------------------------------------------------------------------------------
    def set_network(self, features: tuple[str, ...], hidden: tuple[int, ...]) -> None:
        """Create the items for a network of these inputs and hidden layers (and one output)."""
        sizes = (len(features), *hidden, 1)
        if sizes == self._sizes and features == self._features:
            return
        scene = self.scene()
        for column in self.units:
            for unit in column:
                for item in (unit.image, unit.frame, unit.mark):
                    scene.removeItem(item)
        for item in (*self.links.values(), *self.titles, *self.feature_labels):
            scene.removeItem(item)
        self._sizes, self._features = sizes, features
        self.units = [[self._make_unit() for _ in range(n)] for n in sizes]
        self.links = {}
        for layer, (fan_in, fan_out) in enumerate(itertools.pairwise(sizes)):
            for source in range(fan_in):
                for target in range(fan_out):
                    link = _Link((layer, source, target))
                    link.setZValue(-2)
                    scene.addItem(link)
                    self.links[link.key] = link
        self.titles = [self._text(name) for name in self._title_texts()]
        self.feature_labels = [self._text(FEATURE_LABELS.get(f, f)) for f in features]
        self.selected = None
        self._halo.setVisible(False)
        self._weights = []
        self._describe()
        self._layout()
        self.restyle()

    def set_picture(self, picture: NetworkPicture) -> None:
        """Each unit's map; dead and saturated hidden units marked."""
        for c, (column, maps) in enumerate(zip(self.units, picture.columns, strict=False)):
            for u, unit in enumerate(column):
                data = maps[u, ::_MAP_STEP, ::-_MAP_STEP]  # the scene's y axis points down
                if c == 0:  # inputs have their own ranges (x₁² reaches 36): scale each to its own
                    top = float(np.max(np.abs(data))) or 1.0
                    levels = (-top, top)
                else:
                    levels = (-1.0, 1.0)
                rgb = colorize(data, self._lut, *levels)
                unit.image.setImage(rgb, autoLevels=False, rect=unit.rect)
                dead = saturated = False
                if 0 < c < len(self.units) - 1:
                    dead = bool(picture.dead[c - 1][u])
                    saturated = bool(picture.saturated[c - 1][u])
                self._mark(unit, dead, saturated)

    def set_weights(self, weights: list[np.ndarray]) -> None:
        """Link colours by sign, widths by size; exactly zero is a thin dotted grey line."""
        self._weights = weights
        dark, scale = self.look.dark, self.look.scale
        tip = self.tr("weight {weight} — click to edit")
        for (layer, source, target), link in self.links.items():
            if layer >= len(weights):
                continue
            w = float(weights[layer][source, target])
            pen = QPen(link_color(w, dark))
            pen.setCosmetic(True)
            if w == 0:
                pen.setWidthF(0.8 * scale)
                pen.setStyle(Qt.PenStyle.DotLine)
            else:
                pen.setWidthF((0.6 + 1.4 * min(abs(w), 4.0)) * scale)
            link.setPen(pen)
            link.setToolTip(tip.format(weight=format_number(w, ".4g")))

    def select(self, key: LinkKey | None) -> None:
        self.selected = key if key in self.links else None
        self._update_halo()

    # widget -> owner ------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            # pyqtgraph's (empty) central widget lies over the links: look beneath it.
            for item in self.items(event.position().toPoint()):
                if isinstance(item, _Link):
                    self.select(item.key)
                    self.linkSelected.emit(*item.key)
                    event.accept()
                    return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """From the keyboard: the arrow keys step from link to link (each selected for the
        weight editor, and its weight announced), as a click on a link does."""
        step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}
        delta = step.get(Qt.Key(event.key()))
        keys = sorted(self.links)
        if delta is None or not keys:
            super().keyPressEvent(event)
            return
        at = keys.index(self.selected) + delta if self.selected in keys else 0
        key = keys[at % len(keys)]
        self.select(key)
        self.linkSelected.emit(*key)
        layer, source, target = key
        weight = self._weights[layer][source, target] if layer < len(self._weights) else 0.0
        announce(
            self,
            self.tr("Layer {layer}, unit {source} to unit {target}: weight {weight}").format(
                layer=layer + 1,
                source=source + 1,
                target=target + 1,
                weight=format_number(float(weight), ".4g"),
            ),
        )
        event.accept()

    # layout and look ------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout()

    def restyle(self) -> None:
        dark = self.look.dark
        self._lut = diverging_lut(dark)
        text = QBrush(QColor("#D0D4DA" if dark else "#202124"))
        for label in (*self.titles, *self.feature_labels):
            label.setBrush(text)
        if self._weights:
            self.set_weights(self._weights)
        self._update_halo()

    def _make_unit(self) -> _Unit:
        scene = self.scene()
        image = pg.ImageItem(axisOrder="col-major")
        frame = QGraphicsRectItem()
        frame.setBrush(Qt.BrushStyle.NoBrush)
        mark = QGraphicsSimpleTextItem("")
        mark.setBrush(QBrush(QColor(_SATURATED)))
        for item in (image, frame, mark):
            scene.addItem(item)
        return _Unit(image, frame, mark, QRectF())

    def _text(self, text: str) -> QGraphicsSimpleTextItem:
        item = QGraphicsSimpleTextItem(text)
        self.scene().addItem(item)
        return item

    def _mark(self, unit: _Unit, dead: bool, saturated: bool) -> None:
        unit.dead, unit.saturated = dead, saturated
        pen = QPen(QColor("#8A8F98"))
        pen.setCosmetic(True)
        pen.setWidthF(1.0)
        unit.image.setOpacity(0.35 if dead else 1.0)
        if dead:
            pen = QPen(QColor(_DEAD), 2.5, Qt.PenStyle.DashLine)
            # inside the square: room between units is for links
            unit.mark.setText(self.tr("dead", "a unit's mark"))
            unit.mark.setBrush(QBrush(QColor(_DEAD)))
            unit.frame.setToolTip(
                self.tr("Dead: this unit's slope is 0 on every training point.")
            )
        elif saturated:
            pen = QPen(QColor(_SATURATED), 2.5)
            unit.mark.setText(self.tr("sat.", "a unit's mark: saturated"))
            unit.mark.setBrush(QBrush(QColor(_SATURATED)))
            unit.frame.setToolTip(
                self.tr("Saturated: this unit's slope is nearly 0 on most points.")
            )
        else:
            unit.mark.setText("")
            unit.frame.setToolTip("")
        pen.setCosmetic(True)
        unit.frame.setPen(pen)
        self._place_mark(unit)

    @staticmethod
    def _place_mark(unit: _Unit) -> None:
        """Centre the mark in its square, in a bold font a third of the square's height."""
        rect = unit.rect
        font = QFont(unit.mark.font())
        font.setBold(True)
        font.setPixelSize(max(int(rect.height() * 0.3), 7))
        unit.mark.setFont(font)
        box = unit.mark.boundingRect()
        unit.mark.setPos(rect.center().x() - box.width() / 2, rect.center().y() - box.height() / 2)

    def _layout(self) -> None:
        if not getattr(self, "units", None):  # pyqtgraph resizes during its own __init__
            return
        width, height = float(self.width()), float(self.height())
        left, top, right, bottom = _MARGIN
        columns = len(self.units)
        tallest = max(len(c) for c in self.units)
        span_x = max(width - left - right, 10.0)
        side = min((height - top - bottom) / (tallest * 1.45), span_x / (columns * 1.5), 64.0)
        side = max(side, 12.0)
        step_x = (span_x - side) / max(columns - 1, 1)
        for c, column in enumerate(self.units):
            x = left + c * step_x
            total = len(column) * side + (len(column) - 1) * side * 0.45
            y0 = top + (height - top - bottom - total) / 2
            for u, unit in enumerate(column):
                rect = QRectF(x, y0 + u * side * 1.45, side, side)
                unit.rect = rect
                if unit.image.image is not None:  # ImageItem scales by the data it holds
                    unit.image.setRect(rect)
                unit.frame.setRect(rect)
                self._place_mark(unit)
            title = self.titles[c]
            title.setPos(x + side / 2 - title.boundingRect().width() / 2, 4.0)
        for u, label in enumerate(self.feature_labels):
            rect = self.units[0][u].rect
            box = label.boundingRect()
            label.setPos(rect.left() - box.width() - 6, rect.center().y() - box.height() / 2)
        for (layer, source, target), link in self.links.items():
            a = self.units[layer][source].rect
            b = self.units[layer + 1][target].rect
            start, end = QPointF(a.right(), a.center().y()), QPointF(b.left(), b.center().y())
            bend = (end.x() - start.x()) / 2
            path = QPainterPath(start)
            path.cubicTo(start + QPointF(bend, 0), end - QPointF(bend, 0), end)
            link.setPath(path)
        self._update_halo()

    def _update_halo(self) -> None:
        link = self.links.get(self.selected) if self.selected is not None else None
        if link is None:
            self._halo.setVisible(False)
            return
        pen = QPen(QColor(0, 0, 0, 90) if not self.look.dark else QColor(255, 255, 255, 110))
        pen.setCosmetic(True)
        pen.setWidthF(link.pen().widthF() + 7.0)
        self._halo.setPen(pen)
        self._halo.setPath(link.path())
        self._halo.setVisible(True)


__all__ = ["LinkKey", "QtNetworkDiagram"]
