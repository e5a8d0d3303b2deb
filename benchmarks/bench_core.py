"""Time forward + derivative of every catalogue activation against numpy's own ``np.tanh``.

Run: ``python benchmarks/bench_core.py [--repeats N] [--size N] [KEY ...]``

For each activation (at its defaults, plus one row per other choice of a discrete param, such as
GELU's ``approximate='tanh'``) it evaluates ``forward(x)`` then ``derivative(x)`` on
``x = linspace(-12, 12, size)`` (float64, 1,000,000 points by default), takes the median of the
repeats, and prints nanoseconds per element and the ratio to one ``np.tanh(x)`` on the same array,
timed alternately with each activation's runs (the ratio is the median of the paired ratios, so
that both sides of each ratio saw the same machine load).
Ratios at or above 6 are flagged. A print-out, not a test: timings vary between machines, and
with the load of other processes (printed in the header: rerun when it is high).

What dominates at this size, measured on the development VM: not the arithmetic but memory. A
fresh 8 MB temporary is page-faulted on first touch, 2-4 ns an element, as much as an exp. Hence
the catalogue evaluates large arrays in cache-sized blocks (actviz/core/families/_stable.py), and
a whole-array np.tanh, which allocates only its result, is a demanding baseline.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from typing import Any

import numpy as np

import actviz.core as core

FLAG_RATIO = 6.0


def paired_medians(
    run: Callable[[], object], baseline: Callable[[], object], repeats: int
) -> tuple[float, float, float]:
    """Median seconds of ``run`` and of ``baseline``, and the median of their per-repeat ratios.

    The two are timed alternately, back to back, so that both see the same machine load; the
    median of the paired ratios then holds up even when other processes come and go.
    """
    run()  # warm-up: first-use imports (scipy.special) and page faults are not what we measure
    baseline()
    run_times, baseline_times = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        baseline()
        middle = time.perf_counter()
        run()
        baseline_times.append(middle - start)
        run_times.append(time.perf_counter() - middle)
    ratios = [r / b for r, b in zip(run_times, baseline_times, strict=True)]
    return (
        statistics.median(run_times),
        statistics.median(baseline_times),
        statistics.median(ratios),
    )


def cases(keys: list[str]) -> list[tuple[str, core.Activation, dict[str, Any]]]:
    """(label, activation, params): the defaults, then each other choice of each choice param."""
    out: list[tuple[str, core.Activation, dict[str, Any]]] = []
    for key in keys:
        act = core.get(key)
        out.append((key, act, {}))
        for param in act.params:
            for choice in param.choices or ():
                if choice != param.default:
                    out.append((f"{key}({param.name}={choice!r})", act, {param.name: choice}))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("keys", nargs="*", help="activations to time (default: all)")
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--size", type=int, default=1_000_000)
    args = parser.parse_args(argv)

    x = np.linspace(-12.0, 12.0, args.size)
    per_element = 1e9 / x.size

    def tanh_run() -> object:
        return np.tanh(x)

    rows = []
    for label, act, params in cases(args.keys or core.names()):

        def run(act: core.Activation = act, params: dict[str, Any] = params) -> object:
            act.forward(x, **params)
            return act.derivative(x, **params)

        rows.append((label, *paired_medians(run, tanh_run, args.repeats)))

    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    print(f"forward + derivative on {x.size:,} float64 points, median of {args.repeats} runs")
    print(f"load average while measuring: {load} (on {os.cpu_count()} cores)")
    print(f"{'activation':<32} {'ns/element':>11} {'np.tanh ns':>11} {'ratio':>7}")
    flagged = []
    for label, seconds, tanh_seconds, ratio in rows:
        flag = "  <- >= 6" if ratio >= FLAG_RATIO else ""
        if flag:
            flagged.append(label)
        print(
            f"{label:<32} {seconds * per_element:>11.2f} {tanh_seconds * per_element:>11.2f}"
            f" {ratio:>7.2f}{flag}"
        )
    print(f"{len(flagged)} of {len(rows)} at or above {FLAG_RATIO:g}x: {', '.join(flagged) or '-'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
