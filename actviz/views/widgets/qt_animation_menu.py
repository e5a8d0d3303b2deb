"""The play button's menu: once / loop / back and forth, the time of one pass, the range."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QMenu,
    QPushButton,
    QWidget,
    QWidgetAction,
)

from actviz.core.i18n import format_number
from actviz.model.publish.animation import MODES, ParamAnimation, ParamTarget, mode_text
from actviz.views.theme.qt_text_tint import tint
from actviz.views.widgets.qt_number_spin_box import QtNumberSpinBox
from actviz.views.widgets.signals import signals_blocked

PASS_TIMES = (1.0, 2.0, 4.0, 8.0, 16.0)  # seconds for one pass from one end to the other


class QtAnimationMenu(QMenu):
    """Shows ``animation``'s mode, pass time and range for one target (objectName
    ``animationMenu``); choosing anything here first makes that target the clock's."""

    def __init__(
        self,
        animation: ParamAnimation,
        make_target: Callable[[], ParamTarget],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("animationMenu")
        self._animation = animation
        self._make_target = make_target
        self.mode_actions: dict[str, QAction] = {}
        modes = QActionGroup(self)
        for mode in MODES:
            action = self.addAction("")
            action.setCheckable(True)
            action.setData(mode)
            modes.addAction(action)
            self.mode_actions[mode] = action
        modes.triggered.connect(self._on_q_mode)
        self.addSeparator()
        self.time_actions: dict[float, QAction] = {}
        times = QActionGroup(self)
        for seconds in PASS_TIMES:
            action = self.addAction("")
            action.setCheckable(True)
            action.setData(seconds)
            times.addAction(action)
            self.time_actions[seconds] = action
        times.triggered.connect(self._on_q_time)
        self.addSeparator()

        box = QWidget(self)
        self.low = QtNumberSpinBox(box)
        self.low.setObjectName("animationFrom")
        self.high = QtNumberSpinBox(box)
        self.high.setObjectName("animationTo")
        self.whole = QPushButton(box)
        self.whole.setObjectName("animationWholeRange")
        self.message = QLabel(box)
        self.message.setObjectName("fieldMessage")
        tint(self.message, "error")
        self.message.setWordWrap(True)
        self.message.hide()
        grid = QGridLayout(box)
        grid.setContentsMargins(8, 4, 8, 4)
        self.from_label = QLabel(box)
        self.to_label = QLabel(box)
        grid.addWidget(self.from_label, 0, 0)
        grid.addWidget(self.low, 0, 1)
        grid.addWidget(self.to_label, 0, 2)
        grid.addWidget(self.high, 0, 3)
        grid.addWidget(self.whole, 1, 0, 1, 4)
        grid.addWidget(self.message, 2, 0, 1, 4)
        range_action = QWidgetAction(self)
        range_action.setDefaultWidget(box)
        self.addAction(range_action)

        self.low.valueChanged.connect(self._on_q_range)
        self.high.valueChanged.connect(self._on_q_range)
        self.low.inputRejected.connect(self._show_error)
        self.high.inputRejected.connect(self._show_error)
        self.whole.clicked.connect(self._on_q_whole)
        self.aboutToShow.connect(self.synchronize)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for mode, action in self.mode_actions.items():
            action.setText(mode_text(mode))
        for seconds, action in self.time_actions.items():
            action.setText(self.tr("{seconds} s a pass").format(seconds=format_number(seconds)))
        self.whole.setText(self.tr("Whole range"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))

    # model -> widget -------------------------------------------------------------------------
    def synchronize(self) -> None:
        """Show the clock's settings; the range is this target's when the clock plays another."""
        animation, target = self._animation, self._make_target()
        self.mode_actions[animation.mode].setChecked(True)
        for seconds, action in self.time_actions.items():
            action.setChecked(seconds == animation.duration)
        low, high = animation.value_range if target.same_as(animation.target) else (
            target.minimum, target.maximum
        )
        with signals_blocked(self.low), signals_blocked(self.high):
            for spin in (self.low, self.high):
                spin.setRange(target.minimum, target.maximum)
            self.low.setValue(low)
            self.high.setValue(high)
        self.message.hide()

    # widget -> model -------------------------------------------------------------------------
    def _take_over(self) -> None:
        target = self._make_target()
        if not target.same_as(self._animation.target):
            self._animation.set_target(target)

    def _on_q_mode(self, action: QAction) -> None:
        self._take_over()
        self._animation.set_mode(str(action.data()))

    def _on_q_time(self, action: QAction) -> None:
        self._take_over()
        self._animation.set_duration(float(action.data()))

    def _on_q_range(self, _value: float) -> None:
        self._take_over()
        try:
            self._animation.set_range(self.low.value(), self.high.value())
        except ValueError as error:
            self._show_error(str(error))
            return
        self.message.hide()

    def _on_q_whole(self) -> None:
        self._take_over()
        self._animation.reset_range()
        self.synchronize()

    def _show_error(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()
