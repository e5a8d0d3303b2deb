"""The animation clock without Qt: ranges, log scale, once/loop/bounce, speed, bad input, events.

Expected values come from the definitions: a pass from low to high takes ``duration`` seconds,
linear in the value (geometric on a log-scale parameter), once stops at high, loop starts over
at low, bounce walks back.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actviz.model.activation_choice import ActivationChoice
from actviz.model.publish.param_animation import ParamAnimation
from actviz.model.publish.param_sweep import ParamSweep
from actviz.model.publish.param_target import ParamTarget, choice_param_target, temperature_target
from actviz.model.softmax.lab import SoftmaxLabModel


def slope_clock(
    mode: str = "once", duration: float = 2.0
) -> tuple[ActivationChoice, ParamAnimation]:
    """leaky_relu's negative_slope, range [0, 1], starting at 0."""
    choice = ActivationChoice("leaky_relu", {"negative_slope": 0.0})
    target = choice_param_target(choice, "negative_slope")
    clock = ParamAnimation(target, mode=mode, duration=duration)
    return choice, clock


def slope(choice: ActivationChoice) -> float:
    return float(choice.params["negative_slope"])


def test_once_plays_from_low_to_high_at_the_chosen_speed_and_stops_at_the_end() -> None:
    choice, clock = slope_clock("once", duration=2.0)
    played: list[bool] = []
    clock.events.playing.connect(played.append)
    clock.play()
    clock.tick(0.5)
    assert slope(choice) == pytest.approx(0.25)
    clock.tick(1.0)
    assert slope(choice) == pytest.approx(0.75)
    clock.tick(5.0)  # past the end
    assert slope(choice) == 1.0
    assert not clock.playing
    assert played == [True, False]
    clock.tick(1.0)  # stopped: nothing moves
    assert slope(choice) == 1.0


def test_once_played_again_after_the_end_starts_from_low() -> None:
    choice, clock = slope_clock("once", duration=1.0)
    clock.play()
    clock.tick(1.0)
    assert slope(choice) == 1.0 and not clock.playing
    clock.play()
    clock.tick(0.25)
    assert slope(choice) == pytest.approx(0.25)


def test_float_sums_of_frame_times_reach_the_end_exactly() -> None:
    choice, clock = slope_clock("once", duration=1.0)
    clock.play()
    for _ in range(30):
        clock.tick(1 / 30)
    assert slope(choice) == 1.0
    assert not clock.playing


def test_loop_starts_over_at_low() -> None:
    choice, clock = slope_clock("loop", duration=2.0)
    clock.play()
    clock.tick(5.0)  # two and a half passes
    assert slope(choice) == pytest.approx(0.5)
    assert clock.playing
    clock.tick(1.0)
    assert slope(choice) == pytest.approx(0.0, abs=1e-12)


def test_bounce_walks_back_from_high_to_low() -> None:
    choice, clock = slope_clock("bounce", duration=2.0)
    clock.play()
    clock.tick(3.0)  # up in 2 s, then half way back
    assert slope(choice) == pytest.approx(0.5)
    assert clock.direction == -1
    clock.tick(1.0)
    assert slope(choice) == pytest.approx(0.0, abs=1e-12)
    clock.tick(0.5)
    assert slope(choice) == pytest.approx(0.25)
    assert clock.direction == 1
    assert clock.playing


def test_speed_is_the_time_of_one_pass() -> None:
    slow_choice, slow = slope_clock("loop", duration=4.0)
    fast_choice, fast = slope_clock("loop", duration=1.0)
    for clock in (slow, fast):
        clock.play()
        clock.tick(0.2)
    assert slope(slow_choice) == pytest.approx(0.05)
    assert slope(fast_choice) == pytest.approx(0.2)
    slow.set_duration(1.0)
    slow.tick(0.2)
    assert slope(slow_choice) == pytest.approx(0.25)


