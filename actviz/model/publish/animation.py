"""The animation clock: plays one parameter from a low to a high value, and the recording motion.

A :class:`ParamAnimation` knows nothing of timers. A view drives it with :meth:`ParamAnimation.tick`
(``dt`` seconds since the last call, from a ``QTimer``); a recording drives it with exactly
``1 / fps`` per frame, so a recorded animation is the same on every machine. Each tick writes the
new value through the :class:`ParamTarget`, that is through the owning model's own validated
setter, so the curve, the neuron and the formula pane follow as they follow a slider drag.

The clock moves a *phase*: in ``once`` mode from 0 to 1 (then it stops), in ``loop`` mode from 0 to
1 over and over, in ``bounce`` mode from 0 to 2 and round again, where a phase above 1 walks back
(position ``2 - phase``). The position (0 at the low end, 1 at the high end) maps to a value
linearly, or geometrically for a parameter with ``log_scale`` (the softmax temperature: as much
time from 0.01 to 0.1 as from 10 to 100).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, Protocol

from psygnal import Signal, SignalGroup

from actviz.model.activation_choice import ActivationChoice
from actviz.model.softmax.lab import TEMPERATURE_MAX, TEMPERATURE_MIN, SoftmaxLabModel

Mode = Literal["once", "loop", "bounce"]
MODES: tuple[Mode, ...] = ("once", "loop", "bounce")
MODE_TEXT = {"once": "Once", "loop": "Loop", "bounce": "Back and forth"}
MIN_DURATION, MAX_DURATION = 0.01, 600.0  # seconds for one pass from the low to the high end
DEFAULT_DURATION = 4.0
MAX_TICK = 3600.0  # a larger dt is a caller's bug, not a pause


@dataclass(frozen=True, eq=False)
class ParamTarget:
    """One float parameter an animation can play: its range and how to read and write it.

    ``write`` is the owning model's setter: it validates and emits, and may raise ``ValueError``
    (hardtanh's ``min_val`` played past its ``max_val``).
    """

    name: str
    label: str
    minimum: float
    maximum: float
    log_scale: bool
    read: Callable[[], float]
    write: Callable[[float], None]
    owner: object = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not (math.isfinite(self.minimum) and math.isfinite(self.maximum)):
            raise ValueError(f"{self.name}: an animated parameter needs a finite range")
        if not self.minimum < self.maximum:
            raise ValueError(f"{self.name}: minimum must be below maximum")
        if self.log_scale and self.minimum <= 0:
            raise ValueError(f"{self.name}: a log-scale parameter needs minimum > 0")

    def same_as(self, other: ParamTarget | None) -> bool:
        """Whether ``other`` plays the same parameter of the same model."""
        return other is not None and other.owner is self.owner and other.name == self.name


def choice_param_target(choice: ActivationChoice, name: str) -> ParamTarget:
    """The float parameter ``name`` of ``choice``'s current activation.

    Raises ``KeyError`` if the activation has no such parameter, ``ValueError`` for a choice
    parameter (it has no range to play).
    """
    param = choice.activation.param(name)
    if param.is_choice:
        raise ValueError(f"{name} is a choice, not a number: it cannot be played")
    assert param.minimum is not None and param.maximum is not None
    key = choice.key

    def read() -> float:
        return float(choice.params[name])

    def write(value: float) -> None:
        if choice.key != key:  # the activation was switched under the clock
            raise ValueError(f"{name} belongs to {key}, which is no longer selected")
        choice.set_param(name, value)

    return ParamTarget(
        name, param.label, param.minimum, param.maximum, param.log_scale, read, write, choice
    )


def temperature_target(lab: SoftmaxLabModel) -> ParamTarget:
    """The softmax lab's temperature (0.01 to 100, played on a log scale)."""

    def read() -> float:
        return lab.temperature

    return ParamTarget(
        "temperature",
        "Temperature T",
        TEMPERATURE_MIN,
        TEMPERATURE_MAX,
        True,
        read,
        lab.set_temperature,
        lab,
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
        if not 0.0 <= position <= 1.0:
            raise ValueError(f"position must be in [0, 1], got {position!r}")
        if position == 0.0:
            return self._low
        if position == 1.0:
            return self._high
        if self._target is not None and self._target.log_scale:
            log_low, log_high = math.log(self._low), math.log(self._high)
            value = math.exp(log_low + position * (log_high - log_low))
            return min(max(value, self._low), self._high)
        return self._low + position * (self._high - self._low)

    def position_of(self, value: float) -> float:
        """The position of ``value``, clamped to [0, 1]."""
        if self._target is None or not math.isfinite(value):
            return 0.0
        if self._target.log_scale:
            value = max(value, self._low)
            share = math.log(value / self._low) / math.log(self._high / self._low)
        else:
            share = (value - self._low) / (self._high - self._low)
        return min(max(share, 0.0), 1.0)

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
        numbers = []
        for value, what in ((low, "From"), (high, "To")):
            if isinstance(value, bool):
                raise ValueError(f"{what} must be a number, got {value!r}")
            try:
                number = float(value)  # type: ignore[arg-type]  # numeric strings, numpy scalars
            except (TypeError, ValueError):
                raise ValueError(f"{what} must be a number, got {value!r}") from None
            if not math.isfinite(number) or not target.minimum <= number <= target.maximum:
                raise ValueError(
                    f"{what} must be a finite number from {target.minimum:g} to "
                    f"{target.maximum:g}, got {value!r}"
                )
            numbers.append(number)
        if not numbers[0] < numbers[1]:
            raise ValueError(f"From ({numbers[0]:g}) must be below To ({numbers[1]:g})")
        if (numbers[0], numbers[1]) != self.value_range:
            self._low, self._high = numbers[0], numbers[1]
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


def check_mode(mode: object) -> Mode:
    if not isinstance(mode, str) or mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, got {mode!r}")
    return mode


def check_duration(seconds: object) -> float:
    """A pass duration in seconds, within ``[MIN_DURATION, MAX_DURATION]``."""
    allowed = f"A pass takes from {MIN_DURATION:g} to {MAX_DURATION:g} seconds"
    if isinstance(seconds, bool):
        raise ValueError(f"{allowed}, got {seconds!r}")
    try:
        number = float(seconds)  # type: ignore[arg-type]  # numeric strings, numpy scalars
    except (TypeError, ValueError):
        raise ValueError(f"{allowed}, got {seconds!r}") from None
    if not math.isfinite(number) or not MIN_DURATION <= number <= MAX_DURATION:
        raise ValueError(f"{allowed}, got {seconds!r}")
    return number


MIN_FPS, MAX_FPS = 1.0, 60.0


def check_fps(fps: object) -> float:
    """Frames per second, within ``[MIN_FPS, MAX_FPS]``."""
    allowed = f"the frame rate must be from {MIN_FPS:g} to {MAX_FPS:g} frames per second"
    if isinstance(fps, bool):
        raise ValueError(f"{allowed}, got {fps!r}")
    try:
        number = float(fps)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(f"{allowed}, got {fps!r}") from None
    if not math.isfinite(number) or not MIN_FPS <= number <= MAX_FPS:
        raise ValueError(f"{allowed}, got {fps!r}")
    return number


class Motion(Protocol):
    """Something a recording can play frame by frame: a parameter sweep, a training run.

    A recording calls :meth:`begin`, then for each frame after the first :meth:`advance` with
    ``1 / fps``, and :meth:`end` at the end (also after a cancel or an error).
    """

    label: str

    def frame_count(self, fps: float) -> int:
        """Frames in one recorded cycle at ``fps``."""
        ...

    def begin(self) -> None:
        """Remember the state to restore and go to the first frame."""
        ...

    def advance(self, dt: float) -> None:
        """Move on by ``dt`` seconds of animation time."""
        ...

    def end(self) -> None:
        """Put back what :meth:`begin` remembered."""
        ...


class ParamSweep:
    """A :class:`Motion` that plays one parameter for a recording, then puts its value back.

    It runs a clock of its own (so the frames do not depend on where the live clock is), with
    the given settings; a playing ``live`` clock is paused meanwhile and resumed afterwards.
    """

    def __init__(
        self,
        target: ParamTarget,
        *,
        low: float | None = None,
        high: float | None = None,
        mode: str = "once",
        duration: float = DEFAULT_DURATION,
        live: ParamAnimation | None = None,
        label: str | None = None,
    ) -> None:
        self.label = label or f"{target.label} ({target.name})"
        self.target = target
        self.clock = ParamAnimation(target, mode=mode, duration=duration)
        self.clock.set_range(
            target.minimum if low is None else low, target.maximum if high is None else high
        )
        self._live = live
        self._resume = False
        self._saved: float | None = None
        self._error: str | None = None
        self.clock.events.error.connect(self._on_error)

    def frame_count(self, fps: float) -> int:
        return self.clock.cycle_frames(fps)

    def begin(self) -> None:
        self._resume = self._live is not None and self._live.playing
        if self._live is not None:
            self._live.pause()
        self._saved = self.target.read()
        self.clock.pause()
        self._error = None
        self.clock.seek(0.0)
        self._raise_error()
        self.clock.play()

    def advance(self, dt: float) -> None:
        self.clock.tick(dt)
        self._raise_error()

    def _on_error(self, message: str) -> None:
        self._error = message

    def _raise_error(self) -> None:
        if self._error is not None:
            message, self._error = self._error, None
            raise ValueError(f"{self.target.name} cannot be played there: {message}")

    def end(self) -> None:
        self.clock.pause()
        if self._saved is not None:
            try:
                self.target.write(self._saved)
            except (ValueError, KeyError):  # the model moved on (another activation): leave it
                pass
            self._saved = None
        if self._resume and self._live is not None:
            self._live.play()
        self._resume = False
