"""Training in the running app: epochs per second with the decision map and the unit maps redrawn,
redraws per second, and the longest the event loop was kept busy.

Run: ``python benchmarks/bench_training_app.py [--seconds S] [--repeats N] [--preset NAME]``

Offscreen, at 1366x768, the training lab's tab is shown with Playground's default (circle, hidden
[4, 2], tanh, batch 10, 250 training points, speed "as fast as it goes") and Play is pressed.
For ``--seconds`` the event loop runs as in the app while two clocks listen: the runner's own
ticks (the gaps between them) and a probe timer asking to run every 2 ms (the gaps between its
runs: the longest is the longest stall a user could feel). Medians over the repeats are printed,
with the same epochs trained by the model alone (no views, no event loop) for comparison, and
the load average beside them: other work on the machine makes the figures noisy.
Aims (issue 11): >= 100 epochs/s, the map redrawn >= 20 times a second, no stall over 50 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from actviz.model.training_lab import TrainingLab

PROBE_MS = 2


def training_panel(window: QWidget) -> QWidget:
    """The training lab's panel in ``window``, its tab shown (built on first show)."""
    from actviz.views.training import QtTrainingPanel

    tabs = window.tabs  # type: ignore[attr-defined]
    for index in range(tabs.count()):
        if tabs.tabText(index).replace("&", "") == "Training":
            tabs.setCurrentIndex(index)
            break
    QApplication.processEvents()
    panel = window.findChild(QtTrainingPanel, "trainingPanel")
    if panel is None:
        raise SystemExit("the main window has no training lab")
    return panel


def run_once(app: QApplication, panel, seconds: float, preset: str | None) -> dict[str, float]:
    lab: TrainingLab = panel.lab
    lab.pause()
    if preset:
        lab.apply_preset(preset)
    else:
        lab.reset()
    lab.set_value("speed", "fast")
    for _ in range(5):
        app.processEvents()
    probe_gaps: list[float] = []
    clock = QElapsedTimer()

    def probe() -> None:
        probe_gaps.append(clock.restart() / 1000)

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(PROBE_MS)
    timer.timeout.connect(probe)
    panel.runner.gaps.clear()
    redraws, epochs = panel.redraws, lab.epoch
    clock.start()
    timer.start()
    start = time.perf_counter()
    lab.play()
    loop = QEventLoop()  # the app's own way of waiting: sleep until the next event
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    lab.pause()
    elapsed = time.perf_counter() - start
    timer.stop()
    ticks = sorted(panel.runner.gaps)
    probes = sorted(probe_gaps[1:])
    return {
        "epochs/s": (lab.epoch - epochs) / elapsed,
        "redraws/s": (panel.redraws - redraws) / elapsed,
        "largest tick gap ms": 1000 * ticks[-1],
        "median tick gap ms": 1000 * statistics.median(ticks),
        "largest event-loop stall ms": 1000 * probes[-1],
        "99th pct stall ms": 1000 * probes[int(0.99 * (len(probes) - 1))],
    }


def model_alone(preset: str | None, epochs: int) -> float:
    lab = TrainingLab()
    if preset:
        lab.apply_preset(preset)
    lab.step(5)
    start = time.perf_counter()
    lab.step(epochs)
    return epochs / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--preset", default=None, help="a training lesson instead of the default")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(["bench"])
    from actviz.app import MainWindow, dispose_window

    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    panel = training_panel(window)
    runs = [run_once(app, panel, args.seconds, args.preset) for _ in range(args.repeats)]
    print(f"load average {os.getloadavg()}; window {window.width()}x{window.height()}, "
          f"map {panel.map.width()}x{panel.map.height()} px, "
          f"{len(panel.lab.data.train_x)} training points, {args.repeats} runs of "
          f"{args.seconds:g} s, preset {args.preset or 'Playground default'}")  # fmt: skip
    for name in runs[0]:
        values = [run[name] for run in runs]
        print(f"  {name:28s} median {statistics.median(values):8.1f}   "
              f"(runs: {', '.join(f'{v:.1f}' for v in values)})")  # fmt: skip
    alone = [model_alone(args.preset, 300) for _ in range(args.repeats)]
    print(f"  {'epochs/s, model alone':28s} median {statistics.median(alone):8.1f}")
    dispose_window(window)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


if __name__ == "__main__":
    main()
