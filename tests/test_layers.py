"""The layer rules of the README, checked two ways.

Statically, by import-linter with the contracts in pyproject.toml: imports point down
(app > views > model > core), core and model import no Qt, one lab's views never import another
lab's, shared view code imports no lab. Imports inside functions count too.

At run time, in a fresh interpreter: importing every module of core and model loads no Qt, even
through a third-party package, and core alone does not load scipy.
"""

from __future__ import annotations

import importlib.util
import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import actviz.views

ROOT = Path(__file__).resolve().parent.parent
QT_MODULES = ("PySide6", "pyqtgraph", "superqt", "shiboken6")
SHARED_VIEW_PACKAGES = {"actviz.views.widgets", "actviz.views.theme", "actviz.views.language"}


def _contracts() -> dict[str, dict]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return {c["name"]: c for c in config["tool"]["importlinter"]["contracts"]}


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False
    )


def test_import_contracts_are_kept() -> None:
    assert importlib.util.find_spec("importlinter"), "install the test extra: pip install '.[test]'"
    result = _run(
        "import sys\n"
        "from importlinter.cli import lint_imports\n"
        "sys.exit(lint_imports(config_filename='pyproject.toml', no_cache=True, no_logo=True))\n"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(_contracts())} kept, 0 broken." in result.stdout


def test_every_view_package_is_a_listed_lab_or_shared_code() -> None:
    """A new lab package must join the lab contracts in pyproject.toml (see the comment there)."""
    contracts = _contracts()
    labs = set(contracts["One lab's views never import another lab's"]["modules"])
    shared = contracts["Shared view code (widgets, theme, language) imports no lab"]
    assert set(shared["source_modules"]) == SHARED_VIEW_PACKAGES
    assert set(shared["forbidden_modules"]) == labs
    packages = {
        info.name
        for info in pkgutil.iter_modules(actviz.views.__path__, "actviz.views.")
        if info.ispkg
    }
    assert packages - SHARED_VIEW_PACKAGES == labs, "list new lab packages in pyproject.toml"


@pytest.mark.parametrize("package", ["actviz.core", "actviz.model"])
def test_package_imports_no_qt(package: str) -> None:
    result = _run(
        "import importlib, pkgutil, sys\n"
        f"pkg = importlib.import_module({package!r})\n"
        "for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({QT_MODULES!r})))\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]", f"{package} loaded Qt: {result.stdout}"


def test_core_import_does_not_load_scipy() -> None:
    """scipy.special costs 0.15 s: it loads on first use, not at start-up."""
    result = _run("import sys, actviz.core; print('scipy' in sys.modules)")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
