"""Hostile and broken formulas: each refused with ExpressionError, a message and a column, quickly,
and nothing in them ever run.

"Nothing run" is checked three ways: texts that would create a file or exit if evaluated leave no
trace; ``eval``, ``exec``, ``compile`` (beyond parsing) and sympy's string parsers are replaced by
traps while formulas are parsed; and the refusals come from the allow list, not from a failure
inside sympy (each message says what was refused).
"""

from __future__ import annotations

import builtins
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import sympy

from actviz.core import ExpressionError, parse_activation
from actviz.core.formula.text import MAX_LENGTH, MAX_NESTING

QUICK = 1.0  # seconds: "well under a second" per refusal, with a margin for a loaded machine


def refuse(text: object) -> ExpressionError:
    start = time.perf_counter()
    with pytest.raises(ExpressionError) as caught:
        parse_activation(text)  # type: ignore[arg-type]
    elapsed = time.perf_counter() - start
    assert elapsed < 5 * QUICK, f"{text!r} took {elapsed:.2f} s to refuse"
    error = caught.value
    assert isinstance(error, ValueError)
    assert error.message and str(error)
    assert error.column is None or 1 <= error.column <= len(str(text)) + 1
    return error


HOSTILE = {
    "import": "__import__('os').system('touch /tmp/actviz-pwned')",
    "import statement": "import os",
    "dunder name": "x + __builtins__",
    "dunder attribute": "x.__class__",
    "attribute chain": "x.real.imag",
    "subclasses walk": "().__class__.__bases__[0].__subclasses__()",
    "unknown call": "open('/etc/passwd')",
    "unknown function": "foo(x)",
    "eval": "eval('1')",
    "exec": "exec('x=1')",
    "lambda": "(lambda: 1)()",
    "lambda without colon char": "lambda x",
    "list comprehension": "[x for x in (1, 2)]",
    "generator": "sum(x for x in (1, 2))",
    "string": "'x'",
    "f-string": "f'{x}'",
    "bytes": "b'x'",
    "keyword argument": "exp(x=1)",
    "starred argument": "max(*x)",
    "walrus": "(y := x)",
    "if expression": "x if x else 1",
    "and": "x and 1",
    "comparison outside where": "x > 0",
    "chained comparison": "where(0 < x < 1, x, 0)",
    "equality in where": "where(x == 0, 1, x)",
    "tuple": "x, 1",
    "semicolon": "x; 1",
    "subscript": "x[0]",
    "modulo": "x % 2",
    "floor division": "x // 2",
    "bit or": "x | 1",
    "not": "not x",
    "complex": "x * 1j",
    "True": "x * True",
    "None": "x + None",
    "huge literal": "x * 1e400",
    "huge integer": "x * 10000000000000000000000",
    "tower of powers": "x * 9^9^9^9",
    "tower with stars": "x * 9**9**9",
    "power of power": "x * (10^15)^100^1",
    "huge exponent": "x ^ 1000",
    "division by zero": "x / 0",
    "undefined constant": "x * log(0)",
    "complex constant": "x * sqrt(-1)",
    "nul byte": "x\x00 + 1",
    "newline": "x\n+ 1",
    "unicode": "β * x",
    "control character": "x\x1b[2J",
    "wrong arity": "exp(x, 2)",
    "where arity": "where(x > 0, x)",
    "where without comparison": "where(x, 1, 0)",
    "function as name": "exp * x",
    "underscore name": "_a * x",
    "trailing underscore": "a_ * x",
    "implicit product": "2x",
    "missing operator": "x y",
    "dangling operator": "x +",
    "double operator": "x ** ** 2",
    "assignment": "x = 1",
    "backslash": "x \\ 2",
}


