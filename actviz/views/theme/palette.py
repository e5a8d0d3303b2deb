"""Curve colours: Okabe & Ito's colour-blind-safe palette (light-theme members), and line styles.

Slot 0 is f, slot 1 is f'; overlays take slots 2, 3, ... A dark theme moves each slot to a member
legible there (see ``actviz.views.theme.appearance``), so always pick colours by slot through here.

Colour is never the only difference: f is solid, f' dashed, and each pinned curve has a dash
pattern of its own (:func:`overlay_dashes`), named in words for screen readers and lists
(:func:`overlay_style_text`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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


# Dash patterns of pinned curves, by colour slot, in pen widths (Qt's custom dash pattern).
# None is solid (f) or Qt's plain dash (f', 4 on 2), and each repeats within the 20 px of a
# legend swatch at a 2 px pen, so the legend shows it too.
_OVERLAY_DASHES: tuple[tuple[float, ...], ...] = (
    (1.0, 2.0),  # dotted
    (4.0, 2.0, 1.0, 2.0),  # dash-dot
    (3.0, 1.5, 1.0, 1.5, 1.0, 1.5),  # dash-dot-dot
    (6.0, 1.5, 2.0, 1.5),  # long and short dashes
    (1.0, 4.0),  # sparse dots
    (2.0, 1.0, 2.0, 4.0),  # pairs of dashes
)


def overlay_dashes(colour_index: int) -> list[float]:
    """The dash pattern (in pen widths) of overlay slot ``colour_index`` (cycles past the end)."""
    return list(_OVERLAY_DASHES[colour_index % len(_OVERLAY_DASHES)])


def overlay_style_text(colour_index: int) -> str:
    """The line style of overlay slot ``colour_index`` in words, in the learner's language."""
    index = colour_index % len(_OVERLAY_DASHES)
    names = (
        QCoreApplication.translate("CurveStyle", "dotted line"),
        QCoreApplication.translate("CurveStyle", "dash-dot line"),
        QCoreApplication.translate("CurveStyle", "dash-dot-dot line"),
        QCoreApplication.translate("CurveStyle", "long and short dashes"),
        QCoreApplication.translate("CurveStyle", "sparse dots"),
        QCoreApplication.translate("CurveStyle", "pairs of dashes"),
    )
    return names[index]
