"""Finding things in a real window generically, so that a lab added later is covered by the same
tests: every tab (nested tab widgets too), every canvas, every control.
"""

from __future__ import annotations

from collections.abc import Iterator

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget


def settle() -> None:
    """Run pending events, deferred deletes and redraw timers (twice: a redraw may post more)."""
    for _ in range(2):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def visible_tab_widgets(root: QWidget) -> list[QTabWidget]:
    return [t for t in root.findChildren(QTabWidget) if t.isVisible()]


def every_tab(root: QWidget) -> Iterator[str]:
    """Show each tab of each tab widget in turn, nested ones inside each of their parents' tabs;
    yield the path of tab titles that is showing ("Deep network › Bending space")."""

    def visit(path: tuple[str, ...], done: set[int]) -> Iterator[str]:
        inner = [t for t in visible_tab_widgets(root) if id(t) not in done]
        if not inner:
            yield " › ".join(path)
            return
        tabs = inner[0]
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            yield from visit((*path, tabs.tabText(index)), done | {id(tabs)})

    yield from visit((), set())


def paints_itself(widget: QWidget) -> bool:
    """A widget of ours whose class (or a base of ours) overrides paintEvent."""
    for cls in type(widget).__mro__:
        if cls.__module__.startswith("actviz.") and "paintEvent" in vars(cls):
            return True
    return False


def visible_canvases(root: QWidget) -> list[QWidget]:
    """Every visible pyqtgraph view and every visible widget of ours that paints itself."""
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisible() and w.width() > 8 and (isinstance(w, pg.GraphicsView) or paints_itself(w))
    ]


def corner_luminances(widget: QWidget) -> list[float]:
    """WCAG relative luminance of the pixels 2 px inside each corner of the widget's grab."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    w, h = image.width(), image.height()
    out = []
    for x, y in ((2, 2), (w - 3, 2), (2, h - 3), (w - 3, h - 3)):
        colour = image.pixelColor(x, y)
        linear = [
            c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
            for c in (colour.redF(), colour.greenF(), colour.blueF())
        ]
        out.append(0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2])
    return out


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or '?'})"