@pytest.mark.parametrize("text", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_text_is_refused_with_a_reason(text: str) -> None:
    refuse(text)


def test_a_refused_text_is_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    for text in (
        f"__import__('pathlib').Path({str(marker)!r}).touch()",
        f"open({str(marker)!r}, 'w')",
        "exit(3)",
        "__import__('os')._exit(3)",
    ):
        refuse(text)
    assert not marker.exists()


@pytest.mark.parametrize("text", ["", "   ", "\t"], ids=["empty", "spaces", "tab"])
def test_empty_text_asks_for_a_formula(text: str) -> None:
    assert "formula" in refuse(text).message


@pytest.mark.parametrize("text", ["1", "a + b", "pi * e", "x - x", "0 * x", "sigmoid(a)"])
def test_a_formula_without_x_is_refused(text: str) -> None:
    assert "x" in refuse(text).message


def test_not_text_is_refused() -> None:
    for value in (None, 3, b"x", ["x"]):
        refuse(value)


def test_very_long_input_is_refused_before_parsing() -> None:
    assert "500" in refuse("x + " * 2000).message
    refuse("x" + " " * MAX_LENGTH)


def test_thousands_of_nested_brackets() -> None:
    refuse("(" * 5000 + "x" + ")" * 5000)
    deep = "(" * (MAX_NESTING + 1) + "x" + ")" * (MAX_NESTING + 1)
    error = refuse(deep)
    assert "nested" in error.message and error.column == MAX_NESTING + 1


def test_long_chains_without_brackets_hit_the_tree_limits() -> None:
    refuse("-" * 400 + "x")  # depth
    refuse("+".join(["x"] * 240))  # size
    # Deep but within the limits: accepted, and its overflows are gaps, not warnings.
    heavy = parse_activation("exp(exp(exp(x))) * " + "sin(" * 20 + "x" + ")" * 20)
    values = heavy.forward(np.linspace(-5, 5, 101))
    assert np.isnan(values).any() and np.isfinite(values).any()


@pytest.mark.parametrize(
    ("text", "column", "words"),
    [
        ("x * (1 + x", 5, "never closed"),
        ("x * 1 + x)", 10, "closes no"),
        ("x + [1]", 5, "square brackets"),
        ("x + 'a'", 5, "strings"),
        ("x + foo(x)", 5, "foo"),
        ("exp(x) + y.z", 10, "attribute"),
        ("x^2 + 2x", 7, "2*x"),
        ("x + 1e999", 5, "limited"),
        ("abs(x) + exp", 10, "write exp(...)"),
        ("x ^ 9 ^ 9", 5, "exponents"),
        ("x\x00", 2, "NUL"),
    ],
)
def test_the_column_points_at_the_problem(text: str, column: int, words: str) -> None:
    error = refuse(text)
    assert error.column == column, (error.column, error.message)
    assert words in error.message
    assert f"column {column}" in str(error)


def test_too_many_parameters() -> None:
    names = "abcdefghij"
    error = refuse(" + ".join(f"{n}*x" for n in names))
    assert "parameters" in error.message


def test_the_deadline_refuses_symbolic_work_that_runs_long(monkeypatch: pytest.MonkeyPatch) -> None:
    import actviz.core.expression as expression

    monkeypatch.setattr(expression, "SYMBOLIC_SECONDS", 1e-4)
    error = refuse("x * tanh(softplus(x)) + erf(x) * sigmoid(x)^3")
    assert "took longer" in error.message


def test_a_runaway_worker_is_stopped_not_left_running() -> None:
    """Work stuck inside one long call (as in sympy) never reaches a check between steps: the
    deadline refuses it and stops the worker thread instead of leaving it burning a core."""
    import threading

    from actviz.core.formula.deadline import run_with_deadline

    finished = threading.Event()

    def stuck(_check: object) -> None:
        end = time.perf_counter() + 60.0
        while time.perf_counter() < end:  # pure Python, like sympy: interruptible between lines
            pass
        finished.set()

    with pytest.raises(ExpressionError, match="took longer"):
        run_with_deadline(stuck, 0.2)
    workers = [t for t in threading.enumerate() if t.name == "actviz-formula"]
    for worker in workers:
        worker.join(timeout=10)
    assert workers and not any(worker.is_alive() for worker in workers)
    assert not finished.is_set()


def test_no_eval_exec_or_sympy_string_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Valid and hostile formulas alike go through the allow list only: no text of theirs ever
    reaches eval, exec or compile (beyond ast.parse), and sympy's string parsers are never used.

    sympy itself runs code it generates from its own templates (its polynomial module does), so the
    traps look for the formula's own words: a parameter name found nowhere else, ``qzv``.
    """
    formulas = (
        "x * sigmoid(qzv * x)",
        "where(x > qzv, x, qzv * (exp(x) - 1))",
        "x^3 - x + qzv * abs(x - E) + I * N + S * O * Q",
    )
    seen: list[str] = []

    def watch(run: object, name: str) -> object:
        def guarded(source: object, *args: object, **kwargs: object) -> object:
            text = source.decode() if isinstance(source, bytes) else source
            if isinstance(text, str) and "qzv" in text:
                flags = kwargs.get("flags", args[2] if len(args) > 2 else 0)
                if not (name == "compile" and isinstance(flags, int) and flags & 0x400):
                    seen.append(f"{name}: {text!r}")  # 0x400: ast.PyCF_ONLY_AST, parse only
            if name != "compile" and not args and "globals" not in kwargs:
                caller = sys._getframe(1)  # exec/eval without namespaces use the caller's
                args = (caller.f_globals, caller.f_locals)
            return run(source, *args, **kwargs)  # type: ignore[operator]

        return guarded

    def trap(*args: object, **kwargs: object) -> None:
        seen.append(f"sympy string parser: {args!r}")

    for name in ("eval", "exec", "compile"):
        monkeypatch.setattr(builtins, name, watch(getattr(builtins, name), name))
    monkeypatch.setattr(sympy, "sympify", trap)
    monkeypatch.setattr(sympy, "parse_expr", trap)
    monkeypatch.setattr(sympy.parsing.sympy_parser, "parse_expr", trap)
    for text in formulas:
        parse_activation(text)
    refuse("__import__('os').qzv")
    refuse("qzv.__class__")
    assert seen == []
