"""Param change -> finished repaint of f and f' in a 1200 px wide plot, three ways, side by side.

1. actviz: ``session.choice.set_param`` -> the coalesced redraw (re-sample the visible range with
   kinks, forward + derivative, setData) -> a synchronous repaint of the plot.
2. bare pyqtgraph: setData of precomputed arrays + repaint, in the same scene actviz draws (grid,
   legend, readout, end markers: the ratio is the cost of our pipeline), and in a plain plot with
   just the two curves (for reference).
3. matplotlib (Agg): set_ydata of two precomputed lines + draw.

Each step runs the event loop once (actviz's coalesced redraw fires there) and then paints the
plot synchronously. Offscreen. Prints medians, 99th percentiles and ratios.
Run: python benchmarks/bench_update_latency.py
"""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

ROUNDS = 5
PER_ROUND = 100
WIDTH, HEIGHT = 1200, 700


class PaintCounter(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def until_painted(app: QApplication, counter: PaintCounter) -> None:
    """Run the event loop once (timers, posted updates), then paint the viewport synchronously.

    Waiting for the loop's own paint proved unreliable offscreen once several windows had been
    shown; every contender is finished the same way, so the comparison stays fair.
    """
    app.processEvents()
    counter.widget.repaint()


def _slopes(n: int) -> list[float]:
    return [0.01 + 0.3 * (i % 97) / 97 for i in range(n)]


def make_actviz(app: QApplication):
    from actviz.model.session import Session
    from actviz.views.explorer.qt_curve_plot import QtCurvePlot

    session = Session("leaky_relu")
    plot = QtCurvePlot(session)
    plot.resize(WIDTH, HEIGHT)
    plot.show()
    app.processEvents()
    painted = PaintCounter(plot.viewport())
    slopes = iter(_slopes(10**6))

    def step() -> None:
        session.choice.set_param("negative_slope", next(slopes))
        until_painted(app, painted)  # the 0 ms timer fires one redraw, then Qt paints

    return step, plot


def make_bare(app: QApplication, points: int):
    plot = pg.PlotWidget(background="w")
    plot.resize(WIDTH, HEIGHT)
    f_pen = pg.mkPen("#0072B2", width=2.5)
    df_pen = pg.mkPen("#D55E00", width=2, style=Qt.PenStyle.DashLine)
    f_item = plot.plot(pen=f_pen)
    df_item = plot.plot(pen=df_pen)
    plot.setXRange(-5, 5, padding=0)
    plot.setYRange(-1.5, 3.5, padding=0)
    plot.show()
    app.processEvents()
    x = np.linspace(-5, 5, points)
    data = [(np.where(x >= 0, x, s * x), np.where(x >= 0, 1.0, s)) for s in _slopes(97)]
    painted = PaintCounter(plot.viewport())
    counter = iter(range(10**6))

    def step() -> None:
        f, df = data[next(counter) % len(data)]
        f_item.setData(x, f)
        df_item.setData(x, df)
        until_painted(app, painted)

    return step, plot


def make_same_scene(app: QApplication):
    """The very plot actviz draws (grid, legend, readout, end markers), fed precomputed arrays."""
    from actviz.model.session import Session
    from actviz.views.explorer.qt_curve_plot import QtCurvePlot

    plot = QtCurvePlot(Session("leaky_relu"))
    plot.resize(WIDTH, HEIGHT)
    plot.show()
    app.processEvents()
    plot.redraw()
    x = plot.function_curve.getData()[0].copy()
    data = []
    for s in _slopes(97):
        f = np.where(x >= 0, x, s * x)
        df = np.where(x >= 0, 1.0, s)
        data.append((f, np.where(np.isnan(x), np.nan, df)))
    painted = PaintCounter(plot.viewport())
    counter = iter(range(10**6))

    def step() -> None:
        f, df = data[next(counter) % len(data)]
        plot.function_curve.setData(x, f)
        plot.derivative_curve.setData(x, df)
        until_painted(app, painted)

    return step, plot


def make_matplotlib(points: int):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(WIDTH / 100, HEIGHT / 100), dpi=100)
    x = np.linspace(-5, 5, points)
    (f_line,) = ax.plot(x, x, color="#0072B2", lw=2.5)
    (df_line,) = ax.plot(x, x, color="#D55E00", lw=2, ls="--")
    ax.set_xlim(-5, 5)
    ax.set_ylim(-1.5, 3.5)
    ax.grid(True)
    data = [(np.where(x >= 0, x, s * x), np.where(x >= 0, 1.0, s)) for s in _slopes(97)]
    counter = iter(range(10**6))

    def step() -> None:
        f, df = data[next(counter) % len(data)]
        f_line.set_ydata(f)
        df_line.set_ydata(df)
        fig.canvas.draw()

    return step


def timed(step, n: int) -> list[float]:
    out = []
    for _ in range(n):
        start = time.perf_counter()
        step()
        out.append((time.perf_counter() - start) * 1e3)
    return out


def main() -> None:
    app = QApplication.instance() or QApplication([])
    actviz_step, actviz_plot = make_actviz(app)
    points = int(np.isfinite(actviz_plot.function_curve.getData()[0]).sum())
    same_step, same_plot = make_same_scene(app)
    bare_step, bare_plot = make_bare(app, points)
    # The offscreen platform does not paint a window hidden under another: show one at a time.
    windows = {"actviz": actviz_plot, "bare pyqtgraph": same_plot, "plain 2 curves": bare_plot}

    def front(name: str) -> None:
        for other, widget in windows.items():
            widget.setVisible(other == name)
        app.processEvents()

    mpl_step = make_matplotlib(points)
    steps = {
        "actviz": actviz_step,
        "bare pyqtgraph": same_step,
        "plain 2 curves": bare_step,
        "matplotlib Agg": mpl_step,
    }
    results: dict[str, list[float]] = {name: [] for name in steps}
    for name, step in steps.items():  # warm-up
        front(name)
        timed(step, 10 if name == "matplotlib Agg" else 30)
    for _ in range(ROUNDS):  # interleaved rounds so machine load hits all three alike
        for name, step in steps.items():
            front(name)
            results[name] += timed(step, PER_ROUND // (4 if name == "matplotlib Agg" else 1))
    print(f"plot {WIDTH}x{HEIGHT} px, {points} points per curve, load {os.getloadavg()[0]:.2f}")
    print("bare pyqtgraph = the same scene fed precomputed arrays; plain = two curves, no extras")
    print(f"{'':16s} {'median ms':>10s} {'p99 ms':>8s} {'n':>5s}")
    for name, times in results.items():
        print(
            f"{name:16s} {np.median(times):10.2f} {np.percentile(times, 99):8.2f} {len(times):5d}"
        )
    ours = np.median(results["actviz"])
    print(
        f"actviz / bare pyqtgraph: {ours / np.median(results['bare pyqtgraph']):.2f}x (aim <= 1.3)"
    )
    print(f"matplotlib / actviz:     {np.median(results['matplotlib Agg']) / ours:.2f}x (aim >= 4)")
    print(f"actviz p99: {np.percentile(results['actviz'], 99):.2f} ms (aim < 8)")


if __name__ == "__main__":
    main()
