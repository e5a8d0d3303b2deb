"""A short name for the training lab's network, or for the compared one, saying what differs
between them (the maps' titles and the loss legend), in the installed language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from actviz import core
from actviz.core.i18n import format_number
from actviz.core.training.network_setup import init_label_text
from actviz.model.training.lab import TrainingLab


def network_name(lab: TrainingLab, *, compare: bool) -> str:
    """The activation's name ("ReLU"), "initial weights: He uniform", "learning rate 0.3" or
    "no hidden layer"."""
    kind = lab.compare_kind
    spec = lab.spec(compare)
    if kind == "init":
        init = _short(init_label_text(spec.init))
        return QCoreApplication.translate("QtTrainingPanel", "initial weights: {init}").format(
            init=init
        )
    if kind == "learning_rate":
        return QCoreApplication.translate("QtTrainingPanel", "learning rate {rate}").format(
            rate=format_number(spec.learning_rate, "g")
        )
    names = dict.fromkeys(core.get(key).name_text() for key in spec.keys)
    return " / ".join(names) or QCoreApplication.translate("QtTrainingPanel", "no hidden layer")


def _short(label: str) -> str:
    """An initialisation's name without its formula: "He uniform (±√(6/fan_in), biases 0)" ->
    "He uniform"."""
    return label.split(" (")[0].strip()
