"""Soak: 20,000 parameter changes with real repaints through the real main window, in one process.

PySide6 6.12.0 on CPython 3.11 drops a reference to ``None`` on every void call pyqtgraph makes
while repainting a curve, and the interpreter aborts after a few thousand repaints. This drives far
more than that and checks that ``sys.getrefcount(None)`` has not fallen.
"""

from __future__ import annotations

import gc
import sys

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from actviz.app import MainWindow, dispose_window

CHANGES = 20_000


@pytest.mark.slow  # about a minute; still part of the default run
def test_twenty_thousand_param_changes_with_repaints(qtbot) -> None:
    window = MainWindow()
    window.resize(800, 500)
    window.show()
    qtbot.waitExposed(window)
    app = QApplication.instance()
    try:
        window.session.choice.set_activation("leaky_relu")
        slider = window.explorer.param_panel.controls["negative_slope"].field.slider
        viewport = window.curve_plot.viewport()
        ticks = np.linspace(slider.minimum(), slider.maximum(), 997).astype(int)
        for i in range(50):  # warm up the caches before the baseline
            slider.setValue(int(ticks[i % len(ticks)]))
            app.processEvents()
        # Earlier tests' garbage, collected during the loop, would lower the count too: free it
        # now (what waits for Qt's deferred delete, and Python's cycles), so the count measures
        # the repaints alone.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        before = sys.getrefcount(None)
        seen = set()
        for i in range(CHANGES):
            slider.setValue(int(ticks[(i * 7) % len(ticks)]))
            app.processEvents()  # the coalesced redraw runs: re-sample, setData
            viewport.repaint()  # and a real, synchronous paint of both curves
            if i % 2000 == 0:
                seen.add(window.session.choice.params["negative_slope"])
        after = sys.getrefcount(None)
        assert after >= before - 100, f"refcount of None fell from {before} to {after}"
        assert len(seen) > 5  # the params really changed
        x, y = window.curve_plot.function_curve.getData()
        slope = window.session.choice.params["negative_slope"]
        keep = np.isfinite(x)
        np.testing.assert_array_equal(y[keep], np.where(x[keep] >= 0, x[keep], slope * x[keep]))
    finally:
        dispose_window(window)
