"""How long a language switch takes in a built training lab, while it trains.

Run from the checkout (so that its ``actviz`` is the one imported)::

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python benchmarks/bench_training_language.py

Each repeat switches English -> German -> English with ``apply_language`` and delivers Qt's
LanguageChange events to the panel (every widget re-reads its texts; the diagram, the maps and the
loss plot re-render theirs), then lets the run train one paced redraw. It prints the median time
of one switch and of the retranslation alone (the events), and the epochs the run trained across
all switches (the run goes on). A print-out, not a test; the load average is printed beside it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from actviz.model.training.lab import TrainingLab
from actviz.views.language import apply_language
from actviz.views.training import QtTrainingPanel


def deliver() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    lab = TrainingLab()
    panel = QtTrainingPanel(lab)
    panel.resize(1366, 720)
    panel.show()
    lab.apply_preset("relu_vs_tanh")  # two maps, two legends: the most text there is
    app.processEvents()
    lab.play()
    start_epoch = lab.epoch
    switches, events = [], []
    texts: set[str] = set()
    for i in range(2 * args.repeats):
        code = "de" if i % 2 == 0 else "en"
        t0 = time.perf_counter()
        apply_language(code)
        t1 = time.perf_counter()
        deliver()
        t2 = time.perf_counter()
        switches.append(t2 - t0)
        events.append(t2 - t1)
        texts.add(panel.run_bar.step.text())  # proof that the texts did change
        app.processEvents()
        time.sleep(0.04)
        app.processEvents()
    trained = lab.epoch - start_epoch
    lab.pause()
    panel.shutdown()
    panel.close()
    print(f"load average {os.getloadavg()}")
    print(f"switches: {len(switches)}; the Step button read {sorted(texts)}")
    print(f"running all along: epochs trained meanwhile {trained}")
    switch_ms, events_ms = 1000 * statistics.median(switches), 1000 * statistics.median(events)
    print(f"one switch (translators + every text):  median {switch_ms:.1f} ms")
    print(f"retranslation alone (LanguageChange):  median {events_ms:.1f} ms")


if __name__ == "__main__":
    main()
