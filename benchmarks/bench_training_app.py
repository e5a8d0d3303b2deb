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

Under load the wall clock says more about the other processes than about the lab, so the CPU
time this process used is printed too: per epoch, per redraw (computing the pictures, painting,
the event loop), the share of a core it got, and what a quiet machine would give: a second of
CPU holds 25 redraws (the panel's pace) and fills the rest with epochs.
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

from actviz.model.training.lab import TrainingLab

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
    spent = {"step": 0.0, "redraw": 0.0}
    step, redraw = lab.step, panel.redraw

    def timed_step(count: object = 1) -> int:
        begin = time.process_time()
        done = step(count)
        spent["step"] += time.process_time() - begin
        return done

    def timed_redraw() -> None:
        begin = time.process_time()
        redraw()
        spent["redraw"] += time.process_time() - begin

    lab.step = timed_step  # type: ignore[method-assign]
    panel._redraw_timer.timeout.disconnect()
    panel._redraw_timer.timeout.connect(timed_redraw)
    cpu_start = time.process_time()
    clock.start()
    timer.start()
    start = time.perf_counter()
    lab.play()
    loop = QEventLoop()  # the app's own way of waiting: sleep until the next event
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    lab.pause()
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    timer.stop()
    del lab.step  # the instance attribute goes; the method is back
    panel._redraw_timer.timeout.disconnect()
    panel._redraw_timer.timeout.connect(panel.redraw)
    n_epochs, n_redraws = lab.epoch - epochs, panel.redraws - redraws
    epoch_ms = 1000 * spent["step"] / max(n_epochs, 1)
    # A redraw's CPU: computing the pictures, plus painting and the event loop (the rest).
    redraw_ms = 1000 * (cpu - spent["step"]) / max(n_redraws, 1)
    quiet_epochs = (1000 - 25 * redraw_ms) / epoch_ms  # 25 redraws a second, the rest trains
    ticks = sorted(panel.runner.gaps)
    probes = sorted(probe_gaps[1:])
    return {
        "epochs/s": n_epochs / elapsed,
        "redraws/s": n_redraws / elapsed,
        "CPU share of one core %": 100 * cpu / elapsed,
        "CPU ms an epoch": epoch_ms,
        "CPU ms a redraw (incl. paint)": redraw_ms,
        "quiet-machine epochs/s (est.)": quiet_epochs,
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
