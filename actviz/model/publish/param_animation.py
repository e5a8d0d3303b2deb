"""The animation clock: plays one parameter from a low to a high value.

A :class:`ParamAnimation` knows nothing of timers. A view drives it with :meth:`ParamAnimation.tick`
(``dt`` seconds since the last call, from a ``QTimer``); a recording drives it with exactly
``1 / fps`` per frame, so a recorded animation is the same on every machine. Each tick writes the
new value through the :class:`ParamTarget`, that is through the owning model's own validated
setter, so the curve, the neuron and the formula pane follow as they follow a slider drag.

The clock moves a *phase*: in ``once`` mode from 0 to 1 (then it stops), in ``loop`` mode from 0 to
1 over and over, in ``bounce`` mode from 0 to 2 and round again, where a phase above 1 walks back
(position ``2 - phase``). The position (0 at the low end, 1 at the high end) maps to a value
linearly, or geometrically for a parameter with ``log_scale`` (:mod:`.sweep_scale`).
"""

from __future__ import annotations

import math

from psygnal import Signal, SignalGroup

from actviz.model.publish import sweep_scale
from actviz.model.publish.param_target import ParamTarget
from actviz.model.publish.playback_settings import (
    DEFAULT_DURATION,
    MAX_TICK,
    Mode,
    check_duration,
    check_fps,
    check_mode,
)


class ParamAnimationEvents(SignalGroup):
    playing = Signal(bool)
    target = Signal(object)  # the new ParamTarget, or None
    value_range = Signal(tuple)  # (low, high)
    mode = Signal(str)
    duration = Signal(float)
    error = Signal(str)  # the target refused a value; the clock stopped


