"""The record dialog's "while training runs": the training lab's run as a recording motion."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from actviz.model.publish.animation import Motion
    from actviz.model.training.lab import TrainingLab
    from actviz.views.publish.recording import RecordingMotion

TRAINING_LAB = "trainingPanel"  # the training lab's name in actviz.app.LABS


class _TrainingMaker:
    """Makes the recording motion of a training run with the dialog's duration (a run has no
    range nor mode: it goes on)."""

    def __init__(self, lab: TrainingLab) -> None:
        self.lab = lab
        self.playing = lab.running  # the dialog offers what plays now first

    def __call__(self, *, low: float, high: float, mode: str, duration: float) -> Motion:
        from actviz.model.training.recording import TrainingMotion

        return TrainingMotion(self.lab, duration=duration)


def training_motions(window: QMainWindow) -> list[RecordingMotion]:
    """The window's training run, for :meth:`PublishActions.add_motion_provider`."""
    from PySide6.QtCore import QCoreApplication

    from actviz.core.i18n import format_number
    from actviz.model.training.recording import epochs_per_second
    from actviz.views.publish.recording import RecordingMotion

    lab = window.lab(TRAINING_LAB).model  # type: ignore[attr-defined]
    rate = epochs_per_second(lab.speed)
    return [
        RecordingMotion(
            label=QCoreApplication.translate(
                "TrainingMotions", "Training: the run goes on ({rate} epochs a second)"
            ).format(rate=format_number(rate, "g")),
            make=_TrainingMaker(lab),
            value_range=None,
        )
    ]
