"""The activation editor, the pickers and the formula pane with custom activations, both directions:
what is typed reaches the model, what the model holds is what the widgets show."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from actviz import core
from actviz.core import ParamRange
from actviz.model.activation_choice import ActivationChoice
from actviz.model.custom.activations import CustomActivations
from actviz.model.custom.draft import ActivationDraft
from actviz.views.custom.qt_activation_editor import QtActivationEditor
from actviz.views.custom.qt_formula_field import PAUSE_MS
from actviz.views.explorer.qt_formula_pane import QtFormulaPane
from actviz.views.explorer.qt_picker import KEY_ROLE, QtPicker
from actviz.views.widgets.qt_activation_combo import QtActivationCombo


@pytest.fixture
def editor(qtbot) -> QtActivationEditor:
    dialog = QtActivationEditor(ActivationDraft(CustomActivations()))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_formula(qtbot, dialog: QtActivationEditor, text: str) -> None:
    dialog.field.edit.clear()
    qtbot.keyClicks(dialog.field.edit, text)
    qtbot.wait(PAUSE_MS + 50)  # the field parses once typing pauses


def test_typing_shows_formulas_preview_and_parameter_rows(qtbot, editor) -> None:
    type_formula(qtbot, editor, "x * sigmoid(beta * x)")
    draft = editor.draft
    assert draft.text == "x * sigmoid(beta * x)" and draft.error is None
    assert "σ(βx)" in editor.display.text() and "f′(x)" in editor.display.text()
    x, y = editor.preview.function_curve.getData()
    finite = np.isfinite(y)
    np.testing.assert_allclose(y[finite], x[finite] / (1 + np.exp(-x[finite])), rtol=1e-12)
    assert list(editor.ranges.rows) == ["beta"]
    assert not editor.field.error_label.isVisible()


def test_a_mistake_is_shown_with_its_column_and_the_preview_stays(qtbot, editor) -> None:
    type_formula(qtbot, editor, "x^3 - x")
    before = editor.preview.function_curve.getData()[1].copy()
    type_formula(qtbot, editor, "x^3 - x)")
    label = editor.field.error_label
    assert label.isVisible() and "Column 8" in label.text() and "closes no" in label.text()
    np.testing.assert_array_equal(editor.preview.function_curve.getData()[1], before)
    assert not editor.ok_button.isEnabled()
    type_formula(qtbot, editor, "import os")
    assert "Column" in label.text()


def test_a_range_that_does_not_fit_is_refused_beside_it(qtbot, editor) -> None:
    type_formula(qtbot, editor, "a * x")
    row = editor.ranges.rows["a"]
    minimum = row.spins["minimum"]
    minimum.setValue(50.0)  # above the maximum (10)
    assert row.message.isVisible() and "minimum" in row.message.text()
    assert minimum.value() == -10.0 and editor.draft.ranges["a"] == ParamRange()
    row.spins["maximum"].setValue(3.0)
    assert editor.draft.ranges["a"] == ParamRange(1.0, -10.0, 3.0)
    assert not row.message.isVisible()


def test_name_then_add_commits(qtbot, editor) -> None:
    type_formula(qtbot, editor, "x^3 - x")
    assert not editor.ok_button.isEnabled()
    assert "name" in editor.name_message.text()
    qtbot.keyClicks(editor.name_edit, "Cubic")
    assert editor.ok_button.isEnabled()
    with qtbot.waitSignal(editor.committed) as blocker:
        qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["custom:cubic"] and core.get("custom:cubic").forward(2.0) == 6.0


def test_enter_parses_in_the_formula_and_adds_from_the_name(qtbot, editor) -> None:
    qtbot.keyClicks(editor.field.edit, "x^2")
    qtbot.keyClick(editor.field.edit, Qt.Key.Key_Return)  # parses at once, never closes
    assert editor.draft.text == "x^2" and editor.isVisible()
    qtbot.keyClicks(editor.name_edit, "Square")
    with qtbot.waitSignal(editor.committed):
        qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return)
    assert not editor.isVisible()


def test_clicking_an_example_types_it(qtbot, editor) -> None:
    editor.examples.linkActivated.emit("1")
    assert editor.draft.text == "log(1 + exp(x))" and editor.field.edit.text() == "log(1 + exp(x))"
    assert "σ(x)" in editor.display.text()


def test_gaps_are_announced_in_the_editor(qtbot, editor) -> None:
    type_formula(qtbot, editor, "log(x)")
    assert "x ≤ 0" in editor.display.text()


def test_pickers_list_custom_activations_live(qtbot) -> None:
    customs = CustomActivations()
    choice = ActivationChoice("relu")
    picker, combo = QtPicker(choice), QtActivationCombo(ActivationChoice("tanh"))
    qtbot.addWidget(picker)
    qtbot.addWidget(combo)
    key = customs.add("x^3 - x", "Cubic")
    assert picker.visible_keys()[-1] == key and combo.findData(key) >= 0
    choice.set_activation(key)
    assert picker.tree.currentIndex().data(KEY_ROLE) == key
    customs.edit(key, name="Cubic (renamed)")
    assert combo.itemText(combo.findData(key)) == "Cubic (renamed)"
    assert picker.tree.currentIndex().data(Qt.ItemDataRole.DisplayRole) == "Cubic (renamed)"
    customs.delete(key)
    assert key not in picker.visible_keys() and combo.findData(key) == -1
    assert choice.key == "relu" and picker.tree.currentIndex().data(KEY_ROLE) == "relu"


def test_picker_asks_for_the_editor(qtbot) -> None:
    customs = CustomActivations()
    key = customs.add("x^2", "Square")
    picker = QtPicker(ActivationChoice(key))
    qtbot.addWidget(picker)
    with qtbot.waitSignal(picker.newActivationRequested):
        picker.new_button.click()
    menu = picker.context_menu(key)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Edit “Square”…", "Duplicate “Square”", "Delete “Square”…", "New activation…"]
    for action, signal in zip(
        menu.actions(),
        (picker.editActivationRequested, picker.duplicateActivationRequested,
         picker.deleteActivationRequested),
        strict=False,
    ):  # fmt: skip
        with qtbot.waitSignal(signal) as blocker:
            action.trigger()
        assert blocker.args == [key]
    assert [a.text() for a in picker.context_menu("relu").actions()] == ["New activation…"]
    index = picker.tree.currentIndex()
    with qtbot.waitSignal(picker.editActivationRequested):
        picker.tree.doubleClicked.emit(index)
    assert isinstance(picker.tree.visualRect(index).center(), QPoint)


def test_formula_pane_estimates_at_the_current_params(qtbot) -> None:
    customs = CustomActivations()
    key = customs.add("where(x > 0, x, a * x)", "Slope", {"a": ParamRange(0.0, -1.0, 1.0)})
    choice = ActivationChoice(key)
    pane = QtFormulaPane(choice)
    qtbot.addWidget(pane)
    text = pane.plain_text()
    assert "estimated" in text and "Typed as where(x > 0, x, a * x)" in text
    assert "Zero-centred\nno" in text
    choice.set_param("a", 1.0)  # the identity: zero-centred
    qtbot.waitUntil(lambda: "Zero-centred\nyes" in pane.plain_text())
    log_key = customs.add("log(x)", "Log")
    choice.set_activation(log_key)
    assert "f is undefined or too large at x ≤ 0" in pane.plain_text()
    choice.set_activation("tanh")
    assert "estimated" not in pane.plain_text() and "Gaps" not in pane.plain_text()
    assert math.isfinite(choice.properties().upper)


def test_the_editor_and_its_messages_follow_the_language(qtbot) -> None:
    from actviz.views.language import apply_language

    apply_language("de")
    try:
        dialog = QtActivationEditor(ActivationDraft(CustomActivations()))
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Neue Aktivierungsfunktion"
        dialog.draft.set_text("x + (1")
        assert "wird nie geschlossen" in dialog.field.error_label.text()
        assert "Spalte 5" in dialog.field.error_label.text()
        dialog.draft.set_text("log(x)")
        assert "ist undefiniert oder zu groß bei x ≤ 0" in dialog.display.text()
    finally:
        apply_language("en")
