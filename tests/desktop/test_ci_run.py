""".ci/run installs every tool the desktop tests need, and runs the README's test command as is."""

from __future__ import annotations

import re
from pathlib import Path

from desktop_tools import DEBIAN_PACKAGE

ROOT = Path(__file__).resolve().parents[2]
CI_RUN = (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_ci_installs_the_debian_package_of_every_tool() -> None:
    listed = re.search(r"^DEBIAN_PACKAGES=\((.*)\)$", CI_RUN, re.MULTILINE)
    assert listed, "DEBIAN_PACKAGES=(...) not found in .ci/run"
    assert set(DEBIAN_PACKAGE.values()) <= set(listed[1].split())
    assert re.search(r"^export CI=\"\$\{CI:-1\}\"$", CI_RUN, re.MULTILINE)


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Run the tests", 1)[1]
    readme_command = re.search(r"```bash\n(.*?)\n```", section, re.DOTALL)
    assert readme_command
    ci_command = CI_RUN.split("# --- the README's test command, verbatim ---\n", 1)[1].strip()
    assert ci_command == readme_command[1].strip()
