"""The real window from the keyboard alone: Tab reaches every control on every tab in the order
they are on screen, a focused slider or list keeps its own navigation keys, and the function plot
pans and zooms through the model.

Tabs and side panes are visited generically (``window_walk.every_tab``), so a lab added to
``actviz.app.LABS`` later is covered without a change here.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QSlider, QWidget
from window_walk import describe, every_tab, settle

from actviz.app import LABS, MainWindow, dispose_window
from actviz.model.session import DEFAULT_VIEW
from actviz.views.classroom.qt_shortcuts_dialog import collect_shortcuts
from actviz.views.widgets.accessibility import tab_focusable
from actviz.views.widgets.qt_focus_ring import QtFocusRing


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    # Switched after the window was built: the parameter panel is rebuilt, as in use.
    win.session.choice.set_activation("hardtanh")
    win.session.pin_current()
    settle()
    yield win
    dispose_window(win)


def tab_stops(root: QWidget) -> list[QWidget]:
    """Every control Tab should reach: visible, enabled, taking Tab focus, not standing in for
    another (a spin box's entry, a tab widget's tab bar are reached as their owner)."""
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and tab_focusable(w) and w.focusProxy() is None
    ]


def tab_round(window: MainWindow) -> list[QWidget]:
    """Press Tab from the lab tabs until the focus comes back to them; the widgets it visited,
    the lab tabs first."""
    start = window.tabs.tabBar()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    visited: list[QWidget] = [start]
    for _ in range(400):
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is start:
            return visited
        assert focused is not None and focused not in visited, (
            f"Tab went round without reaching the lab tabs again, at {describe(focused)}"
        )
        visited.append(focused)
    raise AssertionError("Tab never came back to the lab tabs")


def test_tab_reaches_every_control_on_every_tab(window) -> None:
    rounds = 0
    for path in every_tab(window):
        visited = tab_round(window)
        missed = [describe(w) for w in tab_stops(window) if w not in visited]
        assert missed == [], f"{path}: Tab never reaches {missed}"
        rounds += 1
    assert rounds >= 2 + len(LABS)  # explorer with each side pane tab, then every lab
    for spec in LABS:
        assert window.lab(spec.name).built, spec.name


def _position(visited: list[QWidget], widget: QWidget | None) -> int:
    assert widget is not None
    return visited.index(widget)


def test_tab_order_follows_the_screen(window) -> None:
    """Where Qt's order of creation was wrong: a rebuilt parameter panel, the neuron's inputs
    and weights, a softmax class row and the rows before the Add button."""
    visited = tab_round(window)
    explorer = window.explorer
    slider = explorer.param_panel.controls["min_val"].field.slider
    order = [
        explorer.picker.tree,
        explorer.param_panel.controls["min_val"].play_button,
        slider,
        explorer.param_panel.controls["min_val"].field.spin,
        explorer.param_panel.controls["max_val"].field.slider,
        explorer.param_panel.reset_all_button,
        explorer.overlay_list.list,
        explorer.derivative_toggle,
        window.curve_plot,
    ]
    positions = [_position(visited, w) for w in order]
    assert positions == sorted(positions)

    panel = window.show_neuron()
    panel.model.set_n_inputs(3)
    settle()
    visited = tab_round(window)
    fields = [f for pair in zip(panel.x_fields[:3], panel.w_fields[:3], strict=True) for f in pair]
    positions = [_position(visited, f.slider) for f in (*fields, panel.b_field)]
    assert positions == sorted(positions)  # x1, w1, x2, w2, x3, w3, b: as laid out
    assert _position(visited, panel.diagram) < _position(visited, panel.step_button)

    softmax = window.show_lab("softmaxPanel")
    window.lab("softmaxPanel").model.add_class()  # a row made after the panel
    settle()
    visited = tab_round(window)
    rows = softmax.classes.rows
    order = [w for row in rows for w in row.focus_widgets()] + [softmax.classes.add_button]
    positions = [_position(visited, w) for w in order if w.isEnabled()]
    assert positions == sorted(positions)


def test_focused_plots_lists_and_sliders_show_a_focus_ring(window) -> None:
    for widget in (window.curve_plot, window.explorer.picker.tree, window.explorer.param_panel
                   .controls["min_val"].field.slider):  # fmt: skip
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        settle()
        rings = [r for r in widget.findChildren(QtFocusRing) if r.isVisible()]
        assert len(rings) == 1, describe(widget)
        ring = rings[0]
        assert ring.geometry() == widget.rect()
        assert ring.lineWidth() >= 2
        window.tabs.tabBar().setFocus()
        settle()
        assert not ring.isVisible()


def test_a_focused_slider_and_list_keep_home_and_end(window) -> None:
    window.session.set_view_range((0.0, 1.0, 0.0, 1.0))
    slider: QSlider = window.explorer.param_panel.controls["max_val"].field.slider
    slider.setFocus()
    settle()
    QTest.keyClick(slider, Qt.Key.Key_Home)
    assert slider.value() == slider.minimum()
    QTest.keyClick(slider, Qt.Key.Key_End)
    assert slider.value() == slider.maximum()
    assert window.session.view_range == (0.0, 1.0, 0.0, 1.0)  # the shortcut did not fire
    tree = window.explorer.picker.tree
    tree.setFocus()
    settle()
    QTest.keyClick(tree, Qt.Key.Key_End)
    assert window.session.choice.key == window.explorer.picker.visible_keys()[-1]
    assert window.session.view_range == (0.0, 1.0, 0.0, 1.0)
    # Elsewhere Home is still the window's "Default view".
    window.explorer.derivative_toggle.setFocus()
    settle()
    QTest.keyClick(window.explorer.derivative_toggle, Qt.Key.Key_Home)
    assert window.session.view_range == DEFAULT_VIEW


def test_the_plot_pans_and_zooms_from_the_keyboard_through_the_model(window) -> None:
    plot = window.curve_plot
    plot.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    session = window.session

    def centre_and_size() -> tuple[float, float, float, float]:
        x0, x1, y0, y1 = session.view_range
        return (x0 + x1) / 2, (y0 + y1) / 2, x1 - x0, y1 - y0

    cx, cy, w, h = centre_and_size()
    QTest.keyClick(plot, Qt.Key.Key_Right)
    ncx, ncy, nw, nh = centre_and_size()
    assert ncx > cx and ncy == cy and nw == pytest.approx(w) and nh == pytest.approx(h)
    QTest.keyClick(plot, Qt.Key.Key_Left)
    assert centre_and_size() == pytest.approx((cx, cy, w, h))
    QTest.keyClick(plot, Qt.Key.Key_Up)
    assert centre_and_size()[1] > cy
    QTest.keyClick(plot, Qt.Key.Key_Down)
    assert centre_and_size() == pytest.approx((cx, cy, w, h))
    QTest.keyClick(plot, Qt.Key.Key_Plus)
    zcx, zcy, zw, zh = centre_and_size()
    assert (zcx, zcy) == pytest.approx((cx, cy)) and zw < w and zh < h
    assert zw / w == pytest.approx(zh / h)  # both axes alike: the shape is kept
    QTest.keyClick(plot, Qt.Key.Key_Minus)
    assert centre_and_size() == pytest.approx((cx, cy, w, h))
    QTest.keyClick(plot, Qt.Key.Key_Minus)
    assert centre_and_size()[2] > w
    # The plot shows what the model holds.
    (x0, x1), (y0, y1) = plot.view_box.viewRange()
    assert (x0, x1, y0, y1) == pytest.approx(session.view_range)
    QTest.keyClick(plot, Qt.Key.Key_Home)  # the plot's own key, not a second shortcut
    assert session.view_range == DEFAULT_VIEW
    # The crosshair reads the middle of the view, and a screen reader can read it there.
    assert plot.readout.startswith("x = 0")
    assert "Under the cursor: x = 0" in plot.accessibleDescription()


def test_the_plot_keys_are_in_the_shortcut_list(window) -> None:
    rows = collect_shortcuts(window)
    plot_rows = {what: keys for where, what, keys in rows if where.startswith("Function plot")}
    assert plot_rows == {
        "Pan the view": "Arrow keys",
        "Zoom in": "+",
        "Zoom out": "−",
    }


def test_a_weight_of_the_training_network_is_chosen_from_the_keyboard(window, qtbot) -> None:
    """The weight editor used to be reached by clicking a link only."""
    panel = window.show_lab("trainingPanel")
    settle()
    diagram, editor = panel.diagram, panel.weight_editor
    diagram.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    assert not editor.entry.isEnabled()
    QTest.keyClick(diagram, Qt.Key.Key_Right)
    first = editor.key
    assert first is not None and diagram.selected == first and editor.entry.isEnabled()
    layer, source, target = first
    assert editor.entry.value() == pytest.approx(
        float(window.lab("trainingPanel").model.main.weights[layer][source, target]), abs=1e-9
    )
    QTest.keyClick(diagram, Qt.Key.Key_Right)
    assert editor.key != first
    QTest.keyClick(diagram, Qt.Key.Key_Left)
    assert editor.key == first
