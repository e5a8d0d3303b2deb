"""The settings of an animation clock and of a recording, and their validation: the play mode,
the time of one pass and the frame rate. A bad value raises ``ValueError`` with a message fit to
show next to where it was typed."""

from __future__ import annotations

import math
from typing import Literal

from actviz.core.i18n import QT_TRANSLATE_NOOP, translate_marked

Mode = Literal["once", "loop", "bounce"]
MODES: tuple[Mode, ...] = ("once", "loop", "bounce")
MODE_TEXT = {
    "once": QT_TRANSLATE_NOOP("Animation", "Once"),
    "loop": QT_TRANSLATE_NOOP("Animation", "Loop"),
    "bounce": QT_TRANSLATE_NOOP("Animation", "Back and forth"),
}
MIN_DURATION, MAX_DURATION = 0.01, 600.0  # seconds for one pass from the low to the high end
DEFAULT_DURATION = 4.0
MAX_TICK = 3600.0  # a larger dt is a caller's bug, not a pause
MIN_FPS, MAX_FPS = 1.0, 60.0  # of a recording


def mode_text(mode: str) -> str:
    """How ``mode`` (one of MODES) plays, in the learner's language (MODE_TEXT keeps English)."""
    return translate_marked("Animation", MODE_TEXT[mode])


def check_mode(mode: object) -> Mode:
    """One of :data:`MODES`."""
    if not isinstance(mode, str) or mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, got {mode!r}")
    return mode


def check_duration(seconds: object) -> float:
    """A pass duration in seconds, within ``[MIN_DURATION, MAX_DURATION]``."""
    allowed = f"A pass takes from {MIN_DURATION:g} to {MAX_DURATION:g} seconds"
    if isinstance(seconds, bool):
        raise ValueError(f"{allowed}, got {seconds!r}")
    try:
        number = float(seconds)  # type: ignore[arg-type]  # numeric strings, numpy scalars
    except (TypeError, ValueError):
        raise ValueError(f"{allowed}, got {seconds!r}") from None
    if not math.isfinite(number) or not MIN_DURATION <= number <= MAX_DURATION:
        raise ValueError(f"{allowed}, got {seconds!r}")
    return number


def check_fps(fps: object) -> float:
    """Frames per second, within ``[MIN_FPS, MAX_FPS]``."""
    allowed = f"the frame rate must be from {MIN_FPS:g} to {MAX_FPS:g} frames per second"
    if isinstance(fps, bool):
        raise ValueError(f"{allowed}, got {fps!r}")
    try:
        number = float(fps)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(f"{allowed}, got {fps!r}") from None
    if not math.isfinite(number) or not MIN_FPS <= number <= MAX_FPS:
        raise ValueError(f"{allowed}, got {fps!r}")
    return number
