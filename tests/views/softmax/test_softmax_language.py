"""The softmax lab switches language at run time: controls, group titles, chart titles, readouts
with a decimal comma, the naive table's notes; the model stays as it was.

Expected German is asked of Qt's translator (the catalogue), never copied here.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from language_walk import left_in_english, switch_language
from PySide6.QtCore import QCoreApplication

from actviz.model.softmax.lab import SoftmaxLabModel
from actviz.views.softmax.qt_softmax_panel import QtSoftmaxPanel


def tr(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


@pytest.fixture
def panel(qtbot) -> Iterator[QtSoftmaxPanel]:
    model = SoftmaxLabModel()
    model.set_temperature(0.5)
    widget = QtSoftmaxPanel(model)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.snapshot is not None and not widget.redraw_pending())
    yield widget
    switch_language("en")


def settle(qtbot, panel: QtSoftmaxPanel) -> None:
    qtbot.waitUntil(lambda: not panel.redraw_pending())


def test_a_built_softmax_lab_speaks_german_and_english_again(panel, qtbot) -> None:
    state = panel.model.to_state()
    switch_language("de")
    settle(qtbot, panel)
    controls = panel.controls
    assert controls.temperature.label.text() == tr("QtSoftmaxControls", "Temperature T")
    assert controls.random_button.text() == tr("QtSoftmaxControls", "Random") != "Random"
    assert panel.groups[2].title() == tr("QtSoftmaxPanel", "Readouts") != "Readouts"
    assert panel.classes.add_button.text() == tr("QtSoftmaxClasses", "+ Add class")
    assert panel.bars.logit_plot.titleLabel.text == tr("QtSoftmaxBars", "logits z = score + shift")
    entropy = tr("QtSoftmaxReadouts", "Entropy: <b>{bits} bits</b> = {percent}% of the maximum "
                 "log₂({n}) = {maximum} bits").split("<b>")[0]
    assert panel.readouts.entropy.text().startswith(entropy) and entropy != "Entropy: "
    bits = panel.snapshot.entropy_bits
    assert f"{bits:.3f}".replace(".", ",") in panel.readouts.entropy.text()  # decimal comma
    assert panel.model.to_state() == state

    switch_language("en")
    settle(qtbot, panel)
    assert controls.random_button.text() == "Random"
    assert f"{bits:.3f} bits" in panel.readouts.entropy.text()
    assert panel.model.to_state() == state


def test_the_naive_table_explains_in_german(panel, qtbot) -> None:
    panel.model.set_naive(True)
    panel.model.set_shift(panel.model.to_state()["shift"] + 700.0)
    settle(qtbot, panel)
    english = panel.naive_table.note.text()
    switch_language("de")
    settle(qtbot, panel)
    german = panel.naive_table.note.text()
    assert german != english and german.startswith("exp(z/T)")
    header = panel.naive_table.table.horizontalHeaderItem(4).text()
    assert header == tr("QtSoftmaxNaiveTable", "stable output") != "stable output"


def test_nothing_in_the_german_softmax_lab_is_left_in_english(panel, qtbot) -> None:
    switch_language("de")
    settle(qtbot, panel)
    assert left_in_english(panel) == []
    panel.model.set_naive(True)
    settle(qtbot, panel)
    assert left_in_english(panel) == []
