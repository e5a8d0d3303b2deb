"""Python's cyclic garbage collector runs in the GUI thread only, on a timer.

Why: automatic collection starts in whichever thread happens to allocate past the threshold, and
the formula worker (sympy) and the deep-network simulation allocate a lot away from the GUI
thread. A collected cycle that holds a Qt object runs that object's C++ destructor in the worker,
which holds the GIL; if the GUI thread is at that moment inside Qt, holding a lock the destructor
needs (the text layout's font cache, say) and waiting for the GIL to call back into Python, neither
thread moves again. The app then freezes for good, with the GUI thread's last Python line a plain
``setText``. pyqtgraph's ``GarbageCollector`` answers the same hazard the same way: automatic
collection off, a GUI-thread timer that collects what the thresholds say is due.

Objects without reference cycles are unaffected: reference counting frees them at once, in
whichever thread drops the last reference, exactly as before.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500  # often enough that cycles never pile up, rare enough to cost nothing

_installed: GuiThreadCollector | None = None


class GuiThreadCollector(QObject):
    """Collects, on a timer in the thread it was made in, the generations that are due."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect_due)
        gc.disable()
        self.timer.start()

    def collect_due(self) -> int:
        """What automatic collection would have done by now: the youngest generation once more
        objects were allocated than its threshold, an older one once enough younger
        collections passed. Returns the number of unreachable objects found."""
        found = 0
        counts = gc.get_count()
        for generation, (count, threshold) in enumerate(zip(counts, self.thresholds, strict=True)):
            if threshold <= 0 or count <= threshold:
                break
            found += gc.collect(generation)
        return found


def collect_garbage_in_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """Turn automatic collection off and collect from ``app``'s thread instead; once per process
    (a second call returns the collector already running)."""
    global _installed
    if _installed is None:
        _installed = GuiThreadCollector(app)
    return _installed
