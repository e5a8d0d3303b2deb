"""Curve colours: Okabe & Ito's colour-blind-safe palette (light-theme members).

Slot 0 is f, slot 1 is f'; overlays take slots 2, 3, ... A dark theme moves each slot to a member
legible there (see ``actviz.views.theme.appearance``), so always pick colours by slot through here.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from actviz.views.theme.appearance import LIGHT_CURVES, OKABE_ITO

FUNCTION_SLOT = 0
DERIVATIVE_SLOT = 1
_OVERLAY_NAMES = ("bluish_green", "reddish_purple", "orange", "sky_blue", "black", "yellow")


def function_color() -> QColor:
    return QColor(OKABE_ITO[LIGHT_CURVES[FUNCTION_SLOT]])


def derivative_color() -> QColor:
    return QColor(OKABE_ITO[LIGHT_CURVES[DERIVATIVE_SLOT]])


def overlay_color(colour_index: int) -> QColor:
    """The colour of overlay slot ``colour_index`` (cycles past the end)."""
    return QColor(OKABE_ITO[_OVERLAY_NAMES[colour_index % len(_OVERLAY_NAMES)]])
