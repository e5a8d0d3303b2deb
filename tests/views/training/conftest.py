"""The training panel on its own, at a laptop's size, for the training lab's view tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractSpinBox

from actviz.model.training.lab import TrainingLab
from actviz.views.training import QtTrainingPanel


@pytest.fixture
def panel(qtbot):
    lab = TrainingLab()
    widget = QtTrainingPanel(lab)
    qtbot.addWidget(widget)
    widget.resize(1366, 720)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def type_into(qtbot):
    """Type text over what an entry shows and press Enter, as a learner would."""

    def type_text(spin: QAbstractSpinBox, text: str) -> None:
        spin.lineEdit().selectAll()
        qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Delete)
        qtbot.keyClicks(spin.lineEdit(), text)
        qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)

    return type_text


@pytest.fixture
def settle(qtbot):
    """Wait until the paced redraw has drawn the lab's latest state."""

    def wait(widget: QtTrainingPanel) -> None:
        qtbot.waitUntil(lambda: not widget._redraw_timer.isActive(), timeout=3000)

    return wait
