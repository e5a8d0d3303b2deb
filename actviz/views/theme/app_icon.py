"""The application icon: the committed PNG sizes (crisp at 16-256 px) plus the SVG for the rest."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from actviz.desktop_entry import RESOURCES


def app_icon() -> QIcon:
    icon = QIcon()
    for png in sorted(RESOURCES.glob("actviz-*.png")):
        icon.addFile(str(png))
    svg = RESOURCES / "actviz.svg"
    if svg.exists():
        icon.addFile(str(svg))
    return icon
