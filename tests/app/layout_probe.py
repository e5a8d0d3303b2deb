"""Measuring a window's layout as a user sees it: what is on screen, how wide each plot is, what is
cut off or squeezed. Used by tests/app/test_app_layout.py and by tools/layout_table.py.

Everything is measured on widgets that are visible on screen now (``isVisible()``): a hidden tab's
widgets are not. Plot widths are those of pyqtgraph's PlotItems (axes included) as drawn, clipped
by the widget's ancestors: a plot that runs off the edge of its pane counts only what shows.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QTabWidget,
    QWidget,
)

# Lab panels by objectName; the neuron playground belongs to the explorer's room.
LAB_PANELS = ("explorerPanel", "neuronPanel", "softmaxPanel", "deepNetPanel")
# Small multiples (one small picture per layer or unit) are exempt from the width rule.
SMALL_MULTIPLES = ("deepNetWarpView",)
SIZES = ((1280, 720), (1366, 768), (1920, 1080))


def settle() -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):
        app.processEvents()


def shown_rect(widget: QWidget) -> QRect:
    """The part of ``widget`` (in its own coordinates) not clipped by any ancestor."""
    rect = widget.rect()
    child = widget
    offset = QPoint(0, 0)
    parent = widget.parentWidget()
    while parent is not None:
        offset += child.pos()
        parent_rect = parent.rect().translated(-offset)
        rect = rect.intersected(parent_rect)
        if child.isWindow():
            break
        child, parent = parent, parent.parentWidget()
    return rect


def cut_off(widget: QWidget) -> bool:
    """Whether part of ``widget`` lies outside what its ancestors show."""
    return shown_rect(widget).size() != widget.size()


@dataclass(frozen=True)
class PlotWidth:
    where: str  # the objectName of the GraphicsView holding the plot
    title: str
    width: int  # drawn width, clipped by the ancestors
    full_width: int  # the PlotItem's own width


def plot_widths(root: QWidget) -> list[PlotWidth]:
    """Every visible PlotItem under ``root`` (one per plot, several per GraphicsLayoutWidget)."""
    found: list[PlotWidth] = []
    for view in root.findChildren(pg.GraphicsView):
        if not view.isVisible():
            continue
        viewport = view.viewport()
        clip = QRectF(shown_rect(view)).translated(-QPointF(viewport.pos()))
        for item in view.scene().items():
            if not isinstance(item, pg.PlotItem) or not item.isVisible():
                continue
            rect = view.viewportTransform().mapRect(item.sceneBoundingRect())
            shown = rect.intersected(clip)
            title = item.titleLabel.text if item.titleLabel.isVisible() else ""
            found.append(
                PlotWidth(view.objectName(), title, round(shown.width()), round(rect.width()))
            )
    return found


def overflowing_titles(root: QWidget) -> list[str]:
    """Titles of visible plots wider than their plot (they spill into the neighbour's)."""
    bad = []
    for view in root.findChildren(pg.GraphicsView):
        if not view.isVisible():
            continue
        for item in view.scene().items():
            if isinstance(item, pg.PlotItem) and item.isVisible() and item.titleLabel.isVisible():
                text_width = item.titleLabel.item.boundingRect().width()
                if text_width > item.width():
                    bad.append(f"{item.titleLabel.text!r}: {text_width:.0f} > {item.width():.0f}")
    return bad


def main_plot_widths(root: QWidget) -> list[PlotWidth]:
    return [p for p in plot_widths(root) if p.where not in SMALL_MULTIPLES]


def squeezed_inputs(root: QWidget) -> list[str]:
    """Visible spin and combo boxes smaller than their minimumSizeHint, or cut off."""
    bad: list[str] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QAbstractSpinBox | QComboBox) or not widget.isVisible():
            continue
        hint = widget.minimumSizeHint()
        name = widget.objectName() or type(widget).__name__
        if widget.width() < hint.width() or widget.height() < hint.height():
            size, least = widget.size().toTuple(), hint.toTuple()
            bad.append(f"{name}: {size} smaller than its minimumSizeHint {least}")
        elif cut_off(widget):
            bad.append(f"{name}: cut off ({shown_rect(widget).size().toTuple()} shown)")
    return bad


