"""Exports of the training lab: the decision map(s) as PNG or SVG, the loss history as CSV, the
trained network as JSON. Every file is written atomically; a failure is reported, never raised.

The maps are painted from their scenes (both side by side when comparing) rather than grabbed
from the screen, so a PNG comes out at twice the size on screen and an SVG keeps its axes as
vector lines and text. pyqtgraph's SVG exporter cannot parse what Qt 6.11 writes, so the SVG is
painted straight into a ``QSvgGenerator``, as the explorer's export does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Signal
from PySide6.QtGui import QAction, QColor, QImage, QPainter
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from actviz.model.curve_export import write_atomically, write_text_atomically
from actviz.model.training.export import loss_history_csv, network_json
from actviz.model.training.lab import TrainingLab
from actviz.views.training.canvases.qt_decision_map import QtDecisionMap

PNG_SCALE = 2


class QtTrainingExports(QObject):
    """The lab's export menu; ``exported`` or ``failed`` carry a sentence for the status line."""

    exported = Signal(str)
    failed = Signal(str)

    def __init__(
        self, lab: TrainingLab, maps: Callable[[], Sequence[QtDecisionMap]], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._lab = lab
        self._maps = maps
        self._parent = parent
        self.menu = QMenu(parent)
        self.menu.setObjectName("trainingExportMenu")
        entries = (
            ("png", self._on_q_png),
            ("svg", self._on_q_svg),
            ("csv", self._on_q_csv),
            ("json", self._on_q_json),
        )
        self.actions: dict[str, QAction] = {}
        for kind, slot in entries:
            action = self.menu.addAction("")
            action.triggered.connect(slot)
            self.actions[kind] = action
        self.retranslate()
        # A QObject gets no LanguageChange of its own: the menu (a widget) does.
        self.menu.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.menu and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        """The menu's entries in the installed language."""
        self.menu.setTitle(self.tr("Export"))
        texts = {
            "png": self.tr("Map as &PNG…"),
            "svg": self.tr("Map as &SVG…"),
            "csv": self.tr("Loss history as &CSV…"),
            "json": self.tr("Trained network as &JSON…"),
        }
        for kind, action in self.actions.items():
            action.setText(texts[kind])

    def filters(self) -> dict[str, str]:
        """The save dialog's file type of each export, in the installed language."""
        return {
            "png": self.tr("PNG image (*.png)"),
            "svg": self.tr("SVG drawing (*.svg)"),
            "csv": self.tr("CSV data (*.csv)"),
            "json": self.tr("JSON network (*.json)"),
        }

    # the writing itself (tests call these with a path) -------------------------------------------
    def export_png(self, path: str | Path) -> None:
        rects, size = self._layout()
        image = QImage(size * PNG_SCALE, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            painter.scale(PNG_SCALE, PNG_SCALE)
            self._paint(painter, rects)
        finally:
            painter.end()

        def write(tmp: str) -> None:
            if not image.save(tmp, "PNG"):
                raise OSError(self.tr("could not write {name}").format(name=Path(path).name))

        write_atomically(path, write)

    def export_svg(self, path: str | Path) -> None:
        from PySide6.QtSvg import QSvgGenerator

        rects, size = self._layout()

        def write(tmp: str) -> None:
            generator = QSvgGenerator()
            generator.setFileName(tmp)
            generator.setSize(size)
            generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
            generator.setTitle(self.tr("actviz: training lab decision map"))
            painter = QPainter(generator)
            try:
                self._paint(painter, rects)
            finally:
                painter.end()

        write_atomically(path, write)

    def export_csv(self, path: str | Path) -> None:
        write_text_atomically(path, loss_history_csv(self._lab))

    def export_json(self, path: str | Path) -> None:
        write_text_atomically(path, network_json(self._lab))

    def _layout(self) -> tuple[list[tuple[QtDecisionMap, QRectF, QRectF]], QSize]:
        """Where each visible map's plot goes in the picture, side by side."""
        placed: list[tuple[QtDecisionMap, QRectF, QRectF]] = []
        x, height = 0.0, 1.0
        for view in self._maps():
            source = view.getPlotItem().sceneBoundingRect()
            placed.append((view, source, QRectF(x, 0, source.width(), source.height())))
            x += source.width()
            height = max(height, source.height())
        return placed, QSize(max(int(x), 1), max(int(height), 1))

    @staticmethod
    def _paint(painter: QPainter, placed: list[tuple[QtDecisionMap, QRectF, QRectF]]) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for view, source, target in placed:
            painter.fillRect(target, view.backgroundBrush())
            view.scene().render(painter, target, source)

    # the menu entries ----------------------------------------------------------------------------
    def _on_q_png(self) -> None:
        self._ask_and_write("png")

    def _on_q_svg(self) -> None:
        self._ask_and_write("svg")

    def _on_q_csv(self) -> None:
        self._ask_and_write("csv")

    def _on_q_json(self) -> None:
        self._ask_and_write("json")

    def ask_path(self, kind: str) -> str:
        names = {"png": "map", "svg": "map", "csv": "loss-history", "json": "network"}
        suggested = f"training-{names[kind]}.{kind}"
        path, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export"), suggested, self.filters()[kind]
        )
        return path

    def write(self, kind: str, path: str) -> bool:
        """Write ``kind`` ("png", "svg", "csv", "json") to ``path``; report, never raise."""
        writers = {
            "png": self.export_png,
            "svg": self.export_svg,
            "csv": self.export_csv,
            "json": self.export_json,
        }
        try:
            writers[kind](path)
        except Exception as error:  # disk full, no permission, exporter trouble: tell, don't crash
            message = self.tr("Could not export to {path}: {reason}")
            self.failed.emit(message.format(path=path, reason=error))
            return False
        self.exported.emit(self.tr("Exported {name}").format(name=Path(path).name))
        return True

    def _ask_and_write(self, kind: str) -> None:
        path = self.ask_path(kind)
        if not path:
            return
        if not Path(path).suffix:
            path += f".{kind}"
        self.write(kind, path)
