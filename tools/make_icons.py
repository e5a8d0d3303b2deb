"""Render ``actviz/resources/actviz.svg`` to the PNG sizes desktops ask for (16..256 px).

Run after editing the SVG, and commit the PNGs:  ``python tools/make_icons.py``.
The app and ``actviz --install-desktop`` use the committed files, so no SVG renderer is needed at
install time and the bundle gets crisp small icons.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

RESOURCES = Path(__file__).resolve().parent.parent / "actviz" / "resources"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int, out: Path) -> None:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"could not write {out}")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (needed to paint)
    svg = RESOURCES / "actviz.svg"
    for size in SIZES:
        out = RESOURCES / f"actviz-{size}.png"
        render(svg, size, out)
        print(f"wrote {out.relative_to(RESOURCES.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
