"""The animation clock, sweeps, targets and settings at the edges of their documented contract.

References: the declared limits (``MIN_DURATION``..``MAX_DURATION``, ``MIN_FPS``..``MAX_FPS``,
``0 <= dt <= MAX_TICK``), the tolerance in the code's own comments ("0.999999999 of a loop is
0", "float sums of 1/fps reach 0.9999999999") tested exactly at its edge, the phase definitions
of the module docstring (once stops at 1, loop wraps at 1, bounce at 2 and walks back above 1),
hand-counted frames of a cycle, the geometric mean half way on a log scale, and the messages'
meaning (which field, which value, which parameter).
"""

from __future__ import annotations

import pytest

from actviz.core import i18n
from actviz.model.activation_choice import ActivationChoice
from actviz.model.publish.param_animation import ParamAnimation
from actviz.model.publish.param_sweep import ParamSweep
from actviz.model.publish.param_target import ParamTarget, choice_param_target, temperature_target
from actviz.model.publish.playback_settings import (
    MAX_TICK,
    check_duration,
    check_fps,
    check_mode,
)
from actviz.model.publish.sweep_scale import check_sweep_range
from actviz.model.softmax.lab import SoftmaxLabModel


def slope_clock(mode: str, duration: float = 1.0) -> tuple[ActivationChoice, ParamAnimation]:
    """leaky_relu's negative_slope, range [0, 1], starting at 0."""
    choice = ActivationChoice("leaky_relu", {"negative_slope": 0.0})
    return choice, ParamAnimation(choice_param_target(choice, "negative_slope"), mode=mode,
                                  duration=duration)


def slope(choice: ActivationChoice) -> float:
    return float(choice.params["negative_slope"])


class Knob:
    """A float the tests own: every write noted, optionally refused with ``fail``."""

    def __init__(self, value: float = 0.5, fail: BaseException | None = None) -> None:
        self.value = value
        self.writes: list[object] = []
        self.fail = fail

    def read(self) -> float:
        return self.value

    def write(self, value: object) -> None:
        self.writes.append(value)
        if self.fail is not None:
            raise self.fail
        self.value = value  # type: ignore[assignment]

    def target(self, name: str = "s", label: str = "Slope") -> ParamTarget:
        return ParamTarget(name, label, 0.0, 1.0, False, self.read, self.write, self)


# the clock's tolerances, exactly at their edge -----------------------------------------------
def test_once_stops_at_high_one_billionth_before_the_end() -> None:
    choice, clock = slope_clock("once")
    clock.play()
    clock.tick(1.0 - 1e-9)
    assert slope(choice) == 1.0
    assert clock.playing is False


def test_loop_counts_one_billionth_before_the_end_as_the_start() -> None:
    choice, clock = slope_clock("loop")
    clock.play()
    clock.tick(1.0 - 1e-9 * 1.0)
    assert clock.position == 0.0
    assert slope(choice) == 0.0


def test_bounce_counts_one_billionth_of_a_round_before_the_end_as_the_start() -> None:
    choice, clock = slope_clock("bounce")
    clock.play()
    clock.tick(2.0 - 1e-9 * 2.0)  # the round trip of phase 0 to 2 takes 2 s
    assert clock.position == 0.0
    assert slope(choice) == 0.0
    assert clock.direction == 1


def test_a_tick_of_max_tick_is_accepted_and_a_longer_one_refused() -> None:
    choice, clock = slope_clock("loop", duration=600.0)
    clock.play()
    clock.tick(MAX_TICK)  # six passes of 600 s: back at the start
    assert slope(choice) == pytest.approx(0.0, abs=1e-9)
    with pytest.raises(ValueError, match="dt must be from 0 to 3600 seconds"):
        clock.tick(MAX_TICK + 1.0)


