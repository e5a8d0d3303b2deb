"""Time one deep-network simulation (forward + backward + statistics + histograms).

Run: ``python benchmarks/bench_deepnet.py [--repeats N] [--depth D] [--width W] [--batch B] [KEY]``

For each activation (relu, tanh, sigmoid, selu, gelu by default) it runs
``actviz.core.deepnet.simulate(depth, width, key, batch=batch)`` (He normal init, 50 x 512 x 256
by default: the size the lab's presets use), takes the median of the repeats, and prints it with
the time of the bare matrix products the simulation cannot avoid (2 x depth products of
(batch x width) by (width x width)), measured in the same run, and their ratio: what the
activation, the statistics and the histograms cost on top. A print-out, not a test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable

import numpy as np

from actviz.core.deepnet import simulate

DEFAULT_KEYS = ["relu", "tanh", "sigmoid", "selu", "gelu"]


def median_seconds(run: Callable[[], object], repeats: int) -> float:
    run()  # warm-up: first-use imports (scipy.special) and page faults are not what we measure
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bare_products(depth: int, width: int, batch: int) -> Callable[[], object]:
    rng = np.random.default_rng(0)
    weights = [rng.standard_normal((width, width)) / np.sqrt(width) for _ in range(depth)]
    x = rng.standard_normal((batch, width))

    def run() -> object:
        h = x
        for w in weights:
            h = h @ w.T
        g = x
        for w in reversed(weights):
            g = g @ w
        return h, g

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("keys", nargs="*", default=DEFAULT_KEYS)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--depth", type=int, default=50)
    parser.add_argument("--width", type=int, default=512)
    parser.add_argument("--batch", type=int, default=256)
    args = parser.parse_args()
    d, w, b = args.depth, args.width, args.batch
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"simulate(depth={d}, width={w}, batch={b}), median of {args.repeats} runs")
    print(f"load average {load} on {os.cpu_count()} cores: other work slows every figure alike")
    matmul = median_seconds(bare_products(d, w, b), args.repeats)
    print(f"{'bare matrix products':>22}: {matmul * 1e3:8.1f} ms")
    for key in args.keys:
        seconds = median_seconds(lambda key=key: simulate(d, w, key, batch=b), args.repeats)
        print(f"{key:>22}: {seconds * 1e3:8.1f} ms   ({seconds / matmul:4.1f}x the bare products)")


if __name__ == "__main__":
    main()
