"""The training lab's status lines ("diverged", "no training points", ...) as records.

A status line is kept as its English template (marked for the catalogue) and its values, not as
finished text, so that it can be shown again in another language after a switch: :meth:`LabMessage.
english` is the record (what ``TrainingLab.message`` returns and tests read), :meth:`LabMessage.
text` the line in the installed language, numbers in its form.
"""

from __future__ import annotations

from dataclasses import dataclass

from actviz.core.i18n import QT_TRANSLATE_NOOP, format_number, translate_marked

NO_TRAINING_POINTS = QT_TRANSLATE_NOOP(
    "TrainingLab", "There are no training points: click on the map to add some."
)
CANNOT_GO_ON = QT_TRANSLATE_NOOP(
    "TrainingLab", "The network diverged: press Reset (or lower the learning rate)."
)
POINTS_CLEARED = QT_TRANSLATE_NOOP(
    "TrainingLab", "Your drawn points were cleared: the new data set is another kind of problem."
)
DIVERGED = QT_TRANSLATE_NOOP(
    "TrainingLab",
    "The network diverged in epoch {epoch} (learning rate {rate}): its weights or loss would "
    "no longer be finite numbers, so it stopped there.",
)
COMPARED_DIVERGED = QT_TRANSLATE_NOOP(
    "TrainingLab",
    "The compared network diverged in epoch {epoch} (learning rate {rate}): its weights or "
    "loss would no longer be finite numbers, so it stopped there.",
)


@dataclass(frozen=True)
class LabMessage:
    """One status line: a template marked in context ``TrainingLab`` and its named numbers."""

    template: str
    values: tuple[tuple[str, int | float], ...] = ()

    def english(self) -> str:
        """The line as recorded, in English with C-form numbers."""
        return self.template.format(**{k: _c_form(v) for k, v in self.values})

    def text(self) -> str:
        """The line in the installed language, numbers in its form."""
        values = {k: v if isinstance(v, int) else format_number(v, "g") for k, v in self.values}
        return translate_marked("TrainingLab", self.template).format(**values)


def _c_form(value: int | float) -> str:
    return str(value) if isinstance(value, int) else format(value, "g")
