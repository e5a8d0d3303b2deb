"""Colours of the training lab: orange for -1 (negative), blue for +1 (positive), as in Playground.

Orange and blue from Okabe & Ito's palette stay distinct for the common forms of colour blindness
(ColorBrewer's PuOr family rests on the same pair). The map is a diverging scale from a tint of
orange at -1 through a neutral near the plot background at 0 to a tint of blue at +1, so the
full-strength points stay visible on it; the dark theme uses a lighter blue and a dark neutral.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PySide6.QtGui import QBrush, QColor, QPen

from actviz.views.theme.appearance import OKABE_ITO

LUT_SIZE = 256
_NEGATIVE = OKABE_ITO["orange"]
_POSITIVE = {"light": OKABE_ITO["blue"], "dark": OKABE_ITO["sky_blue"]}
_NEUTRAL = {"light": "#F7F7F7", "dark": "#24272D"}
_MAP_STRENGTH = 0.62  # share of the class colour at the ends of the map (the rest is neutral)
_OUTLINE = {"light": "#FFFFFF", "dark": "#101114"}
_TEST_OUTLINE = {"light": "#202124", "dark": "#F0F0F0"}


def _theme(dark: bool) -> str:
    return "dark" if dark else "light"


def negative_color(dark: bool = False) -> QColor:
    return QColor(_NEGATIVE)


def positive_color(dark: bool = False) -> QColor:
    return QColor(_POSITIVE[_theme(dark)])


def class_color(label: float, dark: bool = False) -> QColor:
    """The colour of a point labelled ``label`` (its sign decides; 0 counts as +1)."""
    return negative_color(dark) if label < 0 else positive_color(dark)


def outline_pen(dark: bool, *, test: bool = False, width: float = 1.0) -> QPen:
    pen = QPen(QColor((_TEST_OUTLINE if test else _OUTLINE)[_theme(dark)]))
    pen.setWidthF(width)
    pen.setCosmetic(True)
    return pen


def _rgb(name: str) -> npt.NDArray[np.float64]:
    color = QColor(name)
    return np.array([color.red(), color.green(), color.blue()], dtype=np.float64)


def diverging_lut(
    dark: bool, *, discrete: bool = False, strength: float = _MAP_STRENGTH
) -> npt.NDArray[np.uint8]:
    """A (n, 3) lookup table for values from -1 (first row) to +1 (last row).

    ``discrete`` gives two rows: every value below 0 is orange, every other value blue.
    """
    theme = _theme(dark)
    neutral = _rgb(_NEUTRAL[theme])
    low = neutral + strength * (_rgb(_NEGATIVE) - neutral)
    high = neutral + strength * (_rgb(_POSITIVE[theme]) - neutral)
    if discrete:
        return np.array([low, high]).round().astype(np.uint8)
    t = np.linspace(-1.0, 1.0, LUT_SIZE)[:, None]
    rows = np.where(t < 0, neutral + (-t) * (low - neutral), neutral + t * (high - neutral))
    return np.asarray(rows.round().astype(np.uint8))


def colorize(
    values: npt.NDArray[np.float64],
    lut: npt.NDArray[np.uint8],
    low: float = -1.0,
    high: float = 1.0,
) -> npt.NDArray[np.uint8]:
    """``values`` as RGB through ``lut`` (values clipped to [low, high]; NaN shows as ``low``).

    pyqtgraph would apply the table itself, but it rebuilds a Qt colour table on every redraw
    of every image; a ready RGB array goes straight into the QImage.
    """
    if len(lut) == 2:  # discrete: the class, by the value's side of the middle
        return lut[(values >= (low + high) / 2).astype(np.intp)]
    scale = (len(lut) - 1) / (high - low) if high > low else 0.0
    with np.errstate(invalid="ignore", over="ignore"):
        index = (values - low) * scale + 0.5
    np.clip(index, 0, len(lut) - 1, out=index)  # also takes +-inf to the ends
    index[np.isnan(index)] = 0.0
    return lut[index.astype(np.intp)]


def value_brushes(values: npt.NDArray[np.float64], dark: bool) -> list[QBrush]:
    """A brush per regression value on the full-strength scale (values clipped to [-1, 1])."""
    lut = diverging_lut(dark, strength=1.0)
    index = np.clip(((np.nan_to_num(values) + 1.0) / 2.0 * (LUT_SIZE - 1)).round(), 0, LUT_SIZE - 1)
    return [QBrush(QColor(*(int(c) for c in lut[int(i)]))) for i in index]


def link_color(weight: float, dark: bool) -> QColor:
    """Links: blue for a positive weight, orange for a negative one, grey for exactly zero."""
    if weight == 0:
        return QColor("#8A8F98")
    return class_color(weight, dark)
