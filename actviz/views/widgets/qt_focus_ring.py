"""A visible keyboard-focus ring for widgets the style draws none for: plots and painted canvases.

Fusion marks a focused button, slider, entry or list with the palette's highlight colour, but a
pyqtgraph view or a widget that paints itself shows nothing, so a keyboard user cannot see that
Tab reached it. The ring is a transparent child drawn over its widget's edge in the palette's
highlight colour (so it follows the theme and a high-contrast palette) while the widget has focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

RING_WIDTH = 2.0  # px, as wide as Fusion's focus frame on entries; grows with the font


class QtFocusRing(QWidget):
    """Draws a ring round ``target`` while it has keyboard focus (objectName ``focusRing``)."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target = target
        target.installEventFilter(self)
        self.setGeometry(target.rect())
        self.setVisible(target.hasFocus())

    @classmethod
    def attach(cls, target: QWidget) -> QtFocusRing:
        """``target``'s ring, made on first use."""
        for child in target.children():
            if isinstance(child, cls):
                return child
        return cls(target)

    def width_px(self) -> float:
        """The ring's width: 2 px at a 10 pt font, wider with a larger font (never narrower)."""
        point_size = self._target.font().pointSizeF()
        return RING_WIDTH * max(1.0, point_size / 10.0) if point_size > 0 else RING_WIDTH

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize:
            self.setGeometry(self._target.rect())
        elif kind == QEvent.Type.FocusIn:
            self.setGeometry(self._target.rect())
            self.raise_()  # above a graphics view's viewport, which is a child too
            self.show()
        elif kind == QEvent.Type.FocusOut:
            self.hide()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight))
        width = self.width_px()
        pen.setWidthF(width)
        painter.setPen(pen)
        inset = width / 2
        painter.drawRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset))
        painter.end()
