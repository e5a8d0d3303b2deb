"""File > Record animation, Export handout (PDF), Export cheat sheet, in the real window."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from actviz import core
from actviz.app import MainWindow, dispose_window
from actviz.views.publish.qt_handout_dialog import QtHandoutDialog


@pytest.fixture
def window(qtbot, monkeypatch):
    # A failed export opens a message box: answer it at once instead of waiting for a user.
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    win = MainWindow()
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.session.choice.set_activation("leaky_relu", {"negative_slope": 0.05})
    yield win
    dispose_window(win)


def frames_of(path: Path) -> list[np.ndarray]:
    with Image.open(path) as gif:
        out = []
        for index in range(gif.n_frames):
            gif.seek(index)
            out.append(np.asarray(gif.convert("RGB")))
        return out


def test_the_file_menu_has_the_three_entries(window) -> None:
    texts = [a.text().replace("&", "") for a in window.file_menu.actions()]
    for entry in ("Record animation…", "Export handout (PDF)…", "Export cheat sheet…"):
        assert entry in texts
    assert texts[-1] == "Quit"


def test_the_dialog_offers_the_plot_the_labs_and_every_playable_parameter(window) -> None:
    sources = [s.label for s in window.publish.sources()]
    assert sources[:4] == ["The function plot", "The Explorer tab", "The Softmax tab",
                           "The Deep network tab"]
    motions = [m.label for m in window.publish.motions()]
    assert "Explorer: Negative slope a of Leaky ReLU" in motions
    assert "Softmax: Temperature T" in motions
    dialog = window.publish.record_dialog()
    assert dialog.source_combo.currentText() == "The function plot"
    assert dialog.motion_combo.currentText() == "Explorer: Negative slope a of Leaky ReLU"
    dialog.deleteLater()


def test_a_recording_has_the_frames_and_size_asked_and_moves(window, tmp_path: Path) -> None:
    dialog = window.publish.record_dialog()
    dialog.low.setValue(0.0)
    dialog.high.setValue(1.0)
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData("once"))
    dialog.duration.setValue(1.0)
    dialog.fps.setValue(8)
    dialog.width_spin.setValue(320)
    dialog.height_spin.setValue(240)
    assert dialog.frame_count() == 9  # a one-second pass at 8 fps, both ends shown
    seen: list[float] = []

    def progress(done: int, total: int) -> bool:
        seen.append(window.session.choice.params["negative_slope"])
        return True

    assert dialog.record_to(tmp_path / "slope.gif", progress)
    frames = frames_of(tmp_path / "slope.gif")
    assert len(frames) == 9
    assert frames[0].shape == (240, 320, 3)
    assert not np.array_equal(frames[0], frames[-1])
    assert seen == pytest.approx([k / 8 for k in range(9)])  # exact frame times, no wall clock
    assert window.session.choice.params["negative_slope"] == 0.05  # put back afterwards
    dialog.deleteLater()


def test_recording_the_softmax_lab_while_its_temperature_plays(window, tmp_path: Path) -> None:
    dialog = window.publish.record_dialog()
    labels = [dialog.source_combo.itemText(i) for i in range(dialog.source_combo.count())]
    dialog.source_combo.setCurrentIndex(labels.index("The Softmax tab"))
    motions = [dialog.motion_combo.itemText(i) for i in range(dialog.motion_combo.count())]
    dialog.motion_combo.setCurrentIndex(motions.index("Softmax: Temperature T"))
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData("once"))
    dialog.duration.setValue(0.5)
    dialog.fps.setValue(6)
    assert dialog.record_to(tmp_path / "softmax.gif", lambda done, total: True)
    frames = frames_of(tmp_path / "softmax.gif")
    assert len(frames) == 4
    assert not np.array_equal(frames[0], frames[-1])
    assert window.tabs.currentWidget() is window.lab("softmaxPanel").page
    assert window.lab("softmaxPanel").model.temperature == 1.0
    dialog.deleteLater()


def test_a_cancelled_recording_leaves_no_file(window, tmp_path: Path) -> None:
    dialog = window.publish.record_dialog()
    dialog.duration.setValue(2.0)
    done = dialog.record_to(tmp_path / "cancelled.gif", lambda done, total: done < 3)
    assert done is False
    assert list(tmp_path.iterdir()) == []
    assert window.session.choice.params["negative_slope"] == 0.05
    dialog.deleteLater()


def test_the_progress_dialog_cancel_button_stops_the_recording(window, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QProgressDialog

    dialog = window.publish.record_dialog()
    dialog.duration.setValue(4.0)
    original = QProgressDialog.setValue

    def cancel_at_three(bar: QProgressDialog, value: int) -> None:
        original(bar, value)
        if value == 3:
            bar.cancel()  # what a click on its Cancel button does

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QProgressDialog, "setValue", cancel_at_three)
        assert dialog.record_to(tmp_path / "cancelled.gif") is False
    assert list(tmp_path.iterdir()) == []
    dialog.deleteLater()


def test_a_recording_to_a_missing_folder_fails_cleanly(window, tmp_path: Path) -> None:
    dialog = window.publish.record_dialog()
    assert dialog.record_to(tmp_path / "nowhere" / "x.gif", lambda d, t: True) is False
    assert dialog.last_error and "nowhere" in dialog.last_error
    dialog.deleteLater()


def test_the_handout_dialog_exports_a_family(window, tmp_path: Path, qtbot) -> None:
    dialog = QtHandoutDialog(window)
    qtbot.addWidget(dialog)
    dialog.none_button.click()
    assert dialog.selected_keys() == [] and not dialog.export_button.isEnabled()
    family = core.by_family()["Classic"]
    node = dialog.tree.topLevelItem(0)
    assert node.text(0) == "Classic"
    from PySide6.QtCore import Qt

    node.setCheckState(0, Qt.CheckState.Checked)  # ticking a family ticks all of it
    assert dialog.selected_keys() == [a.key for a in family]
    dialog.page_combo.setCurrentText("Letter")
    assert dialog.export_to(tmp_path / "classic.pdf")
    assert len(PdfReader(tmp_path / "classic.pdf").pages) == 1 + len(family)


def test_the_handout_dialog_refuses_an_empty_choice(window, tmp_path: Path, qtbot) -> None:
    dialog = QtHandoutDialog(window, selected=[])
    qtbot.addWidget(dialog)
    assert dialog.export_to(tmp_path / "none.pdf") is False
    assert list(tmp_path.iterdir()) == []


def test_the_cheat_sheet_entry_writes_each_format(window, tmp_path: Path) -> None:
    for name in ("sheet.pdf", "sheet.svg", "sheet.png"):
        assert window.publish.export_cheat_sheet(tmp_path / name)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf", "sheet.png", "sheet.svg"]
    assert window.publish.export_cheat_sheet(tmp_path / "sheet.txt") is False
    assert "suffix" in (window.publish.last_error or "")
