"""Test-wide set-up: Qt renders offscreen (set QT_QPA_PLATFORM yourself to watch on a display)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
