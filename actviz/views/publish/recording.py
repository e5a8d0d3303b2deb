"""Record a live widget (the plot, or a whole lab) while a motion plays, into a GIF or MP4.

Deterministic: each frame, the motion moves on by exactly ``1 / fps`` of animation time, the
event loop runs once so every coalesced redraw happens, and the widget is rendered offscreen
(``QWidget.grab``), scaled to the recording's size. Wall-clock time plays no part.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from actviz.model.publish.animation import Motion
from actviz.model.publish.movie_file import Frame, open_movie, record_motion
from actviz.views.publish.frames import image_to_frame


@dataclass(frozen=True)
class RecordingSource:
    """Something on screen to record: ``show()`` brings it up (switching tab, building a lazy
    lab) and returns the widget to render."""

    label: str
    show: Callable[[], QWidget]


@dataclass(frozen=True)
class RecordingMotion:
    """What moves while recording: ``make()`` builds the motion with the dialog's settings
    (``low``, ``high``, ``mode``, ``duration``); ``value_range`` and ``log_scale`` describe
    the range fields (None: the motion has no range, like a training run)."""

    label: str
    make: Callable[..., Motion]
    value_range: tuple[float, float] | None = None
    limits: tuple[float, float] | None = None
    duration: float = 4.0
    mode: str = "once"


def settle() -> None:
    """Let queued redraws run (pyqtgraph and the labs coalesce them into a zero-time timer)."""
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def record_widget(
    widget: QWidget,
    motion: Motion,
    path: str | os.PathLike[str],
    *,
    fps: float,
    size: tuple[int, int],
    frames: int | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> bool:
    """Record ``widget`` while ``motion`` plays; True when written, False when cancelled
    (``progress`` returned False): then nothing is left at ``path``."""
    background = widget.palette().window().color()
    writer = open_movie(path, fps, size)

    def grab() -> Frame:
        settle()
        return image_to_frame(widget.grab().toImage(), size, QColor(background))

    return record_motion(motion, writer, grab, frames=frames, progress=progress)
