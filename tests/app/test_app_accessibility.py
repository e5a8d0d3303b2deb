"""What a screen reader finds in the real window: every control and every plot has a name, plots and
canvases describe the numbers they show, and nothing overrides the system's font.

Controls are found generically on every tab and side pane, nested tabs included (labs are built
when their tab is first shown), and asked through Qt's accessibility interface, as a screen reader
asks; so a lab added to ``actviz.app.LABS`` later is checked without a change here.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QScrollBar,
    QTabBar,
    QWidget,
)
from window_walk import describe, every_tab, settle, visible_canvases

from actviz.app import LABS, MainWindow, dispose_window

CONTROLS = (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QAbstractItemView,
    QTabBar,
)


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    # A state that shows the most controls: parameters (a float and a choice elsewhere), a pin.
    win.session.choice.set_activation("hardtanh")
    win.session.pin_current()
    win.session.choice.set_activation("leaky_relu")
    settle()
    yield win
    dispose_window(win)


def interactive_controls(root: QWidget) -> list[QWidget]:
    """Every visible control a user can operate, as a screen reader lists them: not the entry
    inside a spin box or an editable combo (part of that control), not a scroll bar."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible():
            continue
        if isinstance(widget, QScrollBar):
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parentWidget(), QAbstractSpinBox | QComboBox
        ):
            continue
        found.append(widget)
    return found


def accessible_text(widget: QWidget, which: QAccessible.Text) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid(), describe(widget)
    return interface.text(which).strip()


def walk(window: MainWindow) -> tuple[dict[int, QWidget], list[str], list[str]]:
    """Visit every tab; every control and canvas seen, those without a name, canvases without a
    description."""
    seen: dict[int, QWidget] = {}
    unnamed: list[str] = []
    undescribed: list[str] = []
    for path in every_tab(window):
        canvases = visible_canvases(window)
        for widget in [*interactive_controls(window), *canvases]:
            if id(widget) in seen:
                continue
            seen[id(widget)] = widget
            if not accessible_text(widget, QAccessible.Text.Name):
                unnamed.append(f"{path}: {describe(widget)}")
        for canvas in canvases:
            if not accessible_text(canvas, QAccessible.Text.Description):
                undescribed.append(f"{path}: {describe(canvas)}")
    return seen, unnamed, undescribed


def test_every_control_and_plot_on_every_tab_has_an_accessible_name(window) -> None:
    seen, unnamed, undescribed = walk(window)
    for spec in LABS:  # every lab was shown, so its controls were walked
        assert window.lab(spec.name).built, spec.name
    kinds = {type(w).__name__ for w in seen.values()}
    assert {"QSlider", "QtNumberSpinBox", "QtCurvePlot", "QtNeuronDiagram"} <= kinds
    assert len(seen) > 90  # the walk really went through every lab
    assert unnamed == [], f"{len(unnamed)} of {len(seen)} without a name:\n" + "\n".join(unnamed)
    assert undescribed == [], "\n".join(undescribed)
    # The choice parameter's combo box too (gelu's "approximate").
    window.tabs.setCurrentWidget(window.explorer)
    window.session.choice.set_activation("gelu")
    settle()
    combo = window.explorer.param_panel.controls["approximate"].combo
    assert combo is not None and accessible_text(combo, QAccessible.Text.Name)


def test_a_parameter_slider_says_its_name_range_and_keys(window) -> None:
    field = window.explorer.param_panel.controls["negative_slope"].field
    assert field is not None
    name = accessible_text(field.slider, QAccessible.Text.Name)
    description = accessible_text(field.slider, QAccessible.Text.Description)
    param = window.session.choice.activation.params[0]
    assert name == param.label_text()
    assert "From 0 to 1" in description  # the catalogue's declared range of negative_slope
    assert "Page Up" in description
    assert accessible_text(field.spin, QAccessible.Text.Name) == name
    assert field.reset_button is not None
    assert name in accessible_text(field.reset_button, QAccessible.Text.Name)


def test_canvases_describe_the_numbers_they_show(window, qtbot) -> None:
    window.session.choice.set_activation("relu")
    panel = window.show_neuron()
    settle()
    diagram = panel.diagram
    text = accessible_text(diagram, QAccessible.Text.Description)
    values = diagram.values()
    z = values["z"]
    assert f"z = {z:.4g}".replace("-", "−") in text
    for i in (1, 2):  # the neuron starts with two inputs
        assert f"∂L/∂w{i}" in text
    # A change in the model reaches the description.
    window.neuron.set_b(window.neuron.b + 1.0)
    qtbot.waitUntil(lambda: diagram.values()["z"] == pytest.approx(z + 1.0))
    assert f"z = {z + 1.0:.4g}".replace("-", "−") in accessible_text(
        diagram, QAccessible.Text.Description
    )

    softmax = window.show_lab("softmaxPanel")
    settle()
    bars = accessible_text(softmax.bars, QAccessible.Text.Description)
    model = window.lab("softmaxPanel").model
    for label in model.labels:
        assert label in bars
    assert "Most probable" in bars


def test_no_widget_sets_its_own_font_size(window) -> None:
    """A style sheet with a font size would override the system's (a large font for reading)."""
    for _path in every_tab(window):
        pass
    offenders = [
        describe(w)
        for w in window.findChildren(QWidget)
        if "font-size" in w.styleSheet() or "pt;" in w.styleSheet()
    ]
    assert offenders == []


def test_the_activation_editor_names_every_control(window, qtbot) -> None:
    """The dialog for typing an activation (found through the window's own action)."""
    editor = window.custom_actions.new_activation()
    qtbot.waitExposed(editor)
    settle()
    controls = [*interactive_controls(editor), *visible_canvases(editor)]
    assert len(controls) >= 4
    unnamed = [describe(w) for w in controls if not accessible_text(w, QAccessible.Text.Name)]
    assert unnamed == []
    editor.reject()
