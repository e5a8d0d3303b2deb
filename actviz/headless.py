"""Figures, handouts, cheat sheets and animations without a window: for scripts and notebooks.

``actviz.render``, ``actviz.handout``, ``actviz.cheatsheet`` and ``actviz.animate`` are these
functions (loaded on first use, so ``import actviz`` stays light), and the ``actviz render`` /
``handout`` / ``cheatsheet`` / ``animate`` commands call them. Each writes one file atomically
and returns its path. Bad arguments raise ``ValueError`` (``KeyError`` for an unknown
activation), naming the argument; a file that cannot be written raises ``OSError`` and leaves
nothing behind.

Qt is needed to paint. If no ``QApplication`` exists one is made; on Linux without a display
(no ``DISPLAY`` nor ``WAYLAND_DISPLAY``) it uses Qt's offscreen platform, so this works over
SSH, in CI and in a headless notebook kernel.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from actviz import core
from actviz.core.figure import DEFAULT_X_RANGE, FigureData, activation_figure, check_range

DEFAULT_SIZE = (800, 500)
DEFAULT_ANIMATION_SIZE = (640, 400)
MAX_FIGURE_SIDE = 10_000
MIN_FRAMES, MAX_FRAMES = 2, 3000
FIGURE_GIF_COLOURS = 64  # two curves on a light grid: as good as 255, a quarter smaller
_app: Any = None  # the QApplication made here, kept alive for the whole session
_typed: Any = None  # the activations typed in this process (custom_activation), made on first use


def ensure_app(offscreen: bool | None = None) -> Any:
    """The running ``QApplication``, or a new one (offscreen when asked, or when there is no
    display on Linux)."""
    global _app
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        no_display = sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        )
        if offscreen or (offscreen is None and no_display):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["actviz"])
        _app = app
    return app


def render(
    key: str,
    path: str | os.PathLike[str],
    *,
    params: Mapping[str, Any] | None = None,
    size: tuple[int, int] = DEFAULT_SIZE,
    theme: str = "light",
    derivative: bool = True,
    x_range: tuple[float, float] = DEFAULT_X_RANGE,
) -> Path:
    """Write the figure of activation ``key`` (f, and f' unless ``derivative=False``) to
    ``path``: PNG, SVG or PDF by its suffix, ``size`` pixels (a PDF page of that size at 96 dpi).

    >>> actviz.render("leaky_relu", "leaky.svg", params={"negative_slope": 0.1})  # doctest: +SKIP
    """
    from actviz.model.publish.movie_file import check_frame_size
    from actviz.views.publish.figure_files import figure_format, write_figure
    from actviz.views.publish.figure_painter import FigureStyle, paint_figure

    figure_format(path)
    activation = core.get(key)
    width, height = check_frame_size(size, MAX_FIGURE_SIDE)
    x_range = check_range(x_range, "x_range")
    derivative = _check_bool(derivative, "derivative")
    style = FigureStyle.for_theme(theme)
    ensure_app()
    data = activation_figure(
        activation, params, x_range=x_range, width_px=width, show_derivative=derivative
    )

    def paint(painter: Any, rect: Any, unit: float) -> None:
        paint_figure(painter, rect, data, style, unit=unit)

    return write_figure(
        path, paint, (width, height), title=f"actviz: {data.title}", background=style.background
    )


def handout(
    path: str | os.PathLike[str],
    keys: Sequence[str] | None = None,
    *,
    family: str | None = None,
    page_size: str = "A4",
    title: str | None = None,
) -> Path:
    """Write a PDF handout: a title page, then a page for each activation (plot of f and f',
    formulas, parameters, properties, teaching notes). ``keys`` in that order, or every member of
    ``family``, or the whole catalogue; ``page_size`` is ``"A4"`` or ``"Letter"``."""
    from actviz.views.publish.handout import (
        DEFAULT_TITLE,
        check_keys,
        check_page_size,
        write_handout,
    )

    chosen = check_keys(select_keys(keys, family))
    check_page_size(page_size)
    if Path(path).suffix.lower() != ".pdf":
        raise ValueError(f"{Path(path).name!r}: a handout is a .pdf file")
    ensure_app()
    return write_handout(path, chosen, page_size=page_size, title=title or DEFAULT_TITLE)


def cheatsheet(
    path: str | os.PathLike[str],
    keys: Sequence[str] | None = None,
    *,
    theme: str = "light",
    page_size: str = "A4",
) -> Path:
    """Write the one-page cheat sheet (every activation, or ``keys``, as small plots of f and f')
    as PDF, SVG or PNG by ``path``'s suffix."""
    from actviz.views.publish.cheat_sheet import write_cheat_sheet
    from actviz.views.publish.figure_files import figure_format
    from actviz.views.publish.figure_painter import FigureStyle

    figure_format(path)
    chosen = select_keys(keys, None)
    for key in chosen:
        core.get(key)
    FigureStyle.for_theme(theme)
    ensure_app()
    return write_cheat_sheet(path, chosen, theme=theme, page_size=page_size)


def animate(
    key: str,
    path: str | os.PathLike[str],
    param: str,
    *,
    low: float | None = None,
    high: float | None = None,
    frames: int = 50,
    fps: float = 25.0,
    mode: str = "once",
    params: Mapping[str, Any] | None = None,
    size: tuple[int, int] = DEFAULT_ANIMATION_SIZE,
    theme: str = "light",
    derivative: bool = True,
    x_range: tuple[float, float] = DEFAULT_X_RANGE,
) -> Path:
    """Record ``param`` of activation ``key`` sweeping from ``low`` to ``high`` (default: its whole
    range) as an animated GIF (or MP4 with the video extra), ``frames`` frames at ``fps``.

    ``mode`` ``"once"`` goes from low to high (first and last frame at the ends); ``"bounce"``
    goes there and back, and ``"loop"`` starts over, both made to repeat seamlessly. All frames
    share one y range, so the axes stay still while the curve moves.
    """
    from actviz.model.activation_choice import ActivationChoice
    from actviz.model.publish.movie_file import check_frame_size, open_movie, record_motion
    from actviz.model.publish.param_sweep import ParamSweep
    from actviz.model.publish.param_target import choice_param_target
    from actviz.model.publish.playback_settings import check_fps, check_mode
    from actviz.views.publish.figure_files import render_image
    from actviz.views.publish.figure_painter import FigureStyle, paint_figure
    from actviz.views.publish.frames import image_to_frame

    choice = ActivationChoice(key, dict(params or {}))
    target = choice_param_target(choice, param)
    frames = _check_frames(frames)
    fps = check_fps(fps)
    mode = check_mode(mode)
    width, height = check_frame_size(size)
    x_range = check_range(x_range, "x_range")
    derivative = _check_bool(derivative, "derivative")
    style = FigureStyle.for_theme(theme)
    # One cycle of the sweep is exactly ``frames`` frames (see ParamAnimation.cycle_frames).
    passes = {"once": frames - 1, "loop": frames, "bounce": frames / 2}[mode]
    sweep = ParamSweep(target, low=low, high=high, mode=mode, duration=passes / fps)
    writer = open_movie(path, fps, (width, height), gif_colours=FIGURE_GIF_COLOURS)
    with writer:
        ensure_app()

        def figure(y_range: tuple[float, float] | None) -> FigureData:
            return activation_figure(
                choice.activation, choice.params, x_range=x_range, y_range=y_range,
                width_px=width, show_derivative=derivative,
            )

        # A dry run first finds one y range for all frames, so the axes stay still.
        fitted: list[tuple[float, float]] = []
        sweep.begin()
        try:
            for index in range(frames):
                if index:
                    sweep.advance(1.0 / fps)
                fitted.append(figure(None).y_range)
        finally:
            sweep.end()
        y_range = (min(low for low, _ in fitted), max(high for _, high in fitted))

        def grab() -> Any:
            data = figure(y_range)

            def paint(painter: Any, rect: Any, unit: float) -> None:
                paint_figure(painter, rect, data, style, unit=unit)

            image = render_image(paint, width, height, style.background)
            return image_to_frame(image, (width, height))

        record_motion(sweep, writer, grab, frames=frames)
    return Path(path)


def custom_activation(text: str, name: str | None = None) -> str:
    """Make the activation that the formula ``text`` defines usable by :func:`render`,
    :func:`animate`, :func:`handout` and :func:`cheatsheet` in this process; return its key
    (``custom:<name>``).

    The text follows the activation editor's rules (an allow list of operations and functions,
    every other name a parameter with default 1, f′ derived exactly), and ``name`` (default: the
    text, cut to 40 characters) those of a custom activation's name. The same text and name
    give the same key again.

    >>> key = actviz.custom_activation("x * sigmoid(beta * x)", name="Swish-beta")  # doctest: +SKIP
    >>> actviz.render(key, "swish.svg", params={"beta": 2})  # doctest: +SKIP

    Raises ``ValueError`` (an ``ExpressionError`` for the text, saying where) when either is
    refused.
    """
    global _typed
    from actviz.model.custom.activations import MAX_NAME_LENGTH, CustomActivations, check_name

    if not isinstance(text, str):
        raise ValueError(f"the formula must be text, got {text!r}")
    if name is None:
        flat = " ".join(text.split())
        name = flat if len(flat) <= MAX_NAME_LENGTH else flat[: MAX_NAME_LENGTH - 1] + "…"
    registered = {a.key for a in core.custom_activations()}
    if _typed is None or any(e.key not in registered for e in _typed.entries):
        _typed = CustomActivations()  # (again, if the registry was cleared under it)
    cleaned = check_name(name)
    for entry in _typed.entries:
        if entry.name.casefold() == cleaned.casefold():
            if entry.text == text:
                return str(entry.key)
            raise ValueError(f"the name {cleaned!r} is taken by the formula {entry.text!r}")
    return str(_typed.add(text, cleaned))


def select_keys(keys: Sequence[str] | None, family: str | None) -> list[str]:
    """``keys``, or the members of ``family``, or the whole catalogue."""
    if isinstance(keys, str):
        raise ValueError(f"keys must be a list of activation keys, got the string {keys!r}")
    if keys is not None and family is not None:
        raise ValueError("give keys or a family, not both")
    if family is not None:
        families = core.by_family()
        if family not in families:
            raise ValueError(f"unknown family {family!r}; families: {', '.join(families)}")
        return [a.key for a in families[family]]
    return list(core.names() if keys is None else keys)


def _check_frames(frames: object) -> int:
    if isinstance(frames, bool) or not isinstance(frames, int):
        raise ValueError(f"frames must be a whole number, got {frames!r}")
    if not MIN_FRAMES <= frames <= MAX_FRAMES:
        raise ValueError(f"frames must be from {MIN_FRAMES} to {MAX_FRAMES}, got {frames}")
    return frames


def _check_bool(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{name} must be True or False, got {value!r}")
    return value
