"""How the app looks in a room: light/dark theme, presentation mode, and colour-blind-safe curves.

One :class:`Appearance` per application. It applies the palette and font to the ``QApplication`` and
tells everyone else through :attr:`Appearance.changed`; a panel that draws its own things (pens,
markers, readout fonts) listens to that signal and reads :attr:`Appearance.metrics`,
:meth:`Appearance.curve_color` and :meth:`Appearance.curve_pen`. :meth:`Appearance.style_plot`
restyles an existing pyqtgraph plot (background, axes, and the width of every curve and marker in
it), so a plot that does nothing special still follows.

Curve colours are Okabe & Ito's palette ("Color Universal Design", 2008), safe for the common forms
of colour blindness. Each theme uses only the members that keep at least 3:1 contrast against its
plot background (WCAG 2.1, 1.4.11 non-text contrast): orange and sky blue vanish on white, blue and
black on near-black.

The desktop's own look wins where the learner chose it: following the system (the default
theme), the application keeps the palette it was given (a high-contrast one, a custom colour
scheme) and is light or dark as that palette is; only a dark desktop that gives no dark palette
gets the app's dark one. The font the desktop gave (its family and size, points or pixels) is
kept as it is outside presentation mode, which only scales it.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontInfo, QGuiApplication, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")

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
# background. Black becomes yellow and yellow white; white fills become the background.
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
}
# Slot 0 is f, slot 1 is f'; the rest go to overlays in order. Each light member keeps 3:1
# contrast on white; the dark list is the same slots through LIGHT_TO_DARK.
LIGHT_CURVES = ("blue", "vermillion", "bluish_green", "reddish_purple", "black")
DARK_CURVES = ("orange", "sky_blue", "bluish_green", "reddish_purple", "yellow")


@dataclass(frozen=True)
class Metrics:
    """Sizes a panel should draw with; all grow together in presentation mode."""

    scale: float  # multiply your own base sizes by this
    font_point_size: float  # the app font
    readout_point_size: float  # numbers a room must read from the back
    line_width: float  # curves, in pixels (cosmetic pens)
    marker_size: float  # operating points, jump end points, in pixels


NORMAL = {"scale": 1.0, "font": 1.0, "readout": 1.2, "line": 2.0, "marker": 8.0}
PRESENTATION = {"scale": 2.0, "font": 1.6, "readout": 2.4, "line": 5.0, "marker": 16.0}


_current: weakref.ReferenceType[Appearance] | None = None

# The palette and font the application had before an Appearance changed them: the desktop's (or
# what the user started the app with), possibly high-contrast or large. ``_applied`` is what
# apply() last set, so a later Appearance (a second window) does not take actviz's own look for
# the desktop's, while a palette or font someone else set since is taken as the new system one.
_system_palette: QPalette | None = None
_system_font: QFont | None = None
_applied: tuple[QPalette, QFont] | None = None


def _capture_system_look(app: QApplication) -> tuple[QPalette, QFont]:
    global _system_palette, _system_font
    palette, font = app.palette(), app.font()
    if _system_palette is None or _applied is None or palette != _applied[0]:
        _system_palette = QPalette(palette)
    if _system_font is None or _applied is None or font != _applied[1]:
        _system_font = QFont(font)
    return QPalette(_system_palette), QFont(_system_font)


def is_dark_palette(palette: QPalette) -> bool:
    """Whether ``palette`` draws light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def high_contrast_wanted() -> bool:
    """Whether the desktop asks applications for high contrast (Qt's accessibility hints)."""
    hints = QGuiApplication.styleHints()
    accessibility = hints.accessibility()
    return bool(accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast)


def current_appearance() -> Appearance | None:
    """The application's :class:`Appearance` (the latest created), or None before there is one.

    A panel built before the window's classroom features can look it up when it is shown and
    connect to :attr:`Appearance.changed` to resize its readouts or recolour its own drawing.
    """
    return _current() if _current is not None else None


