"""The standalone bundle: its exclusion list is safe, it builds, and its program writes a real PNG.

The build is slow (a PyInstaller run, a minute or more), so it is not in the default run:
    python -m pytest -m bundle tests/test_bundle.py
The check that the spec excludes nothing the app imports is fast and always runs.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "actviz.spec"

# Imports everything a session touches, the way main() does, then lists the loaded modules.
_LOADED_MODULES_SCRIPT = """
import json, sys
import numpy as np
from PySide6.QtWidgets import QApplication
app = QApplication(["actviz"])
from actviz import app as actviz_app
from actviz import core
window = actviz_app.MainWindow()
window.show()
app.processEvents()
x = np.linspace(-4.0, 4.0, 101)
for key in core.names():
    activation = core.get(key)
    activation.forward(x)
    activation.derivative(x)
app.processEvents()
# What File > Record animation, Export handout and Export cheat sheet load (lazily).
import tempfile, actviz
with tempfile.TemporaryDirectory() as folder:
    actviz.render("relu", folder + "/f.svg")
    actviz.render("relu", folder + "/f.pdf")
    actviz.handout(folder + "/h.pdf", ["relu"])
    actviz.cheatsheet(folder + "/c.png")
    actviz.animate("elu", folder + "/a.gif", "alpha", frames=2)
print(json.dumps(sorted(sys.modules)))
"""


def _spec_excludes() -> list[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "EXCLUDES" for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return value
    raise AssertionError("EXCLUDES not found in the spec")


def test_spec_excludes_the_local_only_packages() -> None:
    excludes = set(_spec_excludes())
    assert {"torch", "matplotlib", "tkinter", "_tkinter", "PyQt5", "PyQt6"} <= excludes


def test_spec_excludes_nothing_the_app_loads() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _LOADED_MODULES_SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    excludes = _spec_excludes()
    clashes = [m for m in loaded for ex in excludes if m == ex or m.startswith(ex + ".")]
    assert clashes == [], f"the bundle would lack modules the app loads: {clashes}"


@pytest.mark.bundle
@pytest.mark.slow
def test_bundle_builds_and_its_smoke_check_passes(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHON": sys.executable,
        "ACTVIZ_DIST": str(tmp_path / "dist"),
        "ACTVIZ_BUILD": str(tmp_path / "build"),
    }
    result = subprocess.run(
        ["bash", str(ROOT / "tools" / "build_bundle.sh")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    assert "PASS: bundle smoke check" in result.stdout
    internal = tmp_path / "dist" / "actviz" / "_internal"
    resources = internal / "actviz" / "resources"
    app_id = "io.github.actviz.actviz"
    for name in ("actviz.svg", f"{app_id}.desktop", f"{app_id}.mime.xml", f"{app_id}.metainfo.xml"):
        assert (resources / name).is_file(), name
    for unwanted in ("torch", "matplotlib", "tkinter"):
        assert not (internal / unwanted).exists(), unwanted
    # Our compiled German catalogue, and of Qt's 14 MB of translations only qtbase_de.qm.
    assert (resources / "translations" / "actviz_de.qm").is_file()
    qt_translations = sorted(p.name for p in internal.rglob("PySide6/Qt/translations/*.qm"))
    assert qt_translations == ["qtbase_de.qm"], qt_translations
    # The bundle installs its own menu entry, which starts the bundled program.
    program = tmp_path / "dist" / "actviz" / "actviz"
    share = tmp_path / "share"
    desktop_env = {**os.environ, "XDG_DATA_HOME": str(share), "HOME": str(tmp_path)}
    for flag in ("--install-desktop", "--uninstall-desktop"):
        result = subprocess.run(
            [str(program), flag],
            env=desktop_env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        if flag == "--install-desktop":
            entry = (share / "applications" / f"{app_id}.desktop").read_text(encoding="utf-8")
            assert f"Exec={program.resolve()} %f" in entry.splitlines()
            assert (share / "metainfo" / f"{app_id}.metainfo.xml").is_file()
    assert not share.exists()
