"""The cheat sheet: every activation of the catalogue as a small plot (f and f' on the same axes),
each titled by its name and key, on one landscape page: a poster for the classroom wall.

One layout for every format: the page is A4 or Letter landscape in design pixels (96 an inch);
a PDF draws it at 1200 dpi, an SVG at its design size and a PNG at twice it (about 190 dpi).
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPageLayout, QPageSize, QPainter

from actviz import core
from actviz.core.figure import activation_figure
from actviz.core.i18n import translate
from actviz.model.atomic_files import write_atomically
from actviz.views.publish.figure_files import (
    DESIGN_DPI,
    PDF_DPI,
    figure_format,
    pdf_writer,
    write_figure,
)
from actviz.views.publish.figure_painter import FigureStyle, figure_font

# Landscape pages in design pixels (1/96 inch).
PAGES = {"A4": (1123, 794), "Letter": (1056, 816)}
PAGE_IDS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
PNG_SCALE = 2
CELL_ASPECT = 1.45  # width / height of each small plot
X_RANGE = (-4.0, 4.0)


def cheat_sheet_title() -> str:
    """The sheet's heading (and its file's title) in the learner's language."""
    return translate("CheatSheet", "Activation functions")


def grid_shape(count: int, width: float, height: float) -> tuple[int, int]:
    """Columns and rows for ``count`` cells of aspect ``CELL_ASPECT`` that make them largest."""
    if count < 1:
        raise ValueError("a cheat sheet needs at least one activation")
    best: tuple[float, int, int] = (-1.0, 1, count)
    for columns in range(1, count + 1):
        rows = math.ceil(count / columns)
        side = min(width / columns / CELL_ASPECT, height / rows)  # the cell height that fits
        if side > best[0]:
            best = (side, columns, rows)
    return best[1], best[2]


def paint_cheat_sheet(
    painter: QPainter,
    rect: QRectF,
    unit: float,
    keys: Sequence[str],
    style: FigureStyle,
) -> None:
    """Paint the sheet for ``keys`` into ``rect``; one design pixel is ``unit`` painter units."""
    painter.save()
    try:
        painter.translate(rect.topLeft())
        painter.scale(unit, unit)
        area = QRectF(0, 0, rect.width() / unit, rect.height() / unit)
        painter.fillRect(area, style.background)
        margin = 22.0
        inner = area.adjusted(margin, margin, -margin, -margin)
        heading = figure_font(20, bold=True)
        note = figure_font(11)
        painter.setPen(style.foreground)
        painter.setFont(heading)
        head_height = QFontMetricsF(heading).height()
        painter.drawText(
            QRectF(inner.left(), inner.top(), inner.width(), head_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            cheat_sheet_title(),
        )
        painter.setFont(note)
        painter.drawText(
            QRectF(inner.left(), inner.top(), inner.width(), head_height),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            translate(
                "CheatSheet",
                "f solid, f′ dashed · x from −4 to 4 · default parameters · made with actviz",
            ),
        )
        top = inner.top() + head_height + 8.0
        grid = QRectF(inner.left(), top, inner.width(), inner.bottom() - top)
        _paint_cells(painter, grid, list(keys), style)
    finally:
        painter.restore()


def _paint_cells(painter: QPainter, grid: QRectF, keys: list[str], style: FigureStyle) -> None:
    from actviz.views.publish.figure_painter import paint_figure

    columns, rows = grid_shape(len(keys), grid.width(), grid.height())
    cell_w, cell_h = grid.width() / columns, grid.height() / rows
    for index, key in enumerate(keys):
        row, column = divmod(index, columns)
        cell = QRectF(grid.left() + column * cell_w, grid.top() + row * cell_h, cell_w, cell_h)
        activation = core.get(key)
        title = cell_title(activation.name_text(), key, style, cell_w - 10.0)
        data = activation_figure(
            activation, x_range=X_RANGE, width_px=int(cell_w), title=title, max_ticks=5
        )
        paint_figure(painter, cell.adjusted(3, 3, -3, -3), data, style, fill_background=False)


def cell_title(name: str, key: str, style: FigureStyle, width: float) -> str:
    """``"name · key"`` fitted to ``width``: the key always stays whole (it is what a learner
    types), the name loses its parenthesis, then its end, when there is no room."""
    metrics = QFontMetricsF(figure_font(style.title_px, bold=True))
    suffix = f" · {key}"
    short = name.split(" (")[0]
    for candidate in (name, short):
        if metrics.horizontalAdvance(candidate + suffix) <= width:
            return candidate + suffix
    room = max(width - metrics.horizontalAdvance(suffix), 0.0)
    return metrics.elidedText(short, Qt.TextElideMode.ElideRight, room) + suffix


def cheat_sheet_style(theme: str) -> FigureStyle:
    return FigureStyle.for_theme(
        theme, line_width=1.6, font_px=8, title_px=10, marker_px=5.0, legend=False,
        axis_label=False,
    )


def write_cheat_sheet(
    path: str | os.PathLike[str],
    keys: Sequence[str] | None = None,
    *,
    theme: str = "light",
    page_size: str = "A4",
) -> Path:
    """Write the sheet of ``keys`` (default: the whole catalogue) as PDF, SVG or PNG by suffix."""
    kind = figure_format(path)
    if page_size not in PAGES:
        raise ValueError(f"page size must be one of {', '.join(PAGES)}, got {page_size!r}")
    chosen = list(core.names() if keys is None else keys)
    for key in chosen:
        core.get(key)  # KeyError naming the known keys
    style = cheat_sheet_style(theme)
    width, height = PAGES[page_size]

    def paint(painter: QPainter, rect: QRectF, unit: float) -> None:
        paint_cheat_sheet(painter, rect, unit, chosen, style)

    if kind == "png":
        def paint_png(painter: QPainter, rect: QRectF, _unit: float) -> None:
            paint(painter, rect, float(PNG_SCALE))

        return write_figure(
            path, paint_png, (width * PNG_SCALE, height * PNG_SCALE), title=cheat_sheet_title(),
            background=style.background,
        )
    if kind == "svg":
        return write_figure(path, paint, (width, height), title=cheat_sheet_title())

    def write(tmp: str) -> None:
        writer = pdf_writer(tmp, QPageSize(PAGE_IDS[page_size]), cheat_sheet_title())
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"could not write the PDF document {tmp}")
        try:
            unit = PDF_DPI / DESIGN_DPI
            page = writer.pageLayout().fullRectPixels(writer.resolution())
            paint(painter, QRectF(0, 0, page.width(), page.height()), unit)
        finally:
            painter.end()

    write_atomically(path, write)
    return Path(path)
