"""Picker, parameter panel, curve plot and overlay list, in both directions (model <-> widget)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSlider

from actviz import core
from actviz.model.activation_choice import ActivationChoice
from actviz.model.session import DEFAULT_VIEW, Session
from actviz.views.explorer.qt_curve_plot import QtCurvePlot
from actviz.views.explorer.qt_explorer_panel import QtExplorerPanel
from actviz.views.explorer.qt_picker import QtPicker
from actviz.views.widgets.qt_param_panel import NO_PARAMS_TEXT, QtParamPanel


@pytest.fixture
def picker(qtbot):
    choice = ActivationChoice("relu")
    widget = QtPicker(choice)
    qtbot.addWidget(widget)
    return choice, widget


def test_picker_lists_the_catalogue_grouped_by_family(picker) -> None:
    _choice, widget = picker
    assert widget.objectName() == "activationPicker"
    assert widget.visible_keys() == core.names()
    families = [widget.item_model.item(r).text() for r in range(widget.item_model.rowCount())]
    assert families == list(core.by_family())


def test_picker_model_to_widget_and_back(picker) -> None:
    choice, widget = picker
    choice.set_activation("tanh")
    assert widget.tree.currentIndex().data() == core.get("tanh").name
    # widget -> model: arrow keys switch live
    widget.tree.setFocus()
    qt_index = widget.tree.currentIndex()
    assert qt_index.isValid()
    expected_next = core.names()[core.names().index("tanh") + 1]
    widget.tree.keyPressEvent(_key(Qt.Key.Key_Down))
    assert choice.key == expected_next


def test_picker_filter_and_arrows_from_the_filter_box(picker, qtbot) -> None:
    choice, widget = picker
    qtbot.keyClicks(widget.filter_edit, "shrink")
    assert widget.visible_keys() == ["softshrink", "hardshrink", "tanhshrink"]
    assert choice.key == "softshrink"  # relu was filtered out: the first match is shown
    qtbot.keyClick(widget.filter_edit, Qt.Key.Key_Down)
    assert choice.key == "hardshrink"
    qtbot.keyClick(widget.filter_edit, Qt.Key.Key_Up)
    qtbot.keyClick(widget.filter_edit, Qt.Key.Key_Up)  # stays at the first
    assert choice.key == "softshrink"
    widget.filter_edit.clear()
    assert widget.visible_keys() == core.names()
    assert choice.key == "softshrink"


def _key(key):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def panel(qtbot):
    choice = ActivationChoice("leaky_relu")
    widget = QtParamPanel(choice)
    qtbot.addWidget(widget)
    widget.show()
    return choice, widget


def test_param_panel_names_and_model_to_widget(panel) -> None:
    choice, widget = panel
    control = widget.findChild(object, "paramControl:negative_slope")
    slider = widget.findChild(QSlider, "paramSlider:negative_slope")
    spin = widget.findChild(QDoubleSpinBox, "paramSpin:negative_slope")
    assert control is not None and slider is not None and spin is not None
    assert spin.toolTip() and slider.toolTip()
    choice.set_param("negative_slope", 0.25)
    assert spin.value() == 0.25
    param = choice.activation.param("negative_slope")
    expected_tick = round(
        (0.25 - param.minimum) / (param.maximum - param.minimum) * slider.maximum()
    )
    assert slider.value() == expected_tick


def test_an_entry_committed_after_the_activation_changed_writes_nothing(panel, qtbot) -> None:
    """Found by the random walk: a value typed into a parameter's entry and committed as the
    entry went away (its focus-out after another activation was chosen, e.g. by opening a
    lesson) reached the new activation, which has no such parameter: ValueError, then
    KeyError in the handler, out of a Qt slot."""
    choice, widget = panel
    spin = widget.findChild(QDoubleSpinBox, "paramSpin:negative_slope")
    spin.lineEdit().selectAll()
    spin.lineEdit().insert("0.3")  # typed, not yet committed
    choice.set_activation("tanh")  # no parameters
    qtbot.keyClick(spin, Qt.Key.Key_Return)  # the old entry commits on its way out
    spin.editingFinished.emit()
    assert choice.key == "tanh" and choice.params == {}
    choice.set_activation("leaky_relu")
    assert choice.params["negative_slope"] == choice.activation.param("negative_slope").default


def test_param_panel_widget_to_model_while_dragging(panel) -> None:
    choice, widget = panel
    slider = widget.findChild(QSlider, "paramSlider:negative_slope")
    seen: list = []
    choice.events.params.connect(seen.append)
    slider.setValue(slider.maximum())  # tracking: each step reaches the model, not just release
    assert choice.params["negative_slope"] == choice.activation.param("negative_slope").maximum
    assert len(seen) == 1


def test_typed_entry_bad_text_keeps_the_value(panel, qtbot) -> None:
    choice, widget = panel
    spin = widget.findChild(QDoubleSpinBox, "paramSpin:negative_slope")
    control = widget.controls["negative_slope"]
    before = choice.params["negative_slope"]
    for text in ("abc", "nan", "inf", "1e9"):
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin.lineEdit(), text)
        qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
        assert choice.params["negative_slope"] == before
        assert control.error_text(), text
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "0.3")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert choice.params["negative_slope"] == 0.3
    assert control.error_text() == ""


def test_model_refusal_shown_under_the_field(qtbot) -> None:
    choice = ActivationChoice("hardtanh")
    widget = QtParamPanel(choice)
    qtbot.addWidget(widget)
    choice.set_params({"max_val": 0.0})
    control = widget.controls["min_val"]
    control.field.spin.setValue(0.0)  # min_val = max_val = 0: the model refuses
    assert choice.params["min_val"] == -1.0
    assert control.field.value() == -1.0  # the field shows the model's value again
    assert "min_val" in control.error_text() or "max_val" in control.error_text()


def test_reset_buttons(panel) -> None:
    choice, widget = panel
    choice.set_param("negative_slope", 0.4)
    widget.controls["negative_slope"].field.reset_button.click()
    assert choice.params == choice.activation.defaults()
    choice.set_param("negative_slope", 0.4)
    widget.reset_all_button.click()
    assert choice.params == choice.activation.defaults()


def test_panel_rebuilds_on_switch_and_says_when_empty(panel) -> None:
    choice, widget = panel
    choice.set_activation("sigmoid")
    assert widget.controls == {}
    assert widget.empty_label.text() == NO_PARAMS_TEXT and not widget.empty_label.isHidden()
    choice.set_activation("gelu")
    combo = widget.findChild(QComboBox, "paramCombo:approximate")
    assert combo is not None
    combo.setCurrentText("tanh")
    assert choice.params["approximate"] == "tanh"
    choice.set_params({"approximate": "none"})
    assert combo.currentText() == "none"
    assert widget.empty_label.isHidden()


@pytest.fixture
def plot(qtbot):
    session = Session("relu")
    widget = QtCurvePlot(session)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return session, widget


def _plotted(item):
    x, y = item.getData()
    keep = np.isfinite(x)
    return x[keep], y[keep]


def test_plot_shows_the_catalogue_values_at_the_plotted_x(plot, qtbot) -> None:
    session, widget = plot
    session.choice.set_activation("elu", {"alpha": 2.0})
    qtbot.waitUntil(lambda: widget.last_samples is not None and not widget._redraw_timer.isActive())
    x, y = _plotted(widget.function_curve)
    assert np.array_equal(y, np.where(x > 0, x, 2.0 * np.expm1(np.minimum(x, 0))))
    x, dy = _plotted(widget.derivative_curve)
    np.testing.assert_allclose(dy, np.where(x > 0, 1.0, 2.0 * np.exp(np.minimum(x, 0))), rtol=1e-15)
    assert x[0] >= DEFAULT_VIEW[0] and x[-1] <= DEFAULT_VIEW[1]
    # about POINTS_PER_PIXEL points per pixel of width, not a fixed grid
    assert 1.5 * widget.view_box.width() <= len(x) <= 3 * widget.view_box.width() + 10


def test_redraws_coalesce(plot, qtbot, monkeypatch) -> None:
    session, widget = plot
    qtbot.waitUntil(lambda: not widget._redraw_timer.isActive())
    calls: list[int] = []
    original = widget.redraw
    monkeypatch.setattr(widget, "redraw", lambda: (calls.append(1), original()))
    widget._redraw_timer.timeout.disconnect()
    widget._redraw_timer.timeout.connect(widget.redraw)
    session.choice.set_activation("leaky_relu")
    for value in np.linspace(0.01, 0.5, 40):
        session.choice.set_param("negative_slope", float(value))
    qtbot.waitUntil(lambda: not widget._redraw_timer.isActive())
    assert len(calls) == 1


def test_view_range_both_ways_and_resampling(plot, qtbot) -> None:
    session, widget = plot
    session.set_view_range((-1e-9, 1e-9, -1e-9, 1e-9))
    (x0, x1), _ = widget.view_box.viewRange()
    assert (x0, x1) == pytest.approx((-1e-9, 1e-9))
    qtbot.waitUntil(lambda: not widget._redraw_timer.isActive())
    x, _y = _plotted(widget.function_curve)
    assert x[0] >= -1e-9 and x[-1] <= 1e-9 and 0.0 in x  # re-sampled, corner exact
    widget.view_box.setRange(xRange=(2, 4), yRange=(0, 1), padding=0)  # a pan/zoom gesture
    assert session.view_range == pytest.approx((2, 4, 0, 1))
    session.reset_view()
    assert widget.view_box.viewRange()[0] == pytest.approx(list(DEFAULT_VIEW[:2]))


def test_jump_end_points_drawn(plot, qtbot) -> None:
    session, widget = plot
    session.choice.set_activation("binary_step")
    widget.redraw()
    x, y = widget.function_closed.getData()
    assert list(x) == [0.0] and list(y) == [float(core.get("binary_step").forward(0.0))]
    ox, oy = widget.function_open.getData()
    assert list(ox) == [0.0] and {y[0], oy[0]} == {0.0, 1.0}
    raw_x, _ = widget.function_curve.getData()
    assert np.isnan(raw_x).sum() == 1  # a gap, never a vertical line


def test_crosshair_readout(plot, qtbot) -> None:
    session, widget = plot
    session.choice.set_activation("sigmoid")
    point = widget.view_box.mapViewToScene(pg_point(1.0, 0.5))
    widget._on_q_mouse_moved(point)
    x = widget.crosshair_v.value()
    f = 1 / (1 + np.exp(-x))
    assert f"{f:.4g}" in widget.readout and f"{f * (1 - f):.4g}" in widget.readout


def pg_point(x: float, y: float):
    from PySide6.QtCore import QPointF

    return QPointF(x, y)


@pytest.fixture
def explorer(qtbot):
    session = Session("leaky_relu")
    widget = QtExplorerPanel(session)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    return session, widget


def test_derivative_toggle_both_ways(explorer) -> None:
    session, widget = explorer
    assert widget.derivative_toggle.objectName() == "derivativeToggle"
    widget.derivative_toggle.click()
    assert session.show_derivative is False
    assert not widget.curve_plot.derivative_curve.isVisible()
    session.set_show_derivative(True)
    assert widget.derivative_toggle.isChecked()
    assert widget.curve_plot.derivative_curve.isVisible()


def test_pin_and_remove_overlays(explorer, qtbot) -> None:
    session, widget = explorer
    assert widget.pin_button.objectName() == "pinOverlayButton"
    widget.pin_button.click()
    session.choice.set_param("negative_slope", 0.3)
    widget.pin_button.click()
    assert len(session.overlays) == 2
    assert len(widget.curve_plot.overlay_curves) == 2
    legend_texts = [label.text for _sample, label in widget.curve_plot.legend.items]
    assert any("0.3" in text for text in legend_texts)
    widget.curve_plot.redraw()
    x, y = _plotted(widget.curve_plot.overlay_curves[1][0])
    assert np.array_equal(y, np.where(x >= 0, x, 0.3 * x))
    rows = widget.overlay_list.list
    assert rows.count() == 2
    rows.item(0).setSelected(True)
    widget.overlay_list.remove_button.click()
    assert [o.params["negative_slope"] for o in session.overlays] == [0.3]
    assert len(widget.curve_plot.overlay_curves) == 1
    widget.overlay_list.clear_button.click()
    assert session.overlays == ()


def test_every_control_has_a_tooltip(explorer) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLineEdit

    _session, widget = explorer
    for kind in (QAbstractButton, QAbstractSpinBox, QSlider, QLineEdit):
        for child in widget.findChildren(kind):
            if child.isVisible() and child.objectName() != "qt_spinbox_lineedit":
                assert child.toolTip(), child
