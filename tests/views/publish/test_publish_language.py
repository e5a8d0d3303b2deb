"""Publishing in the learner's language: the menu entries, the record and handout dialogs switch
at run time, and the handout, a document for people, is written in the language it is made in
(the headless commands, which install no translator, write English).

Expected German is asked of Qt's translator (the catalogue), never copied here.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from language_walk import left_in_english, switch_language
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from actviz import core
from actviz.model.activation_choice import ActivationChoice
from actviz.model.publish.animation import ParamSweep, choice_param_target, mode_text
from actviz.views.publish.handout import write_handout
from actviz.views.publish.publish_actions import install_publish
from actviz.views.publish.qt_handout_dialog import QtHandoutDialog
from actviz.views.publish.qt_record_dialog import QtRecordDialog
from actviz.views.publish.recording import RecordingMotion, RecordingSource


def tr(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


@pytest.fixture(autouse=True)
def english_afterwards(qapp) -> Iterator[None]:
    yield
    switch_language("en")


def record_dialog(qtbot, choice: ActivationChoice | None = None) -> QtRecordDialog:
    owner = QMainWindow()
    qtbot.addWidget(owner)
    choice = choice if choice is not None else ActivationChoice("leaky_relu")
    target = choice_param_target(choice, "negative_slope")
    motion = RecordingMotion(
        label="Explorer: slope",
        make=partial(ParamSweep, target),
        value_range=(target.minimum, target.maximum),
        limits=(target.minimum, target.maximum),
        duration=2.0,
        mode="loop",
    )
    source = RecordingSource("The function plot", lambda: owner)
    dialog = QtRecordDialog([source], [motion], owner)
    qtbot.addWidget(dialog)
    return dialog


def test_the_handout_dialog_speaks_german_and_keeps_the_ticks(qtbot) -> None:
    dialog = QtHandoutDialog(selected=["relu", "tanh"])
    qtbot.addWidget(dialog)
    dialog.show()
    ticked = dialog.selected_keys()
    switch_language("de")
    assert dialog.windowTitle() == tr("QtHandoutDialog", "Export handout (PDF)")
    assert dialog.export_button.text() == tr("QtHandoutDialog", "Export…") != "Export…"
    wanted = tr("QtHandoutDialog", "{count} activations ticked").format(count=2)
    assert dialog.count_label.text() == wanted
    assert dialog.title_edit.text() == tr("Handout", "Activation functions")
    assert dialog.selected_keys() == ticked and sorted(ticked) == ["relu", "tanh"]
    assert left_in_english(dialog) == []
    switch_language("en")
    assert dialog.count_label.text() == "2 activations ticked"
    assert dialog.title_edit.text() == "Activation functions"


def test_a_typed_handout_title_survives_a_switch(qtbot) -> None:
    dialog = QtHandoutDialog()
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Week 3")
    switch_language("de")
    assert dialog.title_edit.text() == "Week 3"


def test_the_record_dialog_speaks_german(qtbot) -> None:
    dialog = record_dialog(qtbot)
    dialog.show()
    switch_language("de")
    assert dialog.windowTitle() == tr("QtRecordDialog", "Record animation")
    assert dialog.mode_combo.itemText(1) == mode_text("loop") != "Loop"
    assert dialog.record_button.text() == tr("QtRecordDialog", "Record…")
    assert dialog.fps.suffix() == tr("QtRecordDialog", " frames/s")
    assert left_in_english(dialog) == []


def test_an_open_record_dialog_survives_a_switch_after_its_parameter_left(qtbot) -> None:
    choice = ActivationChoice("leaky_relu")
    dialog = record_dialog(qtbot, choice)
    summary = dialog.summary.text()
    choice.set_activation("relu")  # the motion's parameter is gone; the dialog stays open
    switch_language("de")  # an exception in changeEvent would fail this test (pytest-qt)
    assert dialog.summary.text() != summary and dialog.summary.text()[:2] == summary[:2]
    assert dialog.record_button.text() == tr("QtRecordDialog", "Record…")


def test_the_menu_entries_follow_the_language(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = install_publish(window, window.menuBar().addMenu("File"))
    switch_language("de")
    assert actions.handout_action.text() == tr("PublishActions", "Export &handout (PDF)…")
    assert actions.handout_action.text() != "Export &handout (PDF)…"
    switch_language("en")
    assert actions.handout_action.text() == "Export &handout (PDF)…"


def test_a_handout_made_in_german_reads_german(tmp_path: Path) -> None:
    switch_language("de")
    path = write_handout(tmp_path / "de.pdf", ["relu"])
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert tr("Handout", "Contents") in text and "Contents" not in text
    assert core.get("relu").family_text() in text
    switch_language("en")
    path = write_handout(tmp_path / "en.pdf", ["relu"])
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Contents" in text
