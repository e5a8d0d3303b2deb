"""The estimate's zero-centred rule and its use of the chosen params, case by case.

Reference: the module docstring of actviz.core.formula.estimate: zero-centred means f(0) = 0 and,
for standard normal inputs, a mean output below 40% of the mean absolute output (both taken where
f is defined); "f(0) = 0" allows for rounding, 1e-9 of the mean absolute output (at least 1e-9),
and a function that is 0 for all the inputs that matter has no spread to compare with, so is not
zero-centred; saturating: bounded and |f'| <= 1e-3 far out. Each expectation is worked out by
hand: odd functions have mean 0 by symmetry; a bump of height 100 on (0, 0.1) adds about
100 * 0.1 * 0.4 = 4 to the mean, ten times what tanh's mean |f| (about 0.6) allows; the estimate
holds for the params it is given.
"""

from __future__ import annotations

from typing import Any

import pytest

from actviz.core import parse_activation
from actviz.core.formula.estimate import estimate_properties


@pytest.mark.parametrize(
    ("text", "params", "zero_centred"),
    [
        ("tanh(x) + a", {"a": 0.0}, True),  # the given a, not the default 1
        ("tanh(x) + a", {"a": 0.5}, False),
        ("x^7*exp(x^2/2)", None, True),  # odd, its tails far out balance exactly
        ("where(x > 0, where(x < 0.1, 100, 0), 0) + tanh(x)", None, False),  # a narrow bump
        # 1000 on (0.008, 0.012) adds about 1000 * 0.004 * 0.4 = 1.6 to the mean
        ("where(x > 0.008, where(x < 0.012, 1000, 0), 0) + tanh(x)", None, False),
        ("log(abs(x))", None, False),  # f(0) is not a number
        ("where(abs(x) > 0, x, sqrt(-1 - x^2))", None, False),  # odd, but f(0) is undefined
        ("tanh(x) + 0.1", None, False),  # the mean is small, but f(0) = 0.1
        ("tanh(x) + 0.01", None, False),
        ("where(abs(x) > 100, x, 0)", None, False),  # 0 for every input that matters
        ("0.5*tanh(x) + 1e-9", None, True),  # f(0) of exactly the rounding allowance
        ("0.5*tanh(x) + 1.5e-9", None, False),  # beyond it (mean |f| below 1: 1e-9 itself)
        ("10*tanh(x) + 5e-9", None, True),  # within 1e-9 of a mean |f| of about 6
        # the same where f is defined (|x| < 2): its mean |f| there is about 5.5
        ("where(abs(x) < 2, 10*tanh(x) + 5e-9, sqrt(-1 - x^2))", None, True),
    ],
)
def test_zero_centred_cases(text: str, params: dict[str, Any] | None, zero_centred: bool) -> None:
    assert estimate_properties(parse_activation(text), params).zero_centred is zero_centred


def test_saturating_uses_the_given_params() -> None:
    """tanh(x) + a sin(x) is bounded; its slope far out is a cos(x): flat only for a = 0."""
    activation = parse_activation("tanh(x) + a*sin(x)")
    assert estimate_properties(activation, {"a": 0.0}).saturating is True
    assert estimate_properties(activation, {"a": 1.0}).saturating is False
