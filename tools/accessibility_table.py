"""Print what a screen reader finds on each tab of the real window (issue 14's measure): visible
interactive controls and canvases, how many have no accessible name, and canvases without a
description.

Run from the checkout:  ``python tools/accessibility_table.py``  (offscreen, 1366x768).
``tests/app/test_app_accessibility.py`` asserts the same walk finds nothing unnamed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "app")]

from PySide6.QtGui import QAccessible  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from test_app_accessibility import accessible_text, interactive_controls  # noqa: E402
from window_walk import describe, every_tab, settle, visible_canvases  # noqa: E402

from actviz.app import MainWindow, dispose_window  # noqa: E402


def main() -> None:
    app = QApplication.instance() or QApplication(["actviz"])
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    settle()
    seen: set[int] = set()
    totals = [0, 0, 0, 0]
    print(f"{'tab / pane':<46} {'controls':>8} {'unnamed':>8} {'canvases':>8} {'undescr.':>8}")
    for path in every_tab(window):
        controls = [w for w in interactive_controls(window) if id(w) not in seen]
        canvases = [c for c in visible_canvases(window) if id(c) not in seen]
        seen.update(id(w) for w in [*controls, *canvases])
        unnamed = [
            w for w in [*controls, *canvases]
            if not accessible_text(w, QAccessible.Text.Name)
        ]
        undescribed = [
            c for c in canvases if not accessible_text(c, QAccessible.Text.Description)
        ]
        row = (len(controls), len(unnamed), len(canvases), len(undescribed))
        totals = [t + r for t, r in zip(totals, row, strict=True)]
        label = path.replace("&&", "&")
        print(f"{label[:46]:<46} {row[0]:>8} {row[1]:>8} {row[2]:>8} {row[3]:>8}")
        for widget in [*unnamed, *undescribed]:
            print(f"    {describe(widget)}")
    print(f"{'all tabs (each widget counted once)':<46} " + " ".join(f"{t:>8}" for t in totals))
    dispose_window(window)
    app.processEvents()


if __name__ == "__main__":
    main()
