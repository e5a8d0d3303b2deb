"""The words and short numbers the softmax lab writes: naive-formula explanations, cell numbers."""

from __future__ import annotations

import math

import pytest

from actviz.model.softmax.lab import SoftmaxLabModel
from actviz.model.softmax.snapshot import take_snapshot
from actviz.views.softmax.qt_softmax_naive_table import explain
from actviz.views.softmax.qt_softmax_style import compact_number, number_text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0.659001, "0.659"),
        (-0.5, "−0.5"),
        (math.inf, "inf"),
        (-math.inf, "−inf"),
        (math.nan, "NaN"),
    ],
)
def test_number_text(value, text):
    assert number_text(value) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [(0.24, "0.24"), (-0.015, "−0.015"), (-0.00049, "−5e−4"), (5.4e-5, "5e−5"), (0.0, "0")],
)
def test_compact_number_stays_short(value, text):
    assert compact_number(value) == text
    assert len(compact_number(value)) <= 6


def explanation(**settings: object) -> str:
    model = SoftmaxLabModel()
    for name, value in settings.items():
        getattr(model, f"set_{name}")(value)
    return explain(take_snapshot(model))


def test_explains_no_failure_and_how_to_cause_one():
    assert "naive and stable agree" in explanation()


def test_explains_overflow_naming_the_classes():
    text = explanation(shift=709.0)
    assert "overflowed to inf for cat, dog" in text and "709.78" in text
    assert "bird" not in text.split(":")[0]


def test_explains_underflow_of_every_term():
    text = explanation(shift=-1000.0, temperature=1.0)
    assert "underflowed to 0" in text and "0 / 0 = NaN" in text


def test_explains_log_of_zero_in_log_softmax():
    # z/T = -600, -700, -790: only bird's exp underflows, so naive log p(bird) = log 0
    text = explanation(mode="log_softmax", temperature=0.01, shift=-8.0)
    assert "log 0 = −inf" in text
