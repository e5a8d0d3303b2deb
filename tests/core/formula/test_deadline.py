"""The deadline's stop: what the worker thread receives when the caller stops waiting.

Reference: the documented contract of :mod:`actviz.core.formula.deadline` (at the deadline the
worker is stopped by :class:`Cancelled` raised inside it, which the worker swallows, and the caller
gets an ExpressionError at once).
"""

from __future__ import annotations

import threading
import time

import pytest

from actviz.core import ExpressionError
from actviz.core.formula.deadline import Cancelled, run_with_deadline


def test_a_task_stuck_in_one_call_receives_cancelled() -> None:
    received: list[type[BaseException]] = []

    def stuck(_check: object) -> None:
        end = time.perf_counter() + 30.0
        try:
            while time.perf_counter() < end:  # never reaches a check(): only the raise stops it
                pass
        except BaseException as error:
            received.append(type(error))
            raise

    with pytest.raises(ExpressionError, match="took longer"):
        run_with_deadline(stuck, 0.2)
    for worker in [t for t in threading.enumerate() if t.name == "actviz-formula"]:
        worker.join(timeout=10)
    assert received == [Cancelled]


def test_the_stop_passes_through_library_code_that_swallows_exceptions() -> None:
    """sympy has many ``except Exception:`` blocks; the stop raised inside one must not be taken
    for an ordinary error and swallowed, or the worker burns a core for as long as it likes."""
    swallowed: list[type[BaseException]] = []

    def stuck(_check: object) -> None:
        end = time.perf_counter() + 30.0
        while time.perf_counter() < end:
            try:
                for _ in range(1000):
                    pass
            except Exception as error:  # what a library does around its own steps
                swallowed.append(type(error))

    with pytest.raises(ExpressionError, match="took longer"):
        run_with_deadline(stuck, 0.2)
    started = time.perf_counter()
    for worker in [t for t in threading.enumerate() if t.name == "actviz-formula"]:
        worker.join(timeout=10)
    assert time.perf_counter() - started < 5.0
    assert swallowed == []
