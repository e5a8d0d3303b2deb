"""The function plot: f solid, f' dashed, pinned overlays, jump end points and a crosshair readout.

Every curve item is created once and fed with ``setData``. Any change (params, activation, overlays,
pan/zoom, resize) only schedules a redraw; the redraw runs once per event-loop pass and re-samples
the visible range at the plot's pixel width with kinks exact (``actviz.core.sampling``).

Pan and zoom (wheel, drag, keys) may go on without end: whatever range the view box reaches is
clamped to one the model accepts (:func:`~actviz.model.session.clamp_view_range`) before it is
stored, and the plot is put back on the model's range whenever the two differ, so what is shown
is what a saved lesson keeps. The legend's entries hide and show pinned curves and f′ (in the
model) and offer a menu to remove a pinned curve.

Keys (:mod:`.curve_plot_keys`) pan and zoom through the model; the accessible description and the
spoken readout come from :mod:`.curve_plot_text`.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QMenu, QWidget

from actviz import core
from actviz.core.sampling import CurveSamples, sample_curve
from actviz.model.session import (
    Overlay,
    Session,
    ViewRange,
    clamp_view_range,
)
from actviz.views.explorer import curve_items, curve_plot_keys, curve_plot_text
from actviz.views.explorer.qt_curve_entry_menu import QtCurveEntryMenu
from actviz.views.explorer.qt_curve_legend import QtCurveLegend
from actviz.views.theme import palette
from actviz.views.theme.appearance import Appearance, follow_appearance
from actviz.views.theme.plot_styler import follow_theme
from actviz.views.widgets.accessibility import announce
from actviz.views.widgets.qt_focus_ring import QtFocusRing

READOUT_POINT_SIZE = 10.0  # until an Appearance says otherwise (it grows in presentation mode)


def _pinned(overlay: Overlay) -> tuple[object, ...]:
    """What an overlay's curve items are made from (its visibility is not)."""
    return (overlay.key, overlay.params, overlay.colour)


