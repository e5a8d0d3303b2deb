"""Where the neuron lab's controls sit: the diagram and the buttons on top; inputs, backward and
learning as tabs below, so the panel fits a side pane (about 340 px wide, 600 px tall) without
scrolling its plots; and the Tab order that follows the screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from actviz.model.neuron.lab import MAX_INPUTS
from actviz.views.widgets.accessibility import chain_focus

if TYPE_CHECKING:
    from actviz.views.neuron.qt_neuron_panel import QtNeuronPanel


def lay_out(panel: QtNeuronPanel) -> None:
    """Put ``panel``'s controls in place; makes ``panel.sections`` and the labels between the
    controls (their texts are set by ``panel.retranslate``)."""
    panel.diagram.setMinimumSize(300, 230)
    inputs = QWidget(panel)
    grid = QGridLayout(inputs)
    count = QHBoxLayout()
    panel.inputs_label = QLabel(inputs)
    count.addWidget(panel.inputs_label)
    count.addWidget(panel.n_spin)
    count.addStretch(1)
    count.addWidget(QLabel("z = Σ wᵢ xᵢ + b,  a = f(z)", inputs))  # maths: every language
    grid.addLayout(count, 0, 0)
    for i in range(MAX_INPUTS):
        grid.addWidget(panel.x_fields[i], 2 * i + 1, 0)
        grid.addWidget(panel.w_fields[i], 2 * i + 2, 0)
    grid.addWidget(panel.b_field, 2 * MAX_INPUTS + 1, 0)
    grid.setRowStretch(2 * MAX_INPUTS + 2, 1)

    backward = QWidget(panel)
    back = QVBoxLayout(backward)
    panel.mode_label = QLabel(backward)
    back.addWidget(panel.mode_label)
    back.addWidget(panel.mode_combo)
    back.addWidget(panel.upstream_field)
    back.addWidget(panel.loss_combo)
    back.addWidget(panel.target_field)
    back.addWidget(panel.loss_message)
    back.addStretch(1)

    learn = QWidget(panel)
    learn_layout = QVBoxLayout(learn)
    learn_layout.addWidget(panel.lr_field)
    presets = QGridLayout()
    panel.try_label = QLabel(learn)
    presets.addWidget(panel.try_label, 0, 0)
    for index, button in enumerate(panel.preset_buttons.values()):
        presets.addWidget(button, index // 2, 1 + index % 2)
    learn_layout.addLayout(presets)
    learn_layout.addWidget(panel.loss_plot, 1)

    panel.sections = QTabWidget(panel)
    panel.sections.setObjectName("neuronSections")
    for page in (_scrolling(inputs), _scrolling(backward), learn):
        panel.sections.addTab(page, "")

    buttons = QHBoxLayout()
    for button in (panel.step_button, panel.play_button, panel.pause_button, panel.reset_button):
        buttons.addWidget(button)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.addWidget(panel.diagram, 3)
    layout.addWidget(panel.diagnosis)
    layout.addLayout(buttons)
    layout.addWidget(panel.loss_readout)
    layout.addWidget(panel.sections, 2)

    # Tab follows the screen: diagram, buttons, the sections' tabs, then each section's
    # controls top to bottom (x1, w1, x2, w2, ... as they are laid out, not as made).
    pairs = [f for pair in zip(panel.x_fields, panel.w_fields, strict=True) for f in pair]
    fields = [*pairs, panel.b_field]
    stops: list[QWidget | None] = [
        panel.diagram,
        panel.step_button, panel.play_button, panel.pause_button, panel.reset_button,
        panel.sections, panel.n_spin,
        *(w for field in fields for w in field.focus_widgets()),
        panel.mode_combo, *panel.upstream_field.focus_widgets(),
        panel.loss_combo, *panel.target_field.focus_widgets(),
        *panel.lr_field.focus_widgets(), *panel.preset_buttons.values(), panel.loss_plot,
    ]  # fmt: skip
    chain_focus(panel, stops)


def _scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a vertical scroll area (four inputs need more height than a laptop has)."""
    scroll = QScrollArea()
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls, which it scrolls to
    return scroll
