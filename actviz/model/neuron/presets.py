"""Ready-made neuron situations: the dying ReLU, and how leaky ReLU and BCE escape it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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


PRESETS: dict[str, Preset] = {
    "dying_relu": Preset(
        "Dying ReLU",
        "ReLU with z = −2 < 0: press Play and watch nothing move (f′(z) = 0).",
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
        "Leaky ReLU recovers",
        "The same start with leaky ReLU (slope 0.1 for z < 0): press Play and watch it learn.",
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
        "Saturated sigmoid",
        "Sigmoid with z = 9: f′(z) ≈ 0.0001, so squared error learns very slowly. Try BCE.",
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
