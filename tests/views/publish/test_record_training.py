"""File › Record animation… while training runs: the training lab's run is offered (first when it
plays), and the GIF shows the network learning."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from actviz.app import MainWindow, dispose_window

RUN_PREFIX = "Training: the run goes on"


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    dispose_window(win)


def frames_of(path: Path) -> list[np.ndarray]:
    with Image.open(path) as gif:
        frames = []
        for index in range(gif.n_frames):
            gif.seek(index)
            frames.append(np.asarray(gif.convert("RGB")))
        return frames


def test_the_training_run_is_offered_and_chosen_when_it_plays(window) -> None:
    dialog = window.publish.record_dialog()
    motions = [dialog.motion_combo.itemText(i) for i in range(dialog.motion_combo.count())]
    assert sum(m.startswith(RUN_PREFIX) for m in motions) == 1
    assert not dialog.motion_combo.currentText().startswith(RUN_PREFIX)  # nothing plays yet
    dialog.deleteLater()
    lab = window.lab("trainingPanel").model
    window.show_lab("trainingPanel")
    lab.play()
    dialog = window.publish.record_dialog()
    assert dialog.motion_combo.currentText().startswith(RUN_PREFIX)
    lab.pause()
    dialog.deleteLater()


def test_recording_the_training_tab_while_it_trains(window, tmp_path: Path) -> None:
    lab = window.lab("trainingPanel").model
    lab.set_value("speed", "playground")
    dialog = window.publish.record_dialog()
    sources = [dialog.source_combo.itemText(i) for i in range(dialog.source_combo.count())]
    dialog.source_combo.setCurrentIndex(sources.index("The Training tab"))
    motions = [dialog.motion_combo.itemText(i) for i in range(dialog.motion_combo.count())]
    dialog.motion_combo.setCurrentIndex(
        next(i for i, m in enumerate(motions) if m.startswith(RUN_PREFIX))
    )
    dialog.duration.setValue(1.0)
    dialog.fps.setValue(5)
    assert dialog.record_to(tmp_path / "training.gif", lambda done, total: True)
    frames = frames_of(tmp_path / "training.gif")
    assert len(frames) == 5
    assert not np.array_equal(frames[0], frames[-1])  # the maps and the loss moved
    assert lab.epoch == 60 * 4 // 5  # four steps of 1/5 s at 60 epochs a second
    assert not lab.running
    dialog.deleteLater()
