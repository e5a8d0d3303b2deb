"""The handout: a PDF with a title page and one block per activation, made with Qt's own writer.

Each block starts a new page: the name, family and key, the plot of f and f' (light theme), the
formulas, the parameters, the properties table and the teaching notes; a long block continues on
the next page. The text is a ``QTextDocument`` (rich text, tables, page breaks); the plot is an
inline object of that document painted by :func:`~actviz.views.publish.figure_painter.paint_figure`
straight into the PDF, so it stays vector graphics. Pages are drawn one by one, with the page
number in the footer.
"""

from __future__ import annotations

import datetime
import html
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPyTextObject,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from actviz import __version__, core
from actviz.core.figure import activation_figure
from actviz.core.i18n import format_number, translate
from actviz.model.atomic_files import write_atomically
from actviz.views.publish.figure_files import DESIGN_DPI, PDF_DPI, pdf_writer
from actviz.views.publish.figure_painter import FigureStyle, paint_figure

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 15.0
PLOT_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
PLOT_KEY = QTextFormat.Property.UserProperty + 1
PLOT_ASPECT = 0.45  # height / width of each plot
FORMULA_STYLE = "font-family: 'DejaVu Serif', serif; font-size: 12pt"
DEFAULT_TITLE = "Activation functions"  # the English of handout_title() (headless commands)


def handout_title() -> str:
    """The default title of a handout, in the learner's language."""
    return translate("Handout", "Activation functions")


class _PlotObject(QPyTextObject):
    """Draws the plot of the activation whose key the object's format carries.

    (PySide needs ``QPyTextObject``: a Python class deriving from ``QObject`` and
    ``QTextObjectInterface`` is not seen as the interface by Qt.)
    """

    def __init__(self, width: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._width = width
        self._style = FigureStyle.for_theme("light")

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        return QSizeF(self._width, self._width * PLOT_ASPECT)

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        pos: int,
        fmt: QTextFormat,
    ) -> None:
        rect = QRectF(rect)
        activation = core.get(str(fmt.property(PLOT_KEY)))
        unit = PDF_DPI / DESIGN_DPI
        data = activation_figure(activation, x_range=(-5.0, 5.0), width_px=int(rect.width() / unit))
        paint_figure(painter, rect, data, self._style, unit=unit)


def check_page_size(name: str) -> str:
    if name not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}, got {name!r}")
    return name


def check_keys(keys: Sequence[str]) -> list[str]:
    """The keys: each in the catalogue, no repeats, at least one; else ``ValueError``."""
    known = core.names()
    checked: list[str] = []
    for key in keys:
        if key not in known:
            raise ValueError(f"unknown activation {key!r}; known: {', '.join(known)}")
        if key not in checked:
            checked.append(key)
    if not checked:
        raise ValueError("a handout needs at least one activation")
    return checked


def write_handout(
    path: str | os.PathLike[str],
    keys: Sequence[str],
    *,
    page_size: str = "A4",
    title: str = DEFAULT_TITLE,
) -> Path:
    """Write the handout of ``keys`` (in that order) to the PDF ``path``, atomically."""
    keys = check_keys(keys)
    check_page_size(page_size)
    if Path(path).suffix.lower() != ".pdf":
        raise ValueError(f"{Path(path).name!r}: a handout is a .pdf file")

    def write(tmp: str) -> None:
        writer = pdf_writer(tmp, QPageSize(PAGE_SIZES[page_size]), title)
        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
        writer.setPageMargins(margins, QPageLayout.Unit.Millimeter)
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"could not write the PDF document {tmp}")
        try:
            _paint_pages(painter, writer, keys, title)
        finally:
            painter.end()

    write_atomically(path, write)
    return Path(path)


