"""Loading the learner's points from a CSV file into the training lab, and what the status line
says about it (in the installed language, made again after a switch)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from actviz.model.training.lab import TrainingLab

MAX_CSV_BYTES = 1_000_000


class CsvMessage:
    """What loading a file said: loaded (``count`` points, values or classes), refused
    (``reason``, a sentence in the language it was made in) or not text at all (``reason`` None).
    Calling it makes the sentence in the installed language."""

    def __init__(
        self, name: str, reason: str | None = "", *, count: int = 0, values: bool = False
    ) -> None:
        self.name, self.reason, self.count, self.values = name, reason, count, values

    @property
    def loaded(self) -> bool:
        return self.reason == ""

    def __call__(self) -> str:
        name = self.name
        if self.reason is None:
            return QCoreApplication.translate(
                "QtTrainingPanel", "Could not load {name}: it is not a text file (not UTF-8)."
            ).format(name=name)
        if self.reason:
            return QCoreApplication.translate(
                "QtTrainingPanel", "Could not load {name}: {reason}."
            ).format(name=name, reason=self.reason)
        if self.values:
            loaded = QCoreApplication.translate(
                "QtTrainingPanel", "Loaded {count} points (values) from {name}."
            )
        else:
            loaded = QCoreApplication.translate(
                "QtTrainingPanel", "Loaded {count} points (classes) from {name}."
            )
        return loaded.format(count=self.count, name=name)


def load_points_file(lab: TrainingLab, path: str | Path) -> CsvMessage:
    """Load ``path`` into ``lab``; a refused file changes nothing. Never raises."""
    name = Path(path).name
    try:
        if Path(path).stat().st_size > MAX_CSV_BYTES:
            message = QCoreApplication.translate("QtTrainingPanel", "it is larger than {size} MB")
            raise ValueError(message.format(size=MAX_CSV_BYTES // 1_000_000))
        text = Path(path).read_bytes().decode("utf-8-sig")
        count = lab.load_points_csv(text)
    except UnicodeDecodeError:
        return CsvMessage(name, None)
    except (OSError, ValueError) as error:
        return CsvMessage(name, str(error))
    return CsvMessage(name, count=count, values=lab.regression)
