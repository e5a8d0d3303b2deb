"""The neuron lab switches language at run time: controls, presets, tabs, readouts, the diagram's
description and the tangent's legend entry; the neuron's numbers stay as they were.

Expected German is asked of Qt's translator (the catalogue), never copied here.
"""

from __future__ import annotations

from collections.abc import Iterator

import pyqtgraph as pg
import pytest
from language_walk import left_in_english, switch_language
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from actviz.model.activation_choice import ActivationChoice
from actviz.model.neuron.lab import PRESETS, NeuronModel
from actviz.views.neuron.qt_neuron_panel import QtNeuronPanel
from actviz.views.neuron.qt_operating_point_overlay import QtOperatingPointOverlay


def tr(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


@pytest.fixture
def panel(qtbot) -> Iterator[QtNeuronPanel]:
    model = NeuronModel(ActivationChoice("sigmoid"))
    model.set_mode("target")
    model.step()
    widget = QtNeuronPanel(model)
    qtbot.addWidget(widget)
    widget.resize(360, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    switch_language("en")


def test_a_built_neuron_lab_speaks_german_and_english_again(panel) -> None:
    state = panel.model.to_state()
    english_description = panel.diagram.accessibleDescription()
    switch_language("de")
    assert panel.step_button.text() == tr("QtNeuronPanel", "Step") != "Step"
    assert panel.sections.tabText(1) == tr("QtNeuronPanel", "Backward") != "Backward"
    assert panel.loss_combo.itemText(1) == tr("QtNeuronPanel", "binary cross-entropy")
    assert panel.lr_field.label.text() == tr("QtNeuronPanel", "learning rate")
    preset = panel.preset_buttons["saturated_sigmoid"]
    assert preset.text() == PRESETS["saturated_sigmoid"].label_text() != "Saturated sigmoid"
    readout = tr("QtNeuronPanel", "loss = {value}").split("=")[0]
    assert panel.loss_readout.text().startswith(readout) and readout != "loss "
    assert panel.diagram.accessibleDescription() != english_description
    assert panel.diagram.accessibleDescription().startswith(
        tr("NeuronText", "Forward: {terms}; with bias b = {b}, z = {z}; a = {name}(z) = {a}.")[:8]
    )
    assert panel.model.to_state() == state

    switch_language("en")
    assert panel.step_button.text() == "Step"
    assert panel.diagram.accessibleDescription() == english_description
    assert panel.model.to_state() == state


def test_nothing_in_the_german_neuron_lab_is_left_in_english(panel) -> None:
    switch_language("de")
    for index in range(panel.sections.count()):
        panel.sections.setCurrentIndex(index)
        QCoreApplication.processEvents()
        assert left_in_english(panel) == [], panel.sections.tabText(index)


def test_the_tangent_on_the_main_plot_is_named_in_german(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    plot = pg.PlotWidget(owner)
    plot.plot_item = plot.getPlotItem()
    plot.plot_item.addLegend()
    model = NeuronModel(ActivationChoice("sigmoid"))
    overlay = QtOperatingPointOverlay(model, plot.plot_item, owner)
    try:
        switch_language("de")
        names = [label.text for _sample, label in plot.plot_item.legend.items]
        wanted = tr("QtOperatingPointOverlay", "tangent at neuron's z")
        assert wanted != "tangent at neuron's z" and names == [wanted]
        assert overlay.tangent.name() == wanted
    finally:
        switch_language("en")