class QtCurvePlot(pg.PlotWidget):
    """Shows a :class:`Session` (objectName ``functionPlot``): f, f′, pinned curves, the view."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        # No ViewBox context menu at all (it is disabled below anyway): ~10 ms less at start-up.
        super().__init__(parent, background="w", enableMenu=False)
        self.setObjectName("functionPlot")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.focus_ring = QtFocusRing.attach(self)
        self._keyboard_readout = False  # the crosshair sits mid-view after a key, until the mouse
        self._readout_size = READOUT_POINT_SIZE
        self.session = session
        self.plot_item: pg.PlotItem = self.getPlotItem()
        self.view_box: pg.ViewBox = self.plot_item.getViewBox()
        curve_items.style_axes(self.plot_item)
        curve_items.limit_view(self.view_box)
        self.legend = QtCurveLegend(offset=(10, 10))
        self.legend.setParentItem(self.view_box)
        self.plot_item.legend = self.legend  # curves added with a name get an entry
        self.legend.setBrush(pg.mkBrush(255, 255, 255, 210))
        self.legend.setLabelTextColor("#202124")

        self.zero_x = pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen((128, 128, 128, 110)))
        self.zero_y = pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen((128, 128, 128, 110)))
        for line in (self.zero_x, self.zero_y):
            self.plot_item.addItem(line, ignoreBounds=True)

        f_color, df_color = palette.function_color(), palette.derivative_color()
        self.function_curve = pg.PlotDataItem(
            pen=curve_items.pen(f_color, width=2.5), connect="finite", name="f(x)"
        )
        self.derivative_curve = pg.PlotDataItem(
            pen=curve_items.pen(df_color, dashed=True), connect="finite", name="f′(x)"
        )
        self.function_closed = curve_items.end_markers(f_color, filled=True)
        self.function_open = curve_items.end_markers(f_color, filled=False)
        self.derivative_closed = curve_items.end_markers(df_color, filled=True)
        self.derivative_open = curve_items.end_markers(df_color, filled=False)
        for item in (self.function_curve, self.derivative_curve):
            self.plot_item.addItem(item)
        for item in (
            self.function_closed,
            self.function_open,
            self.derivative_closed,
            self.derivative_open,
        ):
            self.plot_item.addItem(item)
        # f above f' so a filled f end point is never hidden under f''s.
        self.function_curve.setZValue(3)
        self.function_closed.setZValue(5)
        self.function_open.setZValue(5)
        self.derivative_closed.setZValue(4)
        self.derivative_open.setZValue(4)
        self.overlay_curves: list[tuple[pg.PlotDataItem, pg.PlotDataItem]] = []
        self._drawn_overlays: tuple[Overlay, ...] = ()  # what overlay_curves were made for

        self.crosshair_v = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen((90, 90, 90, 150)))
        self.crosshair_h = pg.InfiniteLine(angle=0, movable=False, pen=pg.mkPen((90, 90, 90, 150)))
        for line in (self.crosshair_v, self.crosshair_h):
            line.hide()
            self.plot_item.addItem(line, ignoreBounds=True)
        self.readout = ""  # the text over the plot (the hint until the cursor is on it)
        self._cursor_readout = ""  # what the crosshair reads ("" while it is hidden)
        self.last_samples: CurveSamples | None = None
        self.entry_menus = QtCurveEntryMenu(self, self)

        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(0)
        self._redraw_timer.timeout.connect(self.redraw)
        self._applying_range = False

        self.retranslate()
        self.set_view_range(session.view_range)
        self.set_show_derivative(session.show_derivative)
        self.set_overlays(session.overlays)
        session.choice.events.params.connect(self.schedule_redraw)
        session.events.show_derivative.connect(self.set_show_derivative)
        session.events.overlays.connect(self.set_overlays)
        session.events.view_range.connect(self.set_view_range)
        self.view_box.sigRangeChanged.connect(self._on_q_range_changed)
        # pyqtgraph moves the range without sigRangeChanged when the move is below 1e-9 of the
        # span (rounding at a limit, a factor near 1); its state signal still comes.
        self.view_box.sigStateChanged.connect(self._on_q_range_changed)
        self.scene().sigMouseMoved.connect(self._on_q_mouse_moved)
        self.legend.entryClicked.connect(self.toggle_entry)
        self.legend.entryMenuRequested.connect(self._on_q_legend_menu)
        follow_theme(self)
        follow_appearance(self)
        self.redraw()

    def readout_hint(self) -> str:
        """What the readout says while the cursor is off the plot."""
        return self.tr("Hover to read x, f(x), f′(x)")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self.closed:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Put every text in the learner's language: tips, names, the readout, the legend."""
        self.setToolTip(
            self.tr(
                "Drag or use the arrow keys to pan, the wheel or + and − to zoom; "
                "Home restores the default view"
            )
        )
        self.setAccessibleName(self.tr("Function plot"))
        self.legend.retranslate()
        for overlay, (f_item, _df_item) in zip(
            self._drawn_overlays, self.overlay_curves, strict=True
        ):
            self.legend.rename_entry(f_item, overlay.label_text())
        if self._keyboard_readout:
            x_min, x_max, _y_min, _y_max = self.session.view_range
            self._show_readout((x_min + x_max) / 2)  # its numbers in the new decimal form
        elif not self._cursor_readout:
            self.readout = self.readout_hint()
            self.plot_item.setTitle(self.readout, size=self._readout_css())
        self._describe()

    def apply_appearance(self, appearance: Appearance) -> None:
        self._readout_size = appearance.metrics.readout_point_size
        self.plot_item.setTitle(self.readout, size=self._readout_css())

    def _readout_css(self) -> str:
        return f"{self._readout_size:.1f}pt"

    def readout_point_size(self) -> float:
        """The size of the readout over the plot now, in points."""
        return self._readout_size

    # model -> widget -------------------------------------------------------------------------
    def shown_range(self) -> ViewRange:
        """The range the view box shows now (x_min, x_max, y_min, y_max)."""
        (x_min, x_max), (y_min, y_max) = self.view_box.viewRange()
        return (float(x_min), float(x_max), float(y_min), float(y_max))

    def set_view_range(self, view: ViewRange) -> None:
        self._applying_range = True
        try:
            self.view_box.setRange(xRange=view[:2], yRange=view[2:], padding=0)
        finally:
            self._applying_range = False
        self.schedule_redraw()

    def set_show_derivative(self, show: bool) -> None:
        for item in (self.derivative_curve, self.derivative_closed, self.derivative_open):
            item.setVisible(show)
        self._show_overlay_visibility(self._drawn_overlays)
        self.schedule_redraw()

    def _show_overlay_visibility(self, overlays: tuple[Overlay, ...]) -> None:
        show_df = self.session.show_derivative
        for overlay, (f_item, df_item) in zip(overlays, self.overlay_curves, strict=True):
            f_item.setVisible(overlay.visible)
            df_item.setVisible(overlay.visible and show_df)

    def set_overlays(self, overlays: tuple[Overlay, ...]) -> None:
        """Make one solid f and one dotted f' item per overlay (only when the set of pinned
        curves changes; hiding or showing one only changes its visibility)."""
        if [_pinned(o) for o in overlays] == [_pinned(o) for o in self._drawn_overlays]:
            self._drawn_overlays = overlays
            self._show_overlay_visibility(overlays)
            return
        self._drawn_overlays = overlays
        for f_item, df_item in self.overlay_curves:
            self.plot_item.removeItem(f_item)
            self.plot_item.removeItem(df_item)
        self.overlay_curves = []
        for overlay in overlays:
            color = palette.overlay_color(overlay.colour)
            # Each pinned curve has a dash pattern of its own: told apart without colour too.
            f_pen = curve_items.pen(color)
            f_pen.setDashPattern(palette.overlay_dashes(overlay.colour))
            f_item = pg.PlotDataItem(pen=f_pen, connect="finite", name=overlay.label_text())
            df_pen = curve_items.pen(color, width=1.2)
            df_pen.setDashPattern(palette.overlay_dashes(overlay.colour))
            df_item = pg.PlotDataItem(pen=df_pen, connect="finite")
            self.plot_item.addItem(f_item)
            self.plot_item.addItem(df_item)
            self.overlay_curves.append((f_item, df_item))
        self._show_overlay_visibility(overlays)
        self.schedule_redraw()

    def schedule_redraw(self, *_args: object) -> None:
        """Ask for a redraw at the next event-loop pass; many requests make one redraw."""
        if not self._redraw_timer.isActive():
            self._redraw_timer.start()

    def redraw(self) -> None:
        """Re-sample every curve for the visible range and hand the arrays to the items."""
        self._redraw_timer.stop()
        x_min, x_max, _y_min, _y_max = self.session.view_range
        width = max(int(self.view_box.width()), 200)
        choice = self.session.choice
        samples = sample_curve(choice.activation, choice.params, x_min, x_max, width)
        self.last_samples = samples
        self.function_curve.setData(samples.f_x, samples.f_y)
        self.function_closed.setData(samples.f_ends.closed_x, samples.f_ends.closed_y)
        self.function_open.setData(samples.f_ends.open_x, samples.f_ends.open_y)
        if self.session.show_derivative:
            self.derivative_curve.setData(samples.df_x, samples.df_y)
            self.derivative_closed.setData(samples.df_ends.closed_x, samples.df_ends.closed_y)
            self.derivative_open.setData(samples.df_ends.open_x, samples.df_ends.open_y)
        for overlay, (f_item, df_item) in zip(
            self.session.overlays, self.overlay_curves, strict=True
        ):
            pinned = sample_curve(core.get(overlay.key), overlay.params, x_min, x_max, width)
            f_item.setData(pinned.f_x, pinned.f_y)
            if self.session.show_derivative:
                df_item.setData(pinned.df_x, pinned.df_y)
        if self._keyboard_readout:
            self._show_readout((x_min + x_max) / 2)  # the values mid-view follow the curve
        self._describe()

    def _describe(self) -> None:
        """Say in the accessible description what the plot shows and what is under the cursor."""
        text = curve_plot_text.plot_description(self.session)
        spoken = curve_plot_text.spoken_readout(self._cursor_readout)
        text = f"{text} {spoken}" if spoken else text
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)

    def resizeEvent(self, event: QResizeEvent | None) -> None:
        super().resizeEvent(event)
        if "_redraw_timer" in self.__dict__:  # pyqtgraph resizes once inside __init__
            self.schedule_redraw()

    # widget -> model -------------------------------------------------------------------------
    def _on_q_range_changed(self, *_args: object) -> None:
        if self._applying_range or self.shown_range() == self.session.view_range:
            return
        self.session.set_view_range(clamp_view_range(self.shown_range()))
        if self.shown_range() != self.session.view_range:  # clamped, or unchanged in the model
            self.set_view_range(self.session.view_range)

    def _on_q_legend_menu(self, item: object, where: QPoint) -> None:
        if (menu := self.entry_menu(item)) is not None:
            menu.popup(where)

    def entry_menu(self, item: object) -> QMenu | None:
        """The context menu of a legend entry: hide/show, and remove for a pinned curve."""
        return self.entry_menus.menu_for(item, self.derivative_curve)

    def toggle_entry(self, item: object) -> None:
        """Hide or show the curve of a legend entry (what a click on the entry does)."""
        index = self.overlay_index(item)
        if index is not None:
            self.session.set_overlay_visible(index, not self.session.overlays[index].visible)
        elif item is self.derivative_curve:
            self.session.set_show_derivative(not self.session.show_derivative)

    def overlay_index(self, item: object) -> int | None:
        """Which pinned curve ``item`` draws (None: not a pinned curve's f)."""
        for index, (f_item, _df_item) in enumerate(self.overlay_curves):
            if item is f_item:
                return index
        return None

    def _on_q_mouse_moved(self, pos: QPointF) -> None:
        if not self.plot_item.sceneBoundingRect().contains(pos):
            return
        self._keyboard_readout = False
        point = self.view_box.mapSceneToView(pos)
        self._show_readout(float(point.x()))
        self._describe()

    def _show_readout(self, x: float) -> None:
        """Put the crosshair at ``x`` on f and read x, f(x) (and f′(x) when shown) over the plot."""
        choice = self.session.choice
        f = float(choice.activation.forward(x, **choice.params))
        df = None
        if self.session.show_derivative:
            df = float(choice.activation.derivative(x, **choice.params))
        text = curve_plot_text.readout_text(x, f, df)
        self.crosshair_v.setPos(x)
        self.crosshair_h.setPos(f if np.isfinite(f) else 0.0)
        self.crosshair_v.show()
        self.crosshair_h.show()
        self.readout = text
        self._cursor_readout = text
        self.plot_item.setTitle(text, size=self._readout_css())

    def _hide_readout(self) -> None:
        self.crosshair_v.hide()
        self.crosshair_h.hide()
        self.readout = self.readout_hint()
        self._cursor_readout = ""
        self._keyboard_readout = False
        self.plot_item.setTitle(self.readout, size=self._readout_css())
        self._describe()

    def leaveEvent(self, event: object) -> None:
        if not self.closed:
            self._hide_readout()
        super().leaveEvent(event)  # type: ignore[arg-type]

    # keyboard (curve_plot_keys) ----------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if curve_plot_keys.claims_shortcut(event):
            event.accept()
            return True
        return bool(super().event(event))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not curve_plot_keys.apply_key(self.session, Qt.Key(event.key())):
            super().keyPressEvent(event)
            return
        event.accept()
        self.read_mid_view()

    def key_help(self) -> list[tuple[str, str]]:
        """The plot's own keys while it has focus, as (what, keys) for Help › Keyboard shortcuts."""
        return curve_plot_keys.key_help()

    def zoom_in(self) -> None:
        curve_plot_keys.zoom_in(self.session)

    def zoom_out(self) -> None:
        curve_plot_keys.zoom_out(self.session)

    def read_mid_view(self) -> None:
        """Read the curve at the middle of the view (after a key), and tell a screen reader."""
        x_min, x_max = self._readout_at_mid_view()
        view = self.tr("x from {x_min} to {x_max}.").format(
            x_min=curve_plot_text.number(x_min), x_max=curve_plot_text.number(x_max)
        )
        announce(self, f"{view} {curve_plot_text.spoken_readout(self._cursor_readout)}")

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        reasons = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        if event.reason() in reasons and not self.underMouse():
            self._readout_at_mid_view()

    def _readout_at_mid_view(self) -> tuple[float, float]:
        """The keyboard's crosshair: the readout at the middle of the view; returns the x range."""
        self._keyboard_readout = True
        x_min, x_max, _y_min, _y_max = self.session.view_range
        self._show_readout((x_min + x_max) / 2)
        self._describe()
        return x_min, x_max

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # pyqtgraph's close() clears the scene before Qt moves the focus away: the crosshair and
        # the title are gone by then (touching them crashed).
        if self._keyboard_readout and not self.closed:
            self._hide_readout()
