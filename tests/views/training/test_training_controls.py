"""The training lab's controls in both directions: the lab's values reach the widgets without
echo, the widgets' changes reach the lab, and bad text in every entry is refused with a message
while the lab keeps its value."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox

from actviz.views.training.controls.qt_number_entry import QtNumberEntry
from actviz.views.widgets.qt_slider_field import QtSliderField


def combo(panel, name: str) -> QComboBox:
    found = panel.findChild(QComboBox, name)
    assert found is not None, name
    return found


def test_the_lab_reaches_every_control(panel) -> None:
    lab = panel.lab
    lab.set_dataset("xor")
    lab.set_value("noise", 0.3)
    lab.set_value("train_fraction", 0.7)
    lab.set_value("seed", 42)
    lab.set_features(("x1", "sin(x2)"))
    lab.set_hidden((3, 5, 2))
    lab.set_value("init", "he")
    lab.set_value("output", "sigmoid")
    lab.set_learning_rate(0.1)
    lab.set_value("batch_size", 25)
    lab.set_value("regularization", "l1")
    lab.set_value("reg_rate", 0.003)
    lab.set_value("compare_kind", "learning_rate")
    lab.set_value("compare_learning_rate", 1.0)
    lab.set_value("show_test", True)
    lab.set_value("discretize", True)
    lab.set_value("speed", "slow")
    data, network = panel.data_controls, panel.network_controls
    training, compare = panel.training_controls, panel.compare_controls
    assert data.dataset.currentData() == "xor" and data.noise.value() == 0.3
    assert data.train_fraction.value() == 0.7 and data.seed.value() == 42
    assert data.show_test.isChecked() and data.discretize.isChecked()
    checked = [name for name, box in network.features.items() if box.isChecked()]
    assert checked == ["x1", "sin(x2)"]
    sizes = network.hidden.entries
    assert [e.value() for e in sizes[:3]] == [3, 5, 2]
    assert [e.isVisibleTo(network) for e in sizes] == [True] * 3 + [False] * 3
    assert network.init.currentData() == "he" and network.output.currentData() == "sigmoid"
    assert training.learning_rate.value() == 0.1 and training.batch_size.value() == 25
    assert training.regularization.currentData() == "l1" and training.reg_rate.value() == 0.003
    assert compare.kind.currentData() == "learning_rate"
    assert compare.learning_rate.value() == 1.0 and compare.learning_rate.isVisibleTo(compare)
    assert not compare.init.isVisibleTo(compare)
    assert panel.run_bar.speed.currentData() == "slow"
    assert panel.compare_map.isVisibleTo(panel)


def test_every_control_reaches_the_lab(panel, qtbot, type_into) -> None:
    lab = panel.lab
    data, network = panel.data_controls, panel.network_controls
    training, compare = panel.training_controls, panel.compare_controls
    data.dataset.setCurrentIndex(data.dataset.findData("spiral"))
    data.noise.slider.setValue(data.noise.slider.maximum())
    type_into(data.train_fraction.spin, "0.3")
    type_into(data.seed.spin, "7")
    qtbot.mouseClick(data.regenerate, Qt.MouseButton.LeftButton)
    data.show_test.setChecked(True)
    data.discretize.setChecked(True)
    data.negative.setChecked(True)
    network.features["x1^2"].setChecked(True)
    qtbot.mouseClick(network.hidden.add, Qt.MouseButton.LeftButton)
    type_into(network.hidden.entries[0].spin, "6")
    network.init.setCurrentIndex(network.init.findData("xavier"))
    network.output.setCurrentIndex(network.output.findData("sigmoid"))
    type_into(training.learning_rate.spin, "0.3")
    type_into(training.batch_size.spin, "30")
    training.regularization.setCurrentIndex(training.regularization.findData("l2"))
    type_into(training.reg_rate.spin, "0.01")
    compare.kind.setCurrentIndex(compare.kind.findData("init"))
    compare.init.setCurrentIndex(compare.init.findData("zeros"))
    panel.run_bar.speed.setCurrentIndex(panel.run_bar.speed.findData("playground"))
    assert lab.dataset == "spiral" and lab.noise == 0.5 and lab.train_fraction == 0.3
    assert lab.seed == 8 and lab.show_test and lab.discretize and lab.point_value == -1.0
    assert lab.features == ("x1", "x2", "x1^2") and lab.hidden == (6, 2, 4)
    assert lab.init == "xavier" and lab.output == "sigmoid"
    assert lab.learning_rate == 0.3 and lab.batch_size == 30
    assert lab.regularization == "l2" and lab.reg_rate == 0.01
    assert lab.compare_kind == "init" and lab.compare_init == "zeros" and lab.speed == "playground"
    qtbot.mouseClick(network.hidden.remove, Qt.MouseButton.LeftButton)
    assert lab.hidden == (6, 2)


def test_activations_one_for_all_or_one_per_layer(panel, qtbot, type_into) -> None:
    lab = panel.lab
    activations = panel.network_controls.activations
    activations.activation.setCurrentIndex(activations.activation.findData("relu"))
    assert lab.choice.key == "relu" and lab.spec().keys == ("relu", "relu")
    activations.per_layer.setChecked(True)
    assert lab.per_layer and not activations.shared.isVisibleTo(activations)
    shown = [row.isVisibleTo(activations) for row in activations.layer_rows]
    assert shown == [True, True] + [False] * 4
    second = activations.layer_combos[1]
    second.setCurrentIndex(second.findData("leaky_relu"))
    assert lab.spec().keys == ("relu", "leaky_relu")
    spin = panel.findChild(QDoubleSpinBox, "trainingLayer2:paramSpin:negative_slope")
    assert spin is not None
    type_into(spin, "0.2")
    assert lab.layer_choices[1].params["negative_slope"] == 0.2
    lab.set_per_layer(False)  # and back, from the lab
    assert not activations.per_layer.isChecked() and activations.shared.isVisibleTo(activations)


def entries(panel):
    """Every numeric entry of the lab's controls with a value the lab refuses."""
    data, training = panel.data_controls, panel.training_controls
    hidden = panel.network_controls.hidden
    return {
        "noise": (data.noise, "0.9"),
        "train_fraction": (data.train_fraction, "0.99"),
        "seed": (data.seed, "2.5"),
        "hidden": (hidden.entries[0], "2.5"),
        "learning_rate": (training.learning_rate, "20"),
        "batch_size": (training.batch_size, "0.5"),
        "reg_rate": (training.reg_rate, "-1"),
        "compare_learning_rate": (panel.compare_controls.learning_rate, "0"),
    }


