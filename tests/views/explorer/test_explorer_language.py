"""The explorer switches language at run time: a built panel re-reads every text, keeps its state.

What German should read is asked of Qt's translator for each (context, source) pair, so these
tests follow the catalogue; back in English the same texts return.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from language_walk import catalogue, left_in_english, switch_language
from PySide6.QtCore import QCoreApplication

from actviz import core
from actviz.core.families import family_text
from actviz.model.session import Session
from actviz.views.explorer.qt_explorer_panel import QtExplorerPanel


def tr(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


@pytest.fixture
def panel(qtbot) -> Iterator[QtExplorerPanel]:
    session = Session()
    session.choice.set_activation("elu")
    session.choice.set_param("alpha", 1.5)
    session.pin_current()
    session.choice.set_activation("tanh")
    widget = QtExplorerPanel(session)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    switch_language("en")


def test_a_built_explorer_speaks_german_and_english_again(panel) -> None:
    state = panel.session.to_state()
    switch_language("de")
    assert catalogue()["QtExplorerPanel", "Pin curve"] == panel.pin_button.text()
    assert panel.pin_button.text() == tr("QtExplorerPanel", "Pin curve") != "Pin curve"
    assert panel.derivative_toggle.text() == tr("QtExplorerPanel", "Show derivative f′")
    assert panel.side_pane.tabText(0) == tr("QtExplorerPanel", "Formula && notes")
    assert panel.side_column.pinned_box.title() == tr("QtSideColumn", "Pinned curves")
    assert panel.overlay_list.clear_button.text() == tr("QtOverlayList", "Clear all")
    assert panel.picker.filter_edit.placeholderText() == tr("QtPicker", "Filter activations…")
    assert panel.column_action.text() == tr("QtExplorerPanel", "Activation &list")
    headings = [
        panel.picker.item_model.item(r).text() for r in range(panel.picker.item_model.rowCount())
    ]
    assert headings == [family_text(f) for f in core.by_family()]
    assert headings != list(core.by_family())
    elu = core.get("elu")
    pinned = panel.overlay_list.list.item(0).text()
    assert pinned.startswith(elu.name_text()) and "1,5" in pinned  # German decimal comma
    assert panel.curve_plot.readout == tr("QtCurvePlot", "Hover to read x, f(x), f′(x)")
    assert "Gradient" in panel.formula_pane.toPlainText() or "Ableitung" in (
        panel.formula_pane.toPlainText()
    )
    assert panel.session.to_state() == state  # nothing written back
    assert panel.session.choice.key == "tanh"

    switch_language("en")
    assert panel.pin_button.text() == "Pin curve"
    assert panel.side_column.pinned_box.title() == "Pinned curves"
    assert panel.overlay_list.list.item(0).text() == panel.session.overlays[0].label()
    assert panel.session.to_state() == state


def test_nothing_in_the_german_explorer_is_left_in_english(panel) -> None:
    switch_language("de")
    assert left_in_english(panel) == []
