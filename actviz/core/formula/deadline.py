"""The time bound on the symbolic work: a worker thread with a deadline, stopped when it overruns.

Why it is needed: the input limits (length, tree size and depth, exponents) and the absence of
``simplify()`` keep almost every formula to well under a second, but sympy's automatic
evaluation can still explode on a small input (tan nested fifteen deep asks assumption questions
whose number grows exponentially with the depth). One sympy call cannot be interrupted by checking
a clock between steps, so the work runs on a worker thread and the caller waits at most
``seconds``. At the deadline the caller answers at once (the formula is refused) and *stops* the
worker: it sets a flag the worker checks between steps, and raises :class:`Cancelled` inside the
worker thread with CPython's ``PyThreadState_SetAsyncExc``, which fires at the worker's next
bytecode. sympy is pure Python, so the worker unwinds within moments instead of burning a core
in the background. (A process could be killed outright, but starting one and importing sympy in it
costs more than the whole budget; a late result is never used either way.)
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable
from typing import TypeVar

from actviz.core.formula.errors import ExpressionError
from actviz.core.i18n import format_number, translate

T = TypeVar("T")
Check = Callable[[], None]


class Cancelled(BaseException):  # so that sympy's `except Exception` cannot swallow it
    """Raised inside the worker once the caller stopped waiting."""


def run_with_deadline(task: Callable[[Check], T], seconds: float) -> T:
    """``task(check)`` on a worker thread; ExpressionError if it is not done within ``seconds``.

    ``task`` should call ``check()`` between its steps. Any exception it raises is re-raised here;
    exceptions other than ExpressionError become one (the formula is refused, the app goes on).
    """
    stop = threading.Event()
    done = threading.Event()
    lock = threading.Lock()
    state: dict[str, object] = {"interruptible": True}

    def check() -> None:
        if stop.is_set():
            raise Cancelled

    def work() -> None:
        try:
            try:
                state["value"] = task(check)
            except Cancelled:
                pass
            except BaseException as error:  # handed to the caller, never lost
                state["error"] = error
            with lock:
                state["interruptible"] = False
        except Cancelled:
            pass  # the stop arrived between the task's end and the line above
        finally:
            done.set()

    worker = threading.Thread(target=work, name="actviz-formula", daemon=True)
    worker.start()
    if not done.wait(seconds):
        stop.set()
        with lock:
            if state["interruptible"]:
                state["interruptible"] = False
                _raise_in(worker, Cancelled)
        message = translate(
            "Formula",
            "working out this formula took longer than {seconds} s and was stopped: try a "
            "simpler one",
        )
        raise ExpressionError(message.format(seconds=format_number(seconds)))
    error = state.get("error")
    if isinstance(error, ExpressionError):
        raise error
    if isinstance(error, RecursionError | MemoryError):
        raise ExpressionError(
            translate("Formula", "the formula is too complicated to work with")
        ) from None
    if isinstance(error, BaseException):
        message = translate("Formula", "actviz could not work with this formula ({error})")
        raise ExpressionError(message.format(error=f"{type(error).__name__}: {error}")) from error
    return state["value"]  # type: ignore[return-value]


def _raise_in(thread: threading.Thread, exception: type[BaseException]) -> None:
    """Raise ``exception`` in ``thread`` at its next bytecode (CPython)."""
    ident = thread.ident
    if ident is None:
        return
    # CPython stops at the first thread state with this id: it sets at most one, nothing to undo.
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(exception))
