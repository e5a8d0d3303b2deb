"""A seeded random walk over the whole window: a few thousand gestures on every control of every
lab (see ``random_walk.py``), with no exception reaching sys.excepthook and no Qt warning (the
pytest-qt setting qt_log_level_fail fails the test on one).

Set ACTVIZ_WALK_SEED to walk another path and ACTVIZ_WALK_STEPS for a longer walk; a failure
prints the seed and the last gestures, which replay it.
"""

from __future__ import annotations

import os
import random
import sys
import time
import traceback

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from random_dialogs import answer_dialogs_at_random
from random_walk import RandomWalk
from window_walk import settle

from actviz.app import MainWindow, dispose_window

SEED = int(os.environ.get("ACTVIZ_WALK_SEED", "20261201"))
STEPS = int(os.environ.get("ACTVIZ_WALK_STEPS", "3000"))
PAINT_EVERY = 8


def test_random_walk_over_the_whole_window(qtbot, app_look_restored, monkeypatch, tmp_path, capsys):
    rng = random.Random(SEED)
    walk: RandomWalk | None = None
    escaped: list[str] = []

    def excepthook(kind, value, tb) -> None:
        recent = "\n  ".join(walk.log[-8:]) if walk is not None else ""
        text = "".join(traceback.format_exception(kind, value, tb))
        escaped.append(f"after step {len(walk.log) if walk else 0}:\n  {recent}\n{text}")

    monkeypatch.setattr(sys, "excepthook", excepthook)
    answer_dialogs_at_random(monkeypatch, rng, tmp_path)
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    walk = RandomWalk(window, rng)
    start = time.perf_counter()
    try:
        for step in range(STEPS):
            # Painting the whole window after every gesture would take most of the time: the
            # window paints after every PAINT_EVERY-th gesture (and all events run every time).
            window.setUpdatesEnabled(step % PAINT_EVERY == 0)
            try:
                walk.step()
            except Exception:  # raised straight out of a gesture: report it like the others
                excepthook(*sys.exc_info())
            QApplication.processEvents()
            # What a running event loop does between two gestures: widgets a gesture replaced
            # (deleteLater) are gone before the next one, as in the app.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            if escaped:
                break
        window.setUpdatesEnabled(True)
        settle()
        deepnet = window.lab("deepNetPanel")
        if deepnet.built:
            deepnet.panel.shutdown()  # no simulation left running at teardown
    finally:
        elapsed = time.perf_counter() - start
        dispose_window(window)
    with capsys.disabled():
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(walk.kinds.items()))
        print(f"\nrandom walk (seed {SEED}): {len(walk.log)} actions in {elapsed:.1f} s; {kinds}")
    assert not escaped, f"seed {SEED}: " + escaped[0]
