"""The application icon: the committed PNG sizes (crisp at 16-256 px) plus the SVG for the rest."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from actviz.resource_files import RESOURCES


@cache  # the window, the application and the classroom set it: read the files once
def app_icon() -> QIcon:
    icon = QIcon()
    for png in sorted(RESOURCES.glob("actviz-*.png")):
        icon.addFile(str(png))
    svg = RESOURCES / "actviz.svg"
    if svg.exists():
        icon.addFile(str(svg))
    return icon
