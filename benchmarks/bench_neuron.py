"""Time the neuron lab: one pass and one gradient step in the core, one slider gesture end to end.

Run: ``python benchmarks/bench_neuron.py [--repeats N]``

1. ``forward_backward`` and ``sgd_step`` for 4 inputs (ReLU and sigmoid), in us, and the ratio to
   the same maths written inline in plain numpy without validation (what the checks cost).
2. One model setter plus the panel's refresh (diagram, diagnosis, loss readout) and the marker and
   tangent on a plot (offscreen Qt), in ms: what a slider drag costs per frame.
3. One Play tick (a model step and every widget it updates), in ms: Play runs every 80 ms.

A print-out, not a test: timings vary between machines.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable

import numpy as np

from actviz.core.neuron import forward_backward, sgd_step


def median_seconds(run: Callable[[], object], repeats: int) -> float:
    run()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def inline_sigmoid(x: np.ndarray, w: np.ndarray, b: float) -> tuple[float, np.ndarray]:
    z = float(w @ x + b)
    a = 1.0 / (1.0 + np.exp(-z))
    dz = a * (1.0 - a)
    return dz, x * dz


def bench_core(repeats: int) -> None:
    x, w, b = np.array([1.0, -0.5, 0.5, 1.0]), np.array([0.8, 0.4, -0.3, 0.2]), 0.1
    print(f"core, 4 inputs, median of {repeats}:")
    base = median_seconds(lambda: inline_sigmoid(x, w, b), repeats)
    print(f"  {'inline numpy sigmoid pass (ref.)':34s} {base * 1e6:7.1f} us   ratio 1.00")
    for name, run in (
        ("forward_backward relu", lambda: forward_backward(x, w, b, "relu")),
        ("forward_backward sigmoid", lambda: forward_backward(x, w, b, "sigmoid")),
        ("sgd_step sigmoid, bce", lambda: sgd_step(x, w, b, "sigmoid", None, 1.0, "bce", 0.1)),
        ("sgd_step relu, squared", lambda: sgd_step(x, w, b, "relu", None, 1.0, "squared", 0.1)),
    ):
        seconds = median_seconds(run, repeats)
        print(f"  {name:34s} {seconds * 1e6:7.1f} us   ratio {seconds / base:.1f}")


def bench_panel(repeats: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    from actviz.model.activation_choice import ActivationChoice
    from actviz.model.neuron.lab import NeuronModel
    from actviz.views.neuron.qt_neuron_panel import QtNeuronPanel
    from actviz.views.neuron.qt_operating_point_overlay import QtOperatingPointOverlay

    app = QApplication.instance() or QApplication([])
    model = NeuronModel(ActivationChoice("sigmoid"))
    model.set_n_inputs(4)
    model.set_mode("target")
    panel = QtNeuronPanel(model)
    panel.resize(460, 900)
    panel.show()
    plot = pg.PlotWidget()
    plot.resize(700, 500)
    plot.show()
    overlay = QtOperatingPointOverlay(model, plot.getPlotItem(), plot)
    values = iter(np.tile(np.linspace(-2.0, 2.0, 101), 1000))

    def gesture() -> None:
        model.set_x(0, float(next(values)))
        panel.refresh()
        panel.diagram.repaint()
        plot.repaint()

    def tick() -> None:
        panel.step()
        panel.refresh()
        panel.diagram.repaint()
        panel.loss_plot.repaint()
        plot.repaint()

    app.processEvents()
    seconds = median_seconds(gesture, repeats)
    print(f"panel (offscreen), median of {repeats}:")
    print(f"  {'slider gesture: setter + repaint':34s} {seconds * 1e3:7.2f} ms")
    seconds = median_seconds(tick, repeats)
    print(f"  {'Play tick: step + repaint':34s} {seconds * 1e3:7.2f} ms (every 80 ms)")
    overlay.detach()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=2000)
    args = parser.parse_args()
    print(f"load average: {os.getloadavg()[0]:.2f}")
    bench_core(args.repeats)
    bench_panel(max(20, args.repeats // 20))


if __name__ == "__main__":
    main()
