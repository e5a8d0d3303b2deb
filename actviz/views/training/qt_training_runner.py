"""Trains the lab while it is running, in short slices from a timer, so the window never freezes.

Why a timer on the GUI thread rather than a worker thread: an epoch of a Playground-sized network
takes a few milliseconds, far less than a frame, and the views must read the weights between
epochs anyway. Each tick trains for at most ``BUDGET_S`` (at least one epoch) and returns to the
event loop, which repaints and handles input before the next tick. At a fixed speed (5 or 60
epochs a second) the ticks pay out the epochs owed since the last one; "as fast as it goes" fills
each slice. The gaps between ticks are recorded: the longest is how long the window was busy.
"""

from __future__ import annotations

import math
import time
from collections import deque

from PySide6.QtCore import QObject, Qt, QTimer

from actviz.model.training.lab import TrainingLab
from actviz.model.training.options import SPEEDS

TICK_MS = 10
BUDGET_S = 0.008
_MAX_OWED_S = 0.1  # after a stall, a fixed speed does not try to catch up more than this


class QtTrainingRunner(QObject):
    """Calls ``TrainingLab.step`` from a timer while ``TrainingLab.running`` is true."""

    def __init__(self, lab: TrainingLab, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lab = lab
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_tick)
        self._last_tick: float | None = None
        self._owed = 0.0
        self._seconds_per_epoch = 0.002  # refined by measurement
        self.gaps: deque[float] = deque(maxlen=10_000)  # seconds between ticks, newest last
        self.epochs = 0  # epochs trained by this runner
        lab.events.running.connect(self.set_running)
        self.set_running(lab.running)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def set_running(self, running: bool) -> None:
        if running and not self._timer.isActive():
            self._last_tick = None
            self._owed = 0.0
            self._timer.start()
        elif not running:
            self._timer.stop()

    def _on_tick(self) -> None:
        now = time.perf_counter()
        elapsed = 0.0 if self._last_tick is None else now - self._last_tick
        if self._last_tick is not None:
            self.gaps.append(elapsed)
        self._last_tick = now
        if not self._lab.running:
            self._timer.stop()
            return
        count = self.epochs_due(SPEEDS[self._lab.speed], elapsed)
        if count == 0:
            return
        start = time.perf_counter()
        done = self._lab.step(count)
        if done:
            self.epochs += done
            spent = (time.perf_counter() - start) / done
            self._seconds_per_epoch = 0.7 * self._seconds_per_epoch + 0.3 * max(spent, 1e-5)

    def epochs_due(self, rate: float, elapsed: float) -> int:
        """Epochs to train on a tick ``elapsed`` seconds after the last, at ``rate`` per second.

        As fast as it goes (``rate`` inf): as many as fit in ``BUDGET_S`` at the measured cost
        of an epoch, at least one. At a fixed rate: the whole epochs owed since the last tick,
        keeping the fraction for later; after a stall, at most ``_MAX_OWED_S`` worth of them.
        """
        if math.isinf(rate):
            return max(1, int(BUDGET_S / self._seconds_per_epoch))
        ceiling = max(1.0, rate * _MAX_OWED_S)
        self._owed = min(self._owed + rate * max(elapsed, TICK_MS / 1000), ceiling)
        count = int(self._owed)
        self._owed -= count
        return count

    def shutdown(self) -> None:
        self._timer.stop()
