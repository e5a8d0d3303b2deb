"""The function plot for a screen reader and without colour: its description follows the model,
and every pinned curve has a line style of its own, named in the legend, the list and in words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QImage

from actviz.model.session import OVERLAY_COLOURS, Session
from actviz.views.explorer.qt_curve_plot import QtCurvePlot
from actviz.views.explorer.qt_overlay_list import QtOverlayList
from actviz.views.theme import palette


@pytest.fixture
def plot(qtbot):
    session = Session("leaky_relu")
    widget = QtCurvePlot(session)
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.redraw()
    return session, widget


def description(widget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Description)


def test_the_description_says_what_the_plot_shows_and_follows_the_model(plot) -> None:
    session, widget = plot
    assert QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
    text = description(widget)
    assert text.startswith("Leaky ReLU (Negative slope a = 0.01) f and f′")
    assert "x from −5 to 5, y from −1.5 to 3.5" in text  # the default view
    session.choice.set_param("negative_slope", 0.2)
    widget.redraw()
    assert "Negative slope a = 0.2)" in description(widget)
    session.set_show_derivative(False)
    widget.redraw()
    assert "f′" not in description(widget).split(",")[0]
    session.set_view_range((-1.0, 3.0, 0.0, 2.0))
    widget.redraw()
    assert "x from −1 to 3, y from 0 to 2" in description(widget)
    session.choice.set_activation("tanh")
    widget.redraw()
    assert description(widget).startswith("Tanh f,")


def test_pinned_curves_are_named_with_their_line_style(plot) -> None:
    session, widget = plot
    session.pin_current()
    session.choice.set_activation("elu")
    session.pin_current()
    widget.redraw()
    text = description(widget)
    pinned = "Pinned: Leaky ReLU (Negative slope a = 0.01), dotted line; ELU (α = 1), dash-dot"
    assert pinned in text
    legend_labels = [label.text for _sample, label in widget.legend.items]
    assert [o.label() for o in session.overlays] == legend_labels[2:]


def test_every_overlay_colour_has_its_own_dash_pattern(plot) -> None:
    session, widget = plot
    keys = ["relu", "elu", "tanh", "sigmoid", "gelu", "swish"]
    for key in keys[:OVERLAY_COLOURS]:
        session.choice.set_activation(key)
        session.pin_current()
    patterns = []
    for f_item, df_item in widget.overlay_curves:
        pen = f_item.opts["pen"]
        assert pen.style() == Qt.PenStyle.CustomDashLine  # never solid like f
        assert df_item.opts["pen"].dashPattern() == pen.dashPattern()  # its f′ alike, thinner
        assert df_item.opts["pen"].widthF() < pen.widthF()
        patterns.append(tuple(pen.dashPattern()))
    assert len(set(patterns)) == OVERLAY_COLOURS
    assert widget.derivative_curve.opts["pen"].style() == Qt.PenStyle.DashLine
    assert widget.function_curve.opts["pen"].style() == Qt.PenStyle.SolidLine
    names = {palette.overlay_style_text(i) for i in range(OVERLAY_COLOURS)}
    assert len(names) == OVERLAY_COLOURS


def test_the_pinned_list_shows_and_says_the_line_style(qtbot) -> None:
    session = Session("relu")
    overlays = QtOverlayList(session)
    qtbot.addWidget(overlays)
    session.pin_current()
    item = overlays.list.item(0)
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == "ReLU, dotted line"
    # The swatch is a stretch of dotted line: colour and gaps along its middle row.
    image = item.icon().pixmap(overlays.list.iconSize()).toImage()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    row = [image.pixelColor(x, image.height() // 2).alpha() for x in range(image.width())]
    assert max(row) > 200 and min(row[2:-2]) < 50
    assert overlays.list.accessibleName() == "Pinned curves"