class Appearance(QObject):
    """Theme and presentation mode for one application; emits :attr:`changed` after applying."""

    changed = Signal()

    def __init__(self, app: QApplication | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        instance = app or QApplication.instance()
        if not isinstance(instance, QApplication):
            raise RuntimeError("Appearance needs a QApplication")
        self._app = instance
        self._system_palette, self._system_font = _capture_system_look(instance)
        # Points even for a font sized in pixels, so presentation mode can scale either.
        self._base_point_size = QFontInfo(self._system_font).pointSizeF()
        if self._base_point_size <= 0:
            self._base_point_size = 10.0
        self._theme = "system"
        self._presentation = False
        self._applied_dark: bool | None = None
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_system_scheme_changed)
        hints.accessibility().contrastPreferenceChanged.connect(self._on_system_scheme_changed)
        global _current
        _current = weakref.ref(self)

    # State -------------------------------------------------------------------------------------
    @property
    def theme(self) -> str:
        return self._theme

    @property
    def presentation(self) -> bool:
        return self._presentation

    def set_theme(self, theme: str) -> None:
        """``"system"`` (follow the desktop), ``"light"`` or ``"dark"``."""
        if theme not in THEMES:
            raise ValueError(f"unknown theme {theme!r}; choose one of {', '.join(THEMES)}")
        if theme == self._theme and self.applied:
            return
        self._theme = theme
        self.apply()

    def set_presentation(self, on: bool) -> None:
        on = bool(on)
        if on == self._presentation and self.applied:
            return
        self._presentation = on
        self.apply()

    @property
    def applied(self) -> bool:
        """Whether :meth:`apply` ran at least once (the first set_* call always applies)."""
        return self._applied_dark is not None

    def is_dark(self) -> bool:
        """The effective theme; following the system, the system palette's when it is kept,
        else dark (a dark desktop that gave no dark palette)."""
        if self._theme == "system":
            return is_dark_palette(self._system_palette) if self.keeps_system_palette() else True
        return self._theme == "dark"

    def keeps_system_palette(self) -> bool:
        """Whether the application shows the system's own palette: when following the system,
        unless the desktop is dark and its palette is not (Qt's default palette under a dark
        desktop that provides none) and no high contrast is asked for."""
        if self._theme != "system":
            return False
        if high_contrast_wanted() or is_dark_palette(self._system_palette):
            return True
        return QGuiApplication.styleHints().colorScheme() != Qt.ColorScheme.Dark

    @property
    def metrics(self) -> Metrics:
        table = PRESENTATION if self._presentation else NORMAL
        return Metrics(
            scale=table["scale"],
            font_point_size=self._base_point_size * table["font"],
            readout_point_size=self._base_point_size * table["readout"],
            line_width=table["line"],
            marker_size=table["marker"],
        )

    # Colours -------------------------------------------------------------------------------------
    def curve_colors(self) -> tuple[QColor, ...]:
        names = DARK_CURVES if self.is_dark() else LIGHT_CURVES
        return tuple(QColor(OKABE_ITO[name]) for name in names)

    def curve_color(self, index: int) -> QColor:
        """Colour for curve ``index`` (0 = f, 1 = f', then overlays), cycling past the end."""
        colors = self.curve_colors()
        return colors[index % len(colors)]

    def curve_pen(self, index: int, *, dashed: bool = False, width: float | None = None) -> QPen:
        pen = QPen(self.curve_color(index))
        pen.setCosmetic(True)
        pen.setWidthF(self.metrics.line_width if width is None else width * self.metrics.scale)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen

    def plot_background(self) -> QColor:
        return QColor(PLOT_BACKGROUND["dark" if self.is_dark() else "light"])

    def plot_foreground(self) -> QColor:
        return QColor(PLOT_FOREGROUND["dark" if self.is_dark() else "light"])

    # Applying ------------------------------------------------------------------------------------
    def apply(self) -> None:
        """Push palette and font to the application, then emit :attr:`changed`.

        pyqtgraph's global defaults are left alone on purpose: panels that paint their own white
        canvas with pyqtgraph's default text colour stay readable in either theme; plots are
        themed one by one through :meth:`style_plot`.
        """
        dark = self.is_dark()
        if self._app.style().name().lower() != "fusion":
            # Fusion honours a custom palette on every platform; native styles may ignore it.
            fusion = QStyleFactory.create("Fusion")
            if fusion is not None:
                self._app.setStyle(fusion)
        self._app.setPalette(self.palette_for(dark))
        self._app.setFont(self.font())
        global _applied
        _applied = (QPalette(self._app.palette()), QFont(self._app.font()))
        self._applied_dark = dark
        self.changed.emit()

    def palette_for(self, dark: bool) -> QPalette:
        """The application palette: the system's when it is kept (:meth:`keeps_system_palette`),
        else the app's light or dark one."""
        if self.keeps_system_palette():
            return QPalette(self._system_palette)
        return dark_palette() if dark else self._app.style().standardPalette()

    def font(self) -> QFont:
        """The application font: the system's, scaled up in presentation mode."""
        font = QFont(self._system_font)
        if self._presentation:
            font.setPointSizeF(self.metrics.font_point_size)
        return font

    def style_plot(self, plot: pg.GraphicsView) -> None:
        """Restyle ``plot`` now and keep it in step: background, axes, legend, title, the colour
        and width of every curve and the size of every marker, including items added later.
        See :mod:`actviz.views.theme.plot_styler`."""
        from actviz.views.theme.plot_styler import PlotStyler

        PlotStyler.for_plot(self, plot).restyle()

    def themed(self, base: QColor) -> QColor:
        """The colour to draw ``base`` (a light-theme colour, as plots create them) with now.

        In the dark theme each Okabe-Ito member moves to another (:data:`LIGHT_TO_DARK`, one to
        one, so distinct curves stay distinct) and white fills become the plot background.
        Other colours stay.
        """
        if not self.is_dark():
            return QColor(base)
        target = LIGHT_TO_DARK.get(base.name().upper())
        if target is None:
            return QColor(base)
        color = QColor(target)
        color.setAlpha(base.alpha())
        return color

    def _on_system_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._theme == "system" and self._applied_dark is not None:
            self.apply()


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