def clipped_columns(root: QWidget) -> list[str]:
    """Visible scroll areas that do not scroll sideways but hold content wider than their view
    (their right edge, a reset button or a scroll bar, say, is cut off)."""
    bad = []
    for area in root.findChildren(QScrollArea):
        content = area.widget()
        if not area.isVisible() or content is None:
            continue
        if area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            continue
        if content.width() > area.viewport().width():
            name = area.objectName() or type(area).__name__
            bad.append(
                f"{name}: content {content.width()} px in a {area.viewport().width()} px view"
            )
    return bad


def visible_lab_panels(window: QWidget) -> set[str]:
    return {
        name
        for name in LAB_PANELS
        if (panel := window.findChild(QWidget, name)) is not None and panel.isVisible()
    }


def rooms(window) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Show every lab tab and, inside it, every page of its tab widgets (side pane, sub-tabs),
    one after the other; yield a name for each state."""
    yield from _pages(window.tabs, "")


def _pages(tabs: QTabWidget, prefix: str) -> Iterator[str]:
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle()
        name = f"{prefix}{tabs.tabText(index).replace('&&', '&')}"
        inner = [t for t in _inner_tab_widgets(tabs.widget(index)) if t.isVisible()]
        if not inner:
            yield name
        for sub_tabs in inner:
            yield from _pages(sub_tabs, f"{name} / ")
            sub_tabs.setCurrentIndex(0)
            settle()
    tabs.setCurrentIndex(0)
    settle()


def _inner_tab_widgets(page: QWidget) -> list[QTabWidget]:
    """Tab widgets under ``page`` that are not inside another tab widget under ``page``."""
    found = []
    for tabs in page.findChildren(QTabWidget):
        parent = tabs.parentWidget()
        while parent is not None and parent is not page and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is page:
            found.append(tabs)
    return found


@dataclass(frozen=True)
class LayoutRow:
    size: tuple[int, int]
    plot_width: int
    plot_share: float
    neuron_elsewhere: bool
    narrowest_softmax: int
    narrowest_deepnet: int


def measure(window) -> LayoutRow:  # type: ignore[no-untyped-def]
    """The issue's table row for ``window`` at its current size (visits every tab)."""
    window.tabs.setCurrentIndex(0)
    settle()
    plot = window.curve_plot
    row_plot, share = plot.width(), plot.width() / window.width()
    window.show_neuron()
    settle()
    neuron_elsewhere = False
    for index in range(1, window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle()
        neuron_elsewhere |= "neuronPanel" in visible_lab_panels(window)
    window.show_lab("softmaxPanel")
    settle()
    softmax = main_plot_widths(window.lab("softmaxPanel").panel)
    window.show_lab("deepNetPanel")
    settle()
    deepnet = main_plot_widths(window.lab("deepNetPanel").panel)
    window.tabs.setCurrentIndex(0)
    settle()
    size = (window.width(), window.height())
    return LayoutRow(
        size,
        row_plot,
        share,
        neuron_elsewhere,
        min(p.width for p in softmax),
        min(p.width for p in deepnet),
    )


def table(rows: list[LayoutRow]) -> str:
    head = "| what | " + " | ".join(f"{w}x{h}" for (w, h) in (r.size for r in rows)) + " |"
    lines = [head, "|---" * (len(rows) + 1) + "|"]

    def line(what: str, cells: list[str]) -> None:
        lines.append(f"| {what} | " + " | ".join(cells) + " |")

    line(
        "explorer's function plot: width, share",
        [f"{r.plot_width} px, {r.plot_share:.0%}" for r in rows],
    )
    line(
        "neuron playground visible on other tabs",
        ["yes" if r.neuron_elsewhere else "no" for r in rows],
    )
    line("narrowest softmax plot", [f"{r.narrowest_softmax} px" for r in rows])
    line("narrowest deep-network plot", [f"{r.narrowest_deepnet} px" for r in rows])
    return "\n".join(lines)
