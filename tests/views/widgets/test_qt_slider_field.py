"""The shared numeric control: drag, exact entry, refusal with a message, no echo."""

import pytest
from PySide6.QtCore import Qt

from actviz.views.widgets.qt_slider_field import QtSliderField


@pytest.fixture
def field(qtbot):
    widget = QtSliderField("slope", 0.0, 1.0, 0.01, tooltip="slope")
    qtbot.addWidget(widget)
    widget.setValue(0.25)
    return widget


def test_set_value_shows_without_emitting(field, qtbot):
    with qtbot.assertNotEmitted(field.valueChanged):
        field.setValue(0.5)
    assert field.spin.value() == 0.5
    assert field.slider.value() == 50  # one tick per step


def test_slider_drag_emits_snapped_values(field, qtbot):
    seen = []
    field.valueChanged.connect(seen.append)
    field.slider.setValue(12)
    assert seen == [pytest.approx(0.12)]
    assert field.spin.value() == pytest.approx(0.12)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("abc", "not a number"),
        ("nan", "finite"),
        ("inf", "finite"),
        ("-inf", "finite"),
        ("7", "from 0 to 1"),
    ],
)
def test_bad_entry_is_refused_with_message(field, qtbot, text, fragment):
    field.show()
    seen = []
    field.valueChanged.connect(seen.append)
    field.spin.lineEdit().setText(text)
    qtbot.keyClick(field.spin, Qt.Key.Key_Return)
    assert seen == []
    assert field.spin.value() == 0.25
    assert fragment in field.message.text()
    assert not field.message.isHidden()


def test_good_entry_commits_and_clears_message(field, qtbot):
    field.show()
    field.showError("old problem")
    seen = []
    field.valueChanged.connect(seen.append)
    field.spin.lineEdit().setText("0.375")
    qtbot.keyClick(field.spin, Qt.Key.Key_Return)
    assert seen == [0.375]
    assert field.message.isHidden()


def test_log_scale_round_trip(qtbot):
    field = QtSliderField("T", 0.01, 100.0, 0.01, log_scale=True)
    qtbot.addWidget(field)
    field.setValue(1.0)
    assert field.slider.value() == 500
    seen = []
    field.valueChanged.connect(seen.append)
    field.slider.setValue(1000)
    assert seen == [pytest.approx(100.0)]
