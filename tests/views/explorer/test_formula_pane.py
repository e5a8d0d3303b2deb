"""The formula pane follows the selected activation: name, formulas, params, properties, notes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from actviz import core
from actviz.model.activation_choice import ActivationChoice
from actviz.views.explorer.qt_formula_pane import QtFormulaPane


def _plain(rich_text: str) -> str:
    """What a reader sees of the catalogue's rich text (<sup>, <br>, entities)."""
    document = QTextDocument()
    document.setHtml(rich_text)
    return document.toPlainText()


def _assert_shows(pane: QtFormulaPane, key: str) -> None:
    a = core.get(key)
    text = pane.plain_text()
    assert text.startswith(a.name)
    assert _plain(a.formula) in text and _plain(a.derivative_formula) in text
    for p in a.params:
        assert f"{p.label} ({p.name}): {p.range_text()}" in text
    assert ("Parameters" in text) == bool(a.params)
    for label, value in a.properties.rows():
        assert f"{label}\t{value}" in text or f"{label}\n{value}" in text
    first_sentence = a.notes.split(". ")[0]
    assert first_sentence in text


@pytest.fixture
def pane(qtbot):
    choice = ActivationChoice("relu")
    widget = QtFormulaPane(choice)
    qtbot.addWidget(widget)
    return choice, widget


def test_formula_pane_shows_the_selected_activation(pane) -> None:
    _choice, widget = pane
    assert widget.objectName() == "formulaPane"
    _assert_shows(widget, "relu")


def test_formula_pane_follows_every_switch_of_activation(pane) -> None:
    choice, widget = pane
    previous = core.get("relu").name
    for key in [*core.names(), "relu"]:
        if key == choice.key:
            continue
        choice.set_activation(key)
        _assert_shows(widget, key)
        assert not widget.plain_text().startswith(previous + "\n")
        previous = core.get(key).name


def test_formula_pane_lists_the_params_of_the_activation_it_shows(pane) -> None:
    choice, widget = pane
    choice.set_activation("hardtanh")
    text = widget.plain_text()
    assert "min_val" in text and "max_val" in text
    choice.set_activation("elu", {"alpha": 2.0})
    text = widget.plain_text()
    assert "alpha" in text and "min_val" not in text
    choice.set_activation("sigmoid")
    assert "Parameters" not in widget.plain_text()
