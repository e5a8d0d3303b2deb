"""Figures, handouts and cheat sheets as files: read back with Qt, pypdf and an XML parser.

Page counts follow the declared layout (a title page, then a page per activation), text is
checked against the catalogue's own names, keys and formulas, and "vector" means the PDF holds no
bitmap at all.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage

import actviz
from actviz import core
from actviz.views.publish.cheat_sheet import PAGES, PNG_SCALE, grid_shape
from actviz.views.theme.appearance import LIGHT_CURVES, OKABE_ITO

POINTS_PER_MM = 72 / 25.4


def pdf_text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def squeeze(text: str) -> str:
    """Text without spaces or line breaks, ligatures undone, for comparing extracted text."""
    text = text.replace("\ufb01", "fi").replace("\ufb02", "fl")
    return re.sub(r"\s+", "", text)


def plain(rich: str) -> str:
    """The catalogue's rich-text formula as the words a reader sees."""
    return html.unescape(re.sub(r"<[^>]+>", "", rich.replace("<br>", " ")))


def images_in(path: Path) -> int:
    count = 0
    for page in PdfReader(path).pages:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        for ref in xobjects.values():
            if ref.get_object().get("/Subtype") == "/Image":
                count += 1
    return count


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# render ----------------------------------------------------------------------------------------
def test_a_png_figure_has_its_size_and_the_curve_colours(qapp, tmp_path: Path) -> None:
    path = actviz.render("relu", tmp_path / "relu.png", size=(640, 400))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (640, 400)
    colours = {image.pixelColor(x, y).name() for x in range(0, 640, 2) for y in range(0, 400, 2)}
    assert "#ffffff" in colours
    assert OKABE_ITO[LIGHT_CURVES[0]].lower() in colours  # f
    assert OKABE_ITO[LIGHT_CURVES[1]].lower() in colours  # f'


def test_without_the_derivative_only_f_is_drawn(qapp, tmp_path: Path) -> None:
    path = actviz.render("relu", tmp_path / "relu.png", derivative=False)
    image = QImage(str(path))
    colours = {image.pixelColor(x, y).name() for x in range(0, 800, 2) for y in range(0, 500, 2)}
    assert OKABE_ITO[LIGHT_CURVES[1]].lower() not in colours


def test_the_dark_theme_paints_a_dark_background(qapp, tmp_path: Path) -> None:
    image = QImage(str(actviz.render("tanh", tmp_path / "t.png", theme="dark")))
    assert QColor(image.pixel(2, 2)).lightness() < 60


def test_an_svg_figure_is_vector_and_titled(qapp, tmp_path: Path) -> None:
    path = actviz.render(
        "leaky_relu", tmp_path / "l.svg", params={"negative_slope": 0.2}, x_range=(-3.0, 3.0)
    )
    root = ET.parse(path).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg"
    assert root.findall(f".//{ns}image") == []
    assert len(root.findall(f".//{ns}path")) >= 2
    texts = "".join(t.text or "" for t in root.iter(f"{ns}text"))
    assert "Leaky ReLU (negative_slope = 0.2)" in texts
    assert "\u22123" in texts and "3" in texts  # the x range's ends, with a true minus


def test_a_pdf_figure_is_one_vector_page_of_the_size_asked(qapp, tmp_path: Path) -> None:
    path = actviz.render("gelu", tmp_path / "g.pdf", size=(960, 480))
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((720, 360), abs=1)  # 96 dpi
    assert images_in(path) == 0
    assert "GELU" in pdf_text(path)[0]


def test_an_unwritable_figure_leaves_nothing(qapp, tmp_path: Path) -> None:
    (tmp_path / "taken.png").mkdir()  # a folder where the file should go
    with pytest.raises(OSError):
        actviz.render("relu", tmp_path / "taken.png")
    with pytest.raises(OSError):
        actviz.render("relu", tmp_path / "missing" / "x.png")
    assert leftovers(tmp_path) == ["taken.png"]


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"path": "x.bmp"}, "suffix"),
        ({"key": "nope"}, "nope"),
        ({"params": {"negative_slope": -1}}, "negative_slope"),
        ({"size": (0, 10)}, "16 to"),
        ({"theme": "blue"}, "theme"),
        ({"x_range": (2.0, 1.0)}, "x_range"),
        ({"derivative": "no"}, "derivative"),
    ],
)
def test_render_refuses_bad_arguments_by_name(
    qapp, tmp_path: Path, kwargs: dict, match: str
) -> None:
    args = {"key": "leaky_relu", "path": "x.png", **kwargs}
    with pytest.raises((ValueError, KeyError), match=match):
        actviz.render(args.pop("key"), tmp_path / args.pop("path"), **args)
    assert leftovers(tmp_path) == []