def test_a_pass_shorter_than_a_frame_still_takes_one_frame() -> None:
    # 0.01 s at 1 fps rounds to 0 frames a pass; a pass has at least 1
    expected = {"once": 2, "loop": 1, "bounce": 2}
    for mode, frames in expected.items():
        _, clock = slope_clock(mode, duration=0.01)
        assert clock.cycle_frames(1.0) == frames, mode


# a clock's state through its setters ---------------------------------------------------------
def test_a_clock_without_a_target_stands_still_at_its_start() -> None:
    clock = ParamAnimation()
    assert clock.playing is False
    assert clock.position == 0.0 and clock.direction == 1
    assert clock.position_of(0.7) == 0.0
    with pytest.raises(ValueError, match="parameter"):
        clock.seek(0.5)


def test_pause_leaves_playing_false() -> None:
    _, clock = slope_clock("loop")
    clock.play()
    clock.pause()
    assert clock.playing is False


def test_a_log_scale_clock_puts_the_geometric_mean_half_way() -> None:
    clock = ParamAnimation(temperature_target(SoftmaxLabModel()))
    assert clock.position_of(1.0) == pytest.approx(0.5)  # 1 = sqrt(0.01 * 100)
    assert clock.position_of(0.1) == pytest.approx(0.25)


def test_a_new_mode_goes_on_from_the_position_walking_forwards() -> None:
    choice, clock = slope_clock("bounce")
    clock.play()
    clock.tick(1.5)  # up, then half way back: position 0.5 walking down
    clock.set_mode("loop")
    assert clock.mode == "loop"
    assert clock.position == pytest.approx(0.5) and clock.direction == 1
    clock.tick(0.25)
    assert slope(choice) == pytest.approx(0.75)


def test_a_new_range_puts_the_clock_where_the_value_is_in_it() -> None:
    choice, clock = slope_clock("once")
    choice.set_param("negative_slope", 0.3)
    clock.set_range(0.2, 0.4)
    assert clock.position == pytest.approx(0.5)


def test_the_same_parameter_again_changes_nothing_and_another_is_announced() -> None:
    choice, clock = slope_clock("loop")
    seen: list[tuple[str, object]] = []
    clock.events.target.connect(lambda t: seen.append(("target", t)))
    clock.events.value_range.connect(lambda r: seen.append(("range", r)))
    clock.play()
    clock.set_target(choice_param_target(choice, "negative_slope"))  # a new object, same parameter
    assert seen == [] and clock.playing
    other = ActivationChoice("elu")
    target = choice_param_target(other, "alpha")
    clock.set_target(target)
    assert seen == [("range", (target.minimum, target.maximum)), ("target", target)]
    assert clock.playing is False


def test_the_model_s_refusal_is_shown_without_the_quotes_of_a_key_error() -> None:
    knob = Knob(fail=KeyError("Xi is gone"))
    clock = ParamAnimation(knob.target())
    errors: list[str] = []
    clock.events.error.connect(errors.append)
    clock.seek(0.5)
    assert errors == ["Xi is gone"]


# a sweep around a recording ------------------------------------------------------------------
def test_a_sweep_is_labelled_with_the_parameter_unless_told_otherwise() -> None:
    target = Knob().target("s", "Slope")
    assert ParamSweep(target).label == "Slope (s)"
    assert ParamSweep(target, label="Mine").label == "Mine"


def test_a_sweep_never_begun_touches_nothing() -> None:
    knob = Knob()
    _, live = slope_clock("loop")
    sweep = ParamSweep(knob.target(), live=live)
    sweep.advance(0.1)
    sweep.end()
    assert knob.writes == []
    assert live.playing is False


def test_a_paused_live_clock_stays_paused_and_a_second_end_puts_back_nothing_more() -> None:
    knob = Knob(0.25)
    _, live = slope_clock("loop")
    sweep = ParamSweep(knob.target(), mode="once", duration=1.0, live=live)
    sweep.begin()
    sweep.advance(0.5)
    sweep.end()
    assert live.playing is False
    assert knob.writes == [0.0, 0.5, 0.25]  # first frame, one step, the value put back
    live.play()  # resumed by hand, then a stray second end
    live.pause()
    sweep.end()
    assert knob.writes == [0.0, 0.5, 0.25]
    assert live.playing is False


