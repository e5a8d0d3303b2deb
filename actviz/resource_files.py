"""Where the files the running app loads live (icons, the desktop-entry template, the MIME type).

A leaf module with no imports from actviz, so every layer may use it: the views for the window
icon, the composition root's desktop-entry installer for what it copies into the menu. The folder
sits beside this file, also inside the PyInstaller bundle.
"""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent / "resources"


def resource_path(name: str) -> Path:
    """A file shipped in ``actviz/resources``."""
    return RESOURCES / name
