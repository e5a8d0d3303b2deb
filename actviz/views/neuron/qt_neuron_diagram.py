"""The neuron drawn with both passes: inputs, weights, products, the sum z, a = f(z), and under each
arrow the gradient flowing back. Painted with QPainter from one :class:`NeuronPass`; nothing is
computed here except where to draw.

Forward numbers are in the text colour; gradients are blue when positive and orange when
negative, in both themes, and the backward arrow's width grows with the gradient's magnitude (log
scale, so 1e-6 and 10 both show). Colours come from the theme's canvas colours; the labels grow in
presentation mode.

The sign is never told by colour alone: a gradient's number always carries its sign (+0.25,
−0.25) and a negative gradient's arrow is dashed. The accessible description reads every number
(:mod:`actviz.views.neuron.neuron_text`); Tab stops at the diagram, with a focus ring.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from actviz.core.i18n import format_number
from actviz.core.neuron import NeuronPass
from actviz.views.neuron.neuron_text import describe_pass, signed
from actviz.views.theme.appearance import (
    Appearance,
    CanvasColours,
    canvas_colours,
    follow_appearance,
)
from actviz.views.widgets.qt_focus_ring import QtFocusRing

LABEL_PATCH_ALPHA = 225  # labels sit on a nearly opaque patch of the background, over the arrows
MINIMUM = QSize(400, 330)  # the drawing's layout needs this much room at normal size


def format_value(value: float) -> str:
    """How every number appears on the diagram (4 significant digits)."""
    return format_number(value, ".4g") if value != 0 else "0"


def gradient_colour(value: float, colours: CanvasColours) -> QColor:
    if value > 0:
        return colours.positive
    return colours.negative if value < 0 else colours.neutral


def gradient_style(value: float) -> Qt.PenStyle:
    """Solid for a positive (or zero) gradient, dashed for a negative one: sign without colour."""
    return Qt.PenStyle.DashLine if value < 0 else Qt.PenStyle.SolidLine


def gradient_width(value: float) -> float:
    """Pen width for a gradient: 1 px at |g| <= 1e-4, growing with log10|g|, 9 px at |g| >= 10."""
    magnitude = abs(value)
    if magnitude <= 1e-4:
        return 1.0
    return 1.0 + 8.0 * min(1.0, (math.log10(magnitude) + 4.0) / 5.0)


class QtNeuronDiagram(QWidget):
    """Shows a :class:`NeuronPass` (objectName ``neuronDiagram``); follows the appearance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("neuronDiagram")
        self.setMinimumSize(MINIMUM)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._pass: NeuronPass | None = None
        self._name = "f"
        self._values: dict[str, float] = {}
        self._labels: list[tuple[QPointF, str, QColor]] = []  # drawn last, over arrows and nodes
        self.colours = canvas_colours(None)
        self._font_scale = 1.0  # presentation mode asks for this much more room ...
        self._zoom = 1.0  # ... and the whole drawing grows by up to this much
        follow_appearance(self)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader user can stop and listen
        self.setAccessibleName(self.tr("Neuron diagram"))
        self.focus_ring = QtFocusRing.attach(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Neuron diagram"))
            if self._pass is not None:  # its sentences, and the decimal sign of its numbers
                self.setAccessibleDescription(
                    describe_pass(self._values, self._name, self._pass.x.size)
                )
            self.update()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(520, 300)

    def apply_appearance(self, appearance: Appearance) -> None:
        """Colours of the theme; in presentation mode the whole drawing (text, nodes, arrows)
        is magnified, so labels grow without running into each other, and the diagram asks
        for the room that takes."""
        self.colours = appearance.canvas_colours()
        self._font_scale = appearance.metrics.font_scale
        self._zoom = appearance.metrics.scale
        self.setMinimumSize(MINIMUM * self._font_scale)
        self.updateGeometry()
        self.update()

    def magnification(self) -> float:
        """How much the drawing is magnified now: presentation mode's scale, as far as the
        widget has room for (the layout below needs ``MINIMUM`` at magnification 1)."""
        room = min(self.width() / MINIMUM.width(), self.height() / MINIMUM.height())
        return max(1.0, min(self._zoom, room))

    def label_point_size(self) -> float:
        """The size of the diagram's text on screen now: it follows the widget's size (7 to
        10 pt at normal size) and grows with the magnification."""
        zoom = self.magnification()
        w, h = self.width() / zoom, self.height() / zoom
        return max(7.0, min(10.0, h / 32, w / 52)) * zoom

    # model -> widget -------------------------------------------------------------------------
    def set_pass(self, fb: NeuronPass, activation_name: str) -> None:
        """Show ``fb`` (repaints once at the next frame)."""
        values = {
            "b": fb.b,
            "z": fb.z,
            "a": fb.a,
            "local_grad": fb.local_grad,
            "upstream": fb.upstream,
            "dz": fb.dz,
            "db": fb.db,
        }
        for i in range(fb.x.size):
            values[f"x{i + 1}"] = float(fb.x[i])
            values[f"w{i + 1}"] = float(fb.w[i])
            values[f"p{i + 1}"] = float(fb.products[i])
            values[f"dw{i + 1}"] = float(fb.dw[i])
            values[f"dx{i + 1}"] = float(fb.dx[i])
        if self._pass is not None and values == self._values and activation_name == self._name:
            return  # the same picture: no repaint
        self._pass, self._name, self._values = fb, activation_name, values
        self.setAccessibleDescription(describe_pass(values, activation_name, fb.x.size))
        self.update()

    def values(self) -> dict[str, float]:
        """Every number on the diagram by name (x1, w1, p1, dw1, dx1, ..., b, z, a, local_grad,
        upstream, dz, db)."""
        return dict(self._values)

    def texts(self) -> dict[str, str]:
        """The same numbers as drawn."""
        return {name: format_value(value) for name, value in self._values.items()}

    # painting --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.colours.background)
        if self._pass is not None:
            zoom = self.magnification()
            painter.scale(zoom, zoom)  # laid out at the size the drawing has before magnifying
            self._paint(painter, self._pass, self.width() / zoom, self.height() / zoom)
        painter.end()

    def _paint(self, p: QPainter, fb: NeuronPass, w: float, h: float) -> None:
        n = fb.x.size
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, min(10.0, h / 32, w / 52)))
        p.setFont(font)
        col_x, col_p, col_s, col_f, col_a = (w * f for f in (0.08, 0.34, 0.56, 0.75, 0.92))
        top, bottom = 30.0, h - 56.0
        rows = [top + (bottom - top) * (i + 0.5) / n for i in range(n)]
        mid = (top + bottom) / 2
        ry = max(12.0, min(24.0, h / 14, (bottom - top) / n * 0.32))
        rx = min(1.5 * ry, w * 0.075)  # half-width: neighbours never overlap
        v = self._values

        sum_pt, f_pt, a_pt = QPointF(col_s, mid), QPointF(col_f, mid), QPointF(col_a, mid)
        bias_pt = QPointF(col_s, h - ry * 0.8 - 4.0)
        for i, y in enumerate(rows):
            k = str(i + 1)
            x_pt, p_pt = QPointF(col_x, y), QPointF(col_p, y)
            self._edge(p, x_pt, p_pt, v["dx" + k])
            self._edge(p, p_pt, sum_pt, v["dw" + k])
            between = (col_x + col_p) / 2
            lift = ry * 0.75 + 5  # where the ellipses narrow, so the text clears them
            self._label(QPointF(between, y - lift), f"w{k} = {format_value(v['w' + k])}")
            self._grad_text(QPointF(between, y + lift), f"∂L/∂x{k}", v["dx" + k])
            dw_at = QPointF(col_p + rx + 48, y)  # right of its product node, in its own row
            self._grad_text(dw_at, f"∂L/∂w{k}", v["dw" + k])
            self._node(p, x_pt, rx, ry, f"x{k}", format_value(v["x" + k]))
            self._node(p, p_pt, rx, ry, "w·x", format_value(v["p" + k]))
        self._edge(p, bias_pt, sum_pt, v["db"])
        self._grad_text(QPointF(col_s + rx + 50, bias_pt.y()), "∂L/∂b", v["db"])
        self._edge(p, sum_pt, f_pt, v["dz"])
        self._grad_text(QPointF(col_f, mid + ry + 12), "∂L/∂z", v["dz"])  # clear of the ∂L/∂w
        self._edge(p, f_pt, a_pt, v["upstream"])
        self._grad_text(QPointF((col_f + col_a) / 2, mid - ry - 12), "∂L/∂a", v["upstream"])
        self._node(p, sum_pt, rx, ry, "Σ z", format_value(v["z"]))
        self._node(p, bias_pt, rx * 0.8, ry * 0.8, "b", format_value(v["b"]))
        self._node(p, f_pt, rx, ry, self._name[:10], f"f′ = {format_value(v['local_grad'])}")
        self._node(p, a_pt, rx, ry, "a", format_value(v["a"]))
        for centre, text, colour in self._labels:
            self._draw_label(p, centre, text, colour)
        self._labels.clear()
        p.setPen(self.colours.text)
        chain = (
            f"∂L/∂z = f′(z) · ∂L/∂a = {format_value(v['local_grad'])} × "
            f"{format_value(v['upstream'])} = {format_value(v['dz'])}"
        )
        line = p.fontMetrics().height() + 4
        p.drawText(QRectF(4, 4, w - 8, line), Qt.AlignmentFlag.AlignCenter, chain)

    def _node(
        self, p: QPainter, centre: QPointF, rx: float, ry: float, name: str, value: str
    ) -> None:
        p.setPen(QPen(self.colours.text, 1.2))
        p.setBrush(self.colours.surface)
        p.drawEllipse(centre, rx, ry)
        box = QRectF(centre.x() - rx, centre.y() - ry, 2 * rx, 2 * ry)
        text = f"{name}\n{value}" if value else name
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _edge(self, p: QPainter, start: QPointF, end: QPointF, grad: float) -> None:
        """A connection drawn in the colour and width of the gradient flowing back along it."""
        colour = gradient_colour(grad, self.colours)
        p.setPen(QPen(colour, gradient_width(grad), gradient_style(grad)))
        p.drawLine(start, end)

    def _grad_text(self, centre: QPointF, name: str, value: float) -> None:
        colour = gradient_colour(value, self.colours)
        self._label(centre, f"{name} = {signed(value)}", colour)

    def _label(self, centre: QPointF, text: str, colour: QColor | None = None) -> None:
        self._labels.append((centre, text, colour or self.colours.text))

    def _draw_label(self, p: QPainter, centre: QPointF, text: str, colour: QColor) -> None:
        """``text`` centred at ``centre`` on a patch of background, readable over the arrows."""
        metrics = p.fontMetrics()
        width, height = metrics.horizontalAdvance(text) + 6, metrics.height() + 2
        box = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
        patch = QColor(self.colours.background)
        patch.setAlpha(LABEL_PATCH_ALPHA)
        p.fillRect(box, patch)
        p.setPen(colour)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