# handout ---------------------------------------------------------------------------------------
def test_a_handout_of_three_has_a_title_page_and_a_page_each(qapp, tmp_path: Path) -> None:
    keys = ["sigmoid", "relu", "leaky_relu"]
    path = actviz.handout(tmp_path / "three.pdf", keys)
    pages = pdf_text(path)
    assert len(pages) == 1 + len(keys)
    for key in keys:
        assert squeeze(f"{core.get(key).name}({key})") in squeeze(pages[0])  # the contents
    for page, key in zip(pages[1:], keys, strict=True):
        activation = core.get(key)
        text = squeeze(page)
        assert squeeze(activation.name) in text
        assert key in text
        assert squeeze(plain(activation.formula)) in text
        assert squeeze(plain(activation.derivative_formula)) in text
        for label, value in activation.properties.rows():
            assert squeeze(label) in text and squeeze(value) in text
    assert "3/4" in squeeze(pages[2])  # page numbers
    assert images_in(path) == 0  # the plots are vector graphics


@pytest.mark.parametrize(("page", "size_mm"), [("A4", (210, 297)), ("Letter", (215.9, 279.4))])
def test_every_activation_fits_its_page(qapp, tmp_path: Path, page: str, size_mm: tuple) -> None:
    path = actviz.handout(tmp_path / "all.pdf", page_size=page)
    reader = PdfReader(path)
    assert len(reader.pages) == 1 + len(core.names())
    box = reader.pages[0].mediabox
    expected = (size_mm[0] * POINTS_PER_MM, size_mm[1] * POINTS_PER_MM)
    assert (float(box.width), float(box.height)) == pytest.approx(expected, abs=1)


def test_a_family_handout_holds_that_family(qapp, tmp_path: Path) -> None:
    family = "Shrinkage"
    members = [a.key for a in core.by_family()[family]]
    pages = pdf_text(actviz.handout(tmp_path / "s.pdf", family=family, title="Shrinkers"))
    assert len(pages) == 1 + len(members)
    assert "Shrinkers" in pages[0]


@pytest.mark.parametrize(
    ("args", "kwargs", "match"),
    [
        (("h.pdf", ["relu", "nope"]), {}, "nope"),
        (("h.pdf", []), {}, "at least one"),
        (("h.pdf", "relu"), {}, "list"),
        (("h.pdf",), {"family": "Strange"}, "family"),
        (("h.pdf", ["relu"]), {"family": "Classic"}, "not both"),
        (("h.pdf",), {"page_size": "A5"}, "page size"),
        (("h.txt",), {}, "pdf"),
    ],
)
def test_handout_refuses_bad_arguments(qapp, tmp_path: Path, args, kwargs, match) -> None:
    with pytest.raises(ValueError, match=match):
        actviz.handout(tmp_path / args[0], *args[1:], **kwargs)
    assert leftovers(tmp_path) == []


# cheat sheet -----------------------------------------------------------------------------------
def test_the_cheat_sheet_pdf_is_one_landscape_page_with_every_key(qapp, tmp_path: Path) -> None:
    path = actviz.cheatsheet(tmp_path / "sheet.pdf")
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    text = squeeze(pdf_text(path)[0])
    missing = [key for key in core.names() if squeeze(f"·{key}") not in text]
    assert missing == []
    assert images_in(path) == 0


def test_the_cheat_sheet_svg_titles_every_plot_by_name_and_key(qapp, tmp_path: Path) -> None:
    path = actviz.cheatsheet(tmp_path / "sheet.svg")
    ns = "{http://www.w3.org/2000/svg}"
    texts = [t.text or "" for t in ET.parse(path).getroot().iter(f"{ns}text")]
    untitled = [k for k in core.names() if not any(t.endswith(f" · {k}") for t in texts)]
    assert untitled == []


def test_the_cheat_sheet_png_is_twice_the_page(qapp, tmp_path: Path) -> None:
    image = QImage(str(actviz.cheatsheet(tmp_path / "sheet.png", page_size="Letter")))
    width, height = PAGES["Letter"]
    assert (image.width(), image.height()) == (width * PNG_SCALE, height * PNG_SCALE)


@pytest.mark.parametrize("count", [1, 2, 7, 30, 31, 60])
def test_the_grid_holds_every_plot_without_an_empty_row(count: int) -> None:
    columns, rows = grid_shape(count, 1100.0, 720.0)
    assert columns * rows >= count
    assert columns * (rows - 1) < count