def test_a_chosen_range_is_played_instead_of_the_whole_range() -> None:
    choice, clock = slope_clock("once", duration=1.0)
    clock.set_range(0.2, 0.4)
    clock.play()  # the value (0) is below the range: play starts at its low end
    clock.tick(0.5)
    assert slope(choice) == pytest.approx(0.3)
    clock.tick(0.5)
    assert slope(choice) == 0.4
    clock.reset_range()
    assert clock.value_range == (0.0, 1.0)


def test_log_scale_spends_as_long_on_each_decade() -> None:
    lab = SoftmaxLabModel()
    clock = ParamAnimation(temperature_target(lab), mode="once", duration=4.0)
    clock.seek(0.0)
    assert lab.temperature == 0.01
    clock.play()
    clock.tick(1.0)  # a quarter of the way from 10^-2 to 10^2
    assert lab.temperature == pytest.approx(0.1)
    clock.tick(1.0)
    assert lab.temperature == pytest.approx(1.0)
    clock.tick(2.0)
    assert lab.temperature == 100.0


def test_play_resumes_from_where_the_user_moved_the_slider() -> None:
    choice, clock = slope_clock("once", duration=1.0)
    clock.play()
    clock.tick(0.2)
    clock.pause()
    choice.set_param("negative_slope", 0.6)  # dragged by hand while paused
    clock.play()
    clock.tick(0.1)
    assert slope(choice) == pytest.approx(0.7)


def test_bounce_resumes_walking_back_when_nobody_moved_the_value() -> None:
    choice, clock = slope_clock("bounce", duration=1.0)
    clock.play()
    clock.tick(1.5)
    clock.pause()
    clock.play()
    clock.tick(0.25)
    assert slope(choice) == pytest.approx(0.25)  # still going down


@pytest.mark.parametrize(
    ("low", "high"),
    [(0.5, 0.5), (0.6, 0.4), (-0.1, 0.5), (0.0, 1.5), (math.nan, 1.0), (0.0, math.inf), ("a", 1.0),
     (True, 1.0), (None, 1.0)],
)
def test_a_bad_range_is_refused_and_the_old_one_stays(low: object, high: object) -> None:
    _, clock = slope_clock()
    clock.set_range(0.1, 0.9)
    with pytest.raises(ValueError, match=r"From|To"):
        clock.set_range(low, high)
    assert clock.value_range == (0.1, 0.9)


@pytest.mark.parametrize("dt", [-0.1, math.nan, math.inf, True, "0.1", 1e6])
def test_a_bad_tick_is_refused(dt: object) -> None:
    choice, clock = slope_clock()
    clock.play()
    with pytest.raises(ValueError, match="dt"):
        clock.tick(dt)  # type: ignore[arg-type]
    assert slope(choice) == 0.0


@pytest.mark.parametrize("bad", ["sideways", "", None, 3])
def test_a_bad_mode_is_refused(bad: object) -> None:
    _, clock = slope_clock("loop")
    with pytest.raises(ValueError, match="mode"):
        clock.set_mode(bad)  # type: ignore[arg-type]
    assert clock.mode == "loop"


@pytest.mark.parametrize("bad", [0.0, -1.0, math.nan, math.inf, 1e9, "fast", True])
def test_a_bad_duration_is_refused(bad: object) -> None:
    _, clock = slope_clock(duration=3.0)
    with pytest.raises(ValueError, match="seconds"):
        clock.set_duration(bad)
    assert clock.duration == 3.0


def test_nothing_to_play_without_a_target() -> None:
    clock = ParamAnimation()
    with pytest.raises(ValueError, match="parameter"):
        clock.play()
    clock.tick(0.1)  # paused: a tick does nothing, and says nothing


def test_a_choice_parameter_cannot_be_played() -> None:
    with pytest.raises(ValueError, match="choice"):
        choice_param_target(ActivationChoice("gelu"), "approximate")
    with pytest.raises(KeyError):
        choice_param_target(ActivationChoice("relu"), "alpha")


def test_setters_emit_once_and_only_on_a_change() -> None:
    _, clock = slope_clock("once", duration=2.0)
    seen: list[object] = []
    for signal in (clock.events.mode, clock.events.duration, clock.events.value_range):
        signal.connect(seen.append)
    clock.set_mode("once")
    clock.set_duration(2.0)
    clock.set_range(0.0, 1.0)
    assert seen == []
    clock.set_mode("loop")
    clock.set_duration(3.0)
    clock.set_range(0.0, 0.5)
    assert seen == ["loop", 3.0, (0.0, 0.5)]


