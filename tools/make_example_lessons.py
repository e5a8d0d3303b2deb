"""Write the example lessons in ``examples/lessons/`` from a real main window.

Run after a panel's saved state changes shape:  ``python tools/make_example_lessons.py``.
``tests/app/test_app_lessons.py`` opens every example and expects no notes, so a stale example is
caught rather than shipped.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from actviz.app import MainWindow, dispose_window
from actviz.model import session_file

OUT = Path(__file__).resolve().parent.parent / "examples" / "lessons"


def dying_relu(win: MainWindow) -> None:
    win.neuron.apply_preset("dying_relu")  # also selects ReLU in the explorer
    win.session.choice.set_activation("leaky_relu", {"negative_slope": 0.1})
    win.session.pin_current()
    win.session.choice.set_activation("relu")
    win.lab("deepNetPanel").model.apply_preset("relu_dying")


def vanishing_gradients(win: MainWindow) -> None:
    win.neuron.apply_preset("saturated_sigmoid")
    win.session.choice.set_activation("tanh")
    win.session.pin_current()
    win.session.choice.set_activation("sigmoid")
    win.session.set_view_range((-8.0, 8.0, -1.2, 1.2))
    win.lab("deepNetPanel").model.apply_preset("sigmoid_vanishing")


def softmax_temperature(win: MainWindow) -> None:
    win.lab("softmaxPanel").model.set_temperature(0.1)
    win.show_lab("softmaxPanel")


def training_dead_relu(win: MainWindow) -> None:
    lab = win.lab("trainingPanel").model
    lab.apply_preset("relu_dies", seed=3)  # seed 3: five dead, the rest still learn
    lab.add_point(-1.0, 5.0, 1.0)  # a drawn point travels with the lesson too
    lab.step(100)


def training_relu_vs_tanh(win: MainWindow) -> None:
    lab = win.lab("trainingPanel").model
    lab.apply_preset("relu_vs_tanh")
    lab.set_value("show_test", True)
    lab.step(150)


LESSONS = {
    "dying-relu": dying_relu,
    "vanishing-gradients": vanishing_gradients,
    "softmax-temperature": softmax_temperature,
    "training-dead-relu": training_dead_relu,
    "training-relu-vs-tanh": training_relu_vs_tanh,
}


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    for name, prepare in LESSONS.items():
        win = MainWindow()
        prepare(win)
        app.processEvents()
        path = OUT / f"{name}.actviz"
        session_file.save(path, win.saveables)
        print(f"wrote {path.relative_to(OUT.parent.parent)}")
        dispose_window(win)
    return 0


if __name__ == "__main__":
    sys.exit(main())
