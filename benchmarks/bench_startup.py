"""Start-up: process start -> first painted main window, beside a bare PySide6 + pyqtgraph window.

Each run is a fresh interpreter (offscreen). The child prints the wall-clock time at which its
window received its first paint; the parent subtracts the time it launched the child. Runs
alternate so machine load hits both alike. Prints medians and the ratio.
Run: python benchmarks/bench_startup.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

RUNS = 7

_PAINT_PROBE = """
from PySide6.QtCore import QEvent, QObject
class _FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            import time
            print(time.time(), flush=True)
            import os
            os._exit(0)  # the measurement is taken; skip teardown
        return False
"""

ACTVIZ = (
    _PAINT_PROBE
    + """
from PySide6.QtWidgets import QApplication
app = QApplication(["actviz"])
from actviz.app import MainWindow
window = MainWindow()
probe = _FirstPaint()
window.curve_plot.viewport().installEventFilter(probe)
window.show()
app.exec()
"""
)

BARE = (
    _PAINT_PROBE
    + """
from PySide6.QtWidgets import QApplication
app = QApplication(["bare"])
import numpy as np
import pyqtgraph as pg
plot = pg.PlotWidget()
x = np.linspace(-5, 5, 2000)
plot.plot(x, np.maximum(x, 0))
plot.resize(1360, 820)
probe = _FirstPaint()
plot.viewport().installEventFilter(probe)
plot.show()
app.exec()
"""
)


def first_paint_seconds(code: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    lines = [line for line in out.stdout.split() if line.strip()]
    if not lines:
        raise RuntimeError(f"no paint reported:\n{out.stderr}")
    return float(lines[-1]) - start


def main() -> None:
    first_paint_seconds(BARE)  # warm the file cache for both
    first_paint_seconds(ACTVIZ)
    ours: list[float] = []
    bare: list[float] = []
    for _ in range(RUNS):
        ours.append(first_paint_seconds(ACTVIZ))
        bare.append(first_paint_seconds(BARE))
    m_ours, m_bare = statistics.median(ours), statistics.median(bare)
    print(f"runs {RUNS}, load {os.getloadavg()[0]:.2f}")
    print(f"actviz main window, first paint:   median {m_ours * 1e3:7.0f} ms")
    print(f"bare PySide6 + pyqtgraph, 1 curve: median {m_bare * 1e3:7.0f} ms")
    print(f"ratio actviz / bare: {m_ours / m_bare:.2f}x (aim <= 1.3)")


if __name__ == "__main__":
    main()