class ParamAnimation:
    """A clock that plays one :class:`ParamTarget` between ``low`` and ``high``.

    Setters validate (``ValueError`` with a message fit to show) and emit only on a change.
    ``duration`` is the time of one pass from one end to the other, in seconds.
    """

    def __init__(
        self,
        target: ParamTarget | None = None,
        *,
        mode: str = "bounce",
        duration: float = DEFAULT_DURATION,
    ) -> None:
        self.events = ParamAnimationEvents()
        self._target: ParamTarget | None = None
        self._low = self._high = 0.0
        self._mode: Mode = check_mode(mode)
        self._duration = check_duration(duration)
        self._phase = 0.0
        self._written: float | None = None  # the value this clock wrote last
        self._playing = False
        if target is not None:
            self.set_target(target)

    # read --------------------------------------------------------------------------------------
    @property
    def target(self) -> ParamTarget | None:
        return self._target

    @property
    def value_range(self) -> tuple[float, float]:
        return (self._low, self._high)

    @property
    def mode(self) -> Mode:
        return self._mode

    @property
    def duration(self) -> float:
        return self._duration

    @property
    def playing(self) -> bool:
        return self._playing

    @property
    def position(self) -> float:
        """Where the clock is between the ends: 0 at ``low``, 1 at ``high``."""
        return self._phase if self._phase <= 1.0 else 2.0 - self._phase

    @property
    def direction(self) -> int:
        """+1 while moving towards ``high``, -1 while walking back (bounce only)."""
        return 1 if self._phase < 1.0 or self._mode != "bounce" else -1

    def value_at(self, position: float) -> float:
        """The value at ``position`` (0 = low, 1 = high), geometric on a log-scale target."""
        log_scale = self._target is not None and self._target.log_scale
        return sweep_scale.value_at(position, self._low, self._high, log_scale)

    def position_of(self, value: float) -> float:
        """The position of ``value``, clamped to [0, 1]."""
        if self._target is None:
            return 0.0
        return sweep_scale.position_of(value, self._low, self._high, self._target.log_scale)

    def cycle_frames(self, fps: float) -> int:
        """Frames in one recorded cycle at ``fps``: a pass with both ends shown (once), a pass
        without its last frame (loop), there and back without repeating the start (bounce)."""
        fps = check_fps(fps)
        per_pass = max(1, round(self._duration * fps))
        return {"once": per_pass + 1, "loop": per_pass, "bounce": 2 * per_pass}[self._mode]

    # write -------------------------------------------------------------------------------------
    def set_target(self, target: ParamTarget | None) -> None:
        """Play ``target`` over its whole range, starting where it is now; stops the clock."""
        if target is self._target or (target is not None and target.same_as(self._target)):
            return
        self.pause()
        self._target = target
        if target is not None:
            self._low, self._high = target.minimum, target.maximum
            self._phase = self.position_of(target.read())
            self.events.value_range.emit(self.value_range)
        self._written = None
        self.events.target.emit(target)

    def set_range(self, low: object, high: object) -> None:
        """Play between ``low`` and ``high`` (finite, ``low < high``, inside the target's range)."""
        target = self._require_target()
        numbers = sweep_scale.check_sweep_range(low, high, target.minimum, target.maximum)
        if numbers != self.value_range:
            self._low, self._high = numbers
            self._phase = self.position_of(target.read())
            self.events.value_range.emit(self.value_range)

    def reset_range(self) -> None:
        """Play the target's whole range again."""
        target = self._require_target()
        self.set_range(target.minimum, target.maximum)

    def set_mode(self, mode: str) -> None:
        checked = check_mode(mode)
        if checked != self._mode:
            self._phase = self.position  # a walk back does not carry over to another mode
            self._mode = checked
            self.events.mode.emit(checked)

    def set_duration(self, seconds: object) -> None:
        checked = check_duration(seconds)
        if checked != self._duration:
            self._duration = checked
            self.events.duration.emit(checked)

    def play(self) -> None:
        """Start from where the parameter is now (from ``low`` when a once-pass had ended)."""
        target = self._require_target()
        if self._playing:
            return
        current = target.read()
        if self._written is None or current != self._written:  # moved by hand: start from there
            self._phase = self.position_of(current)
        if self._mode == "once" and self._phase >= 1.0:
            self._phase = 0.0
        self._playing = True
        self.events.playing.emit(True)

    def pause(self) -> None:
        if self._playing:
            self._playing = False
            self.events.playing.emit(False)

    def toggle(self) -> None:
        if self._playing:
            self.pause()
        else:
            self.play()

    def seek(self, position: float) -> None:
        """Jump to ``position`` (0 = low, 1 = high), moving forwards, and write the value there."""
        value = self.value_at(position)  # validates position
        self._require_target()
        self._phase = float(position)
        self._write(value)

    def tick(self, dt: float) -> None:
        """Advance by ``dt`` seconds (finite, >= 0) and write the new value; no-op when paused."""
        if isinstance(dt, bool) or not isinstance(dt, int | float) or not math.isfinite(dt):
            raise ValueError(f"dt must be a finite number of seconds, got {dt!r}")
        if not 0.0 <= dt <= MAX_TICK:
            raise ValueError(f"dt must be from 0 to {MAX_TICK:g} seconds, got {dt!r}")
        if not self._playing:
            return
        step = dt / self._duration
        stop = False
        if self._mode == "once":
            self._phase = self._phase + step
            if self._phase >= 1.0 - 1e-9:  # float sums of 1/fps reach 0.9999999999
                self._phase, stop = 1.0, True
        elif self._mode == "loop":
            self._phase = _wrap(self._phase + step, 1.0)
        else:
            self._phase = _wrap(self._phase + step, 2.0)
        self._write(self.value_at(self.position))
        if stop:
            self.pause()

    # internals ---------------------------------------------------------------------------------
    def _require_target(self) -> ParamTarget:
        if self._target is None:
            raise ValueError("Pick a parameter to play first")
        return self._target

    def _write(self, value: float) -> None:
        target = self._require_target()
        try:
            target.write(value)
        except (ValueError, KeyError) as error:
            self.pause()
            self.events.error.emit(str(error).strip("'\""))
            return
        self._written = target.read()


def _wrap(phase: float, period: float) -> float:
    wrapped = math.fmod(phase, period)
    return 0.0 if wrapped >= period - 1e-9 * period else wrapped  # 0.999999999 of a loop is 0
