"""The standalone bundle builds and its program starts offscreen and writes a real PNG.

Slow (a PyInstaller build, a minute or more), so it is not in the default run:
    python -m pytest -m bundle tests/test_bundle.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [pytest.mark.bundle, pytest.mark.slow]


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
    assert (internal / "actviz" / "resources" / "actviz.svg").is_file()
    for unwanted in ("torch", "matplotlib", "tkinter"):
        assert not (internal / unwanted).exists(), unwanted
