"""Print the layout table of issue 10 for the real window at 1280x720, 1366x768 and 1920x1080.

Run from the checkout:  ``python tools/layout_table.py``  (offscreen; a fresh window per size,
resized as a user's screen would have it). ``tests/app/test_app_layout.py`` asserts the same
figures.
Below the table it lists every visible plot of each room at 1366x768 with its width.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "app")]

import layout_probe as probe  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from actviz.app import MainWindow, dispose_window  # noqa: E402


def main() -> None:
    app = QApplication.instance() or QApplication(["actviz"])
    rows = []
    for width, height in probe.SIZES:
        window = MainWindow()
        window.resize(width, height)
        window.show()
        probe.settle()
        rows.append(probe.measure(window))
        if (width, height) == (1366, 768):
            details = []
            for room in probe.rooms(window):
                plots = ", ".join(
                    f"{p.title or p.where} {p.width}" for p in probe.plot_widths(window)
                )
                squeezed = probe.squeezed_inputs(window)
                warning = f"  SQUEEZED {squeezed}" if squeezed else ""
                details.append(f"  {room}: {plots or '-'}{warning}")
        dispose_window(window)
    print(probe.table(rows))
    print("\nplots at 1366x768, px (PlotItem width incl. axes, as shown):")
    print("\n".join(details))
    del app


if __name__ == "__main__":
    main()
