"""For the desktop-install tests: freedesktop's tools, and an install as actviz 0.1.0 made it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from actviz import desktop_entry

#: The freedesktop tools the tests run, and the Debian package of each (.ci/run installs them).
DEBIAN_PACKAGE = {
    "desktop-file-validate": "desktop-file-utils",
    "update-desktop-database": "desktop-file-utils",
    "update-mime-database": "shared-mime-info",
    "xmllint": "libxml2-utils",
    "appstreamcli": "appstream",
    "xdg-mime": "xdg-utils",
    "gio": "libglib2.0-bin",
}

OLD_INSTALL = Path(__file__).parent / "data" / "install-0.1.0"


def require_tool(name: str) -> str:
    """The path of tool ``name``; without it the test fails under CI and skips elsewhere."""
    path = shutil.which(name)
    if path is not None:
        return path
    message = f"{name} is missing: install the Debian package {DEBIAN_PACKAGE[name]}"
    if os.environ.get("CI"):
        pytest.fail(f"{message} (CI is set: the desktop files must be checked by the real tools)")
    pytest.skip(message)


def make_install_of_0_1_0(home: Path) -> list[str]:
    """Lay out, under ``home``, exactly what ``actviz --install-desktop`` of 0.1.0 wrote.

    The manifest is the one 0.1.0 wrote (everything named ``actviz``, its MIME package the broken
    one with ``--`` in a comment); the icons are today's PNGs under the old name. Returns the files.
    """
    manifest = desktop_entry.Manifest.load(OLD_INSTALL / "desktop-install.json")
    for rel in manifest.files:
        target = home / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if rel.endswith(".png"):
            size = rel.split("/")[2].split("x")[0]
            shutil.copyfile(desktop_entry.resource_path(f"actviz-{size}.png"), target)
        elif rel.endswith(".svg"):
            shutil.copyfile(desktop_entry.resource_path("actviz.svg"), target)
        else:
            shutil.copyfile(OLD_INSTALL / Path(rel).name, target)
    manifest_path = home / "actviz" / desktop_entry.MANIFEST_NAME
    manifest_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(OLD_INSTALL / "desktop-install.json", manifest_path)
    return manifest.files
