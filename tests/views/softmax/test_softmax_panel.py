"""The softmax panel, both directions: model -> widgets (no echo) and gestures -> model (validated),
plus coalesced redraws and what the charts draw, checked against closed forms."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QRadioButton, QToolButton
from scipy.special import expit

from actviz.model.softmax.lab import SoftmaxLabModel
from actviz.views.softmax import qt_softmax_panel
from actviz.views.softmax.qt_softmax_panel import QtSoftmaxPanel
from actviz.views.widgets.qt_slider_field import QtSliderField


@pytest.fixture
def panel(qtbot) -> QtSoftmaxPanel:
    widget = QtSoftmaxPanel(SoftmaxLabModel(seed=3))
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def settle(qtbot, panel: QtSoftmaxPanel) -> None:
    qtbot.waitUntil(lambda: not panel.redraw_pending(), timeout=2000)


def field(panel, name: str) -> QtSliderField:
    found = panel.findChild(QtSliderField, name)
    assert found is not None, name
    return found


def type_into(qtbot, target: QtSliderField, text: str) -> None:
    target.spin.lineEdit().selectAll()
    target.spin.lineEdit().setText(text)
    qtbot.keyClick(target.spin, Qt.Key.Key_Return)


def test_object_names_are_the_contract(panel):
    assert panel.objectName() == "softmaxPanel"
    for i in range(3):
        assert field(panel, f"softmaxLogit:{i}")
        assert panel.findChild(QLineEdit, f"softmaxLabel:{i}").text() == ("cat", "dog", "bird")[i]
        assert panel.findChild(QToolButton, f"softmaxRemove:{i}")
    assert field(panel, "softmaxTemperature")._log
    assert field(panel, "softmaxShift")
    for name in ("softmaxAddClass", "softmaxRandom", "softmaxReset"):
        assert panel.findChild(QPushButton, name)
    for mode in ("softmax", "log_softmax", "softmin"):
        assert panel.findChild(QRadioButton, f"softmaxMode:{mode}")


# --- model -> widgets, without echo ------------------------------------------------------------


def test_model_changes_show_in_widgets_without_writing_back(panel, qtbot):
    model = panel.model
    seen: list[object] = []
    model.events.all.connect(seen.append)
    model.set_score(1, -3.5)
    model.set_temperature(0.2)
    model.set_shift(42.0)
    model.set_mode("softmin")
    model.set_naive(True)
    model.set_label(2, "owl")
    model.set_focus(2)
    assert len(seen) == 7  # one event per setter, none echoed back by a widget
    assert field(panel, "softmaxLogit:1").value() == -3.5
    assert field(panel, "softmaxTemperature").value() == pytest.approx(0.2)
    assert field(panel, "softmaxShift").value() == 42.0
    assert panel.findChild(QRadioButton, "softmaxMode:softmin").isChecked()
    assert panel.controls.naive_check.isChecked()
    assert panel.findChild(QLineEdit, "softmaxLabel:2").text() == "owl"
    assert panel.sweep.class_combo.currentIndex() == 2
    assert panel.sweep.class_combo.itemText(2) == "owl"


def test_rows_follow_the_class_count(panel):
    model = panel.model
    model.add_class()
    assert len(panel.classes.rows) == 4
    assert panel.findChild(QLineEdit, "softmaxLabel:3").text() == "frog"
    while model.n > 2:
        model.remove_class()
    assert len(panel.classes.rows) == 2
    assert not any(row.remove_button.isEnabled() for row in panel.classes.rows)
    while model.n < 10:
        model.add_class()
    assert not panel.classes.add_button.isEnabled()
    assert all(row.remove_button.isEnabled() for row in panel.classes.rows)


# --- gestures -> model ------------------------------------------------------------------------


def test_dragging_a_logit_slider_sets_the_score(panel):
    slider = field(panel, "softmaxLogit:0").slider
    slider.setValue(slider.maximum())
    assert panel.model.scores[0] == 20.0
    slider.setValue(slider.minimum())
    assert panel.model.scores[0] == -20.0


def test_typing_a_logit_commits_exactly(panel, qtbot):
    type_into(qtbot, field(panel, "softmaxLogit:2"), "-7.25")
    assert panel.model.scores[2] == -7.25


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("abc", "not a number"), ("nan", "finite"), ("inf", "finite"), ("25", "from -20 to 20")],
)
def test_bad_logit_text_is_refused_next_to_the_field(panel, qtbot, text, fragment):
    target = field(panel, "softmaxLogit:1")
    type_into(qtbot, target, text)
    assert panel.model.scores[1] == 1.0
    assert target.value() == 1.0
    assert fragment in target.message.text() and not target.message.isHidden()


@pytest.mark.parametrize(
    ("text", "fragment"), [("hot", "not a number"), ("NaN", "finite"), ("0", "from 0.01 to 100")]
)
def test_bad_temperature_text_is_refused(panel, qtbot, text, fragment):
    target = field(panel, "softmaxTemperature")
    type_into(qtbot, target, text)
    assert panel.model.temperature == 1.0
    assert fragment in target.message.text()


def test_temperature_slider_is_logarithmic(panel):
    slider = field(panel, "softmaxTemperature").slider
    slider.setValue(slider.minimum())
    assert panel.model.temperature == pytest.approx(0.01)
    slider.setValue(slider.maximum())
    assert panel.model.temperature == pytest.approx(100.0)
    slider.setValue((slider.minimum() + slider.maximum()) // 2)
    assert panel.model.temperature == pytest.approx(1.0)


def test_shift_entry(panel, qtbot):
    type_into(qtbot, field(panel, "softmaxShift"), "750")
    assert panel.model.shift == 750.0
    type_into(qtbot, field(panel, "softmaxShift"), "1e9")
    assert panel.model.shift == 750.0


def test_renaming_a_class(panel, qtbot):
    edit = panel.findChild(QLineEdit, "softmaxLabel:0")
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "  tiger ")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert panel.model.labels[0] == "tiger"
    assert edit.text() == "tiger"


def test_an_empty_name_is_refused_and_the_old_one_kept(panel, qtbot):
    edit = panel.findChild(QLineEdit, "softmaxLabel:1")
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert panel.model.labels[1] == "dog"
    assert edit.text() == "dog"
    assert "needs a name" in field(panel, "softmaxLogit:1").message.text()


def test_buttons_drive_the_model(panel, qtbot):
    model = panel.model
    qtbot.mouseClick(panel.classes.add_button, Qt.MouseButton.LeftButton)
    assert model.n == 4
    qtbot.mouseClick(panel.findChild(QToolButton, "softmaxRemove:0"), Qt.MouseButton.LeftButton)
    assert model.labels == ("dog", "bird", "frog")
    before = model.scores
    qtbot.mouseClick(panel.controls.random_button, Qt.MouseButton.LeftButton)
    assert model.scores != before
    panel.findChild(QRadioButton, "softmaxMode:log_softmax").click()
    assert model.mode == "log_softmax"
    panel.controls.naive_check.click()
    assert model.naive
    panel.sweep.class_combo.setCurrentIndex(2)
    assert model.focus == 2
    qtbot.mouseClick(panel.controls.reset_button, Qt.MouseButton.LeftButton)
    assert model.to_state() == SoftmaxLabModel().to_state()
    settle(qtbot, panel)
    assert len(panel.classes.rows) == 3
    assert panel.findChild(QRadioButton, "softmaxMode:softmax").isChecked()


def test_remove_button_cannot_go_below_two(panel, qtbot):
    panel.model.remove_class()
    button = panel.findChild(QToolButton, "softmaxRemove:0")
    assert not button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert panel.model.n == 2


def test_a_removed_row_with_a_pending_name_edit_is_ignored(panel, qtbot):
    """Found by the random walk: renaming the last class and then removing it reported the edit
    for a class index the model no longer had (ValueError, then IndexError in the handler)."""
    model = panel.model
    removed = panel.classes.rows[2]
    removed.label_edit.setText("tiger")  # typed, not yet committed
    model.remove_class(2)
    assert not removed.isVisible()  # gone from sight before deleteLater runs
    removed.label_edit.editingFinished.emit()  # its focus-out comes after the removal
    removed.field.valueChanged.emit(1.0)
    assert model.labels == ("cat", "dog")
    assert model.n == 2


# --- redraws ------------------------------------------------------------------------------------


def test_a_burst_of_changes_redraws_once(panel, qtbot, monkeypatch):
    calls = []
    real = qt_softmax_panel.take_snapshot

    def counting(model):
        calls.append(1)
        return real(model)

    monkeypatch.setattr(qt_softmax_panel, "take_snapshot", counting)
    settle(qtbot, panel)
    for v in np.linspace(-5, 5, 25):
        panel.model.set_score(0, float(v))
    panel.model.set_temperature(3.0)
    settle(qtbot, panel)
    assert len(calls) == 1


def test_drawn_bars_and_heat_map_match_closed_forms(panel, qtbot):
    panel.model.set_scores([math.log(3.0), 0.0, 0.0])
    settle(qtbot, panel)
    p = np.array([0.6, 0.2, 0.2])
    np.testing.assert_allclose(panel.bars.heights("output"), p, rtol=1e-14)
    np.testing.assert_allclose(panel.bars.heights("exp"), [1.0, 1 / 3, 1 / 3], rtol=1e-14)
    np.testing.assert_allclose(panel.bars.heights("logits"), [math.log(3.0), 0, 0])
    np.testing.assert_allclose(panel.heatmap.matrix(), np.diag(p) - np.outer(p, p), atol=1e-15)
    assert panel.heatmap.cell_text(0, 0) == "0.24"
    assert panel.heatmap.cell_text(0, 1) == "−0.12"
    assert "★" in panel.bars.value_texts[0].textItem.toPlainText()
    # H(0.6, 0.2, 0.2) = -(0.6 log2 0.6 + 0.4 log2 0.2) = 1.371 bits
    assert "1.371 bits" in panel.readouts.entropy.text()
    assert "cat" in panel.readouts.top.text() and "0.6000" in panel.readouts.top.text()


def test_two_class_sweep_says_it_is_the_sigmoid_of_the_difference(panel, qtbot):
    panel.model.remove_class()
    panel.model.set_temperature(2.0)
    settle(qtbot, panel)
    assert "sigmoid of the difference" in panel.sweep.note.text()
    x, y = panel.sweep.curve.getData()
    np.testing.assert_allclose(y, expit((x - 1.0) / 2.0), rtol=1e-12)
    _, y_sigmoid = panel.sweep.sigmoid_curve.getData()
    np.testing.assert_allclose(y_sigmoid, y, rtol=1e-12)


def test_naive_overflow_shows_inf_and_nan_cells_and_stable_stays_right(panel, qtbot):
    panel.model.set_naive(True)
    panel.model.set_shift(709.0)  # cat: 711, dog: 710 overflow; bird: 709.1 does not
    settle(qtbot, panel)
    table = panel.naive_table
    assert table.isVisible()
    assert table.cell_text(0, "naive exp(z/T)") == "inf"
    assert table.cell_text(0, "naive output") == "NaN"
    assert table.cell_text(2, "naive output") == "0"
    assert table.cell_text(0, "stable output") == "0.659001"
    assert "overflowed to inf for cat, dog" in table.note.text()
    nan_labels = [t.textItem.toPlainText() for t in panel.bars.naive_texts if t.isVisible()]
    assert nan_labels == ["NaN", "NaN"]
    assert panel.bars.overflow_line.isVisible() and panel.bars.overflow_text.isVisible()
    np.testing.assert_allclose(panel.bars.heights("output")[0], 1 / (1 + np.exp(-1) + np.exp(-1.9)))
    panel.model.set_naive(False)
    settle(qtbot, panel)
    assert not table.isVisible()
    assert not any(t.isVisible() for t in panel.bars.naive_texts)


def test_a_hidden_panel_computes_nothing_until_shown(qtbot, monkeypatch):
    calls = []
    real = qt_softmax_panel.take_snapshot

    def counting(model):
        calls.append(1)
        return real(model)

    monkeypatch.setattr(qt_softmax_panel, "take_snapshot", counting)
    widget = QtSoftmaxPanel(SoftmaxLabModel())
    qtbot.addWidget(widget)
    widget.model.set_temperature(0.5)
    widget.model.set_score(0, 5.0)
    qtbot.wait(10)
    assert calls == [] and widget.snapshot is None
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot, widget)
    assert len(calls) == 1
    np.testing.assert_allclose(widget.bars.heights("logits"), [5.0, 1.0, 0.1])


def test_the_interpreter_exits_cleanly_with_the_panel_alive():
    """Teardown after the QApplication is gone must not crash (pyqtgraph's InfLineLabel did)."""
    import os
    import subprocess
    import sys

    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from actviz.views.softmax.qt_softmax_panel import QtSoftmaxPanel\n"
        "panel = QtSoftmaxPanel()\n"
        "panel.show()\n"
        "panel.model.set_naive(True)\n"
        "panel.model.set_shift(800.0)\n"
        "panel.redraw()\n"
        "app.processEvents()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode()[-2000:]
