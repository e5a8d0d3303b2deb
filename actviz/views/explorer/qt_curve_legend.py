"""The function plot's legend: a click on an entry asks to hide or show its curve, a right-click
asks for the entry's menu.

pyqtgraph's own legend hides a curve itself when its sample is clicked; here the legend only
reports which entry was clicked, and the plot turns that into a model change (a pinned curve's
``visible``, the session's ``show_derivative``), so the model stays the truth and a saved lesson
keeps what the legend shows.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal


class _EntrySample(ItemSample):
    """The line sample of an entry; leaves clicks to the legend (pyqtgraph's would hide it)."""

    def mouseClickEvent(self, event: Any) -> None:
        event.ignore()


class QtCurveLegend(pg.LegendItem):
    """The function plot's legend (a pyqtgraph item); reports clicks on its entries."""

    entryClicked = Signal(object)  # the curve item of the entry
    entryMenuRequested = Signal(object, QPoint)  # the curve item, where (screen coordinates)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(sampleType=_EntrySample, **kwargs)
        self.retranslate()

    def retranslate(self) -> None:
        """Its tip in the learner's language (the plot calls this on a language change)."""
        self.setToolTip(
            QCoreApplication.translate(
                "QtCurveLegend",
                "Click a pinned curve or f′ to hide or show it; right-click for more",
            )
        )

    def rename_entry(self, item: object, name: str) -> None:
        """Show ``name`` for ``item``'s entry (the learner's language changed)."""
        for sample, label in self.items:
            if sample.item is item:
                label.setText(name)

    def item_at(self, pos: Any) -> object | None:
        """The curve item whose entry (sample or text) is under ``pos`` (legend coordinates)."""
        for sample, label in self.items:
            if sample.geometry().united(label.geometry()).contains(pos):
                item: object = sample.item
                return item
        return None

    def entry_items(self) -> list[object]:
        return [sample.item for sample, _label in self.items]

    def mouseClickEvent(self, event: Any) -> None:
        item = self.item_at(event.pos())
        if item is None:
            event.ignore()
            return
        event.accept()
        if event.button() == Qt.MouseButton.LeftButton:
            self.entryClicked.emit(item)
        elif event.button() == Qt.MouseButton.RightButton:
            self.entryMenuRequested.emit(item, event.screenPos().toPoint())
