"""The explorer room: the side column (picker, parameters, pinned curves), the plot, and a side pane
whose tabs hold the formulas and notes and whatever the window adds (the neuron playground).

The plot is the hero: until the user drags a splitter handle, the two sides take widths that leave
the plot at least half the room and more on wider windows (:func:`side_widths`). Either side can be
collapsed (drag its handle to the edge, or the View menu) and opened again at its last width; the
sizes and the side pane's tab are kept by the window's settings (:meth:`layout_state`).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from actviz.model.session import MAX_OVERLAYS, Session
from actviz.views.explorer.qt_curve_plot import QtCurvePlot
from actviz.views.explorer.qt_formula_pane import QtFormulaPane
from actviz.views.explorer.qt_side_column import QtSideColumn
from actviz.views.widgets.signals import signals_blocked

SIDE_COLUMN, PLOT, SIDE_PANE = 0, 1, 2
SIDE_PANE_MINIMUM = 300


def side_widths(total: int) -> tuple[int, int]:
    """Widths of the side column and the side pane in an explorer ``total`` px wide.

    About a fifth and a quarter of the width, within bounds that keep their controls usable, so the
    plot gets just over half at laptop widths (1280-1366 px) and close to 60% at 1920 px.
    """
    column = min(max(round(0.19 * total), 236), 300)
    pane = min(max(round(0.275 * total), 340), 470)
    return column, pane


class QtExplorerPanel(QSplitter):
    """Shows the Session (activation, overlays, view); objectName ``explorerPanel``."""

    sidesChanged = Signal()  # a side was opened, collapsed or resized, or the pane's tab changed

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("explorerPanel")
        self.session = session

        self.side_column = QtSideColumn(session)
        self.picker = self.side_column.picker
        self.param_panel = self.side_column.param_panel
        self.overlay_list = self.side_column.overlay_list

        self.curve_plot = QtCurvePlot(session)
        self.derivative_toggle = QCheckBox()
        self.derivative_toggle.setObjectName("derivativeToggle")
        self.pin_button = QPushButton()
        self.pin_button.setObjectName("pinOverlayButton")
        self._pin_refused = False  # the last pin hit the limit: the button's tip says so
        self.default_view_button = QPushButton()
        self.default_view_button.setObjectName("defaultViewButton")
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.derivative_toggle)
        toolbar.addStretch(1)
        toolbar.addWidget(self.pin_button)
        toolbar.addWidget(self.default_view_button)
        centre = QWidget()
        centre.setObjectName("explorerPlotArea")
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(4, 6, 4, 4)
        centre_layout.addLayout(toolbar)
        centre_layout.addWidget(self.curve_plot, 1)

        self.formula_pane = QtFormulaPane(session.choice)
        self.side_pane = QTabWidget()
        self.side_pane.setObjectName("explorerSidePane")
        self.side_pane.setDocumentMode(True)
        self.side_pane.setMinimumWidth(SIDE_PANE_MINIMUM)
        self.side_pane.addTab(self.formula_pane, "")

        self.addWidget(self.side_column)
        self.addWidget(centre)
        self.addWidget(self.side_pane)
        self.setCollapsible(PLOT, False)
        for index, stretch in ((SIDE_COLUMN, 0), (PLOT, 1), (SIDE_PANE, 0)):
            self.setStretchFactor(index, stretch)
        self._automatic = True  # sides follow side_widths() until the user drags a handle
        self._collapsed: set[int] = set()
        self._open_width = dict(zip((SIDE_COLUMN, SIDE_PANE), side_widths(1366), strict=True))

        self.column_action = self._side_action("Ctrl+[", SIDE_COLUMN)
        self.pane_action = self._side_action("Ctrl+]", SIDE_PANE)
        self.retranslate()

        self.set_show_derivative(session.show_derivative)
        session.events.show_derivative.connect(self.set_show_derivative)
        session.events.overlays.connect(self._update_pin_button)
        self.derivative_toggle.toggled.connect(self._on_q_derivative_toggled)
        self.pin_button.clicked.connect(self._on_q_pin)
        self.default_view_button.clicked.connect(session.reset_view)
        self.splitterMoved.connect(self._on_q_splitter_moved)
        self.side_pane.currentChanged.connect(self._on_q_side_tab_changed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.derivative_toggle.setText(self.tr("Show derivative f′"))
        self.derivative_toggle.setToolTip(
            self.tr("Show or hide the derivative f′(x) (dashed), which backprop uses (D)")
        )
        self.pin_button.setText(self.tr("Pin curve"))
        self._update_pin_tip()
        self.default_view_button.setText(self.tr("Default view"))
        self.default_view_button.setToolTip(self.tr("Restore the default zoom and position (Home)"))
        self.side_pane.setTabText(
            self.side_pane.indexOf(self.formula_pane), self.tr("Formula && notes")
        )
        self.column_action.setText(self.tr("Activation &list"))
        self.column_action.setToolTip(
            self.tr("Show or hide the picker, parameters and pinned curves")
        )
        self.pane_action.setText(self.tr("&Side pane"))
        self.pane_action.setToolTip(
            self.tr("Show or hide the formulas, notes and the neuron playground")
        )

    def _update_pin_tip(self) -> None:
        if self._pin_refused:
            tip = self.tr("At most {count} curves can be pinned; remove one first").format(
                count=MAX_OVERLAYS
            )
        else:
            tip = self.tr("Keep the current curve on the plot to compare with others (P)")
        self.pin_button.setToolTip(tip)

    def _side_action(self, shortcut: str, index: int) -> QAction:
        action = QAction(self)
        action.setCheckable(True)
        action.setChecked(True)
        action.setShortcut(QKeySequence(shortcut))
        action.setData(index)
        action.toggled.connect(self._on_q_side_action_toggled)
        return action

    # model -> widget -------------------------------------------------------------------------
    def set_show_derivative(self, show: bool) -> None:
        with signals_blocked(self.derivative_toggle):
            self.derivative_toggle.setChecked(show)

    def _update_pin_button(self, _overlays: object = None) -> None:
        full = len(self.session.overlays) >= MAX_OVERLAYS
        self.pin_button.setEnabled(not full)
        if self._pin_refused and not full:
            self._pin_refused = False
            self._update_pin_tip()

    # widget -> model -------------------------------------------------------------------------
    def _on_q_derivative_toggled(self, checked: bool) -> None:
        self.session.set_show_derivative(checked)

    def _on_q_pin(self) -> None:
        self.pin_current()

    # for menu actions ----------------------------------------------------------------------------
    def pin_current(self) -> None:
        try:
            self.session.pin_current()
        except ValueError:  # the overlay limit: say so where the user looks
            self._pin_refused = True
            self._update_pin_tip()
        self._update_pin_button()

    def toggle_derivative(self) -> None:
        self.session.set_show_derivative(not self.session.show_derivative)

    # the side pane -----------------------------------------------------------------------------
    def add_side_page(self, page: QWidget, title: str) -> None:
        """Add a tab to the side pane (the window puts the neuron playground here)."""
        self.side_pane.addTab(page, title)

    def show_side_page(self, page: QWidget) -> None:
        """Open the side pane (if collapsed) on ``page``'s tab."""
        self.side_pane.setCurrentWidget(page)
        self.set_side_open(SIDE_PANE, True)

    def side_page_showing(self, page: QWidget) -> bool:
        """Whether ``page`` is the side pane's tab and the pane is open."""
        return self.side_pane.currentWidget() is page and self.side_open(SIDE_PANE)

    def reveal_child(self, child: QWidget) -> None:
        """Open the side holding ``child`` if it is collapsed (the tour calls this, by name, on
        each ancestor of the panel it shows)."""
        index = self.indexOf(child)
        if index in (SIDE_COLUMN, SIDE_PANE):
            self.set_side_open(index, True)

    def side_open(self, index: int) -> bool:
        return index not in self._collapsed

    def set_side_open(self, index: int, open_: bool) -> None:
        """Collapse the side ``index`` (SIDE_COLUMN or SIDE_PANE), or open it at its last width."""
        if self.side_open(index) == open_:
            return
        sizes = self.sizes()
        if open_:
            self._collapsed.discard(index)
            wanted = min(self._open_width[index], max(sizes[PLOT] // 2, 1))
            sizes[PLOT] -= wanted
            sizes[index] = wanted
        else:
            self._collapsed.add(index)
            if sizes[index] > 0:
                self._open_width[index] = sizes[index]
            sizes[PLOT] += sizes[index]
            sizes[index] = 0
        self.setSizes(sizes)
        self._sync_actions()
        self.sidesChanged.emit()

    def _on_q_side_action_toggled(self, checked: bool) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.set_side_open(int(action.data()), checked)

    def _on_q_splitter_moved(self, _pos: int, _index: int) -> None:
        self._automatic = False  # the user chose: keep their sizes from now on
        sizes = self.sizes()
        for index in (SIDE_COLUMN, SIDE_PANE):
            if sizes[index] > 0:
                self._collapsed.discard(index)
                self._open_width[index] = sizes[index]
            else:
                self._collapsed.add(index)  # dragged to the edge
        self._sync_actions()
        self.sidesChanged.emit()

    def _on_q_side_tab_changed(self, _index: int) -> None:
        self.sidesChanged.emit()

    def _sync_actions(self) -> None:
        for action, index in ((self.column_action, SIDE_COLUMN), (self.pane_action, SIDE_PANE)):
            with signals_blocked(action):
                action.setChecked(self.side_open(index))

    # sizes -------------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._automatic:
            self._apply_side_widths()

    def _apply_side_widths(self) -> None:
        column, pane = side_widths(self.width())
        wanted = [0 if SIDE_COLUMN in self._collapsed else column, 0]
        wanted.append(0 if SIDE_PANE in self._collapsed else pane)
        handles = self.handleWidth() * (self.count() - 1)
        wanted[PLOT] = max(self.width() - handles - wanted[SIDE_COLUMN] - wanted[SIDE_PANE], 1)
        if wanted != self.sizes():
            self.setSizes(wanted)

    def layout_state(self) -> dict[str, object]:
        """What the settings remember: splitter sizes and the side pane's tab."""
        return {"sizes": self.sizes(), "side_tab": self.side_pane.currentIndex()}

    def restore_layout_state(self, state: object) -> None:
        """Apply a :meth:`layout_state` from the settings; anything malformed is ignored."""
        if not isinstance(state, Mapping):
            return
        tab = state.get("side_tab")
        if isinstance(tab, int) and not isinstance(tab, bool) and 0 <= tab < self.side_pane.count():
            self.side_pane.setCurrentIndex(tab)
        sizes = state.get("sizes")
        if (
            isinstance(sizes, list)
            and len(sizes) == self.count()
            and all(isinstance(s, int) and not isinstance(s, bool) and s >= 0 for s in sizes)
            and sizes[PLOT] > 0
        ):
            self.setSizes(sizes)
            self._automatic = False
            self._collapsed = {i for i in (SIDE_COLUMN, SIDE_PANE) if sizes[i] == 0}
            self._sync_actions()
        self.sidesChanged.emit()
