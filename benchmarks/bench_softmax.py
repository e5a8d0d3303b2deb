"""Time the softmax core against the one-line naive numpy formula, and one full lab redraw.

Run: ``python benchmarks/bench_softmax.py [--repeats N] [--rows N]``

1. ``softmax``, ``log_softmax`` and ``naive_transform``-free stable versions on a (rows, 10) float64
   array (1,000,000 elements by default), in ns per element, and the ratio to the naive
   ``e = np.exp(z); e / e.sum(-1, keepdims=True)`` on the same array (logits in [-5, 5], where the
   naive form is still right), measured interleaved in the same run.
2. One snapshot of the lab (every number the panel shows, 10 classes) and one sweep curve, in us.
3. One full panel redraw with 10 classes (offscreen Qt), in ms: what a slider drag costs per frame.

A print-out, not a test: timings vary between machines.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable

import numpy as np

from actviz.core.softmax import log_softmax, softmax, softmax_jacobian


def median_seconds(run: Callable[[], object], repeats: int) -> float:
    run()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def naive(z: np.ndarray) -> np.ndarray:
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def bench_core(rows: int, repeats: int) -> None:
    z = np.random.default_rng(0).uniform(-5.0, 5.0, size=(rows, 10))
    size = z.size
    print(f"core on a ({rows}, 10) float64 array, median of {repeats}:")
    base = median_seconds(lambda: naive(z), repeats)
    print(f"  {'naive exp / sum (reference)':34s} {base / size * 1e9:7.2f} ns/element   ratio 1.00")
    for name, run in (
        ("softmax (stable, T = 1)", lambda: softmax(z)),
        ("softmax (stable, T = 0.01)", lambda: softmax(z, 0.01)),
        ("log_softmax", lambda: log_softmax(z)),
    ):
        seconds = median_seconds(run, repeats)
        print(f"  {name:34s} {seconds / size * 1e9:7.2f} ns/element   ratio {seconds / base:.2f}")
    vec = z[0]
    seconds = median_seconds(lambda: softmax_jacobian(vec), repeats * 20)
    print(f"  {'softmax_jacobian (10 x 10)':34s} {seconds * 1e6:7.1f} us")


def bench_lab(repeats: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from actviz.model.softmax.lab import SoftmaxLabModel
    from actviz.model.softmax.snapshot import take_snapshot, take_sweep
    from actviz.views.softmax.qt_softmax_panel import QtSoftmaxPanel

    app = QApplication.instance() or QApplication([])
    model = SoftmaxLabModel(seed=0)
    while model.n < 10:
        model.add_class()
    model.randomize()
    print(f"lab with 10 classes, median of {repeats}:")
    seconds = median_seconds(lambda: take_snapshot(model), repeats * 5)
    print(f"  {'snapshot (all numbers shown)':34s} {seconds * 1e6:7.1f} us")
    seconds = median_seconds(lambda: take_sweep(model), repeats * 5)
    print(f"  {'sweep curve (401 points, 2 ways)':34s} {seconds * 1e6:7.1f} us")
    panel = QtSoftmaxPanel(model)
    panel.resize(1400, 850)
    panel.show()
    app.processEvents()
    values = iter(np.tile(np.linspace(-5.0, 5.0, 50), 1000))

    def drag_step() -> None:
        model.set_score(0, float(next(values)))
        panel.redraw()
        panel.repaint()

    seconds = median_seconds(drag_step, repeats)
    print(f"  {'panel redraw + repaint per drag step':34s} {seconds * 1e3:7.2f} ms")
    model.set_naive(True)
    model.set_shift(800.0)
    seconds = median_seconds(drag_step, repeats)
    print(f"  {'... with the naive table shown':34s} {seconds * 1e3:7.2f} ms")
    panel.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    bench_core(args.rows, args.repeats)
    bench_lab(args.repeats)


if __name__ == "__main__":
    main()
