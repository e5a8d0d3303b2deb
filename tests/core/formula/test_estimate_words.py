"""The estimate's range text and its monotonic rule, at their edges.

References: the module docstring of actviz.core.formula.estimate (monotonic: f never falls, or
never rises, between neighbouring samples beyond rounding, i.e. a step of at most 1e-12 relative
to the value, and at least 1e-12 absolute, counts as rounding) and the interval notation the
catalogue uses for ranges: an open end at ±∞, a closed end "≈ value" otherwise; a formula defined
nowhere has the range text "undefined everywhere" (English, marked "Properties").
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from actviz.core import parse_activation
from actviz.core.formula.estimate import _monotonic, _range_text


@pytest.mark.parametrize(
    ("lower", "upper", "text"),
    [
        (-math.inf, math.inf, "(−∞, ∞)"),
        (-1.0, 1.0, "[≈ −1, ≈ 1]"),
        (-math.inf, 2.5, "(−∞, ≈ 2.5]"),
        (0.0, math.inf, "[≈ 0, ∞)"),
    ],
)
def test_range_text(lower: float, upper: float, text: str) -> None:
    assert _range_text(lower, upper) == text


@pytest.mark.parametrize(
    ("values", "monotonic"),
    [
        ([3.0, 2.0, 1.0], True),  # falling only
        ([1.0, 2.0, 3.0], True),  # rising only
        ([1.0, 0.0, 1.0], False),
        ([1e-12, 0.0, 1.0], True),  # a fall of exactly the 1e-12 floor is rounding
        ([0.0, 1e-12, -1.0], True),  # so is a rise of exactly 1e-12
        ([0.5, 0.5 - 1.5e-12, 1.0], False),  # 1.5e-12 below 1 in size is a real fall
        ([1e6, 1e6 - 2 * np.spacing(1e6), 1e6 + 1e-9], True),  # rounding is relative to 1e6
    ],
)
def test_monotonic_edges(values: list[float], monotonic: bool) -> None:
    assert _monotonic(np.array(values)) is monotonic


def test_undefined_everywhere() -> None:
    props = parse_activation("log(-1 - x^2)").properties
    assert props.output_range == "undefined everywhere"
    assert math.isnan(props.lower) and math.isnan(props.upper)
