"""The colours of the app's two themes, for people with every kind of colour vision.

Okabe & Ito's palette ("Color Universal Design", 2008), the dark theme's one-to-one partner of
each member (:func:`themed_colour`), colours by meaning for painted canvases
(:class:`CanvasColours`), the WCAG 2.1 contrast maths that chose them, and the dark palette for
Fusion. :mod:`actviz.views.theme.appearance` applies them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
}
PLOT_BACKGROUND = {"light": "#FFFFFF", "dark": "#16181C"}
PLOT_FOREGROUND = {"light": "#202124", "dark": "#D0D4DA"}
# Plots are built with light-theme colours; the dark theme redraws each Okabe-Ito member as
# another, one to one (so distinct curves stay distinct), keeping 3:1 contrast on the dark
# background. Black becomes yellow and yellow white; white fills become the background, and the
# light theme's ink the dark theme's.
LIGHT_TO_DARK = {
    OKABE_ITO["blue"]: OKABE_ITO["orange"],
    OKABE_ITO["vermillion"]: OKABE_ITO["sky_blue"],
    OKABE_ITO["orange"]: OKABE_ITO["vermillion"],
    OKABE_ITO["sky_blue"]: OKABE_ITO["blue"],
    OKABE_ITO["bluish_green"]: OKABE_ITO["bluish_green"],
    OKABE_ITO["reddish_purple"]: OKABE_ITO["reddish_purple"],
    OKABE_ITO["black"]: OKABE_ITO["yellow"],
    OKABE_ITO["yellow"]: "#FFFFFF",
    "#FFFFFF": PLOT_BACKGROUND["dark"],
    PLOT_FOREGROUND["light"]: PLOT_FOREGROUND["dark"],  # ink
}
# Slot 0 is f, slot 1 is f'; the rest go to overlays in order. Each light member keeps 3:1
# contrast on white; the dark list is the same slots through LIGHT_TO_DARK.
LIGHT_CURVES = ("blue", "vermillion", "bluish_green", "reddish_purple", "black")
DARK_CURVES = ("orange", "sky_blue", "bluish_green", "reddish_purple", "yellow")
# Greys (all three channels within this of each other) are ink, grid or paper, not data: the
# dark theme gives each the grey that stands as far off the dark background as it stood off
# white (the same contrast ratio), so dark text turns light and a faint grid stays faint.
_GREY_SPREAD = 10


@dataclass(frozen=True)
class CanvasColours:
    """Colours by meaning, for widgets that paint their own canvas (one set per theme).

    Text roles keep 4.5:1 against the window and canvas of their theme, graphics 3:1.
    """

    background: QColor  # the canvas, as behind a plot
    text: QColor  # numbers and labels
    muted: QColor  # secondary text and lines
    surface: QColor  # filled shapes on the canvas (the neuron's nodes), label patches
    positive: QColor  # a positive gradient (blue in both themes)
    negative: QColor  # a negative gradient (orange-red in both themes)
    neutral: QColor  # exactly zero
    error: QColor  # a refused input, a blow-up (text on the window background)
    warning: QColor  # a plain-words diagnosis (text on the window background)
    low: QColor  # a diverging colour scale: most negative ...
    high: QColor  # ... most positive (its middle is the background)


def _canvas(**colours: str) -> CanvasColours:
    return CanvasColours(**{name: QColor(value) for name, value in colours.items()})


CANVAS = {
    "light": _canvas(
        background=PLOT_BACKGROUND["light"], text=PLOT_FOREGROUND["light"], muted="#5F6368",
        surface="#F4F6FA", positive=OKABE_ITO["blue"], negative=OKABE_ITO["vermillion"],
        neutral="#767676", error="#B00020", warning="#A04000",
        low=OKABE_ITO["blue"], high=OKABE_ITO["vermillion"],
    ),
    "dark": _canvas(
        background=PLOT_BACKGROUND["dark"], text=PLOT_FOREGROUND["dark"], muted="#9AA0A6",
        surface="#262A30", positive=OKABE_ITO["sky_blue"], negative=OKABE_ITO["orange"],
        neutral="#8A8F98", error="#FF8A80", warning="#FFB74D",
        low=OKABE_ITO["sky_blue"], high=OKABE_ITO["orange"],
    ),
}  # fmt: skip


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour (0 black ... 1 white)."""
    linear = []
    for channel in (colour.redF(), colour.greenF(), colour.blueF()):
        linear.append(channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4)
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2.1 contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def themed_colour(base: QColor, *, dark: bool) -> QColor:
    """:meth:`Appearance.themed` for a given theme."""
    if not dark:
        return QColor(base)
    target = LIGHT_TO_DARK.get(base.name().upper())
    if target is not None:
        color = QColor(target)
    elif (
        max(base.red(), base.green(), base.blue()) - min(base.red(), base.green(), base.blue())
        <= _GREY_SPREAD
    ):
        color = _grey_with_contrast(contrast_ratio(base, QColor("#FFFFFF")))
    else:
        return QColor(base)
    color.setAlpha(base.alpha())
    return color


def _grey_with_contrast(ratio: float) -> QColor:
    """The grey that stands ``ratio``:1 off the dark plot background (white if none does)."""
    background = relative_luminance(QColor(PLOT_BACKGROUND["dark"]))
    luminance = min(1.0, ratio * (background + 0.05) - 0.05)
    if luminance <= 0.0031308:
        channel = 12.92 * luminance
    else:
        channel = 1.055 * luminance ** (1 / 2.4) - 0.055
    value = round(255 * min(1.0, max(0.0, channel)))
    return QColor(value, value, value)


def dark_palette() -> QPalette:
    """A calm dark palette for Fusion: readable text, visible focus and selection."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#1F2227",
        QPalette.ColorRole.WindowText: "#E6E6E6",
        QPalette.ColorRole.Base: "#16181C",
        QPalette.ColorRole.AlternateBase: "#262A30",
        QPalette.ColorRole.ToolTipBase: "#2B2F36",
        QPalette.ColorRole.ToolTipText: "#E6E6E6",
        QPalette.ColorRole.PlaceholderText: "#8A8F98",
        QPalette.ColorRole.Text: "#E6E6E6",
        QPalette.ColorRole.Button: "#2B2F36",
        QPalette.ColorRole.ButtonText: "#E6E6E6",
        QPalette.ColorRole.BrightText: "#FF6B6B",
        QPalette.ColorRole.Light: "#3A3F47",
        QPalette.ColorRole.Midlight: "#30343B",
        QPalette.ColorRole.Mid: "#2A2E34",
        QPalette.ColorRole.Dark: "#111316",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Highlight: "#3D7AB8",
        QPalette.ColorRole.HighlightedText: "#FFFFFF",
        QPalette.ColorRole.Link: "#56B4E9",
        QPalette.ColorRole.LinkVisited: "#CC79A7",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor("#6B7079"))
    return palette
