"""The softmax lab inside the main window: every control driven through its widget, and after each
gesture the drawn bars and heat map checked against ``actviz.core.softmax`` for the logits the test
itself set (scores + shift), not the ones the panel reports."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QRadioButton, QToolButton

from actviz.app import MainWindow
from actviz.core import softmax, softmax_jacobian
from actviz.core.softmax import log_softmax, log_softmax_jacobian, softmin, softmin_jacobian
from actviz.views.softmax.qt_softmax_panel import QtSoftmaxPanel
from actviz.views.widgets.qt_slider_field import QtSliderField

FORWARD = {"softmax": softmax, "log_softmax": log_softmax, "softmin": softmin}
JACOBIAN = {
    "softmax": softmax_jacobian,
    "log_softmax": log_softmax_jacobian,
    "softmin": softmin_jacobian,
}


@pytest.fixture
def lab(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    panel = window.show_lab("softmaxPanel")
    assert isinstance(panel, QtSoftmaxPanel)
    return window, panel


def settle(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: not panel.redraw_pending(), timeout=2000)


def control(panel, name: str) -> QtSliderField:
    found = panel.findChild(QtSliderField, name)
    assert found is not None, name
    return found


def enter(qtbot, target: QtSliderField, text: str) -> None:
    target.spin.lineEdit().selectAll()
    target.spin.lineEdit().setText(text)
    qtbot.keyClick(target.spin, Qt.Key.Key_Return)


def assert_drawn(qtbot, panel, scores, shift=0.0, t=1.0, mode="softmax") -> None:
    """The charts show exactly what the core computes for these logits."""
    settle(qtbot, panel)
    z = np.asarray(scores, dtype=np.float64) + shift
    np.testing.assert_allclose(panel.bars.heights("logits"), z, rtol=1e-15)
    np.testing.assert_allclose(panel.bars.heights("output"), FORWARD[mode](z, t), rtol=1e-13)
    np.testing.assert_allclose(panel.heatmap.matrix(), JACOBIAN[mode](z, t), rtol=1e-13)
    assert panel.heatmap.matrix().shape == (z.size, z.size)


def test_the_lab_is_a_tab_and_its_model_is_saved(lab):
    window, panel = lab
    assert window.tabs.indexOf(window.lab("softmaxPanel").page) >= 0
    assert window.findChild(QtSoftmaxPanel, "softmaxPanel") is panel
    assert panel.model is window.lab("softmaxPanel").model
    assert panel.model in window.saveables
    assert panel.model.state_key == "softmax"


def test_every_control_drives_the_drawn_charts(lab, qtbot):
    _window, panel = lab
    scores, shift, t, mode = [2.0, 1.0, 0.1], 0.0, 1.0, "softmax"
    assert_drawn(qtbot, panel, scores)

    # logit slider drag and exact entry
    slider = control(panel, "softmaxLogit:1").slider
    slider.setValue(slider.maximum())
    scores[1] = 20.0
    assert_drawn(qtbot, panel, scores)
    enter(qtbot, control(panel, "softmaxLogit:2"), "-3.75")
    scores[2] = -3.75
    assert_drawn(qtbot, panel, scores)

    # temperature slider (log scale) and exact entry
    temperature = control(panel, "softmaxTemperature")
    temperature.slider.setValue(0)
    t = 0.01
    assert_drawn(qtbot, panel, scores, t=t)
    enter(qtbot, temperature, "7.5")
    t = 7.5
    assert_drawn(qtbot, panel, scores, t=t)

    # the shift moves the logits, not the probabilities
    before = panel.bars.heights("output").copy()
    enter(qtbot, control(panel, "softmaxShift"), "800")
    shift = 800.0
    assert_drawn(qtbot, panel, scores, shift, t)
    np.testing.assert_allclose(panel.bars.heights("output"), before, rtol=1e-12)

    # modes
    for mode in ("log_softmax", "softmin", "softmax"):
        panel.findChild(QRadioButton, f"softmaxMode:{mode}").click()
        assert_drawn(qtbot, panel, scores, shift, t, mode)

    # naive toggle: overflow drawn as cells, stable bars unchanged
    enter(qtbot, temperature, "1")
    t = 1.0
    panel.controls.naive_check.click()
    assert_drawn(qtbot, panel, scores, shift, t)
    assert panel.naive_table.cell_text(0, "naive exp(z/T)") == "inf"
    assert panel.naive_table.cell_text(1, "naive output") == "NaN"
    panel.controls.naive_check.click()

    # add a class, rename it, remove another
    qtbot.mouseClick(panel.findChild(QPushButton, "softmaxAddClass"), Qt.MouseButton.LeftButton)
    scores.append(0.0)
    assert_drawn(qtbot, panel, scores, shift, t)
    label = panel.findChild(QLineEdit, "softmaxLabel:3")
    label.setFocus()
    label.selectAll()
    qtbot.keyClicks(label, "wolf")
    qtbot.keyClick(label, Qt.Key.Key_Return)
    assert panel.model.labels[3] == "wolf"
    qtbot.mouseClick(panel.findChild(QToolButton, "softmaxRemove:0"), Qt.MouseButton.LeftButton)
    del scores[0]
    assert_drawn(qtbot, panel, scores, shift, t)
    assert panel.heatmap.cell_text(0, 0) != ""

    # sweep class picker
    combo = panel.findChild(QComboBox, "softmaxSweepClass")
    combo.setCurrentIndex(2)
    settle(qtbot, panel)
    assert "wolf" in panel.sweep.plot.getAxis("left").labelText

    # random then reset
    qtbot.mouseClick(panel.findChild(QPushButton, "softmaxRandom"), Qt.MouseButton.LeftButton)
    assert_drawn(qtbot, panel, panel.model.scores, shift, t)  # random: the model says what it drew
    qtbot.mouseClick(panel.findChild(QPushButton, "softmaxReset"), Qt.MouseButton.LeftButton)
    assert_drawn(qtbot, panel, [2.0, 1.0, 0.1])


def test_bad_input_is_refused_and_the_charts_keep_the_last_good_state(lab, qtbot):
    _window, panel = lab
    for name, text in (
        ("softmaxLogit:0", "lots"),
        ("softmaxLogit:0", "nan"),
        ("softmaxTemperature", "inf"),
        ("softmaxTemperature", "-1"),
        ("softmaxShift", "1e400"),
    ):
        target = control(panel, name)
        enter(qtbot, target, text)
        assert target.message.text(), (name, text)
    assert_drawn(qtbot, panel, [2.0, 1.0, 0.1])
