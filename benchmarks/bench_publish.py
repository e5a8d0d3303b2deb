"""Time the headless publishing paths: the whole catalogue to SVG, and a 5 s animation to GIF.

Run: ``python benchmarks/bench_publish.py [--repeats N]``

1. Every catalogue activation rendered to SVG by ``actviz render`` (a fresh process with no
   display, as a script would run it: start-up included) and by ``actviz.render`` in one process
   (as a notebook would), total seconds. Aim: under 10 s for the whole catalogue.
2. A 5 s animation at 30 fps (150 frames, 640x400) to a finished GIF: ``actviz animate`` in a
   fresh process, and the record dialog's path (the live window's function plot, grabbed frame by
   frame), seconds to the file on disk. Aim: under 15 s.

Medians of ``--repeats`` runs, beside the load average (other work on the machine slows them).
A print-out, not a test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's actviz, not an installed one
FPS, SECONDS = 30, 5
FRAMES = FPS * SECONDS


def median_seconds(run: Callable[[], object], repeats: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def headless_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = str(ROOT)
    return env


def cli(*argv: str) -> None:
    subprocess.run([sys.executable, "-m", "actviz", *argv], cwd=ROOT, env=headless_env(),
                   check=True, capture_output=True)


def show(name: str, result: tuple[float, list[float]], aim: float | None = None) -> None:
    median, runs = result
    runs_text = ", ".join(f"{t:.2f}" for t in runs)
    verdict = "" if aim is None else f"   aim < {aim:g} s: {'met' if median < aim else 'MISSED'}"
    print(f"  {name:52s} {median:6.2f} s   (runs: {runs_text}){verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    repeats = parser.parse_args().repeats
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from actviz import core

    keys = core.names()
    print(f"load average before: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        print(f"1. the catalogue ({len(keys)} activations) to SVG, median of {repeats}:")

        def every_key_by_command() -> None:
            for key in keys:
                cli("render", key, "--out", str(out / f"{key}.svg"))

        def every_key_in_process() -> None:
            for key in keys:
                actviz.render(key, out / f"{key}.svg")

        import actviz

        assert Path(actviz.__file__).is_relative_to(ROOT), actviz.__file__
        actviz.render("relu", out / "warm.svg")  # Qt and the painters loaded once
        by_command = median_seconds(every_key_by_command, repeats)
        show("actviz render KEY, a new process each", by_command, 10)
        in_process = median_seconds(every_key_in_process, repeats)
        show("actviz.render(key, ...) in one process", in_process, 10)
        total = sum((out / f"{k}.svg").stat().st_size for k in keys)
        print(f"  {'':52s} {total / 1e6:6.2f} MB of SVG in all")

        print(f"2. a {SECONDS} s animation at {FPS} fps ({FRAMES} frames) to GIF, "
              f"median of {repeats}:")
        gif = out / "sweep.gif"
        show(
            "actviz animate (new process, 640x400)",
            median_seconds(
                lambda: cli("animate", "leaky_relu", "--sweep", "negative_slope=0:1", "--frames",
                            str(FRAMES), "--fps", str(FPS), "--out", str(gif)),
                repeats,
            ),
            15,
        )
        print(f"  {'':52s} {gif.stat().st_size / 1e6:6.2f} MB")
        show("record dialog: the window's function plot (640x400)", median_seconds(
            lambda: record_window(out / "window.gif"), repeats), 15)
        print(f"  {'':52s} {(out / 'window.gif').stat().st_size / 1e6:6.2f} MB")
    print(f"load average after:  {', '.join(f'{x:.2f}' for x in os.getloadavg())}")


_window = None


def record_window(path: Path) -> None:
    """The record dialog's work without its dialogs: 150 grabs of the live plot, then the GIF."""
    global _window
    from PySide6.QtWidgets import QApplication

    from actviz.app import MainWindow

    app = QApplication.instance() or QApplication(["bench"])
    if _window is None:
        _window = MainWindow()
        _window.resize(1360, 820)
        _window.show()
        _window.session.choice.set_activation("leaky_relu")
        app.processEvents()
    dialog = _window.publish.record_dialog()
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData("once"))
    dialog.duration.setValue(SECONDS - 1 / FPS)  # 150 frames with both ends
    dialog.fps.setValue(FPS)
    dialog.width_spin.setValue(640)
    dialog.height_spin.setValue(400)
    assert dialog.frame_count() == FRAMES, dialog.frame_count()
    assert dialog.record_to(path, lambda done, total: True)
    dialog.deleteLater()


if __name__ == "__main__":
    main()
