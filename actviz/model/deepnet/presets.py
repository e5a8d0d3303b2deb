"""The classic demonstrations of the deep-network lab, each one click away with what to notice."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from actviz.core.i18n import QT_TRANSLATE_NOOP, translate_marked


@dataclass(frozen=True)
class Preset:
    """Settings for :meth:`DeepNetLab.apply_preset` and the sentence shown when it is applied."""

    name: str
    title: str
    notice: str
    activation: str
    init: str
    depth: int
    width: int
    sigma: float = 0.01
    compare: str | None = None
    params: dict[str, Any] = field(default_factory=dict)

    def title_text(self) -> str:
        """The button's text in the learner's language (``title`` keeps the English)."""
        return translate_marked("DeepNetPreset", self.title)

    def notice_text(self) -> str:
        """What to notice, in the learner's language."""
        return translate_marked("DeepNetPreset", self.notice)


PRESETS: tuple[Preset, ...] = (
    Preset(
        name="relu_he",
        title=QT_TRANSLATE_NOOP("DeepNetPreset", "ReLU + He"),
        notice=QT_TRANSLATE_NOOP(
            "DeepNetPreset",
            "Notice: the activation std stays level through all 50 layers. He's weight "
            "variance 2/fan_in makes up for ReLU zeroing half of each layer's input "
            "(He et al. 2015).",
        ),
        activation="relu",
        init="he_normal",
        depth=50,
        width=512,
    ),
    Preset(
        name="relu_xavier",
        title=QT_TRANSLATE_NOOP("DeepNetPreset", "ReLU + Xavier"),
        notice=QT_TRANSLATE_NOOP(
            "DeepNetPreset",
            "Notice: with Xavier weights ReLU halves the second moment at every layer, so by "
            "layer 50 the signal is about 10⁻⁷ of its start and the gradients shrink with it.",
        ),
        activation="relu",
        init="xavier_normal",
        depth=50,
        width=512,
    ),
    Preset(
        name="tanh_tiny",
        title=QT_TRANSLATE_NOOP("DeepNetPreset", "tanh, weights std 0.01"),
        notice=QT_TRANSLATE_NOOP(
            "DeepNetPreset",
            "Notice: the activations collapse towards 0 within 10 layers (each layer scales the "
            "std by 0.01·√500 ≈ 0.22) and the histograms become spikes at 0 (CS231n).",
        ),
        activation="tanh",
        init="normal",
        sigma=0.01,
        depth=10,
        width=500,
    ),
    Preset(
        name="tanh_unit",
        title=QT_TRANSLATE_NOOP("DeepNetPreset", "tanh, weights std 1"),
        notice=QT_TRANSLATE_NOOP(
            "DeepNetPreset",
            "Notice: about 90 % of the units are saturated: the histograms pile up at −1 and +1, "
            "where f′ ≈ 0. The weights are far too large, so what gradient does pass grows "
            "towards the first layer instead: unstable either way (CS231n).",
        ),
        activation="tanh",
        init="normal",
        sigma=1.0,
        depth=10,
        width=500,
    ),
    Preset(
        name="selu_lecun",
        title=QT_TRANSLATE_NOOP("DeepNetPreset", "SELU + LeCun"),
        notice=QT_TRANSLATE_NOOP(
            "DeepNetPreset",
            "Notice: SELU with LeCun-normal weights keeps every layer near mean 0 and std 1 with "
            "no normalisation layers: it is self-normalising (Klambauer et al. 2017).",
        ),
        activation="selu",
        init="lecun_normal",
        depth=50,
        width=512,
    ),
    Preset(
        name="sigmoid_vanishing",
        title=QT_TRANSLATE_NOOP("DeepNetPreset", "Sigmoid: vanishing gradients"),
        notice=QT_TRANSLATE_NOOP(
            "DeepNetPreset",
            "Notice: on the log-scale gradient plot, sigmoid's gradient falls by orders of "
            "magnitude from the last layer to the first (σ′ ≤ 1/4 at every layer); tanh, drawn "
            "for comparison with the same weights, loses far less.",
        ),
        activation="sigmoid",
        init="xavier_normal",
        depth=20,
        width=256,
        compare="tanh",
    ),
    Preset(
        name="relu_dying",
        title=QT_TRANSLATE_NOOP("DeepNetPreset", "Narrow deep ReLU: dying units"),
        notice=QT_TRANSLATE_NOOP(
            "DeepNetPreset",
            "Notice: in a deep stack only 8 units wide, ReLU units die: the dead fraction climbs "
            "to half or more of a layer (z < 0 for every sample, so no gradient passes; Lu et al. "
            "2019). Leaky ReLU, drawn for comparison, keeps every unit alive.",
        ),
        activation="relu",
        init="he_normal",
        depth=50,
        width=8,
        compare="leaky_relu",
    ),
)


def preset(name: str) -> Preset:
    """The preset called ``name``; ``ValueError`` listing the known names otherwise."""
    for item in PRESETS:
        if item.name == name:
            return item
    raise ValueError(f"unknown preset {name!r}; known: {', '.join(p.name for p in PRESETS)}")
