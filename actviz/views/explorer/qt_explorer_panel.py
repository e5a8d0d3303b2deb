"""The explorer tab: picker and parameters left, the plot in the middle, formulas right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import signals_blocked

from actviz.model.session import MAX_OVERLAYS, Session
from actviz.views.explorer.qt_curve_plot import QtCurvePlot
from actviz.views.explorer.qt_formula_pane import QtFormulaPane
from actviz.views.explorer.qt_overlay_list import QtOverlayList
from actviz.views.explorer.qt_picker import QtPicker
from actviz.views.widgets.qt_param_panel import QtParamPanel


class QtExplorerPanel(QSplitter):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("explorerPanel")
        self.session = session

        self.picker = QtPicker(session.choice)
        self.param_panel = QtParamPanel(session.choice)
        self.overlay_list = QtOverlayList(session)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 8, 8)
        picker_box = QGroupBox("Activation")
        QVBoxLayout(picker_box).addWidget(self.picker)
        params_box = QGroupBox("Parameters")
        QVBoxLayout(params_box).addWidget(self.param_panel)
        overlays_box = QGroupBox("Pinned curves")
        QVBoxLayout(overlays_box).addWidget(self.overlay_list)
        left_layout.addWidget(picker_box, 3)
        left_layout.addWidget(params_box, 0)
        left_layout.addWidget(overlays_box, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        scroll.setMinimumWidth(280)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.curve_plot = QtCurvePlot(session)
        self.derivative_toggle = QCheckBox("Show derivative f′")
        self.derivative_toggle.setObjectName("derivativeToggle")
        self.derivative_toggle.setToolTip(
            "Show or hide the derivative f′(x) (dashed), which backprop uses (D)"
        )
        self.pin_button = QPushButton("Pin curve")
        self.pin_button.setObjectName("pinOverlayButton")
        self.pin_button.setToolTip("Keep the current curve on the plot to compare with others (P)")
        self.default_view_button = QPushButton("Default view")
        self.default_view_button.setObjectName("defaultViewButton")
        self.default_view_button.setToolTip("Restore the default zoom and position (Home)")
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.derivative_toggle)
        toolbar.addStretch(1)
        toolbar.addWidget(self.pin_button)
        toolbar.addWidget(self.default_view_button)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(4, 8, 4, 4)
        centre_layout.addLayout(toolbar)
        centre_layout.addWidget(self.curve_plot, 1)

        self.formula_pane = QtFormulaPane(session.choice)
        self.formula_pane.setMinimumWidth(220)

        self.addWidget(scroll)
        self.addWidget(centre)
        self.addWidget(self.formula_pane)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.setStretchFactor(2, 0)
        self.setSizes([290, 700, 260])
        self.setChildrenCollapsible(False)

        self.set_show_derivative(session.show_derivative)
        session.events.show_derivative.connect(self.set_show_derivative)
        session.events.overlays.connect(self._update_pin_button)
        self.derivative_toggle.toggled.connect(self._on_q_derivative_toggled)
        self.pin_button.clicked.connect(self._on_q_pin)
        self.default_view_button.clicked.connect(session.reset_view)

    def set_show_derivative(self, show: bool) -> None:
        with signals_blocked(self.derivative_toggle):
            self.derivative_toggle.setChecked(show)

    def _update_pin_button(self, _overlays: object = None) -> None:
        full = len(self.session.overlays) >= MAX_OVERLAYS
        self.pin_button.setEnabled(not full)

    def _on_q_derivative_toggled(self, checked: bool) -> None:
        self.session.set_show_derivative(checked)

    def _on_q_pin(self) -> None:
        self.pin_current()

    # for menu actions ----------------------------------------------------------------------------
    def pin_current(self) -> None:
        try:
            self.session.pin_current()
        except ValueError as error:  # the overlay limit: say so where the user looks
            self.pin_button.setToolTip(str(error))
        self._update_pin_button()

    def toggle_derivative(self) -> None:
        self.session.set_show_derivative(not self.session.show_derivative)
