"""What an animation plays: one float parameter of a model, with its range and how to read and
write it (through the model's own validated setter)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from actviz.core.i18n import QT_TRANSLATE_NOOP, translate_marked
from actviz.model.activation_choice import ActivationChoice
from actviz.model.softmax.lab import TEMPERATURE_MAX, TEMPERATURE_MIN, SoftmaxLabModel


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
    #: Where ``label`` is marked for the catalogue: an activation's parameter labels are the
    #: core's ("Param"); a lab's own number marks its label here ("Animation").
    label_context: str = "Param"

    def label_text(self) -> str:
        """``label`` in the learner's language (``label`` keeps the English)."""
        if self.label_context == "Animation":
            return translate_marked("Animation", self.label)
        return translate_marked("Param", self.label)

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
        QT_TRANSLATE_NOOP("Animation", "Temperature T"),
        TEMPERATURE_MIN,
        TEMPERATURE_MAX,
        True,
        read,
        lab.set_temperature,
        lab,
        label_context="Animation",
    )
