"""File > Export: the plot as PNG or SVG, the curve data as CSV; every file written atomically.

The CSV text comes from ``actviz.model.curve_export``; this class asks for a path, writes, and
reports a failure in a message box (never a crash).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRectF, QSize
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from actviz.model.curve_export import curves_csv, write_atomically, write_text_atomically
from actviz.model.session import Session
from actviz.views.explorer.qt_curve_plot import QtCurvePlot

SHORTCUTS = {"png": "Ctrl+E", "svg": "Ctrl+Shift+E", "csv": "Ctrl+Alt+E"}


class ExportActions(QObject):
    """File > Export's actions for a Session's plot and curves (no objectName)."""

    def __init__(self, window: QMainWindow, session: Session, plot: QtCurvePlot) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._plot = plot
        self.png_action = self._action("png", self._on_q_png)
        self.svg_action = self._action("svg", self._on_q_svg)
        self.csv_action = self._action("csv", self._on_q_csv)
        self.last_error: str | None = None
        self.retranslate()
        window.installEventFilter(self)  # a QObject gets no LanguageChange: the window's tells

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.png_action.setText(self.tr("Export plot as &PNG…"))
        self.png_action.setToolTip(self.tr("Save the plot as PNG"))
        self.svg_action.setText(self.tr("Export plot as S&VG…"))
        self.svg_action.setToolTip(self.tr("Save the plot as SVG"))
        self.csv_action.setText(self.tr("Export curve &data as CSV…"))
        self.csv_action.setToolTip(self.tr("Save the curve data as CSV"))

    def file_filter(self, kind: str) -> str:
        """The file dialog's filter for ``kind`` ("png", "svg" or "csv")."""
        return {
            "png": self.tr("PNG image (*.png)"),
            "svg": self.tr("SVG drawing (*.svg)"),
            "csv": self.tr("CSV data (*.csv)"),
        }[kind]

    def _action(self, kind: str, slot: Callable[[], None]) -> QAction:
        action = QAction(self._window)
        action.setShortcut(QKeySequence(SHORTCUTS[kind]))
        action.triggered.connect(slot)
        return action

    def add_to_menu(self, menu: QMenu) -> None:
        for action in (self.png_action, self.svg_action, self.csv_action):
            menu.addAction(action)

    # the writing itself (tests call these with a path) -------------------------------------------
    def export_png(self, path: str | Path) -> None:
        from pyqtgraph.exporters import ImageExporter

        self._plot.redraw()
        exporter = ImageExporter(self._plot.plot_item)
        width = max(int(self._plot.plot_item.sceneBoundingRect().width()) * 2, 800)
        exporter.parameters()["width"] = width
        write_atomically(path, exporter.export)

    def export_svg(self, path: str | Path) -> None:
        # pyqtgraph 0.14's SVGExporter fails to parse the path data Qt 6.11 writes
        # ("not enough values to unpack"), so the scene is painted straight into QSvgGenerator.
        from PySide6.QtSvg import QSvgGenerator

        self._plot.redraw()
        source = self._plot.plot_item.sceneBoundingRect()
        size = QSize(max(int(source.width()), 1), max(int(source.height()), 1))

        def write(tmp: str) -> None:
            generator = QSvgGenerator()
            generator.setFileName(tmp)
            generator.setSize(size)
            generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
            generator.setTitle(f"actviz: {self._session.choice.activation.name}")
            painter = QPainter(generator)
            try:
                self._plot.scene().render(
                    painter, QRectF(0, 0, size.width(), size.height()), source
                )
            finally:
                painter.end()

        write_atomically(path, write)

    def export_csv(self, path: str | Path) -> None:
        write_text_atomically(path, curves_csv(self._session))

    # the menu entries ----------------------------------------------------------------------------
    def _on_q_png(self) -> None:
        self._ask_and_write("png", self.export_png)

    def _on_q_svg(self) -> None:
        self._ask_and_write("svg", self.export_svg)

    def _on_q_csv(self) -> None:
        self._ask_and_write("csv", self.export_csv)

    def ask_path(self, kind: str) -> str:
        suggested = f"{self._session.choice.key}.{kind}"
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Export"), suggested, self.file_filter(kind)
        )
        return path

    def _ask_and_write(self, kind: str, write: Callable[[str], None]) -> None:
        path = self.ask_path(kind)
        if not path:
            return
        if not Path(path).suffix:
            path += f".{kind}"
        try:
            write(path)
        except Exception as error:  # disk full, no permission, exporter trouble: tell, don't crash
            self.last_error = self.tr("Could not export to {path}:\n{error}").format(
                path=path, error=error
            )
            QMessageBox.critical(self._window, self.tr("Export failed"), self.last_error)
            return
        self.last_error = None
        self._window.statusBar().showMessage(
            self.tr("Exported {name}").format(name=Path(path).name), 5000
        )
