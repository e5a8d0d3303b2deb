"""Pinned curves from the legend and from the list, in both directions: a click on a legend entry
hides or shows the curve (in the model), the entry's menu removes it, and the model's changes show
in the legend, the plot and the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication, QMenu

from actviz.model.session import Session
from actviz.views.explorer.qt_curve_plot import QtCurvePlot
from actviz.views.explorer.qt_overlay_list import QtOverlayList


@pytest.fixture
def views(qtbot):
    session = Session("relu")
    session.pin_current()
    session.choice.set_activation("tanh")
    session.pin_current()
    session.choice.set_activation("sigmoid")
    plot = QtCurvePlot(session)
    plot.resize(800, 500)
    overlay_list = QtOverlayList(session)
    for widget in (plot, overlay_list):
        widget.show()
        qtbot.addWidget(widget)
    qtbot.waitExposed(plot)
    return session, plot, overlay_list


def _entry_point(plot: QtCurvePlot, item: object) -> QPoint:
    """Where the entry of ``item`` (its text) is on the plot's viewport."""
    for sample, label in plot.legend.items:
        if sample.item is item:
            return plot.mapFromScene(label.sceneBoundingRect().center())
    raise AssertionError("no legend entry for this item")


def _sample_point(plot: QtCurvePlot, item: object) -> QPoint:
    for sample, _label in plot.legend.items:
        if sample.item is item:
            return plot.mapFromScene(sample.sceneBoundingRect().center())
    raise AssertionError("no legend entry for this item")


