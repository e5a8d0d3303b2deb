"""A visible keyboard-focus ring for widgets the style draws none for: plots and painted canvases.

Fusion marks a focused button, slider, entry or list with the palette's highlight colour, but a
pyqtgraph view or a widget that paints itself shows nothing, so a keyboard user cannot see that
Tab reached it. The ring is a transparent frame over its widget's edge, in the palette's
highlight colour (so it follows the theme and a high-contrast palette), shown while the widget
has focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QWidget

RING_WIDTH = 2  # px at a 10 pt font, as wide as Fusion's focus frame on entries; grows with it


class QtFocusRing(QFrame):
    """A ring round ``target`` while it has keyboard focus (objectName ``focusRing``)."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.Box)
        self.setFrameShadow(QFrame.Shadow.Plain)
        self._target = target
        target.installEventFilter(self)
        self._follow_target()
        self.setVisible(target.hasFocus())

    @classmethod
    def attach(cls, target: QWidget) -> QtFocusRing:
        """``target``'s ring, made on first use."""
        for child in target.children():
            if isinstance(child, cls):
                return child
        return cls(target)

    def ring_width(self) -> int:
        """2 px at a 10 pt font, wider with a larger one (never narrower)."""
        point_size = self._target.font().pointSizeF()
        return max(RING_WIDTH, round(RING_WIDTH * point_size / 10.0)) if point_size > 0 else 2

    def _follow_target(self) -> None:
        """Cover the target, in its palette's highlight colour, as wide as its font asks."""
        self.setGeometry(self._target.rect())
        palette = self.palette()
        highlight = self._target.palette().color(QPalette.ColorRole.Highlight)
        palette.setColor(QPalette.ColorRole.WindowText, highlight)
        self.setPalette(palette)
        self.setLineWidth(self.ring_width())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize:
            self.setGeometry(self._target.rect())
        elif kind == QEvent.Type.FocusIn:
            self._follow_target()
            self.raise_()  # above a graphics view's viewport, which is a child too
            self.show()
        elif kind == QEvent.Type.FocusOut:
            self.hide()
        elif kind in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._follow_target()  # a theme or presentation-mode switch
        return False
