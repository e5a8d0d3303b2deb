"""The deep-network lab switches language at run time: sub-tabs, settings, presets and their
notice, plot titles, the status line, the bending view; no setting changes and no new run starts.

Expected German is asked of Qt's translator (the catalogue), never copied here.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from language_walk import left_in_english, switch_language
from PySide6.QtCore import QCoreApplication

from actviz.core.deepnet.weight_init import init_label_text
from actviz.model.deepnet.lab import DeepNetLab
from actviz.views.deepnet.qt_deepnet_panel import QtDeepNetPanel


def tr(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


@pytest.fixture
def panel(qtbot) -> Iterator[QtDeepNetPanel]:
    lab = DeepNetLab()
    lab.apply_preset("relu_he")
    lab.set_depth(4)  # a manual change clears the notice: put a preset's back below
    lab.set_width(16)
    lab.set_batch(16)
    widget = QtDeepNetPanel(lab)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    runner = widget.signals_tab.runner
    qtbot.waitUntil(lambda: runner.delivered > 0 and not runner.busy, timeout=20_000)
    yield widget
    switch_language("en")
    widget.shutdown()


def test_a_built_deepnet_lab_speaks_german_and_english_again(panel, qtbot) -> None:
    lab = panel.lab
    state, runs = lab.to_state(), panel.signals_tab.runner.delivered
    switch_language("de")
    assert panel.tabs.tabText(1) == tr("QtDeepNetPanel", "Bending space") != "Bending space"
    controls = panel.signals_tab.controls
    assert controls.fields["depth"].label.text() == tr("QtDeepNetControls", "Depth") != "Depth"
    assert controls.init.currentText() == init_label_text(lab.init)
    preset = panel.signals_tab.presets.buttons["sigmoid_vanishing"]
    assert preset.text() == lab.presets[5].title_text() != lab.presets[5].title
    stats = panel.signals_tab.stats
    assert stats.frac_plot.titleLabel.text == tr("QtLayerStatsPlots", "Dead and saturated units")
    status = panel.signals_tab.status.text()
    assert "4" in status and init_label_text(lab.init) in status
    assert "layers ×" not in status
    bending = panel.bending_tab.controls
    assert bending.weights_box.title() == tr("QtBendingControls", "Weights of layer")
    assert lab.to_state() == state
    assert panel.signals_tab.runner.delivered == runs and not panel.signals_tab.runner.busy

    switch_language("en")
    assert panel.tabs.tabText(1) == "Bending space"
    assert "4 layers × 16 units" in panel.signals_tab.status.text()
    assert lab.to_state() == state


def test_a_presets_notice_follows_the_language(panel, qtbot) -> None:
    lab = panel.lab
    lab.apply_preset("tanh_unit")
    notice = panel.signals_tab.presets.notice
    assert notice.text() == lab.notice
    switch_language("de")
    assert notice.text() == lab.notice_text() != lab.notice
    assert lab.notice.startswith("Notice:")  # the model keeps its English record


def test_nothing_in_the_german_deepnet_lab_is_left_in_english(panel, qtbot) -> None:
    switch_language("de")
    assert left_in_english(panel) == []
    panel.tabs.setCurrentIndex(1)
    QCoreApplication.processEvents()
    assert left_in_english(panel) == []