def _click(plot: QtCurvePlot, where: QPoint, button=Qt.MouseButton.LeftButton) -> None:
    """A press and release at ``where`` (sent as events: pyqtgraph leaves presses unaccepted,
    and QTest would warn about that)."""
    viewport = plot.viewport()
    local = QPointF(where)
    global_pos = QPointF(viewport.mapToGlobal(where))
    for kind, buttons in (
        (QEvent.Type.MouseButtonPress, button),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(
            kind, local, global_pos, button, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(viewport, event)


def _checked(overlay_list: QtOverlayList) -> list[bool]:
    return [
        overlay_list.list.item(r).checkState() == Qt.CheckState.Checked
        for r in range(overlay_list.list.count())
    ]


def test_click_on_a_legend_entry_hides_and_shows_the_pinned_curve(views) -> None:
    session, plot, overlay_list = views
    relu_curve, _relu_df = plot.overlay_curves[0]
    _click(plot, _entry_point(plot, relu_curve))  # on the text
    assert [o.visible for o in session.overlays] == [False, True]
    assert not relu_curve.isVisible() and not plot.overlay_curves[0][1].isVisible()
    assert relu_curve in plot.legend.entry_items()  # the entry stays, to bring it back
    assert _checked(overlay_list) == [False, True]
    _click(plot, _sample_point(plot, relu_curve))  # on the line sample
    assert [o.visible for o in session.overlays] == [True, True]
    assert relu_curve.isVisible()


def test_model_changes_show_in_plot_legend_and_list(views) -> None:
    session, plot, overlay_list = views
    session.set_overlay_visible(1, False)
    tanh_curve, tanh_df = plot.overlay_curves[1]
    assert not tanh_curve.isVisible() and not tanh_df.isVisible()
    assert _checked(overlay_list) == [True, False]
    session.set_show_derivative(False)
    session.set_overlay_visible(1, True)
    assert tanh_curve.isVisible() and not tanh_df.isVisible()  # f' of a pin follows the toggle
    session.remove_overlay(0)
    assert len(plot.overlay_curves) == 1
    names = [label.text for _sample, label in plot.legend.items]
    assert not any(name.startswith("ReLU") for name in names)
    assert overlay_list.list.count() == 1


def test_legend_menu_hides_and_removes(views) -> None:
    session, plot, overlay_list = views
    relu_curve = plot.overlay_curves[0][0]
    menu = plot.entry_menu(relu_curve)
    assert menu is not None
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Hide", "Remove pinned curve"]
    menu.actions()[0].trigger()
    assert session.overlays[0].visible is False
    assert _texts(plot.entry_menu(relu_curve))[0] == "Show"
    plot.entry_menu(relu_curve).actions()[1].trigger()
    assert [o.key for o in session.overlays] == ["tanh"]
    assert relu_curve not in plot.legend.entry_items()
    assert overlay_list.list.count() == 1
    assert plot.entry_menu(plot.function_curve) is None  # f itself has no menu


def test_right_click_on_an_entry_pops_up_its_menu(views, monkeypatch) -> None:
    _session, plot, _list = views
    shown: list[list[str]] = []
    # The offscreen platform cannot grab the keyboard for a real popup; record it instead.
    monkeypatch.setattr(QMenu, "popup", lambda menu, _where: shown.append(_texts(menu)))
    _click(plot, _entry_point(plot, plot.overlay_curves[1][0]), Qt.MouseButton.RightButton)
    assert shown == [["Hide", "Remove pinned curve"]]
    _click(plot, _entry_point(plot, plot.function_curve), Qt.MouseButton.RightButton)
    assert len(shown) == 1  # f has no menu


def _texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions()]


def test_click_on_f_prime_toggles_the_derivative_and_f_stays(views) -> None:
    session, plot, _list = views
    _click(plot, _entry_point(plot, plot.derivative_curve))
    assert session.show_derivative is False
    _click(plot, _entry_point(plot, plot.function_curve))
    assert plot.function_curve.isVisible()
    _click(plot, _entry_point(plot, plot.derivative_curve))
    assert session.show_derivative is True


def test_pinned_list_check_boxes_and_menu(views) -> None:
    session, _plot, overlay_list = views
    item = overlay_list.list.item(1)
    item.setCheckState(Qt.CheckState.Unchecked)  # what a click on the box does
    assert session.overlays[1].visible is False
    menu = overlay_list.entry_menu(1)
    assert [a.text() for a in menu.actions()] == ["Show", "Remove pinned curve"]
    menu.actions()[0].trigger()
    assert session.overlays[1].visible is True
    overlay_list.entry_menu(0).actions()[1].trigger()
    assert [o.key for o in session.overlays] == ["tanh"]
    assert overlay_list.entry_menu(5) is None
    session.clear_overlays()
    assert overlay_list.list.item(0).flags() == Qt.ItemFlag.NoItemFlags  # the placeholder


def line_colour(image: QImage) -> str:
    """The colour of the stretch of line a swatch draws across its middle row (dashes leave gaps,
    and the line's ends are antialiased: the most common opaque colour wins)."""
    row = image.height() // 2
    colours = [image.pixelColor(x, row) for x in range(image.width())]
    opaque = [c.name() for c in colours if c.alpha() == 255]
    assert opaque, "the swatch draws no line"
    return max(set(opaque), key=opaque.count)


def test_pinned_list_swatches_take_the_plot_colours_in_the_dark_theme(
    views, app_look_restored
) -> None:
    from actviz.views.theme.appearance import Appearance

    session, plot, overlay_list = views
    session.choice.set_activation("elu")
    for _ in range(3):
        session.pin_current()  # five pins: colour slots 0..4, some of which move in the dark

    def swatches() -> list[str]:
        items = [overlay_list.list.item(r) for r in range(overlay_list.list.count())]
        return [line_colour(i.icon().pixmap(QSize(28, 14)).toImage()) for i in items]

    def curves() -> list[str]:
        return [f.opts["pen"].color().name() for f, _df in plot.overlay_curves]

    appearance = Appearance()
    appearance.set_theme("dark")
    plot.grab()  # the styler catches up before a paint
    assert swatches() == curves()
    appearance.set_theme("light")
    assert swatches() == curves()


def test_grid_lines_pass_under_the_legend_and_the_curves(views) -> None:
    """The axes paint the grid; the view box holding the curves and the legend is their sibling
    and must be stacked above them, or a grid line runs through the legend's text."""
    _, plot, _ = views
    axes = [plot.plot_item.getAxis(name) for name in ("left", "bottom")]
    assert all(axis.grid is not False for axis in axes)  # the grid is on
    assert plot.legend.parentItem() is plot.view_box
    assert plot.function_curve.parentItem().parentItem() is plot.view_box  # via its child group
    for axis in axes:
        assert axis.parentItem() is plot.view_box.parentItem()
        assert plot.view_box.zValue() > axis.zValue()
