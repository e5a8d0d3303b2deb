"""activation_figure's axes against hand-worked cases: the defaults of its signature, ticks counted
by hand (multiples of 1, 2 or 5 times a power of ten), padded y ranges worked out on paper, tick
labels read off the documented format rules, and refusals naming the range at fault.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from decimal import Decimal

import numpy as np
import pytest

from actviz.core import get, i18n, parse_activation
from actviz.core.figure import (
    Y_PADDING,
    activation_figure,
    check_range,
    figure_title,
    fit_y_range,
    format_tick,
    nice_ticks,
)
from actviz.core.sampling import CurveSamples, EndPoints


@pytest.fixture
def german_numbers() -> Iterator[None]:
    i18n.install(None, ",")
    yield
    i18n.install(None)


def test_the_default_width_is_800_pixels_at_two_samples_a_pixel() -> None:
    """ReLU on [-5, 5]: 1600 grid points (0 is not one of them: 10/1599 never lands on 5) plus
    its corner and the corner's two float neighbours."""
    data = activation_figure(get("relu"))
    assert data.samples.f_x.size == 2 * 800 + 3


def test_the_default_is_at_most_eight_ticks() -> None:
    """[0, 8]: a step of 1 gives nine ticks, one too many; a step of 2 gives five."""
    data = activation_figure(get("relu"), x_range=(0.0, 8.0), y_range=(0.0, 8.0))
    assert list(data.x_ticks) == list(data.y_ticks) == [0.0, 2.0, 4.0, 6.0, 8.0]
    ticks, step = nice_ticks(0.0, 8.0)
    assert list(ticks) == [0.0, 2.0, 4.0, 6.0, 8.0] and step == 2.0


def test_every_field_of_the_figure_comes_from_the_arguments() -> None:
    """max_ticks = 4 on x in [0, 8] (steps 1 and 2 give 9 and 5 ticks: step 5, ticks 0 and 5) and
    on y in [-1, 3] (step 1 gives 5 ticks: step 2, ticks 0 and 2)."""
    data = activation_figure(
        get("relu"), x_range=(0.0, 8.0), y_range=(-1.0, 3.0), max_ticks=4,
        show_derivative=False, title="My ReLU",
    )
    assert data.title == "My ReLU"
    assert data.show_derivative is False
    assert data.x_range == (0.0, 8.0) and data.y_range == (-1.0, 3.0)
    assert list(data.x_ticks) == [0.0, 5.0] and data.x_labels == ("0", "5")
    assert list(data.y_ticks) == [0.0, 2.0] and data.y_labels == ("0", "2")
    assert activation_figure(get("relu")).show_derivative is True


@pytest.mark.parametrize(
    ("ranges", "name"),
    [({"x_range": (1.0, 1.0)}, "x range"), ({"x_range": (2.0, 1.0)}, "x range"),
     ({"y_range": (1.0, 1.0)}, "y range"), ({"y_range": (0.0, math.inf)}, "y range")],
)
def test_a_bad_range_is_refused_naming_which_one(ranges: dict, name: str) -> None:
    with pytest.raises(ValueError, match=rf"^{name} "):
        activation_figure(get("relu"), **ranges)


@pytest.mark.parametrize("bad", [(0.0, math.inf), (-math.inf, 0.0), (math.nan, 1.0)])
def test_an_infinite_or_nan_end_is_refused_as_not_finite(bad: tuple[float, float]) -> None:
    with pytest.raises(ValueError, match=r"^x range must be finite"):
        check_range(bad, "x range")


def test_the_title_gives_each_value_in_the_language_of_the_moment(german_numbers: None) -> None:
    hardtanh = get("hardtanh")
    title = figure_title(hardtanh, {"min_val": -0.5, "max_val": 1.5})
    assert title == "Hardtanh (min_val = -0,5, max_val = 1,5)"
    assert figure_title(get("gelu"), {"approximate": "tanh"}) == "GELU (approximate = tanh)"


