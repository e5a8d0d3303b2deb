"""Zoom without end: the function plot and every other lab's plot can be zoomed in and out by
any factor, with the wheel, a right-button drag, the keys or ViewBox.scaleBy, and nothing fails.

For the function plot the model and the plot agree after every step (a saved lesson keeps what is
shown), and the view never leaves what the model declares (VIEW_LIMIT, min_view_span).
"""

from __future__ import annotations

import math
import random
import sys

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from window_walk import every_tab, settle

from actviz.app import MainWindow, dispose_window
from actviz.model.session import VIEW_LIMIT, Session, min_view_span
from actviz.views.explorer.qt_curve_plot import QtCurvePlot

FACTORS = (1e-6, 1e-3, 0.5, 0.9, 1.1, 2.0, 1e3, 1e6)


@pytest.fixture
def escaped(monkeypatch) -> list[str]:
    """Every exception that reaches sys.excepthook during the test, as text."""
    seen: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: seen.append(f"{kind}: {value}"))
    return seen


@pytest.fixture
def plot(qtbot) -> QtCurvePlot:
    widget = QtCurvePlot(Session())
    widget.resize(800, 500)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.addWidget(widget)
    return widget


def wheel(view: pg.GraphicsView, notches: int, at: QPointF | None = None) -> None:
    """``notches`` clicks of a mouse wheel over ``view`` (positive: away from the user)."""
    viewport = view.viewport()
    pos = at if at is not None else QPointF(viewport.width() / 2, viewport.height() / 2)
    event = QWheelEvent(
        pos,
        QPointF(viewport.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def right_drag(view: pg.GraphicsView, dx: int, dy: int) -> None:
    """A right-button drag across ``view`` (pyqtgraph zooms by 1.02 per pixel)."""
    viewport = view.viewport()
    start = QPointF(viewport.width() / 2, viewport.height() / 2)
    end = start + QPointF(dx, dy)
    right, none = Qt.MouseButton.RightButton, Qt.MouseButton.NoButton
    for kind, where, buttons in (
        (QEvent.Type.MouseButtonPress, start, right),
        (QEvent.Type.MouseMove, start + QPointF(dx / 4, dy / 4), right),
        (QEvent.Type.MouseMove, end, right),
        (QEvent.Type.MouseButtonRelease, end, none),
    ):
        button = none if kind == QEvent.Type.MouseMove else right
        global_pos = QPointF(viewport.mapToGlobal(where.toPoint()))
        modifiers = Qt.KeyboardModifier.NoModifier
        event = QMouseEvent(kind, where, global_pos, button, buttons, modifiers)
        QApplication.sendEvent(viewport, event)


def _check_agrees(plot: QtCurvePlot) -> None:
    shown = plot.shown_range()
    assert plot.session.view_range == shown
    x0, x1, y0, y1 = shown
    for low, high in ((x0, x1), (y0, y1)):
        assert -VIEW_LIMIT <= low < high <= VIEW_LIMIT
        assert high - low >= min_view_span(low, high)


def test_wheel_far_in_and_far_out_never_fails_and_model_follows(plot, escaped) -> None:
    for notches in (1, 3, 30):  # zoom in: ~50 notches used to fail at every further step
        for _ in range(200 // notches):
            wheel(plot, notches)
            settle()
            _check_agrees(plot)
    x0, x1, _y0, _y1 = plot.session.view_range
    assert x1 - x0 == pytest.approx(min_view_span(x0, x1), rel=0.05)  # stopped at the limit
    for _ in range(200):
        wheel(plot, -5)
        settle()
        _check_agrees(plot)
    assert plot.session.view_range == pytest.approx((-VIEW_LIMIT, VIEW_LIMIT) * 2, rel=1e-12)
    assert escaped == []


@pytest.mark.parametrize("seed", [0, 1])
def test_scale_by_any_factor_about_any_point_keeps_model_and_plot_equal(plot, escaped, seed):
    rng = random.Random(seed)
    for step in range(400):
        factor = 10 ** rng.uniform(-6, 6) if step % 3 else rng.choice(FACTORS)
        x0, x1, y0, y1 = plot.shown_range()
        centre = (x0 + rng.random() * (x1 - x0), y0 + rng.random() * (y1 - y0))
        plot.view_box.scaleBy((factor, factor), center=centre)
        if step % 7 == 0:
            plot.view_box.translateBy((rng.uniform(-1e12, 1e12), rng.uniform(-1e12, 1e12)))
        settle()
        _check_agrees(plot)
    assert escaped == []


def test_drag_and_keys_zoom_without_end(plot, escaped, qtbot) -> None:
    for dx, dy in ((-900, 900), (900, -900)) * 10:  # a right-drag scales by 1.02 per pixel
        right_drag(plot, dx, dy)
        settle()
        _check_agrees(plot)
    plot.setFocus()
    for key in (Qt.Key.Key_Plus,) * 150 + (Qt.Key.Key_Right,) * 20 + (Qt.Key.Key_Minus,) * 300:
        QTest.keyClick(plot, key)
        _check_agrees(plot)
    assert plot.session.view_range == pytest.approx((-VIEW_LIMIT, VIEW_LIMIT) * 2, rel=1e-12)
    assert escaped == []


def test_a_saved_lesson_keeps_the_range_the_plot_shows(plot) -> None:
    for _ in range(80):
        wheel(plot, 3, at=QPointF(600, 100))  # zoomed in far, off centre
        settle()
    state = plot.session.to_state()
    assert tuple(state["view_range"]) == plot.shown_range()
    restored = Session()
    restored.apply_state(restored.check_state(state, []))
    assert restored.view_range == plot.shown_range()


@pytest.fixture
def window(qtbot, app_look_restored):
    win = MainWindow()
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    dispose_window(win)


def test_every_lab_plot_zooms_any_factor_without_failing(window, escaped) -> None:
    rng = random.Random(7)
    zoomed: set[str] = set()
    for _path in every_tab(window):
        for view in [v for v in window.findChildren(pg.GraphicsView) if v.isVisible()]:
            boxes = [i for i in view.scene().items() if isinstance(i, pg.ViewBox)]
            for box in boxes:
                if not any(box.state["mouseEnabled"]):
                    continue  # nobody can zoom it
                zoomed.add(view.objectName())
                for factor in FACTORS * 8 + tuple(10 ** rng.uniform(-6, 6) for _ in range(30)):
                    box.scaleBy((factor, factor))
                wheel(view, 40)
                wheel(view, -400)
                right_drag(view, 700, -700)
                settle()
                view.grab()  # a paint at the extreme (axis ticks, curves)
                for low, high in box.viewRange():
                    assert math.isfinite(low) and math.isfinite(high) and low < high
    assert {"functionPlot", "neuronLossPlot", "deepNetHistograms", "deepNetWarpView"} <= zoomed
    assert escaped == []
