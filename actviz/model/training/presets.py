"""Lessons of the training lab, each one click away, with one sentence saying what to notice.

A preset starts from the lab's defaults (Playground's) and changes only what its lesson needs.
Titles and sentences are English records (lesson files keep the sentence as written) marked for
the catalogue; :meth:`TrainingPreset.title_text` and :func:`notice_text` show them in the
installed language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from actviz.core.i18n import QT_TRANSLATE_NOOP, translate, translate_marked


@dataclass(frozen=True)
class TrainingPreset:
    """Settings for :meth:`TrainingLab.apply_preset` and the sentence shown when it is applied."""

    name: str
    title: str
    notice: str
    activation: str = "tanh"
    settings: dict[str, Any] = field(default_factory=dict)
    params: dict[str, Any] = field(default_factory=dict)
    compare_activation: str | None = None
    layer_activations: tuple[str, ...] = ()

    def title_text(self) -> str:
        """The title in the installed language."""
        return translate_marked("TrainingPreset", self.title)

    def notice_text(self) -> str:
        """The sentence in the installed language."""
        return translate_marked("TrainingPreset", self.notice)


PRESETS: tuple[TrainingPreset, ...] = (
    TrainingPreset(
        name="linear_circle",
        title=QT_TRANSLATE_NOOP("TrainingPreset", "Linear cannot do circles"),
        notice=QT_TRANSLATE_NOOP(
            "TrainingPreset",
            "Notice: however many layers you stack, a linear network draws one straight "
            "boundary through the circle, because linear layers collapse into one; the loss "
            "stays near chance."
        ),
        activation="identity",
        # Cross-entropy never stalls on a saturated output, so the lesson holds for every seed.
        settings={"hidden": (4, 4, 4), "output": "sigmoid"},
    ),
    TrainingPreset(
        name="squares_circle",
        title=QT_TRANSLATE_NOOP("TrainingPreset", "x₁², x₂² features do it"),
        notice=QT_TRANSLATE_NOOP(
            "TrainingPreset",
            "Notice: with x₁² and x₂² as inputs, a network with no hidden layer separates the "
            "circle: the features did the bending that linear layers cannot."
        ),
        activation="identity",
        settings={"features": ("x1^2", "x2^2"), "hidden": (), "output": "sigmoid"},
    ),
    TrainingPreset(
        name="relu_vs_tanh",
        title=QT_TRANSLATE_NOOP("TrainingPreset", "ReLU vs tanh on the circle"),
        notice=QT_TRANSLATE_NOOP(
            "TrainingPreset",
            "Notice: ReLU's boundary is made of straight pieces, a polygon, while tanh's (the "
            "second map) is smooth; both enclose the circle."
        ),
        activation="relu",
        compare_activation="tanh",
        settings={"compare_kind": "activation"},
    ),
    TrainingPreset(
        name="sigmoid_vs_tanh",
        title=QT_TRANSLATE_NOOP("TrainingPreset", "Sigmoid vs tanh on the circle"),
        notice=QT_TRANSLATE_NOOP(
            "TrainingPreset",
            "Notice: sigmoid's loss falls far more slowly than tanh's (dashed): its slope is at "
            "most 1/4 and its outputs are all positive, so its gradients are small."
        ),
        activation="sigmoid",
        compare_activation="tanh",
        settings={"compare_kind": "activation"},
    ),
    TrainingPreset(
        name="spiral_small",
        title=QT_TRANSLATE_NOOP("TrainingPreset", "Spiral: too small a network"),
        notice=QT_TRANSLATE_NOOP(
            "TrainingPreset",
            "Notice: a network of 4 and 2 tanh units cannot wind around the spiral: after "
            "hundreds of epochs the test loss is still high."
        ),
        settings={"dataset": "spiral"},
    ),
    TrainingPreset(
        name="spiral_deep",
        title=QT_TRANSLATE_NOOP("TrainingPreset", "Spiral: depth helps"),
        notice=QT_TRANSLATE_NOOP(
            "TrainingPreset",
            "Notice: with four layers of eight units the boundary learns to follow the arms of "
            "the spiral, which the small network never does; give it several hundred epochs."
        ),
        settings={"dataset": "spiral", "hidden": (8, 8, 8, 8)},
    ),
    TrainingPreset(
        name="spiral_sin",
        title=QT_TRANSLATE_NOOP("TrainingPreset", "Spiral: sin features help"),
        notice=QT_TRANSLATE_NOOP(
            "TrainingPreset",
            "Notice: given sin(x₁) and sin(x₂) as inputs, a small network follows the spiral "
            "much sooner than from x₁ and x₂ alone: the features already wave."
        ),
        settings={
            "dataset": "spiral",
            "features": ("x1", "x2", "sin(x1)", "sin(x2)"),
            "hidden": (8, 8),
        },
    ),
    TrainingPreset(
        name="lr_diverges",
        title=QT_TRANSLATE_NOOP("TrainingPreset", "Too large a learning rate"),
        notice=QT_TRANSLATE_NOOP(
            "TrainingPreset",
            "Notice: with learning rate 3 each step overshoots, so the loss jumps about or "
            "climbs, while the same network with 0.03 (dashed) settles smoothly."
        ),
        settings={
            "learning_rate": 3.0,
            "compare_kind": "learning_rate",
            "compare_learning_rate": 0.03,
        },
    ),
    TrainingPreset(
        name="relu_dies",
        title=QT_TRANSLATE_NOOP("TrainingPreset", "Dying ReLU units"),
        notice=QT_TRANSLATE_NOOP(
            "TrainingPreset",
            "Notice: under learning rate 3, big steps push several ReLU units below zero for "
            "every point: the diagram marks them dead, their maps go flat, and no gradient ever "
            "reaches them again."
        ),
        activation="relu",
        settings={"hidden": (8, 8), "learning_rate": 3.0},
    ),
    TrainingPreset(
        name="l1_sparse",
        title=QT_TRANSLATE_NOOP("TrainingPreset", "L1 makes weights exactly zero"),
        notice=QT_TRANSLATE_NOOP(
            "TrainingPreset",
            "Notice: L1 regularisation sets the weights the network does not need to exactly "
            "zero (their links vanish from the diagram), keeping mainly x₁² and x₂²."
        ),
        settings={
            "features": ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"),
            "hidden": (4,),
            "regularization": "l1",
            "reg_rate": 0.01,
        },
    ),
    TrainingPreset(
        name="zeros_symmetry",
        title=QT_TRANSLATE_NOOP("TrainingPreset", "All-zero weights: symmetry"),
        notice=QT_TRANSLATE_NOOP(
            "TrainingPreset",
            "Notice: from all-zero weights every unit of a layer computes the same thing and "
            "gets the same gradient, so the units stay identical and nothing is learned; the "
            "compared network starts from random weights and learns."
        ),
        settings={"init": "zeros", "compare_kind": "init", "compare_init": "playground"},
    ),
)


def notice_text(notice: str) -> str:
    """A lab's "what to notice" sentence as shown: a lesson's own in the installed language; a
    sentence of a teacher's (from a lesson file) as written."""
    if any(item.notice == notice for item in PRESETS):
        return translate_marked("TrainingPreset", notice)
    return notice


def preset(name: str) -> TrainingPreset:
    """The preset called ``name``; ``ValueError`` listing the known names otherwise."""
    for item in PRESETS:
        if item.name == name:
            return item
    message = translate("TrainingPreset", "unknown preset {name}; known: {known}")
    raise ValueError(message.format(name=repr(name), known=", ".join(p.name for p in PRESETS)))
