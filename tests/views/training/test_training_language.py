"""The training lab in the learner's language: a switch at run time changes the built lab's texts
to the catalogue's German without touching its state (a run in progress keeps going), a lesson
saved in German opens in English unchanged, no visible text stays English where the catalogue
has German, and a number typed the German way is accepted.

What German should read is asked from Qt (``QCoreApplication.translate(context, source)``) or from
the catalogue file itself, never copied into these tests.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from actviz.model.training.lab import TrainingLab
from actviz.model.training.presets import PRESETS
from actviz.views.language import apply_language

CATALOGUE = Path(__file__).resolve().parents[3] / "resources" / "translations" / "actviz_de.ts"


def tr(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def switch_to(code: str) -> None:
    """Apply a language and deliver the LanguageChange events Qt posts for it."""
    apply_language(code)
    for _ in range(3):  # the app's event posts one per window, each window sends to its children
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        QCoreApplication.processEvents()


@pytest.fixture
def german(qapp) -> Iterator[None]:
    switch_to("de")
    yield
    switch_to("en")


@pytest.fixture(scope="module")
def translated_sources() -> list[re.Pattern[str]]:
    """Every English source whose German differs, as a pattern a shown text would fullmatch
    (placeholders match any text; Qt's & mnemonics are dropped)."""
    root = ET.parse(CATALOGUE).getroot()
    patterns = []
    for message in root.iter("message"):
        source = message.findtext("source", "")
        german = message.findtext("translation", "")
        if german and german != source and sum(c.isalpha() for c in source) >= 2:
            plain = source.replace("&", "")
            pattern = re.escape(plain)
            pattern = re.sub(r"\\\{\w+\\\}", ".+?", pattern)
            patterns.append(re.compile(pattern, re.DOTALL))
    return patterns


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every visible label, button, group title, combo item and tab title."""
    texts = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append((name, widget.text()))
        if isinstance(widget, QGroupBox):
            texts.append((name, widget.title()))
        if isinstance(widget, QComboBox):
            texts.extend((name, widget.itemText(i)) for i in range(widget.count()))
        if isinstance(widget, QTabWidget):
            texts.extend((name, widget.tabText(i)) for i in range(widget.count()))
    return [(where, text.replace("&", "")) for where, text in texts if text.strip()]


def test_a_switch_at_run_time_changes_the_texts_and_the_run_goes_on(
    panel, qtbot, german_after_start
) -> None:
    lab = panel.lab
    # Representative texts from every part of the lab, in the catalogue's German.
    assert panel.run_bar.step.text() == tr("QtRunBar", "Step")
    assert panel.run_bar.play.text() == tr("QtRunBar", "❚❚ Pause")  # still running
    assert panel.control_pages.tabText(0) == tr("QtTrainingPanel", "Data")
    assert panel.views.tabText(1) == tr("QtTrainingPanel", "Hidden space")
    data = panel.data_controls
    assert data.dataset_label.text() == tr("QtDataControls", "Data set")
    assert data.dataset.currentText() == tr("TrainingData", "Circle")
    assert data.regenerate.text() == tr("QtDataControls", "New points")
    training = panel.training_controls
    assert training.learning_rate.label.text() == tr("QtTrainingControls", "Learning rate")
    assert training.learning_rate.slider.accessibleName() == tr(
        "QtTrainingControls", "Learning rate"
    )
    assert training.regularization.currentText() == tr("TrainingOptions", "None")
    assert training.batch_size.spin.accessibleName() == tr("QtTrainingControls", "Batch size")
    assert panel.presets.itemText(0) == tr("QtTrainingPresets", "Lessons…")
    assert panel.presets.itemText(1) == tr("TrainingPreset", PRESETS[0].title)
    assert panel.export_button.text() == tr("QtTrainingPanel", "Export")
    assert panel.exports.actions["csv"].text() == tr("QtTrainingExports", "Loss history as &CSV…")
    assert panel.weight_editor.label.text().startswith(
        tr("QtWeightEditor", "Links: blue for a positive weight, orange for a negative one, "
           "thicker for a larger one. Click a link to edit its weight.")[:20]
    )  # fmt: skip
    # The painted canvases: the diagram's column titles, the loss plot's axis and legend.
    assert panel.diagram.titles[0].text() == tr("QtNetworkDiagram", "inputs")
    assert panel.diagram.titles[1].text() == tr("QtNetworkDiagram", "layer {layer}").format(layer=1)
    axis = panel.loss_plot.getPlotItem().getAxis("bottom")
    assert axis.labelText == tr("QtTrainingLossPlot", "epoch")
    legend = [label.text for _, label in panel.loss_plot.legend.items]
    assert tr("QtTrainingLossPlot", "dashed: test") in legend
    # The settings column makes room for the longer German labels (nothing is cut off).
    panel.control_pages.setCurrentIndex(1)
    scroll = panel.findChild(QScrollArea, "trainingControls:Network")
    qtbot.waitUntil(lambda: scroll.widget().width() <= scroll.viewport().width(), timeout=3000)
    # The run went on through the switch, with the same network.
    assert lab.running and panel.runner.active
    at_switch = lab.epoch
    qtbot.waitUntil(lambda: lab.epoch > at_switch + 5, timeout=20_000)
    assert lab.main.history[0][0] == 0  # the history of the same run, not a fresh one
    qtbot.waitUntil(
        lambda: panel.run_bar.epoch.text().startswith(tr("QtRunBar", "Epoch {epoch}")[:4]),
        timeout=3000,
    )
    lab.pause()
    assert panel.run_bar.play.text() == tr("QtRunBar", "▶ Play")


@pytest.fixture
def german_after_start(panel, qtbot) -> Iterator[None]:
    """The panel built in English, a run started, then German."""
    panel.lab.play()
    qtbot.waitUntil(lambda: panel.lab.epoch >= 3, timeout=20_000)
    switch_to("de")
    yield
    switch_to("en")


def test_texts_made_by_the_model_follow_the_switch(panel, qtbot) -> None:
    lab = panel.lab
    item = PRESETS[-1]
    lab.apply_preset(item.name)
    assert panel.notice.text() == item.notice
    lab.step(1)
    lab.clear_points()
    lab.set_dataset("spiral")
    lab.add_point(1.0, 1.0)
    lab.set_dataset("reg_plane")  # another kind of problem: the drawn point goes, with a sentence
    english_status = panel.status.text()
    assert english_status == lab.message != ""
    try:
        switch_to("de")
        assert panel.status.text() == tr("TrainingLab", lab.message) != english_status
        lab.set_value("compare_kind", "learning_rate")
        assert panel.map.getPlotItem().titleLabel.text == tr(
            "QtTrainingPanel", "learning rate {rate}"
        ).format(rate="0,03")
        with pytest.raises(ValueError) as refused:
            lab.set_value("learning_rate", 20.0)
        assert str(refused.value) == tr(
            "TrainingSettings", "{name} must be from {low} to {high}, got {value}"
        ).format(name=tr("TrainingSettings", "learning rate"), low="1e-05", high="10", value="20")
        lab.apply_preset(item.name)
        assert panel.notice.text() == tr("TrainingPreset", item.notice) != item.notice
        assert lab.notice == item.notice  # the record keeps English
    finally:
        switch_to("en")
    assert panel.notice.text() == item.notice


def test_a_lesson_saved_in_german_opens_in_english_unchanged(panel, qtbot, tmp_path) -> None:
    lab = panel.lab
    lab.apply_preset("relu_vs_tanh")
    lab.add_point(1.5, -2.0)
    lab.step(7)
    english_state = lab.to_state()
    try:
        switch_to("de")
        assert lab.to_state() == english_state  # a switch changes no record
        saved = tmp_path / "lesson.json"
        saved.write_text(json.dumps(lab.to_state()), encoding="utf-8")
    finally:
        switch_to("en")
    opened = TrainingLab()
    notes: list[str] = []
    opened.apply_state(opened.check_state(json.loads(saved.read_text("utf-8")), notes))
    assert notes == []
    assert opened.to_state() == english_state
    assert opened.notice == PRESETS[2].notice and opened.epoch == 7


def test_nothing_visible_stays_english_where_there_is_german(
    panel, german, translated_sources
) -> None:
    lab = panel.lab
    # Show as much as there is: a comparison, per-layer activations, a selected link.
    for setup in (
        lambda: lab.set_value("compare_kind", "learning_rate"),
        lambda: lab.set_per_layer(True),
        lambda: lab.set_dataset("function"),
    ):
        setup()
        QCoreApplication.processEvents()
        left = [
            (where, text)
            for where, text in shown_texts(panel)
            if any(p.fullmatch(text) for p in translated_sources)
        ]
        assert left == []
    panel.views.setCurrentIndex(1)  # the hidden space's own texts
    left = [
        (where, text)
        for where, text in shown_texts(panel)
        if any(p.fullmatch(text) for p in translated_sources)
    ]
    assert left == []


def test_a_learning_rate_typed_the_german_way_is_accepted(panel, german, type_into) -> None:
    lab = panel.lab
    field = panel.training_controls.learning_rate
    type_into(field.spin, "0,3")
    assert lab.learning_rate == 0.3 and field.errorText() == ""
    type_into(field.spin, "0.25")  # the C form, in every language
    assert lab.learning_rate == 0.25 and field.errorText() == ""
    type_into(field.spin, "1,5e")
    assert lab.learning_rate == 0.25
    assert "1,5e" in field.errorText()