# targets -------------------------------------------------------------------------------------
def test_a_choice_target_plays_the_parameter_of_that_choice() -> None:
    choice = ActivationChoice("swish")
    target = choice_param_target(choice, "beta")
    param = choice.activation.param("beta")
    assert (target.name, target.label) == ("beta", param.label)
    assert (target.minimum, target.maximum) == (0.1, 10.0)
    assert target.log_scale is True  # beta is a log-scale parameter
    assert target.owner is choice
    assert target.same_as(choice_param_target(choice, "beta"))
    assert not target.same_as(choice_param_target(ActivationChoice("swish"), "beta"))


def test_a_choice_target_names_the_activation_it_belonged_to() -> None:
    choice = ActivationChoice("leaky_relu")
    target = choice_param_target(choice, "negative_slope")
    choice.set_activation("elu")
    with pytest.raises(ValueError, match="negative_slope belongs to leaky_relu"):
        target.write(0.5)


def test_the_temperature_target_is_the_lab_s_own_number(monkeypatch: pytest.MonkeyPatch) -> None:
    lab = SoftmaxLabModel()
    target = temperature_target(lab)
    assert (target.name, target.label) == ("temperature", "Temperature T")
    assert (target.minimum, target.maximum, target.log_scale) == (0.01, 100.0, True)
    assert target.owner is lab
    assert target.same_as(temperature_target(lab))
    assert not target.same_as(temperature_target(SoftmaxLabModel()))
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(i18n, "_translator", lambda c, t, d: asked.append((c, t)) or f"<{t}>")
    assert target.label_text() == "<Temperature T>"
    assert asked == [("Animation", "Temperature T")]  # a lab's label is marked in "Animation"


def test_a_target_s_range_is_checked_with_a_message_that_says_what_is_wrong() -> None:
    def make(minimum: float, maximum: float, log_scale: bool = False) -> ParamTarget:
        return ParamTarget("t", "T", minimum, maximum, log_scale, lambda: 1.0, lambda v: None)

    with pytest.raises(ValueError, match="t: an animated parameter needs a finite range"):
        make(0.0, float("inf"))
    with pytest.raises(ValueError, match="t: an animated parameter needs a finite range"):
        make(float("-inf"), 0.0)
    with pytest.raises(ValueError, match="t: minimum must be below maximum"):
        make(2.0, 1.0)
    with pytest.raises(ValueError, match=r"t: a log-scale parameter needs minimum > 0"):
        make(0.0, 1.0, log_scale=True)


def test_same_as_needs_the_same_owner_and_the_same_name() -> None:
    knob = Knob()
    target = knob.target("s")
    assert target.same_as(knob.target("s"))
    assert not target.same_as(Knob().target("s"))
    assert not target.same_as(knob.target("t"))
    assert not target.same_as(None)


# settings ------------------------------------------------------------------------------------
def test_settings_are_accepted_exactly_at_their_limits() -> None:
    assert check_duration(0.01) == 0.01
    assert check_duration(600.0) == 600.0
    assert check_fps(1.0) == 1.0
    assert check_fps(60.0) == 60.0


@pytest.mark.parametrize("fps", [True, "fast", None, 0.99, 60.5])
def test_a_bad_frame_rate_says_the_allowed_range(fps: object) -> None:
    with pytest.raises(ValueError, match="the frame rate must be from 1 to 60 frames per second"):
        check_fps(fps)


def test_a_bad_mode_lists_the_modes() -> None:
    with pytest.raises(ValueError, match="mode must be one of once, loop, bounce, got 'x'"):
        check_mode("x")


def test_a_reversed_range_quotes_both_ends() -> None:
    with pytest.raises(ValueError, match=r"From \(0\.6\) must be below To \(0\.4\)"):
        check_sweep_range(0.6, 0.4, 0.0, 1.0)