@pytest.mark.parametrize(
    "name",
    ["noise", "train_fraction", "seed", "hidden", "learning_rate", "batch_size", "reg_rate",
     "compare_learning_rate"],
)  # fmt: skip
def test_bad_text_in_every_entry_is_refused_with_a_message(panel, type_into, name) -> None:
    lab = panel.lab
    lab.set_value("regularization", "l2")  # the rate's entry is live only with a penalty
    lab.set_value("compare_kind", "learning_rate")  # and the compared rate only when compared
    field, refused = entries(panel)[name]
    assert isinstance(field, QtSliderField | QtNumberEntry)
    before = lab.to_state()
    for text in ("abc", "nan", "inf", "", "1,5", refused):
        field.clearError()
        type_into(field.spin, text)
        assert lab.to_state() == before, (name, text)
        assert field.errorText(), (name, text)
    good = {"hidden": "3", "seed": "3", "batch_size": "12"}.get(name)
    if good is not None:
        type_into(field.spin, good)
        assert field.errorText() == "" and lab.to_state() != before


def test_the_value_of_a_new_point_is_an_entry_for_regression(panel, qtbot, type_into) -> None:
    lab = panel.lab
    data = panel.data_controls
    assert data.positive.isVisibleTo(panel) and not data.point_value.isVisibleTo(panel)
    lab.set_dataset("reg_gauss")
    assert not data.positive.isVisibleTo(panel) and data.point_value.isVisibleTo(panel)
    type_into(data.point_value.spin, "-0.4")
    assert lab.point_value == -0.4
    type_into(data.point_value.spin, "3")
    assert lab.point_value == -0.4 and data.point_value.errorText()
    network = panel.network_controls
    assert not network.output.isVisibleTo(network)  # regression: always a linear output


def test_the_settings_are_four_pages_that_fit_without_scrolling(panel) -> None:
    pages = panel.control_pages
    assert [pages.tabText(i) for i in range(pages.count())] == [
        "Data", "Network", "Training", "Compare",
    ]  # fmt: skip
    for index in range(pages.count()):
        pages.setCurrentIndex(index)
        scroll = pages.currentWidget()
        assert scroll.verticalScrollBar().maximum() == 0, pages.tabText(index)


def test_the_last_input_feature_cannot_be_unchecked(panel) -> None:
    boxes = panel.network_controls.features
    boxes["x2"].setChecked(False)
    boxes["x1"].setChecked(False)
    assert panel.lab.features == ("x1",) and boxes["x1"].isChecked()
    assert "at least one" in panel.network_controls.features_message.text()


def test_the_function_set_shows_its_function(panel) -> None:
    data = panel.data_controls
    assert not data.function.isVisibleTo(panel)
    panel.lab.set_dataset("function")
    assert data.function.isVisibleTo(panel)
    data.function.setCurrentIndex(data.function.findData("abs"))
    assert panel.lab.function == "abs"


def test_object_names_are_the_contract(panel) -> None:
    assert panel.objectName() == "trainingPanel"
    names = ("trainingMap", "trainingCompareMap", "trainingLossPlot", "trainingNetworkDiagram",
             "trainingHiddenSpace", "trainingRunBar", "trainingPresets")  # fmt: skip
    for name in names:
        assert panel.findChild(object, name) is not None, name
    assert panel.findChild(QCheckBox, "trainingFeature:x1^2") is not None
    assert panel.findChild(QComboBox, "trainingControl:activation") is not None
    # The shared activation panel's names are prefixed: the explorer's contract stays unique.
    assert panel.findChild(object, "paramPanel") is None
