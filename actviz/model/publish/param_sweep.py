"""A parameter played for a recording, on a clock of its own, and put back afterwards."""

from __future__ import annotations

from actviz.model.publish.param_animation import ParamAnimation
from actviz.model.publish.param_target import ParamTarget
from actviz.model.publish.playback_settings import DEFAULT_DURATION


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
