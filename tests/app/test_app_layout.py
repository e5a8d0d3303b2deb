"""The real window at common screen sizes: the curve is the hero, each lab owns its room, nothing
is squeezed or cut off. Run with ``-s`` (or ``python tools/layout_table.py``) to see the table."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from layout_probe import (
    SIZES,
    clipped_columns,
    cut_off,
    main_plot_widths,
    measure,
    overflowing_titles,
    rooms,
    settle,
    squeezed_inputs,
    table,
)
from PySide6.QtWidgets import QWidget

from actviz.app import MainWindow, dispose_window

LAPTOPS = ((1280, 720), (1366, 768))


def lab_panels(window: MainWindow) -> dict[str, QWidget]:
    """Every lab panel built so far, by name: the explorer, the neuron and each installed lab."""
    names = ["explorerPanel", "neuronPanel", *window.labs]
    found = {name: window.findChild(QWidget, name) for name in names}
    return {name: panel for name, panel in found.items() if panel is not None}


def inside(widget: QWidget, ancestor: QWidget) -> bool:
    return widget is ancestor or ancestor.isAncestorOf(widget)


@pytest.fixture
def open_window(qtbot):
    windows: list[MainWindow] = []

    def make(width: int, height: int) -> MainWindow:
        window = MainWindow()
        window.resize(width, height)
        window.show()
        qtbot.waitExposed(window)
        settle()
        windows.append(window)
        return window

    yield make
    for window in windows:
        dispose_window(window)


def test_the_curve_is_the_hero_and_each_lab_keeps_to_its_room(open_window) -> None:
    rows = []
    for width, height in SIZES:
        window = open_window(width, height)
        plot = window.curve_plot
        assert plot.width() >= 0.8 * plot.height(), "a tall strip, not a plot"
        for key in ("hardtanh", "gelu", "relu"):  # two float params (with play buttons), a choice
            window.session.choice.set_activation(key)
            settle()
            assert clipped_columns(window) == [], (width, height, key)
            assert squeezed_inputs(window) == [], (width, height, key)
        row = measure(window)  # visits every lab: all are built from here on
        rows.append(row)
        assert not row.neuron_elsewhere
        for room in rooms(window):
            current = window.tabs.currentWidget()
            for name, panel in lab_panels(window).items():
                if panel.isVisible():
                    assert inside(panel, current), f"{name} shows on {room}"
            assert squeezed_inputs(window) == [], (width, height, room)
            assert overflowing_titles(window) == [], (width, height, room)
            assert clipped_columns(window) == [], (width, height, room)
            for view in window.findChildren(pg.GraphicsView):
                if view.isVisible():
                    assert not cut_off(view), (view.objectName(), room)
            if (width, height) == (1366, 768):
                for shown in main_plot_widths(window):
                    assert shown.width == shown.full_width, (shown, room)  # nothing runs off
                    assert shown.width >= 300, (shown, room)
                diagram = window.findChild(QWidget, "neuronDiagram")
                if diagram is not None and diagram.isVisible():
                    assert diagram.width() >= 300 and not cut_off(diagram)
    print("\n" + table(rows))
    shares = {row.size: row.plot_share for row in rows}
    for size in LAPTOPS:
        assert shares[size] >= 0.5, shares
    assert shares[(1920, 1080)] > max(shares[size] for size in LAPTOPS), shares
    assert all(row.narrowest_softmax >= 300 for row in rows if row.size == (1366, 768))


def test_the_neuron_marks_the_curve_only_while_it_is_shown(open_window) -> None:
    window = open_window(1366, 768)
    assert window.neuron_overlay is None  # not built: its side tab was never shown
    window.show_neuron()
    settle()
    overlay = window.neuron_overlay
    assert overlay.attached()
    names = [item.text for _sample, item in window.curve_plot.legend.items]
    assert any("neuron" in name for name in names)
    window.explorer.side_pane.setCurrentWidget(window.explorer.formula_pane)
    settle()
    assert not overlay.attached()
    names = [item.text for _sample, item in window.curve_plot.legend.items]
    assert not any("neuron" in name for name in names)
    window.explorer.side_pane.setCurrentWidget(window.neuron_page)
    window.explorer.pane_action.trigger()  # collapse the side pane
    settle()
    assert not window.explorer.side_open(2) and not overlay.attached()
    window.show_neuron()  # opens the pane again on the neuron
    settle()
    assert window.explorer.side_open(2) and overlay.attached()
    assert window.explorer.sizes()[2] > 0


def test_side_panes_collapse_and_come_back_at_their_width(open_window) -> None:
    window = open_window(1366, 768)
    explorer = window.explorer
    before = explorer.sizes()
    explorer.column_action.trigger()
    settle()
    after = explorer.sizes()
    assert after[0] == 0 and after[1] == before[1] + before[0]
    explorer.column_action.trigger()
    settle()
    assert explorer.sizes() == before
    assert explorer.column_action.isChecked()


@pytest.mark.parametrize("classes", [3, 10])
def test_the_naive_table_shows_every_row_and_the_bars_keep_their_room(open_window, classes):
    window = open_window(1366, 768)
    panel = window.show_lab("softmaxPanel")
    model = window.lab("softmaxPanel").model
    while model.n < classes:
        model.add_class()
    model.set_shift(800.0)
    model.set_naive(True)
    settle()
    table = panel.naive_table.table
    assert table.isVisible() and table.rowCount() == classes
    assert not table.verticalScrollBar().isVisible()  # every class without scrolling
    assert not panel.heatmap.isVisible()  # the lower row is the table's now
    assert min(plot.height() for plot in (panel.bars.logit_plot, panel.bars.output_plot)) >= 250
    for shown in main_plot_widths(panel):
        assert shown.width >= 300
    model.set_naive(False)
    settle()
    assert panel.heatmap.isVisible() and panel.sweep.isVisible() and not table.isVisible()
