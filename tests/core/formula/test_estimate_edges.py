"""Edges of the estimate's rules and of its number texts.

References: the module docstring (saturating: |f′| <= 1e-3 for all 1e4 <= |x| <= 1e6, both edges
included), _fmt's documented contract (4 significant digits, a true minus, only values below
1e-300 read as 0, the language's decimal sign only for shown text) and the fact that
``Properties.output_range`` is English text, translated when shown (params.Properties).
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from actviz.core import i18n, parse_activation
from actviz.core.formula.estimate import _flat_far_out, _fmt


@pytest.fixture
def german_numbers() -> Iterator[None]:
    i18n.install(None, ",")
    yield
    i18n.install(None)


@pytest.mark.parametrize(
    ("xs", "df", "flat"),
    [
        ([1e4, 5e5], [1.0, 0.0], False),  # |x| = 1e4 is in the far range: its slope counts
        ([-1e4, 5e5], [1.0, 0.0], False),
        ([5e5, 1e6], [0.0, 1.0], False),  # so is |x| = 1e6
        ([5e5, -1e6], [0.0, 1.0], False),
        ([5e5, 2e6], [1e-3, 1.0], True),  # 1e-3 itself is flat; beyond 1e6 does not count
        ([9999.0, 5e5], [1.0, -1e-3], True),  # below 1e4 does not count
    ],
)
def test_flat_far_out_edges(xs: list[float], df: list[float], flat: bool) -> None:
    assert _flat_far_out(np.array(xs), np.array(df)) is flat


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1e-300, "1e−300"),  # the edge itself is a number (a true minus in the exponent too)
        (-1e-300, "−1e−300"),
        (9.99e-301, "0"),
        (0.5, "0.5"),
        (-2.5, "−2.5"),
        (0.123456, "0.1235"),
    ],
)
def test_fmt_cases(value: float, text: str) -> None:
    assert _fmt(value) == text


def test_fmt_local_uses_the_language_decimal_sign(german_numbers: None) -> None:
    assert _fmt(-0.5, local=True) == "−0,5"
    assert _fmt(-0.5) == "−0.5"  # default: the C form, for English texts


def test_output_range_stays_english_text(german_numbers: None) -> None:
    props = parse_activation("sigmoid(x) / 2").properties
    assert props.output_range == "[≈ 0, ≈ 0.5]"


@pytest.mark.parametrize(
    ("text", "side"), [("exp(x)", "upper"), ("-exp(x)", "lower"), ("exp(x) - exp(-x)", "both")]
)
def test_growth_lost_to_overflow_is_not_a_bound(text: str, side: str) -> None:
    """e^x grows without bound; past x = 709.8 its values overflow and are dropped, so the largest
    sample is the float range's edge, not a bound (the module docstring's 1e300 rule)."""
    from actviz.core.expression import parse_activation
    from actviz.core.formula.estimate import estimate_properties

    found = estimate_properties(parse_activation(text))
    assert found.bounded is False
    assert (found.upper == np.inf) is (side in ("upper", "both"))
    assert (found.lower == -np.inf) is (side in ("lower", "both"))
