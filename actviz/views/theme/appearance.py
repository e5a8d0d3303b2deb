"""How the app looks in a room: light/dark theme, presentation mode, and colour-blind-safe colours.

One :class:`Appearance` per application. It applies the palette and font to the ``QApplication``,
then brings every *follower* in line and emits :attr:`Appearance.changed`. A follower is any
object with ``apply_appearance(appearance)`` registered with :func:`follow_appearance`: a canvas
that paints its own text, bars or images reads its colours (:meth:`Appearance.canvas_colours`,
:meth:`Appearance.themed`) and sizes (:attr:`Appearance.metrics`) there and repaints. A follower
registered before the Appearance exists (labs are built before the window's classroom features,
or later, when their tab is first shown) is brought in line as soon as there is one; until then
it shows the light theme at normal size, as built. pyqtgraph views follow through
:mod:`actviz.views.theme.plot_styler`, which depends on this module and not the other way round.

Colours are Okabe & Ito's palette ("Color Universal Design", 2008), safe for the common forms
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
from typing import Protocol

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontInfo, QGuiApplication, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyleFactory

from actviz.views.theme.colours import CANVAS as CANVAS
from actviz.views.theme.colours import DARK_CURVES as DARK_CURVES
from actviz.views.theme.colours import LIGHT_CURVES as LIGHT_CURVES
from actviz.views.theme.colours import LIGHT_TO_DARK as LIGHT_TO_DARK
from actviz.views.theme.colours import OKABE_ITO as OKABE_ITO
from actviz.views.theme.colours import PLOT_BACKGROUND as PLOT_BACKGROUND
from actviz.views.theme.colours import PLOT_FOREGROUND as PLOT_FOREGROUND
from actviz.views.theme.colours import CanvasColours as CanvasColours
from actviz.views.theme.colours import contrast_ratio as contrast_ratio
from actviz.views.theme.colours import dark_palette as dark_palette
from actviz.views.theme.colours import relative_luminance as relative_luminance
from actviz.views.theme.colours import themed_colour as themed_colour

THEMES = ("system", "light", "dark")

@dataclass(frozen=True)
class Metrics:
    """Sizes a panel should draw with; all grow together in presentation mode."""

    scale: float  # multiply your own base sizes (pens, markers) by this
    font_scale: float  # multiply your own text sizes by this
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


class AppearanceFollower(Protocol):
    """Anything that brings itself in line with the theme and presentation mode."""

    def apply_appearance(self, appearance: Appearance) -> None: ...


_followers: weakref.WeakSet[AppearanceFollower] = weakref.WeakSet()


def follow_appearance(follower: AppearanceFollower) -> None:
    """Call ``follower.apply_appearance`` now if the application has an applied Appearance,
    and again after every change of theme or presentation mode, for as long as it lives.

    Only a weak reference is kept; a follower that is a QObject is forgotten once Qt deletes it.
    """
    _followers.add(follower)
    appearance = current_appearance()
    if appearance is not None and appearance.applied:
        follower.apply_appearance(appearance)


def canvas_colours(appearance: Appearance | None) -> CanvasColours:
    """``appearance``'s canvas colours, or the light theme's when there is no Appearance yet."""
    return appearance.canvas_colours() if appearance is not None else CANVAS["light"]


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
            font_scale=table["font"],
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

    def canvas_colours(self) -> CanvasColours:
        return CANVAS["dark" if self.is_dark() else "light"]

    # Applying ------------------------------------------------------------------------------------
    def apply(self) -> None:
        """Push palette and font to the application, bring every follower in line, then emit
        :attr:`changed`.

        pyqtgraph's global defaults are left alone on purpose: each view is themed by its own
        follower, so a view that was built for the light theme is never half-restyled.
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
        for follower in list(_followers):
            if isinstance(follower, QObject) and not shiboken6.isValid(follower):
                _followers.discard(follower)  # Qt deleted it; Python still holds the wrapper
                continue
            try:
                follower.apply_appearance(self)
            except RuntimeError as error:
                # Half torn down: pyqtgraph's GraphicsView.close() deletes the view's items
                # before the view itself goes. Such a follower never shows again.
                if "already deleted" not in str(error):
                    raise
                _followers.discard(follower)
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

    def themed(self, base: QColor) -> QColor:
        """The colour to draw ``base`` (a light-theme colour, as panels create them) with now.

        In the dark theme each Okabe-Ito member moves to another (:data:`LIGHT_TO_DARK`, one to
        one, so distinct curves stay distinct), white becomes the plot background and other
        greys keep their contrast with the canvas (ink turns light, a faint grid stays faint).
        Alpha is kept.
        Other colours stay.
        """
        return themed_colour(base, dark=self.is_dark())

    def _on_system_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._theme == "system" and self._applied_dark is not None:
            self.apply()
