"""The house rules a machine can check, run by the suite so that CI checks them: ruff on every
Python file of the repository, and mypy in strict mode on the core and the model (the layers the
README promises are fully typed). The tools come with the test extra; a missing one fails."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_tool(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *argv], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


def test_ruff_finds_nothing() -> None:
    result = run_tool("ruff", "check", "--no-cache", "actviz", "tests", "benchmarks", "tools")
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_core_and_model_pass_mypy_strict() -> None:
    result = run_tool(
        "mypy", "--no-incremental", "--cache-dir=/dev/null", "actviz/core", "actviz/model"
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "Success" in result.stdout
