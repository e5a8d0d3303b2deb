"""Ready-made neuron situations: the dying ReLU, and how leaky ReLU and BCE escape it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from actviz.core.i18n import QT_TRANSLATE_NOOP, translate_marked
from actviz.core.neuron import LossKind


@dataclass(frozen=True)
class Preset:
    """A ready-made situation: the activation to select and the neuron's numbers."""

    label: str
    tooltip: str
    key: str
    params: dict[str, Any]
    x: tuple[float, ...]
    w: tuple[float, ...]
    b: float
    target: float
    loss_kind: LossKind
    lr: float

    def label_text(self) -> str:
        """The button's text in the learner's language (``label`` keeps the English)."""
        return translate_marked("NeuronPreset", self.label)

    def tooltip_text(self) -> str:
        """What the preset shows, in the learner's language."""
        return translate_marked("NeuronPreset", self.tooltip)


PRESETS: dict[str, Preset] = {
    "dying_relu": Preset(
        QT_TRANSLATE_NOOP("NeuronPreset", "Dying ReLU"),
        QT_TRANSLATE_NOOP(
            "NeuronPreset", "ReLU with z = −2 < 0: press Play and watch nothing move (f′(z) = 0)."
        ),
        "relu",
        {},
        (1.0, 1.0),
        (-1.0, -0.5),
        -0.5,
        1.0,
        "squared",
        0.1,
    ),
    "leaky_relu": Preset(
        QT_TRANSLATE_NOOP("NeuronPreset", "Leaky ReLU recovers"),
        QT_TRANSLATE_NOOP(
            "NeuronPreset",
            "The same start with leaky ReLU (slope 0.1 for z < 0): press Play and watch it learn.",
        ),
        "leaky_relu",
        {"negative_slope": 0.1},
        (1.0, 1.0),
        (-1.0, -0.5),
        -0.5,
        1.0,
        "squared",
        0.1,
    ),
    "saturated_sigmoid": Preset(
        QT_TRANSLATE_NOOP("NeuronPreset", "Saturated sigmoid"),
        QT_TRANSLATE_NOOP(
            "NeuronPreset",
            "Sigmoid with z = 9: f′(z) ≈ 0.0001, so squared error learns very slowly. Try BCE.",
        ),
        "sigmoid",
        {},
        (2.0, 1.0),
        (3.0, 2.0),
        1.0,
        0.0,
        "squared",
        0.5,
    ),
}
