"""The language switch at run time: Qt's translators, the core's hook, and a view that follows.

What German should read is taken from the catalogue (resources/translations/actviz_de.ts, read
with ElementTree), so these tests check the path source -> .qm -> QTranslator -> accessor.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox

from actviz import core
from actviz.core import i18n
from actviz.core.deepnet import toy_data, weight_init
from actviz.core.families import FAMILY_ORDER, family_text
from actviz.core.training import network_setup, playground_data
from actviz.model.activation_choice import ActivationChoice
from actviz.views.explorer.qt_formula_pane import QtFormulaPane
from actviz.views.language import (
    Language,
    apply_language,
    available_languages,
    choose_language,
    current_language,
    preferred_language,
)

CATALOGUE = Path(__file__).resolve().parents[3] / "resources" / "translations" / "actviz_de.ts"


@pytest.fixture(scope="module")
def german() -> dict[tuple[str, str], str]:
    root = ET.parse(CATALOGUE).getroot()
    return {
        (context.findtext("name", ""), m.findtext("source", "")): m.findtext("translation", "")
        for context in root.iter("context")
        for m in context.iter("message")
    }


@pytest.fixture(autouse=True)
def english_afterwards(qapp) -> Iterator[None]:
    yield
    apply_language("en")


def _marked(text: str) -> bool:
    """Whether the catalogue marks this record text (words; bare symbols such as "α" are not)."""
    return sum(c.isascii() and c.isalpha() for c in text) >= 2


def test_english_and_german_are_offered_each_in_its_own_name() -> None:
    assert available_languages() == [Language("en", "English"), Language("de", "Deutsch")]


def test_the_start_language_follows_the_saved_choice_then_the_system() -> None:
    assert preferred_language(["de-AT", "en-US"]) == "de"
    assert preferred_language(["fr-FR", "de_CH"]) == "de"
    assert preferred_language(["fr-FR", "ja"]) == "en"
    assert preferred_language([]) == "en"
    assert choose_language("de") == "de"
    assert choose_language("en") == "en"
    system = preferred_language()
    assert choose_language("xx") == system  # a choice that no longer ships
    assert choose_language(None) == system


def test_every_catalogue_text_is_german_through_its_accessor_and_english_again(german) -> None:
    assert apply_language("de") == Language("de", "Deutsch")
    assert current_language() == "de"
    for key in core.names():
        a = core.get(key)
        assert a.name_text() == german["Activation", a.name]
        assert a.formula_text() == german["Activation", a.formula]
        assert a.derivative_formula_text() == german["Activation", a.derivative_formula]
        assert a.notes_text() == german["Activation", a.notes]
        assert a.notes_text() != a.notes
        assert a.reference_text() == german["Reference", a.reference]
        assert a.family_text() == german["Family", a.family]
        assert a.properties.output_range_text() == german["Properties", a.properties.output_range]
        for p in a.params:
            if _marked(p.label):
                assert p.label_text() == german["Param", p.label]
            if p.tooltip:
                assert p.tooltip_text() == german["Param", p.tooltip]
    assert [family_text(f) for f in FAMILY_ORDER] == [german["Family", f] for f in FAMILY_ORDER]
    for init, label in weight_init.INIT_LABELS.items():
        assert weight_init.init_label_text(init) == german["WeightInit", label]
    for name, label in toy_data.DATASET_LABELS.items():
        assert toy_data.dataset_label_text(name) == german["ToyData", label]
    for init, label in network_setup.INIT_LABELS.items():
        assert network_setup.init_label_text(init) == german["TrainingInit", label]
    for name, label in playground_data.DATASET_LABELS.items():
        assert playground_data.dataset_label_text(name) == german["TrainingData", label]
    for name, label in playground_data.BOUNDARY_LABELS.items():
        assert playground_data.boundary_label_text(name) == german["TrainingData", label]
    apply_language("en")
    assert current_language() == "en"
    for key in core.names():
        a = core.get(key)
        assert (a.name_text(), a.notes_text(), a.formula_text()) == (a.name, a.notes, a.formula)


def test_german_numbers_and_messages_come_from_the_core(german) -> None:
    apply_language("de")
    assert i18n.decimal_point() == QLocale("de").decimalPoint() == ","
    assert i18n.format_number(0.25) == "0,25"
    assert i18n.parse_number("0,25") == i18n.parse_number("0.25") == 0.25
    beta = core.get("swish").param("beta")
    assert beta.range_text() == "[0,1; 10]"
    with pytest.raises(ValueError, match=r"^beta muss eine endliche Zahl in \[0,1; 10\] sein"):
        beta.validate(float("inf"))
    rows = dict(core.get("sigmoid").properties.rows())
    assert rows[german["Properties", "Output range"]] == "(0; 1)"
    assert rows[german["Properties", "Saturating"]] == german["Properties", "yes"]
    with pytest.raises(ValueError, match=r"^1 fehlerhafte Zeile\(n\), nichts geladen: Zeile 2: "):
        playground_data.parse_points_csv("x,y,label\n1,abc,1\n")
    apply_language("en")
    assert i18n.format_number(0.25) == "0.25"
    assert beta.range_text() == "[0.1, 10]"


def test_standard_dialog_buttons_speak_german_too(qtbot) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    english = cancel.text()
    apply_language("de")
    box2 = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box2)
    assert box2.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == (
        "Abbrechen"
    )
    assert english.replace("&", "") == "Cancel"


def test_an_unknown_language_is_refused_and_changes_nothing() -> None:
    apply_language("de")
    with pytest.raises(ValueError, match="no translation for 'xx'"):
        apply_language("xx")
    assert current_language() == "de"
    assert core.get("relu").family_text() != core.get("relu").family


def test_the_formula_pane_follows_a_switch_without_a_restart(qtbot, german) -> None:
    choice = ActivationChoice("sigmoid")
    pane = QtFormulaPane(choice)
    qtbot.addWidget(pane)
    sigmoid = core.get("sigmoid")
    english_first_words = sigmoid.notes[:40]
    assert english_first_words in pane.plain_text()
    apply_language("de")
    german_notes = german["Activation", sigmoid.notes]
    qtbot.waitUntil(lambda: german_notes[:40] in pane.plain_text())
    text = pane.plain_text()
    assert german["QtFormulaPane", "Properties"] in text
    assert german["Properties", "Zero-centred"] in text
    assert english_first_words not in text
    choice.set_activation("relu")  # a new activation while German: shown in German
    assert german["Activation", core.get("relu").notes][:40] in pane.plain_text()
    apply_language("en")
    qtbot.waitUntil(lambda: core.get("relu").notes[:40] in pane.plain_text())
    assert "Properties" in pane.plain_text()
