"""Label + slider + exact numeric entry + message line: the control every panel uses for a number.

The field holds no state of its own worth keeping: ``valueChanged`` reports what the user did (while
dragging, and on a committed entry), the owner passes it to its model, and the model's event comes
back through :meth:`setValue`, which never re-emits. A refused entry, or a model that refused the
value, shows its message under the field through :meth:`showError` (and a screen reader says it).

The label names the slider, the entry and the reset button for screen readers (:meth:`setLabel`
keeps them in step), and their descriptions give the range and what the keys do. The arrow keys
step the slider by the field's step, or by 1/200 of the range where the step is finer; Page Up
and Page Down by a tenth of it (:func:`keyboard_steps`).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QToolButton,
    QWidget,
)

from actviz.core.i18n import format_number
from actviz.views.theme.qt_text_tint import tint
from actviz.views.widgets.accessibility import announce
from actviz.views.widgets.qt_number_spin_box import QtNumberSpinBox
from actviz.views.widgets.signals import signals_blocked

_LINEAR_MAX_TICKS = 10_000
_LOG_TICKS = 1_000
KEY_STEPS_ACROSS = 200  # arrow-key presses from one end to the other, at most
PAGE_STEPS_ACROSS = 10  # Page Up / Page Down presses from one end to the other


def keyboard_steps(ticks: int) -> tuple[int, int]:
    """Slider ticks moved by an arrow key and by Page Up/Down on a slider of ``ticks`` ticks.

    An arrow key moves one tick (one step of the field) unless that would take more than
    ``KEY_STEPS_ACROSS`` presses to cross the range; Page Up/Down move about a tenth of it.
    """
    single = max(1, math.ceil(ticks / KEY_STEPS_ACROSS))
    return single, max(single, round(ticks / PAGE_STEPS_ACROSS))


class QtSliderField(QWidget):
    valueChanged = Signal(float)
    resetRequested = Signal()

    def __init__(
        self,
        label: str,
        minimum: float,
        maximum: float,
        step: float,
        *,
        log_scale: bool = False,
        tooltip: str = "",
        show_reset: bool = False,
        label_above: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if not (math.isfinite(minimum) and math.isfinite(maximum) and minimum < maximum):
            raise ValueError(f"bad range [{minimum}, {maximum}]")
        if log_scale and minimum <= 0:
            raise ValueError("a log-scale slider needs minimum > 0")
        self._minimum, self._maximum, self._step = minimum, maximum, step
        self._log = log_scale
        linear_ticks = max(1, min(_LINEAR_MAX_TICKS, round((maximum - minimum) / step)))
        self._ticks = _LOG_TICKS if log_scale else linear_ticks

        self.label = QLabel(label, self)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, self._ticks)
        single, page = keyboard_steps(self._ticks)
        self.slider.setSingleStep(single)
        self.slider.setPageStep(page)
        self.slider.setTracking(True)  # follow the drag, not only the release
        self.slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # With the label on its own line (narrow side columns) the slider can be shorter.
        self.slider.setMinimumWidth(80 if label_above else 120)
        self.spin = QtNumberSpinBox(self)
        self.spin.setRange(minimum, maximum)
        self.spin.setSingleStep(step)
        self.spin.setMinimumWidth(90)
        self.message = QLabel(self)
        self.message.setObjectName("fieldMessage")
        tint(self.message, "error")
        self.message.setWordWrap(True)
        self.message.hide()
        self._tooltip = tooltip
        self._label_text, self._spoken = label, ""
        if tooltip:
            for widget in (self.label, self.slider, self.spin):
                widget.setToolTip(tooltip)

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = 1 if label_above else 0
        self._label_row: QHBoxLayout | None = None
        if label_above:
            self._label_row = QHBoxLayout()
            self._label_row.setContentsMargins(0, 0, 0, 0)
            self._label_row.addWidget(self.label, 1)
            layout.addLayout(self._label_row, 0, 0, 1, 4)
            layout.addWidget(self.slider, row, 0, 1, 2)
        else:
            layout.addWidget(self.label, 0, 0)
            layout.addWidget(self.slider, row, 1)
        layout.addWidget(self.spin, row, 2)
        self.reset_button: QToolButton | None = None
        if show_reset:
            self.reset_button = QToolButton(self)
            self.reset_button.setText("↺")
            self.reset_button.clicked.connect(self.resetRequested)
            layout.addWidget(self.reset_button, row, 3)
        layout.addWidget(self.message, row + 1, 0, 1, 4)
        layout.setColumnStretch(1, 1)
        self.label.setBuddy(self.slider)
        self.setLabel(label)

        self.slider.valueChanged.connect(self._on_q_slider_changed)
        self.spin.valueChanged.connect(self._on_q_spin_changed)
        self.spin.inputRejected.connect(self.showError)
        self.spin.inputAccepted.connect(self.clearError)

    def add_to_label_row(self, widget: QWidget) -> None:
        """Put ``widget`` (a play button, say) at the end of the label's own line, where a narrow
        column has room; only for a field made with ``label_above``."""
        if self._label_row is None:
            raise ValueError("add_to_label_row needs a field made with label_above=True")
        self._label_row.addWidget(widget)

    def changeEvent(self, event: QEvent) -> None:
        # The owner gets the event first and may have given a new label and tip already.
        if event.type() == QEvent.Type.LanguageChange:
            self.setLabel(self._label_text, self._spoken)
        super().changeEvent(event)

    def set_tooltip(self, tooltip: str) -> None:
        """Show ``tooltip`` on the label, slider and entry (a new language, say); the accessible
        descriptions follow at the next :meth:`setLabel`."""
        self._tooltip = tooltip
        for widget in (self.label, self.slider, self.spin):
            widget.setToolTip(tooltip)

    def setLabel(self, text: str, spoken: str = "") -> None:
        """Show ``text`` as the label (hidden or not) and name the slider, the entry and the reset
        button after it (or after ``spoken``, a fuller name for a terse label such as "x1") for
        screen readers, with the range and the keys in their descriptions."""
        self.label.setText(text)
        self._label_text, self._spoken = text, spoken
        text = spoken or text
        low = format_number(self._minimum, ".4g")
        high = format_number(self._maximum, ".4g")
        single, page = self.slider.singleStep(), self.slider.pageStep()
        if self._log:
            keys = self.tr(
                "From {low} to {high} on a log scale: an arrow key multiplies or divides it by "
                "{step}, Page Up and Page Down by {page}."
            ).format(
                low=low,
                high=high,
                step=format_number(self._tick_ratio(single), ".3g"),
                page=format_number(self._tick_ratio(page), ".3g"),
            )
        else:
            keys = self.tr(
                "From {low} to {high}: an arrow key changes it by {step}, Page Up and Page Down "
                "by {page}."
            ).format(
                low=low,
                high=high,
                step=format_number(self._tick_span(single), ".4g"),
                page=format_number(self._tick_span(page), ".4g"),
            )
        entry = self.tr("Type a value from {low} to {high} and press Enter.").format(
            low=low, high=high
        )
        lead = _sentence(self._tooltip)
        self.slider.setAccessibleName(text)
        self.slider.setAccessibleDescription(lead + keys)
        self.spin.setAccessibleName(text)
        self.spin.setAccessibleDescription(lead + entry)
        if self.reset_button is not None:
            reset = self.tr("Reset {label} to its default").format(label=text)
            self.reset_button.setToolTip(reset)
            self.reset_button.setAccessibleName(reset)

    def focus_widgets(self) -> list[QWidget]:
        """The field's Tab stops in the order they are on screen."""
        stops: list[QWidget] = [self.slider, self.spin]
        return stops if self.reset_button is None else [*stops, self.reset_button]

    def _tick_span(self, ticks: int) -> float:
        return (self._maximum - self._minimum) * ticks / self._ticks

    def _tick_ratio(self, ticks: int) -> float:
        return float((self._maximum / self._minimum) ** (ticks / self._ticks))

    # model -> widget -------------------------------------------------------------------------
    def setValue(self, value: float) -> None:
        """Show ``value`` without emitting ``valueChanged``."""
        with signals_blocked(self.slider), signals_blocked(self.spin):
            self.spin.setValue(value)
            self.slider.setValue(self._to_tick(value))

    def value(self) -> float:
        return float(self.spin.value())

    def showError(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()
        announce(self, message, assertive=True)

    def clearError(self) -> None:
        self.message.clear()
        self.message.hide()

    def errorText(self) -> str:
        return self.message.text() if self.message.isVisible() or self.message.text() else ""

    # widget -> owner -------------------------------------------------------------------------
    def _on_q_slider_changed(self, tick: int) -> None:
        value = self._from_tick(tick)
        with signals_blocked(self.spin):
            self.spin.setValue(value)
        self.clearError()
        self.valueChanged.emit(value)

    def _on_q_spin_changed(self, value: float) -> None:
        with signals_blocked(self.slider):
            self.slider.setValue(self._to_tick(value))
        self.clearError()
        self.valueChanged.emit(float(value))

    # tick <-> value --------------------------------------------------------------------------
    def _to_tick(self, value: float) -> int:
        if self._log:
            lo, hi = math.log(self._minimum), math.log(self._maximum)
            frac = (math.log(max(value, self._minimum)) - lo) / (hi - lo)
        else:
            frac = (value - self._minimum) / (self._maximum - self._minimum)
        return round(min(max(frac, 0.0), 1.0) * self._ticks)

    def _from_tick(self, tick: int) -> float:
        frac = tick / self._ticks
        if self._log:
            lo, hi = math.log(self._minimum), math.log(self._maximum)
            return _tidy(math.exp(lo + frac * (hi - lo)))
        value = self._minimum + frac * (self._maximum - self._minimum)
        # Snap to the step grid so a drag gives 0.25, not 0.25000000000000006.
        snapped = self._minimum + round((value - self._minimum) / self._step) * self._step
        return _tidy(min(max(snapped, self._minimum), self._maximum))


def _sentence(text: str) -> str:
    """``text`` ending with a full stop and a space, to go before another sentence ("" if none)."""
    text = text.strip()
    if not text:
        return ""
    return text + (" " if text[-1] in ".!?…" else ". ")


def _tidy(value: float) -> float:
    """Round away float noise below the spin box's display precision."""
    return float(f"{value:.12g}")