def _paint_pages(painter: QPainter, writer: QPdfWriter, keys: list[str], title: str) -> None:
    body = writer.pageLayout().paintRectPixels(writer.resolution())
    footer_height = PDF_DPI * 0.35  # about 9 mm for the page number
    page = QSizeF(body.width(), body.height() - footer_height)
    document = build_document(keys, title, page.width(), writer)
    document.setPageSize(page)
    pages = document.pageCount()
    footer_font = QFont(document.defaultFont())
    footer_font.setPointSizeF(9)
    for index in range(pages):
        if index:
            writer.newPage()
        painter.save()
        painter.translate(0, -index * page.height())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, index * page.height(), page.width(), page.height())
        painter.setClipRect(context.clip)  # the layout draws every block the clip touches
        document.documentLayout().draw(painter, context)
        painter.restore()
        if index:  # the title page has no number
            painter.setFont(footer_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            footer = QRectF(
                QPointF(0, body.height() - footer_height * 0.6),
                QSizeF(page.width(), footer_height * 0.6),
            )
            painter.drawText(
                footer, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                f"{index + 1} / {pages}",
            )


def build_document(
    keys: list[str], title: str, width: float, device: QPdfWriter
) -> QTextDocument:
    """The handout's text, laid out for a page ``width`` device pixels wide on ``device``."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Noto Sans", "Arial"])
    font.setPointSizeF(10.5)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    handler = _PlotObject(width * 0.92, document)
    document.documentLayout().registerHandler(PLOT_OBJECT, handler)
    cursor = QTextCursor(document)
    cursor.insertHtml(_title_page_html(keys, title))
    for key in keys:
        cursor.movePosition(QTextCursor.MoveOperation.End)
        heading = QTextBlockFormat()
        heading.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        heading.setBottomMargin(4.0)
        heading_text = QTextCharFormat()
        heading_text.setFontPointSize(18.0)
        heading_text.setFontWeight(QFont.Weight.Bold)
        cursor.insertBlock(heading, heading_text)
        cursor.insertText(core.get(key).name)
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        cursor.insertHtml(_block_head_html(key))
        cursor.insertBlock()
        block_format = cursor.blockFormat()
        block_format.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        cursor.setBlockFormat(block_format)
        plot = QTextCharFormat()
        plot.setObjectType(PLOT_OBJECT)
        plot.setProperty(PLOT_KEY, key)
        cursor.insertText("\ufffc", plot)
        cursor.insertBlock()
        block_format.setAlignment(Qt.AlignmentFlag.AlignLeft)
        cursor.setBlockFormat(block_format)
        cursor.setCharFormat(QTextCharFormat())
        cursor.insertHtml(_block_body_html(key))
    return document


def _title_page_html(keys: list[str], title: str) -> str:
    names = "".join(
        f"<li>{html.escape(core.get(k).name_text())} "
        f"<span style='color:#666'>({html.escape(k)})</span></li>"
        for k in keys
    )
    today = datetime.date.today().isoformat()
    intro = translate(
        "Handout",
        "Each activation on its own page: the plot of f (solid) and its derivative f′ (dashed) "
        "for x from −5 to 5 at the default parameters, the formulas, the parameters, the "
        "properties and what to notice.",
    )
    made = translate("Handout", "Made with actviz {version} on {date}.").format(
        version=html.escape(__version__), date=today
    )
    contents = translate("Handout", "Contents")
    return (
        f"<h1 style='font-size:26pt'>{html.escape(title)}</h1>"
        f"<p style='font-size:12pt'>{html.escape(intro)}</p>"
        f"<h3>{html.escape(contents)}</h3><ol>{names}</ol>"
        f"<p style='color:#666'>{made}</p>"
    )


def _block_head_html(key: str) -> str:
    a = core.get(key)
    return (
        f"<p style='color:#555'>{html.escape(a.family_text())} · "
        f"<code>{html.escape(a.key)}</code></p>"
    )


def _block_body_html(key: str) -> str:
    a = core.get(key)
    rows = "".join(
        f"<tr><td style='padding:2px 14px 2px 4px'>{html.escape(label)}</td>"
        f"<td style='padding:2px 4px'><b>{html.escape(value)}</b></td></tr>"
        for label, value in a.properties.rows()
    )
    params = "".join(
        f"<li><b>{html.escape(p.label_text())}</b> ({html.escape(p.name)}): "
        + html.escape(
            translate("Handout", "{range}, default {default}").format(
                range=p.range_text(), default=_value_text(p.default)
            )
        )
        + (f" — {html.escape(p.tooltip_text())}" if p.tooltip else "")
        + "</li>"
        for p in a.params
    )
    notes = "".join(
        f"<p>{html.escape(par)}</p>" for par in a.notes_text().split("\n\n") if par.strip()
    )
    reference = (
        f"<p style='color:#555'><i>{html.escape(a.reference_text())}</i></p>"
        if a.reference
        else ""
    )
    headings = [
        html.escape(translate("Handout", "Parameters")),
        html.escape(translate("Handout", "Properties")),
        html.escape(translate("Handout", "Notes")),
    ]
    # The catalogue writes formulas as rich text (<sup>, <br>): inserted as such, not escaped.
    return (
        f"<p style=\"{FORMULA_STYLE}\">{a.formula_text()}</p>"
        f"<p style=\"{FORMULA_STYLE}\">{a.derivative_formula_text()}</p>"
        + (f"<h3>{headings[0]}</h3><ul>{params}</ul>" if params else "")
        + f"<h3>{headings[1]}</h3>"
        f"<table border='1' cellspacing='0' style='border-color:#999'>{rows}</table>"
        f"<h3>{headings[2]}</h3>{notes}{reference}"
    )


def _value_text(value: float | str) -> str:
    return value if isinstance(value, str) else format_number(value, "g")
