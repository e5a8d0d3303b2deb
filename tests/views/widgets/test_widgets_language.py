"""The shared controls switch language at run time: labels, tips, names, menus, numbers.

Expected German comes from Qt's translator (the catalogue), never from a copied literal; the
model the controls show is compared before and after.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from language_walk import left_in_english, switch_language
from PySide6.QtCore import QCoreApplication

from actviz import core
from actviz.model.activation_choice import ActivationChoice
from actviz.model.publish.animation import mode_text
from actviz.views.widgets.qt_activation_combo import QtActivationCombo
from actviz.views.widgets.qt_param_panel import QtParamPanel


def tr(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


@pytest.fixture
def panel(qtbot) -> Iterator[QtParamPanel]:
    choice = ActivationChoice("leaky_relu")
    widget = QtParamPanel(choice)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    switch_language("en")


def test_a_built_parameter_panel_speaks_german_and_english_again(panel) -> None:
    choice = panel._choice
    choice.set_param("negative_slope", 0.25)
    params = dict(choice.params)
    control = panel.controls["negative_slope"]
    param = core.get("leaky_relu").params[0]
    switch_language("de")
    assert param.label_text() != param.label  # the catalogue translates this label
    assert control.field.label.text() == param.label_text()
    assert control.field.slider.accessibleName() == param.label_text()
    assert panel.reset_all_button.text() == tr("QtParamPanel", "Reset all") != "Reset all"
    play = tr("QtPlayButton", "Play {label}").format(label=param.label_text())
    assert control.play_button.accessibleName() == play
    assert control.field.spin.text() == "0,25"  # the decimal comma of German
    menu = control.play_button.animation_menu
    assert menu.mode_actions["bounce"].text() == mode_text("bounce") != "Back and forth"
    assert menu.whole.text() == tr("QtAnimationMenu", "Whole range")
    assert choice.params == params and choice.key == "leaky_relu"

    switch_language("en")
    assert control.field.label.text() == param.label
    assert control.field.spin.text() == "0.25"
    assert menu.whole.text() == "Whole range"
    assert choice.params == params


def test_german_entries_take_a_comma_and_a_dot_and_refuse_in_german(panel, qtbot) -> None:
    choice = panel._choice
    spin = panel.controls["negative_slope"].field.spin
    switch_language("de")
    for typed, value in (("0,5", 0.5), ("0.25", 0.25)):
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin.lineEdit(), typed)
        spin.editingFinished.emit()
        spin.interpretText()
        assert choice.params["negative_slope"] == pytest.approx(value)
    problem = spin.problem("abc")
    assert problem == tr("QtNumberSpinBox", "“{text}” is not a number").format(text="abc")
    assert problem != "“abc” is not a number"


def test_the_activation_combo_lists_german_names_and_keeps_an_owners_name(qtbot) -> None:
    choice = ActivationChoice("relu")
    combo = QtActivationCombo(choice)
    qtbot.addWidget(combo)
    combo.setAccessibleName("Compare with")  # an owner's own name stays the owner's business
    try:
        switch_language("de")
        names = [combo.itemText(i) for i in range(combo.count()) if combo.itemData(i)]
        assert names == [core.get(k).name_text() for k in core.names()]
        assert combo.accessibleName() == "Compare with"
        assert combo.currentData() == "relu" and choice.key == "relu"
    finally:
        switch_language("en")


def test_nothing_in_the_german_parameter_panel_is_left_in_english(panel) -> None:
    for key in ("leaky_relu", "gelu", "relu"):
        panel._choice.set_activation(key)
        switch_language("de")
        assert left_in_english(panel) == [], key
        switch_language("en")
