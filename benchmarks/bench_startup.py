"""Start-up: process start -> first painted main window, beside a bare PySide6 + pyqtgraph window.

Each run is a fresh interpreter on Qt's offscreen platform with a 1920x1080 screen, so both
windows open at the same 1360x820. The child notes the wall-clock time after its imports, after
its window is built and at the first paint of its plot; the parent subtracts the time it launched
the child. Runs alternate (actviz, bare, actviz, ...) so machine load hits both alike. Both run
from compiled bytecode (as installed), which the warm-up runs write to a temporary folder. Prints
the medians of each phase, the ratio of first paints, and the load average before and after.
Run: python benchmarks/bench_startup.py [RUNS]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 9
ROOT = Path(__file__).resolve().parent.parent

_PROBE = """
import time
marks = {}
from PySide6.QtCore import QEvent, QObject
class _FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            import json, os
            marks["paint"] = time.time()
            marks["cpu"] = time.process_time()  # this process alone: load does not inflate it
            print(json.dumps(marks), flush=True)
            os._exit(0)  # the measurement is taken; skip teardown
        return False
"""

ACTVIZ = (
    _PROBE
    + """
from PySide6.QtWidgets import QApplication
app = QApplication(["actviz"])
from actviz.app import MainWindow
marks["imported"] = time.time()
window = MainWindow()
marks["built"] = time.time()
probe = _FirstPaint()
window.curve_plot.viewport().installEventFilter(probe)
window.show()
app.exec()
"""
)

BARE = (
    _PROBE
    + """
from PySide6.QtWidgets import QApplication
app = QApplication(["bare"])
import numpy as np
import pyqtgraph as pg
marks["imported"] = time.time()
plot = pg.PlotWidget()
x = np.linspace(-5, 5, 2000)
plot.plot(x, np.maximum(x, 0))
plot.resize(1360, 820)
marks["built"] = time.time()
probe = _FirstPaint()
plot.viewport().installEventFilter(probe)
plot.show()
app.exec()
"""
)

SCREEN = {"screens": [{"name": "bench", "x": 0, "y": 0, "width": 1920, "height": 1080}]}


def run_once(code: str, env: dict[str, str]) -> dict[str, float]:
    """Seconds from launch to each mark of one fresh interpreter."""
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=False
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"no paint reported:\n{out.stderr}")
    marks = json.loads(lines[-1])
    cpu = marks.pop("cpu")
    return {**{name: stamp - start for name, stamp in marks.items()}, "cpu": cpu}


def summary(label: str, runs: list[dict[str, float]]) -> dict[str, float]:
    median = {name: statistics.median(r[name] for r in runs) for name in runs[0]}
    spread = max(r["paint"] for r in runs) - min(r["paint"] for r in runs)
    print(
        f"{label:<34} imports {median['imported'] * 1e3:5.0f} ms, "
        f"built {median['built'] * 1e3:5.0f} ms, first paint {median['paint'] * 1e3:5.0f} ms "
        f"(spread {spread * 1e3:.0f} ms); CPU to first paint {median['cpu'] * 1e3:4.0f} ms"
    )
    return median


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "screen.json"
        config.write_text(json.dumps(SCREEN))
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
            "PYTHONPATH": str(ROOT),  # this checkout's actviz, whatever is installed
            # Compiled bytecode, as an installed app has it (pip compiles on install; numpy and
            # pyqtgraph have theirs): written by the warm-up runs into a folder of our own.
            "PYTHONPYCACHEPREFIX": str(Path(folder) / "pycache"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        load_before = os.getloadavg()
        run_once(BARE, env)  # warm the file cache for both
        run_once(ACTVIZ, env)
        ours: list[dict[str, float]] = []
        bare: list[dict[str, float]] = []
        for _ in range(RUNS):
            ours.append(run_once(ACTVIZ, env))
            bare.append(run_once(BARE, env))
        load_after = os.getloadavg()
    print(f"runs {RUNS} each, alternating; medians from process start")
    print(f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f} (2 cores)")
    m_ours = summary("actviz main window", ours)
    m_bare = summary("bare PySide6 + pyqtgraph, 1 curve", bare)
    ratio = m_ours["paint"] / m_bare["paint"]
    print(f"ratio of first paints, actviz / bare: {ratio:.2f}x (aim <= 1.3)")
    print(f"ratio of CPU time to first paint:     {m_ours['cpu'] / m_bare['cpu']:.2f}x")


if __name__ == "__main__":
    main()
