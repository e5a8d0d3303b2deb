"""The exact entry never rewrites what was typed: it commits it or refuses it with a message."""

from PySide6.QtCore import Qt

from actviz.views.widgets.qt_number_spin_box import QtNumberSpinBox


def test_a_comma_is_refused_not_read_as_a_group_separator(qtbot) -> None:
    spin = QtNumberSpinBox()
    qtbot.addWidget(spin)
    spin.setRange(0, 100)
    spin.setValue(3)
    spin.show()
    refused = []
    spin.inputRejected.connect(refused.append)
    spin.lineEdit().selectAll()
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Delete)
    qtbot.keyClicks(spin.lineEdit(), "1,5")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert spin.value() == 3  # not 15
    assert refused == ["“1,5” is not a number"]
