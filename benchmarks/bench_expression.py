"""Time a typed formula from text to first plot: parse + differentiate + first sampled curve.

Run: ``python benchmarks/bench_expression.py [--repeats N] [--fresh N]``

1. Warm (sympy already imported, its cache cleared before each run so nothing is remembered from
   the previous one): ``parse_activation`` split into the symbolic work (ast walk, stable rewrites,
   f′, compiling) and the rest (estimated properties, kink finder), then the first
   ``sample_curve`` for a 1000-px plot. Aim: under 300 ms in total.
2. First use in a fresh interpreter: ``import actviz.core`` done (sympy not loaded), then the same
   three steps, so the sympy and scipy imports are included. Aim: under 1.5 s.
3. The refusal of a few hostile texts (each must be far under a second).

Timings depend on the load from other programs: the load average is printed beside them, and
medians are reported.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's actviz, whatever is installed

TYPICAL = (
    "x * sigmoid(beta * x)",
    "where(x > 0, x, a * (exp(x) - 1))",
    "x * tanh(log(1 + exp(x)))",
    "x * (1 + erf(x / sqrt(2))) / 2",
)
HOSTILE = (
    "__import__('os').system('echo hi')",
    "x * 9^9^9^9",
    "(" * 5000 + "x" + ")" * 5000,
    "-" * 400 + "x",
    "x" + "+x" * 240,
)

FIRST_USE = r"""
import time, sys
import actviz.core as core
from actviz.core.sampling import sample_curve
assert "sympy" not in sys.modules
start = time.perf_counter()
activation = core.parse_activation(sys.argv[1])
parsed = time.perf_counter()
sample_curve(activation, activation.defaults(), -5.0, 5.0, 1000)
done = time.perf_counter()
print(parsed - start, done - start)
"""


def load() -> str:
    return "load average " + ", ".join(f"{v:.2f}" for v in os.getloadavg())


def warm(repeats: int) -> None:
    import sympy.core.cache

    import actviz.core as core
    from actviz.core import expression
    from actviz.core.formula import deadline
    from actviz.core.formula.build import symbolic
    from actviz.core.formula.text import check_text
    from actviz.core.sampling import sample_curve

    core.parse_activation("x * sigmoid(x)")  # imports done
    print(f"1. warm, median of {repeats} (sympy's cache cleared each time), {load()}")
    print(f"   {'formula':36s} {'symbolic':>9s} {'rest':>7s} {'1st plot':>9s} {'total':>7s}")
    for text in TYPICAL:
        rows = []
        for _ in range(repeats):
            sympy.core.cache.clear_cache()
            start = time.perf_counter()  # the steps of core.parse_activation, timed one by one
            checked = check_text(text)
            result = deadline.run_with_deadline(lambda check, c=checked: symbolic(c, check), 10)
            symbolic_done = time.perf_counter()
            activation = expression._assemble(text, "custom", None, result)
            parsed = time.perf_counter()
            sample_curve(activation, activation.defaults(), -5.0, 5.0, 1000)
            plotted = time.perf_counter()
            rows.append(
                (symbolic_done - start, parsed - symbolic_done, plotted - parsed, plotted - start)
            )
        s, r, f, t = (statistics.median(column) for column in zip(*rows, strict=True))
        times = f"{s * 1e3:7.0f}ms {r * 1e3:5.0f}ms {f * 1e3:7.1f}ms {t * 1e3:5.0f}ms"
        print(f"   {text:36s} {times}")


def first_use(runs: int) -> None:
    print(f"2. first use in a fresh interpreter (imports included), median of {runs}, {load()}")
    for text in TYPICAL[:2]:
        parse_times, totals = [], []
        for _ in range(runs):
            env = {**os.environ, "PYTHONPATH": str(ROOT)}
            out = subprocess.run(
                [sys.executable, "-c", FIRST_USE, text],
                capture_output=True,
                text=True,
                check=True,
                env=env,
            )
            parsed, total = (float(v) for v in out.stdout.split())
            parse_times.append(parsed)
            totals.append(total)
        print(
            f"   {text:36s} parse {statistics.median(parse_times):.2f} s, "
            f"to first plot {statistics.median(totals):.2f} s (min {min(totals):.2f} s)"
        )


def hostile() -> None:
    import actviz.core as core

    print(f"3. hostile texts refused, {load()}")
    for text in HOSTILE:
        start = time.perf_counter()
        try:
            core.parse_activation(text)
        except core.ExpressionError as error:
            message = error.message
        else:
            message = "ACCEPTED"
        elapsed = time.perf_counter() - start
        shown = text if len(text) < 30 else text[:27] + "..."
        print(f"   {shown:32s} {elapsed * 1e3:7.2f} ms  {message[:50]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--fresh", type=int, default=5)
    args = parser.parse_args()
    first_use(args.fresh)  # first: before this interpreter has warmed the disk cache further
    warm(args.repeats)
    hostile()


if __name__ == "__main__":
    main()
