"""Drives a :class:`~actviz.model.publish.animation.ParamAnimation` from a ``QTimer`` while it
plays.

The clock itself has no timer (so it is testable without Qt, and a recording can step it by exact
frame times); this object feeds it the wall-clock time between timer ticks. A long stall (a
dialog, a slow repaint) counts as at most ``MAX_STEP`` seconds, so the value never leaps.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer

from actviz.model.publish.animation import ParamAnimation

INTERVAL_MS = 16  # about 60 updates a second; each costs one coalesced redraw
MAX_STEP = 0.1


class AnimationDriver(QObject):
    def __init__(self, animation: ParamAnimation, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("animationDriver")
        self._animation = animation
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._on_q_timeout)
        self._clock = QElapsedTimer()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def set_running(self, running: bool) -> None:
        """Start or stop feeding the clock (the owner calls this on ``events.playing``)."""
        if running and not self._timer.isActive():
            self._clock.start()
            self._timer.start()
        elif not running:
            self._timer.stop()

    def _on_q_timeout(self) -> None:
        seconds = min(self._clock.restart() / 1000.0, MAX_STEP)
        self._animation.tick(seconds)
