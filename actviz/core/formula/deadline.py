"""The time bound on the symbolic work: a worker thread with a deadline, late results dropped.

Why a thread and not a check of the clock alone: the symbolic steps call into sympy, and one call
cannot be interrupted from the outside. The input limits (length, tree size and depth, exponents)
and the absence of ``simplify()`` keep every call polynomial in a small size, so the deadline is a
second line of defence that should never be needed: whatever happens inside sympy, the caller gets
an answer (the result or a refusal) within ``seconds``. A worker that overruns is told to stop
(it checks between steps and quits at the next check) and is a daemon, so it never holds up the
app's exit; its result, if it ever comes, is dropped. A process would be killable, but starting one
and importing sympy in it costs more than the whole budget.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from actviz.core.formula.errors import ExpressionError

T = TypeVar("T")
Check = Callable[[], None]


class Cancelled(Exception):
    """Raised inside the worker at its next check once the caller stopped waiting."""


def run_with_deadline(task: Callable[[Check], T], seconds: float, what: str) -> T:
    """``task(check)`` on a worker thread; ExpressionError if it is not done within ``seconds``.

    ``task`` should call ``check()`` between its steps. Any exception it raises is re-raised here;
    exceptions other than ExpressionError become one (the formula is refused, the app goes on).
    """
    stop = threading.Event()
    done = threading.Event()
    outcome: dict[str, object] = {}

    def check() -> None:
        if stop.is_set():
            raise Cancelled

    def work() -> None:
        try:
            outcome["value"] = task(check)
        except Cancelled:
            pass
        except BaseException as error:
            outcome["error"] = error
        finally:
            done.set()

    threading.Thread(target=work, name="actviz-formula", daemon=True).start()
    if not done.wait(seconds):
        stop.set()
        raise ExpressionError(
            f"{what} took longer than {seconds:g} s and was stopped: try a simpler formula"
        )
    error = outcome.get("error")
    if isinstance(error, ExpressionError):
        raise error
    if isinstance(error, RecursionError | MemoryError):
        raise ExpressionError("the formula is too complicated to work with") from None
    if isinstance(error, BaseException):
        raise ExpressionError(
            f"actviz could not work with this formula ({type(error).__name__}: {error})"
        ) from error
    return outcome["value"]  # type: ignore[return-value]