def test_a_value_the_model_refuses_stops_the_clock_with_a_message() -> None:
    # hardtanh needs min_val < max_val; with min_val at 0, max_val = 0 is refused.
    choice = ActivationChoice("hardtanh", {"min_val": 0.0, "max_val": 0.5})
    clock = ParamAnimation(choice_param_target(choice, "max_val"), mode="once", duration=1.0)
    clock.set_range(0.0, 1.0)
    errors: list[str] = []
    clock.events.error.connect(errors.append)
    clock.play()
    clock.seek(0.0)
    assert errors and "max_val" in errors[0]
    assert not clock.playing
    assert choice.params["max_val"] == 0.5  # the model kept its good value


def test_a_target_of_a_switched_activation_stops_the_clock() -> None:
    choice, clock = slope_clock("loop")
    errors: list[str] = []
    clock.events.error.connect(errors.append)
    clock.play()
    choice.set_activation("elu")
    clock.tick(0.1)
    assert not clock.playing and errors


@pytest.mark.parametrize(("mode", "frames"), [("once", 101), ("loop", 100), ("bounce", 200)])
def test_a_recorded_cycle_has_the_frames_its_mode_needs(mode: str, frames: int) -> None:
    _, clock = slope_clock(mode, duration=4.0)
    assert clock.cycle_frames(25) == frames


def test_a_sweep_steps_exactly_and_puts_the_value_back() -> None:
    choice, live = slope_clock("loop", duration=3.0)
    choice.set_param("negative_slope", 0.33)
    live.play()
    sweep = ParamSweep(live.target, low=0.1, high=0.5, mode="once", duration=1.0, live=live)  # type: ignore[arg-type]
    fps = 10
    values = []
    sweep.begin()
    assert not live.playing  # paused while recording
    for index in range(sweep.frame_count(fps)):
        if index:
            sweep.advance(1 / fps)
        values.append(slope(choice))
    sweep.end()
    expected = [0.1 + 0.4 * k / 10 for k in range(11)]
    assert values == pytest.approx(expected, abs=1e-12)
    assert values[-1] == 0.5
    assert slope(choice) == 0.33
    assert live.playing  # resumed


def test_a_sweep_that_the_model_refuses_raises() -> None:
    choice = ActivationChoice("hardtanh", {"min_val": -1.0, "max_val": 1.0})
    target = choice_param_target(choice, "min_val")
    sweep = ParamSweep(target, low=-2.0, high=0.0, mode="once", duration=1.0)
    choice.set_param("max_val", 0.0)  # now the sweep's top end (0) meets max_val
    sweep.begin()
    with pytest.raises(ValueError, match="min_val"):
        for _ in range(10):
            sweep.advance(0.1)
    sweep.end()
    assert choice.params["min_val"] == -1.0


def test_a_target_needs_a_finite_ordered_range() -> None:
    with pytest.raises(ValueError):
        ParamTarget("t", "t", 1.0, 1.0, False, lambda: 1.0, lambda v: None)
    with pytest.raises(ValueError):
        ParamTarget("t", "t", 0.0, 1.0, True, lambda: 1.0, lambda v: None)


@settings(max_examples=60, deadline=None)
@given(
    mode=st.sampled_from(["once", "loop", "bounce"]),
    steps=st.lists(st.floats(0.0, 10.0), min_size=1, max_size=30),
    low=st.floats(0.0, 0.5),
    width=st.floats(0.01, 0.5),
)
def test_the_value_never_leaves_the_range(
    mode: str, steps: list[float], low: float, width: float
) -> None:
    choice, clock = slope_clock(mode, duration=0.7)
    clock.set_range(low, low + width)
    clock.play()
    for dt in steps:
        clock.tick(dt)
        assert low <= slope(choice) <= low + width
        assert 0.0 <= clock.position <= 1.0
