"""A training run recorded frame by frame: each frame trains the epochs due at the lab's speed,
the result is the same network as training that many epochs directly, and the live run's
playing state is put back."""

from __future__ import annotations

import math

import numpy as np
import pytest

from actviz.model.publish.movie_file import record_motion
from actviz.model.training import options as opt
from actviz.model.training.lab import TrainingLab
from actviz.model.training.recording import (
    FAST_RECORDING_EPOCHS_PER_SECOND,
    TrainingMotion,
)


class FrameList:
    """A movie writer that keeps the lab's epoch at each frame instead of pictures."""

    def __init__(self, lab: TrainingLab, fps: float) -> None:
        self.lab, self.fps, self.epochs = lab, fps, []
        self.finished = self.aborted = False

    def add(self, frame: object) -> None:
        self.epochs.append(frame)

    def finish(self) -> None:
        self.finished = True

    def abort(self) -> None:
        self.aborted = True


def record(lab: TrainingLab, fps: float, duration: float) -> FrameList:
    writer = FrameList(lab, fps)
    record_motion(TrainingMotion(lab, duration=duration), writer, lambda: lab.epoch)  # type: ignore[arg-type]
    return writer


@pytest.mark.parametrize(("speed", "fps", "duration"), [("playground", 30, 2.0), ("slow", 12, 2.0),
                                                        ("fast", 10, 1.0)])
def test_each_frame_shows_the_epochs_due_at_the_lab_speed(speed, fps, duration) -> None:
    lab = TrainingLab()
    lab.set_value("speed", speed)
    writer = record(lab, fps, duration)
    rate = FAST_RECORDING_EPOCHS_PER_SECOND if speed == "fast" else opt.SPEEDS[speed]
    assert len(writer.epochs) == round(duration * fps) and writer.finished
    # Frame k is k/fps seconds into the run: the whole epochs due by then have been trained.
    expected = [math.floor(rate * k / fps + 1e-9) for k in range(len(writer.epochs))]
    assert writer.epochs == expected


def test_recording_trains_the_same_network_as_training_directly() -> None:
    recorded, direct = TrainingLab(), TrainingLab()
    for lab in (recorded, direct):
        lab.set_value("speed", "playground")
    record(recorded, 30, 1.0)  # 30 frames: 29 steps of 2 epochs
    direct.step(58)
    assert recorded.epoch == direct.epoch == 58
    for mine, theirs in zip(recorded.main.weights, direct.main.weights, strict=True):
        np.testing.assert_array_equal(mine, theirs)
    for mine, theirs in zip(recorded.main.biases, direct.main.biases, strict=True):
        np.testing.assert_array_equal(mine, theirs)


def test_the_live_run_is_paused_meanwhile_and_resumed_after() -> None:
    lab = TrainingLab()
    lab.play()
    seen: list[bool] = []
    writer = FrameList(lab, 10)
    record_motion(TrainingMotion(lab, duration=0.5), writer, lambda: seen.append(lab.running))  # type: ignore[arg-type]
    assert seen and not any(seen) and lab.running
    lab.pause()
    record(lab, 10, 0.5)
    assert not lab.running


def test_a_lab_without_points_records_still_frames() -> None:
    lab = TrainingLab()
    lab.set_value("dataset", "points")
    lab.clear_points()
    writer = record(lab, 10, 0.5)
    assert writer.epochs == [0] * 5 and writer.finished


@pytest.mark.parametrize("duration", [0.0, -1.0, math.inf, math.nan])
def test_a_duration_that_is_not_a_positive_time_is_refused(duration) -> None:
    with pytest.raises(ValueError, match="duration"):
        TrainingMotion(TrainingLab(), duration=duration)


@pytest.mark.parametrize(("duration", "fps", "frames"), [(0.2, 10, 2), (0.1, 30, 3), (2.0, 2, 4)])
def test_the_frame_count_is_the_duration_times_the_frame_rate(duration, fps, frames) -> None:
    assert TrainingMotion(TrainingLab(), duration=duration).frame_count(fps) == frames


@pytest.mark.parametrize(
    ("speed", "words"), [("slow", "5 epochs a second"), ("playground", "60 epochs a second")]
)
def test_the_label_tells_the_recorded_rate(speed, words) -> None:
    lab = TrainingLab()
    lab.set_value("speed", speed)
    assert words in TrainingMotion(lab, duration=1.0).label
