"""Sliders from the keyboard: the arrow keys and Page Up/Down move every slider by steps that suit
its range, for every parameter of the catalogue and every field of the labs."""

from __future__ import annotations

import math
from itertools import pairwise

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from actviz import core
from actviz.model.activation_choice import ActivationChoice
from actviz.model.deepnet.lab import BATCH_RANGE, DEPTH_RANGE, SIGMA_RANGE, WIDTH_RANGE
from actviz.model.neuron.lab import B_RANGE, LR_RANGE, W_RANGE, X_RANGE
from actviz.model.softmax.lab import (
    SCORE_MAX,
    SCORE_MIN,
    SCORE_STEP,
    SHIFT_MAX,
    SHIFT_MIN,
    SHIFT_STEP,
    TEMPERATURE_MAX,
    TEMPERATURE_MIN,
)
from actviz.views.widgets.qt_param_control import QtParamControl
from actviz.views.widgets.qt_slider_field import QtSliderField

CATALOGUE = [
    (activation.key, param)
    for members in core.by_family().values()
    for activation in members
    for param in activation.params
    if param.choices is None
]
# (label, minimum, maximum, step, log) of the labs' own fields, from their models' ranges.
LAB_FIELDS = [
    ("x", *X_RANGE, False),
    ("w", *W_RANGE, False),
    ("b", *B_RANGE, False),
    ("learning rate", LR_RANGE[0], LR_RANGE[1], 0.001, True),
    ("score", SCORE_MIN, SCORE_MAX, SCORE_STEP, False),
    ("shift", SHIFT_MIN, SHIFT_MAX, SHIFT_STEP, False),
    ("temperature", TEMPERATURE_MIN, TEMPERATURE_MAX, 0.01, True),
    ("depth", *DEPTH_RANGE, 1, False),
    ("width", *WIDTH_RANGE, 1, False),
    ("batch", *BATCH_RANGE, 1, False),
    ("sigma", *SIGMA_RANGE, 1e-4, True),
]


def presses_to_cross(field: QtSliderField, key: Qt.Key) -> tuple[int, list[float]]:
    """Key presses from the minimum to the maximum, and the values passed on the way."""
    field.setValue(field._minimum)
    values = [field.value()]
    for count in range(1, 10_001):
        QTest.keyClick(field.slider, key)
        values.append(field.value())
        if field.slider.value() == field.slider.maximum():
            return count, values
    raise AssertionError("never reached the maximum")


def check_steps(field: QtSliderField, step: float, log: bool) -> None:
    field.show()
    field.slider.setFocus()
    arrows, values = presses_to_cross(field, Qt.Key.Key_Right)
    assert arrows <= 200  # the whole range within 200 presses of an arrow key
    assert values[-1] == pytest.approx(field._maximum)
    moves = [b - a for a, b in pairwise(values)]
    assert all(m > 0 for m in moves)  # every press moves, up
    if log:  # the same factor each press, between 0.5% and 10%
        ratios = [b / a for a, b in pairwise(values[:-1])]
        assert max(ratios) / min(ratios) == pytest.approx(1.0, rel=0.02)
        assert 1.005 <= min(ratios) and max(ratios) <= 1.1
    else:  # at least the field's own step; exactly it where the range allows
        assert min(moves[:-1] or moves) >= step * (1 - 1e-9)
        if (field._maximum - field._minimum) / step <= 200:
            assert moves[:-1] == pytest.approx([step] * (len(moves) - 1))
    pages, _ = presses_to_cross(field, Qt.Key.Key_PageUp)
    assert 8 <= pages <= 12  # Page Up: about a tenth of the range
    QTest.keyClick(field.slider, Qt.Key.Key_Left)
    assert field.value() < field._maximum  # and back down


@pytest.mark.parametrize(("key", "param"), CATALOGUE, ids=[f"{k}.{p.name}" for k, p in CATALOGUE])
def test_every_catalogue_parameter_steps_sensibly(qtbot, key: str, param: core.Param) -> None:
    """The field as the parameter panel makes it (without the model's cross-checks between
    parameters, such as RReLU's lower <= upper, which refuse some values on purpose)."""
    assert param.minimum is not None and param.maximum is not None and param.step is not None
    field = QtSliderField(
        param.label, param.minimum, param.maximum, param.step, log_scale=param.log_scale
    )
    qtbot.addWidget(field)
    check_steps(field, param.step, param.log_scale)


def test_the_parameter_panel_slider_steps_the_model(qtbot) -> None:
    choice = ActivationChoice("leaky_relu")
    param = choice.activation.params[0]
    control = QtParamControl(choice, param)
    qtbot.addWidget(control)
    assert control.field is not None
    check_steps(control.field, 0.01, log=False)
    assert choice.params["negative_slope"] == pytest.approx(param.maximum - 0.01)


@pytest.mark.parametrize(("label", "low", "high", "step", "log"), LAB_FIELDS)
def test_every_lab_field_steps_sensibly(
    qtbot, label: str, low: float, high: float, step: float, log: bool
) -> None:
    field = QtSliderField(label, low, high, step, log_scale=log)
    qtbot.addWidget(field)
    check_steps(field, step, log)
    assert math.isfinite(field.value())
