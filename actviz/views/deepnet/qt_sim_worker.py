"""Runs the deep-network lab's simulations off the UI thread; the newest request wins.

Why a plain Python worker thread and a polling timer rather than QThread signals: the results come
back through a ``concurrent.futures.Future`` that the UI thread checks every 15 ms while busy, so
no QObject is ever touched from the worker thread. A panel can then be destroyed at any moment
without a queued signal reaching a dead object, and there is no QThread to be "destroyed while
running". numpy releases the GIL in its matrix products, so the UI stays responsive meanwhile.

Newest wins: each request cancels the one waiting in the queue (if it has not started); a run
that is already going finishes, but its result is dropped because a newer request exists.
"""

from __future__ import annotations

import time
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from actviz.core.deepnet import SimulationResult
from actviz.model.deepnet.lab import DeepNetLab, SimulationRequest

Outcome = tuple[SimulationResult | None, SimulationResult | None, str, float]
_POLL_MS = 15


def _run(main: SimulationRequest, compare: SimulationRequest | None) -> Outcome:
    start = time.perf_counter()
    try:
        first = main.run()
        second = compare.run() if compare is not None else None
    except (ValueError, MemoryError) as error:
        message = QCoreApplication.translate("QtSimulationRunner", "Could not simulate: {error}")
        return None, None, message.format(error=error), time.perf_counter() - start
    return first, second, "", time.perf_counter() - start


class QtSimulationRunner(QObject):
    """Keeps ``lab.results`` up to date: call :meth:`schedule` when the settings change."""

    busyChanged = Signal(bool)

    def __init__(self, lab: DeepNetLab, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lab = lab
        self._executor: ThreadPoolExecutor | None = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="actviz-deepnet"
        )
        self._pending: Future[Outcome] | None = None
        self._busy = False
        self.last_seconds = 0.0
        self.submitted = 0  # requests sent to the worker (tests and the status line read these)
        self.delivered = 0  # results handed to the lab
        self._submit_timer = QTimer(self)  # coalesces a burst of changes into one request
        self._submit_timer.setSingleShot(True)
        self._submit_timer.setInterval(0)
        self._submit_timer.timeout.connect(self.submit_now)
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(_POLL_MS)
        self._poll_timer.timeout.connect(self._poll)

    @property
    def busy(self) -> bool:
        return self._busy

    def schedule(self) -> None:
        """Ask for a run at the next turn of the event loop (many changes, one run)."""
        if self._executor is not None:
            self._submit_timer.start()

    def submit_now(self) -> None:
        if self._executor is None:
            return
        if self._pending is not None:
            self._pending.cancel()  # works only if not started; else its result is dropped
        main, compare = self._lab.requests()
        self._pending = self._executor.submit(_run, main, compare)
        self.submitted += 1
        self._set_busy(True)
        self._poll_timer.start()

    def _poll(self) -> None:
        future = self._pending
        if future is None or not future.done():
            return
        self._pending = None
        self._poll_timer.stop()
        first, second, error, seconds = future.result()
        self.last_seconds = seconds
        self.delivered += 1
        self._lab.set_results(first, second, error)
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    def shutdown(self) -> None:
        """Stop polling, drop what is queued, wait for a running simulation (idempotent)."""
        if self._executor is None:
            return
        self._submit_timer.stop()
        self._poll_timer.stop()
        self._executor.shutdown(wait=True, cancel_futures=True)
        self._executor = None
        self._pending = None
        self._set_busy(False)