def _curve(f_y: list[float]) -> CurveSamples:
    values = np.asarray(f_y, dtype=np.float64)
    no_ends = EndPoints(np.empty(0), np.empty(0), np.empty(0), np.empty(0))
    return CurveSamples(values, values, values, values, no_ends, no_ends)


def test_the_y_range_is_padded_by_a_share_of_its_span() -> None:
    """Values in [-1, 3]: span 4, padded by 0.08 * 4 = 0.32 on each side."""
    low, high = fit_y_range([_curve([-1.0, 3.0])], show_derivative=False)
    assert Y_PADDING == 0.08
    assert low == pytest.approx(-1.32, rel=1e-15) and high == pytest.approx(3.32, rel=1e-15)


def test_a_flat_curve_at_zero_gets_a_span_of_two() -> None:
    assert fit_y_range([], show_derivative=True) == (-1.0, 1.0)
    assert fit_y_range([_curve([0.0, 0.0])], show_derivative=True) == (-1.0, 1.0)


def test_values_near_the_float_limit_give_a_representable_range() -> None:
    """Values at ±1.7e308: the span overflows; the range must stay finite and hold 0."""
    low, high = fit_y_range([_curve([-1.7e308, 1.7e308])], show_derivative=False)
    check_range((low, high), "y range")  # finite ends and a finite span
    assert -1.7e308 <= low < -1e307 and 1e307 < high <= 1.7e308
    nice_ticks(low, high)


def test_a_curve_up_to_the_float_limit_is_drawn_whole() -> None:
    """exp(x) on [0, 709.7] reaches 1.65e308: padding by 8% would overflow, so none is added, and
    the figure holds every value."""
    exp = parse_activation("exp(x)")
    data = activation_figure(exp, x_range=(0.0, 709.7), show_derivative=False)
    assert data.y_range[0] <= 0.0 and data.y_range[1] >= math.exp(709.7)
    assert math.isfinite(data.y_range[1] - data.y_range[0])


def test_a_bad_tick_range_and_too_few_ticks_are_refused_by_name() -> None:
    with pytest.raises(ValueError, match=r"^tick range "):
        nice_ticks(1.0, 1.0)
    with pytest.raises(ValueError, match=r"^max_ticks must be at least 2, got 1"):
        nice_ticks(0.0, 1.0, 1)


def test_a_tick_that_rounds_to_just_outside_the_range_is_left_out() -> None:
    """9 * 0.1 is 0.9 in floats, just below low = 0.9000000000000001: of the multiples of 0.1 only
    1.0, 1.1 and 1.2 lie in [low, 1.25]."""
    low = 0.9000000000000001
    ticks, step = nice_ticks(low, 1.25, 4)
    assert 9 * 0.1 < low
    assert step == 0.1 and ticks.size == 3
    assert np.all(ticks >= low) and np.all(ticks <= 1.25)


@pytest.mark.parametrize(
    ("value", "step", "text"),
    [(1e5, 1e5, "1e+05"), (5e4, 1e4, "50000"), (0.0, 1e-4, "0.0000"), (3e-4, 1e-4, "0.0003"),
     (0.0, 5e-5, "0")],
)
def test_the_exponent_form_starts_at_1e5_and_below_a_step_of_1e_4(
    value: float, step: float, text: str
) -> None:
    """Docstring: 1e+06 style from 1e5 up or for steps below 1e-4; otherwise as many decimals as
    the step needs (4 for a step of 1e-4)."""
    assert format_tick(value, step) == text


def test_labels_far_from_zero_read_as_the_exact_multiples_of_the_step() -> None:
    """[1e9, 1e9 + 7.5e-5]: steps of 1e-6 to 5e-6 give 16 or more ticks, 1e-5 gives eight,
    1e9 + j·1e-5 for j = 0..7. Each label must read as that decimal (Decimal arithmetic), not as
    the float's binary noise a digit further on (1000000000.0000101)."""
    ticks, step = nice_ticks(1e9, 1e9 + 7.5e-5, 8)
    assert step == 1e-5 and ticks.size == 8
    labels = [Decimal(format_tick(tick, step)) for tick in ticks]
    assert labels == [Decimal(10**9) + j * Decimal("0.00001") for j in range(8)]
