"""The builder's refusals of undefined, complex and enormous parts, and of bad names: word for word,
at the column they point to, and the limits exactly at their documented edge.

References: tree's constants (MAX_BITS = 1100: an exact constant's numerator and denominator have
at most 1100 bits; 2**1099 has 1100, 2**1100 has 1101), vocabulary.MAX_NAME_LENGTH = 24, the rule
that names may not start or end with '_', log(0) = -inf (undefined as a real constant), sqrt(-1)
and log(-1) not real, and columns counted by hand in each text (1-based, the start of the part).
"""

from __future__ import annotations

import math

import pytest

from actviz.core import ExpressionError, parse_activation
from actviz.core.formula.estimate import estimate_properties

UNDEFINED = "this part is undefined (a division by zero?)"
NOT_REAL = "this part is not a real number"
TOO_LARGE = "a number here is too large to work with"
UNDERSCORE = "names starting or ending with '_' are not allowed"

REFUSED = [
    ("x + log(0)", UNDEFINED, 5),
    ("x - log(0)", UNDEFINED, 5),
    ("x+tanh(log(0))", UNDEFINED, 8),
    ("x + sqrt(-1)", NOT_REAL, 5),
    ("x + log(-1)", NOT_REAL, 5),
    ("x+(2**100)**10*2**100", TOO_LARGE, 3),  # 2**1100: 1101 bits in the numerator
    ("x*(2**100)**-11", TOO_LARGE, 3),  # 2**-1100: 1101 bits in the denominator
    ("x+_a", UNDERSCORE, 3),
    ("x+a_", UNDERSCORE, 3),
    ("x + _", UNDERSCORE, 5),
    ("x+where", "'where' is a function: write where(...)", 3),
    ("x+exp", "'exp' is a function: write exp(...)", 3),
    ("x + " + "a" * 25, "parameter names are limited to 24 characters", 5),
]


@pytest.mark.parametrize(("text", "message", "column"), REFUSED)
def test_refusal_message_and_column(text: str, message: str, column: int) -> None:
    with pytest.raises(ExpressionError) as caught:
        parse_activation(text)
    assert caught.value.message == message
    assert caught.value.column == column


def test_numbers_of_1100_bits_are_accepted() -> None:
    # 2**1099 (1100 bits) as a factor and as a divisor: both at the edge, both allowed
    # (then scaled back to 1, as 2**1099 itself is beyond float64)
    assert parse_activation("(2**100)**10*2**99*(2**-100)**10*2**-99*x").forward(3.0) == 3.0
    assert parse_activation("(2**-100)**10*2**-99*(2**100)**10*2**99*x").forward(3.0) == 3.0


def test_names_of_24_characters_and_inner_underscores_are_parameters() -> None:
    long_name = "a" * 24
    assert [p.name for p in parse_activation(f"x + {long_name}").params] == [long_name]
    assert [p.name for p in parse_activation("x * a_b").params] == ["a_b"]


def test_undefined_everywhere_states_nothing() -> None:
    props = estimate_properties(parse_activation("log(-1 - x^2)"))
    assert props.output_range == "undefined everywhere"
    assert math.isnan(props.lower) and math.isnan(props.upper)
    flags = (props.bounded, props.monotonic, props.smooth, props.zero_centred, props.saturating)
    assert all(flag is False for flag in flags)
    assert props.estimated is True


def test_defined_only_beyond_the_near_range_still_gets_its_properties() -> None:
    # sqrt(x² − 4e6) is defined only for |x| >= 2000, outside |x| <= 1e3: no near samples at all.
    # Its least value is 0, at the kinks x = ±2000 (sampled exactly).
    props = estimate_properties(parse_activation("sqrt(x^2 - 4e6)"))
    assert props.lower == 0.0
    assert props.smooth is False


def test_unbounded_sides_read_as_infinite() -> None:
    # the module docstring: x and x² are not bounded; x² (least value 0, at 0) only above
    line = estimate_properties(parse_activation("x"))
    assert (line.lower, line.upper, line.output_range) == (-math.inf, math.inf, "(−∞, ∞)")
    growth = estimate_properties(parse_activation("x^2"))
    assert growth.lower == 0.0 and growth.upper == math.inf
    assert growth.bounded is False
