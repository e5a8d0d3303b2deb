"""A training run as something a recording can play (File › Record animation…, "while training
runs"): each frame trains the epochs owed at the lab's speed, so a GIF shows the run as the lab
plays it.

The recording trains the lab's own network, as Play does: what it learned stays (Reset goes
back to epoch 0). Only whether the lab was playing is put back, so the live run neither races
the recording's frames nor stops for good because of it.
"""

from __future__ import annotations

import math

from actviz.model.training import options as opt
from actviz.model.training.lab import MAX_EPOCHS_PER_STEP, TrainingLab

# "As fast as it goes" has no rate of its own; a recording plays it at this many epochs a second
# of animation (a 4 s GIF then shows 1,200 epochs, enough for most presets to settle).
FAST_RECORDING_EPOCHS_PER_SECOND = 300.0


def epochs_per_second(speed: str) -> float:
    """The rate of the lab's speed setting, with "fast" taken as the recording rate above."""
    rate = opt.SPEEDS[speed]
    return FAST_RECORDING_EPOCHS_PER_SECOND if math.isinf(rate) else rate


class TrainingMotion:
    """A :class:`~actviz.model.publish.animation.Motion`: the lab trains while frames are taken.

    Parameters
    ----------
    lab
        The training lab to train.
    duration
        Seconds of animation in one recording; the frame count follows from the frame rate.
    """

    def __init__(self, lab: TrainingLab, *, duration: float) -> None:
        if not math.isfinite(duration) or duration <= 0:
            raise ValueError(f"the duration must be a positive number of seconds, got {duration!r}")
        self.lab = lab
        self.duration = float(duration)
        self.rate = epochs_per_second(lab.speed)
        self.label = f"Training: the run goes on ({self.rate:g} epochs a second)"
        self._owed = 0.0
        self._was_running = False

    def frame_count(self, fps: float) -> int:
        return max(2, round(self.duration * fps))

    def begin(self) -> None:
        """Pause the live run (the recording steps the lab itself); the first frame is now."""
        self._was_running = self.lab.running
        self.lab.pause()
        self._owed = 0.0

    def advance(self, dt: float) -> None:
        """Train the whole epochs owed after ``dt`` more seconds (none when none are due)."""
        self._owed += self.rate * dt
        epochs = math.floor(self._owed + 1e-9)  # 60 epochs/s at 30 fps is 2 a frame, not 1.99...
        if epochs >= 1:
            self._owed -= epochs
            self.lab.step(min(epochs, MAX_EPOCHS_PER_STEP))

    def end(self) -> None:
        """Play again if the lab was playing before the recording."""
        if self._was_running:
            self.lab.play()
