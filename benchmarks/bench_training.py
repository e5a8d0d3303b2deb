"""Epochs per second of the training lab, for TensorFlow Playground's default run.

Run: ``python benchmarks/bench_training.py [--repeats N] [--epochs E] [KEY ...]``

The run: circle data (500 points, seed 0) split 50/50, so 250 training points; features x1, x2;
hidden layers [4, 2]; Playground's initialisation; batch 10 (25 updates an epoch); lr 0.03.
For each activation (tanh, relu, sigmoid, gelu by default) it prints the median over the repeats
of ``--epochs`` epochs of:

- ``kernel``: ``training.run_epoch`` alone (what the lab's worker thread calls);
- ``train_epoch``: the public function, with its argument checks and copies;
- ``epoch + losses``: the kernel plus the train and test loss after every epoch (what the lab and
  ``fit`` do each epoch, and what Playground's ``oneStep`` does);
- and, for reference, one batch update (forward + backward + update) in microseconds.

The aim is at least 500 epochs/s for the core. A print-out, not a test: other engineers' work on
this machine slows every figure alike, so the load average is printed beside them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable

import numpy as np

from actviz.core import training

DEFAULT_KEYS = ["tanh", "relu", "sigmoid", "gelu"]


def median_rates(run: Callable[[], object], epochs: int, repeats: int) -> tuple[float, float]:
    """Median epochs per second of ``run`` (which runs ``epochs`` epochs): by the wall clock,
    and by this process's CPU time (what a quiet machine would give; the wall clock also counts
    the time other processes hold the CPU)."""
    run()  # warm-up
    wall, cpu = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        run()
        wall.append(epochs / (time.perf_counter() - start))
        cpu.append(epochs / max(time.process_time() - start_cpu, 1e-9))
    return statistics.median(wall), statistics.median(cpu)


def core_runs(key: str, epochs: int) -> dict[str, Callable[[], object]]:
    """The three ways of running ``epochs`` epochs of Playground's default run, from scratch."""
    points, labels = training.make_dataset("circle", seed=0)
    train_pts, train_lab, test_pts, test_lab = training.split(points, labels, 0.5, seed=0)
    weights, biases = training.init_network(2, (4, 2), init="playground", seed=0)
    tx, ty = training.feature_matrix(train_pts), train_lab[:, None]
    vx, vy = training.feature_matrix(test_pts), test_lab[:, None]
    acts = training.resolve_activations(key, None, 2)
    options = {"lr": 0.03, "batch_size": 10, "output": "tanh", "loss": "square"}

    def fresh() -> tuple[list[np.ndarray], list[np.ndarray]]:
        return [w.copy() for w in weights], [b.copy() for b in biases]

    def kernel() -> None:
        ws, bs = fresh()
        with np.errstate(all="ignore"):
            for _ in range(epochs):
                training.run_epoch(ws, bs, tx, ty, acts, **options, l1=0.0, l2=0.0)

    def public() -> None:
        ws, bs = fresh()
        for _ in range(epochs):
            ws, bs = training.train_epoch(ws, bs, tx, ty, key, lr=0.03, batch_size=10)

    def with_losses() -> None:
        ws, bs = fresh()
        both_x, both_y = np.vstack([tx, vx]), np.vstack([ty, vy])
        with np.errstate(all="ignore"):
            for _ in range(epochs):
                training.run_epoch(ws, bs, tx, ty, acts, **options, l1=0.0, l2=0.0)
                z = training.forward(ws, bs, both_x, acts)[2]
                losses = training.row_losses(z, both_y, "tanh", "square")
                float(np.mean(losses[: len(tx)])), float(np.mean(losses[len(tx) :]))

    return {"kernel": kernel, "train_epoch": public, "epoch + losses": with_losses}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("keys", nargs="*", default=DEFAULT_KEYS)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--epochs", type=int, default=200)
    args = parser.parse_args()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print("Playground default: circle, 250 training points, [4, 2], batch 10 (25 updates/epoch)")
    print(f"median of {args.repeats} runs of {args.epochs} epochs")
    print(f"load average {load} on {os.cpu_count()} cores: other work slows every figure alike")
    print("\n-- core (numpy only): epochs/s by the wall clock (by CPU time) --")
    for key in args.keys:
        rates = {
            name: median_rates(run, args.epochs, args.repeats)
            for name, run in core_runs(key, args.epochs).items()
        }
        batch_us = 1e6 / (rates["kernel"][1] * 25)
        cells = "  ".join(
            f"{name} {wall:4.0f} ({cpu:4.0f})/s" for name, (wall, cpu) in rates.items()
        )
        print(f"{key:>8}: {cells}  ({batch_us:.0f} µs CPU a batch update)")
    # -- in the app: the lab adds its figure here (epochs/s with the decision map and unit maps
    # redrawn, redraws per second, longest event-loop stall) --


if __name__ == "__main__":
    main()
