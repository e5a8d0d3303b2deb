"""Write a painted figure to PNG, SVG or PDF (chosen by the file's suffix), atomically.

A *paint function* ``paint(painter, rect, unit)`` draws into ``rect`` with ``unit`` painter units
per design pixel (1/96 inch). PNG is a bitmap of ``size`` pixels; SVG has the same size in user
units; PDF gets a page of the same physical size at 96 design pixels an inch, drawn at 1200 dpi.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from actviz.model.atomic_files import write_atomically

PaintFunction = Callable[[QPainter, QRectF, float], None]
FIGURE_SUFFIXES = (".png", ".svg", ".pdf")
DESIGN_DPI = 96.0
PDF_DPI = 1200


def figure_format(path: str | os.PathLike[str]) -> str:
    """``"png"``, ``"svg"`` or ``"pdf"`` from ``path``'s suffix; ``ValueError`` for any other."""
    suffix = Path(path).suffix.lower()
    if suffix not in FIGURE_SUFFIXES:
        raise ValueError(
            f"{Path(path).name!r}: the suffix must be .png, .svg or .pdf, not {suffix or 'none'}"
        )
    return suffix[1:]


def write_figure(
    path: str | os.PathLike[str],
    paint: PaintFunction,
    size: tuple[int, int],
    *,
    title: str = "actviz",
    background: QColor | None = None,
) -> Path:
    """Paint into a new file at ``path`` of ``size`` design pixels; returns the path."""
    kind = figure_format(path)
    width, height = size
    writers = {"png": _write_png, "svg": _write_svg, "pdf": _write_pdf}

    def write(tmp: str) -> None:
        writers[kind](tmp, paint, width, height, title, background)

    write_atomically(path, write)
    return Path(path)


def render_image(
    paint: PaintFunction, width: int, height: int, background: QColor | None = None
) -> QImage:
    """The figure as an RGB bitmap of ``width`` x ``height`` pixels."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(background if background is not None else QColor("white"))
    painter = QPainter(image)
    try:
        paint(painter, QRectF(0, 0, width, height), 1.0)
    finally:
        painter.end()
    return image


def _write_png(
    tmp: str, paint: PaintFunction, w: int, h: int, _title: str, bg: QColor | None
) -> None:
    if not render_image(paint, w, h, bg).save(tmp, "PNG"):  # type: ignore[call-overload]
        raise OSError(f"could not write the PNG image {tmp}")


def _write_svg(
    tmp: str, paint: PaintFunction, w: int, h: int, title: str, _bg: QColor | None
) -> None:
    from PySide6.QtSvg import QSvgGenerator

    generator = QSvgGenerator()
    generator.setFileName(tmp)
    generator.setSize(QSize(w, h))
    generator.setViewBox(QRectF(0, 0, w, h))
    generator.setResolution(round(DESIGN_DPI))
    generator.setTitle(title)
    generator.setDescription("Made with actviz")
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"could not write the SVG drawing {tmp}")
    try:
        paint(painter, QRectF(0, 0, w, h), 1.0)
    finally:
        painter.end()


def _write_pdf(
    tmp: str, paint: PaintFunction, w: int, h: int, title: str, _bg: QColor | None
) -> None:
    points = QSizeF(w * 72.0 / DESIGN_DPI, h * 72.0 / DESIGN_DPI)
    page = QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    writer = pdf_writer(tmp, page, title)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"could not write the PDF document {tmp}")
    try:
        unit = PDF_DPI / DESIGN_DPI
        paint(painter, QRectF(0, 0, w * unit, h * unit), unit)
    finally:
        painter.end()


def pdf_writer(path: str, page_size: QPageSize, title: str) -> QPdfWriter:
    """A ``QPdfWriter`` at ``PDF_DPI`` with ``page_size``, titled and credited."""
    writer = QPdfWriter(path)
    writer.setResolution(PDF_DPI)
    writer.setPageSize(page_size)
    writer.setTitle(title)
    writer.setCreator("actviz")
    return writer
