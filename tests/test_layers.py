"""The layer rule: core and model import no Qt, checked in a fresh interpreter."""

import subprocess
import sys

import pytest

QT_MODULES = ("PySide6", "pyqtgraph", "superqt", "shiboken6")


@pytest.mark.parametrize("package", ["actviz.core", "actviz.model"])
def test_package_imports_no_qt(package: str) -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"pkg = importlib.import_module({package!r})\n"
        "for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({QT_MODULES!r})))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]", f"{package} loaded Qt: {result.stdout}"


def test_core_import_does_not_load_scipy() -> None:
    """scipy.special costs 0.15 s: it loads on first use, not at start-up."""
    code = "import sys, actviz.core; print('scipy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
