"""The activation editor and the custom-activation actions switch language at run time, with what
was typed kept; the Edit menu they make is found again whatever language it speaks.

Expected German is asked of Qt's translator (the catalogue), never copied here.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from language_walk import left_in_english, switch_language
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from actviz.model.activation_choice import ActivationChoice
from actviz.model.custom.activations import CustomActivations
from actviz.model.custom.draft import ActivationDraft
from actviz.views.custom.qt_activation_editor import QtActivationEditor
from actviz.views.custom.qt_custom_setup import edit_menu, install_custom_activations
from actviz.views.custom.qt_formula_field import PAUSE_MS


def tr(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


@pytest.fixture
def editor(qtbot) -> Iterator[QtActivationEditor]:
    dialog = QtActivationEditor(ActivationDraft(CustomActivations()))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.field.edit.clear()
    qtbot.keyClicks(dialog.field.edit, "x * sigmoid(beta * x)")
    qtbot.wait(PAUSE_MS + 50)
    yield dialog
    switch_language("en")


def test_a_built_editor_speaks_german_and_keeps_the_formula(editor) -> None:
    draft = editor.draft
    text, ranges = draft.text, dict(draft.ranges)
    switch_language("de")
    assert editor.windowTitle() == tr("QtActivationEditor", "New activation") != "New activation"
    assert editor.ok_button.text() == tr("QtActivationEditor", "Add activation")
    assert editor.ranges_box.title() == tr(
        "QtActivationEditor", "Parameters (default, slider range)"
    )
    assert editor.name_message.text() == tr(
        "QtActivationEditor", "Give it a name to add it to the picker."
    )
    assert editor.ranges.titles[1].text() == f"<i>{tr('QtParamRanges', 'Default')}</i>"
    assert draft.text == text == editor.field.edit.text() and dict(draft.ranges) == ranges
    switch_language("en")
    assert editor.ok_button.text() == "Add activation"


def test_nothing_in_the_german_editor_is_left_in_english(editor) -> None:
    switch_language("de")
    assert left_in_english(editor) == []


def test_the_actions_and_their_edit_menu_follow_the_language(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu("&View")
    actions = install_custom_activations(window, CustomActivations(), ActivationChoice("relu"))
    menu = edit_menu(window)
    try:
        switch_language("de")
        assert actions.new_action.text() == tr("CustomActivationActions", "&New activation…")
        assert menu.title() == tr("CustomActivationActions", "&Edit") != "&Edit"
        assert edit_menu(window) is menu  # found by its objectName, not its English title
        assert len(window.menuBar().actions()) == 2
    finally:
        switch_language("en")
    assert menu.title() == "&Edit" and actions.new_action.text() == "&New activation…"
