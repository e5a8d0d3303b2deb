"""Every model setter emits its event once, carrying the new value; an unchanged value emits
nothing; a refused value names the setting and changes nothing.

The views draw from the event payloads, so a payload must equal what the model now reports.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pytest

from actviz.model.activation_choice import ActivationChoice
from actviz.model.deepnet.lab import DeepNetLab
from actviz.model.deepnet.space_bender import SpaceBender
from actviz.model.neuron.lab import NeuronModel
from actviz.model.session import Session
from actviz.model.softmax.lab import SoftmaxLabModel

Model = Any
Change = Callable[[Model], object]

FACTORIES: dict[str, Callable[[], Model]] = {
    "softmax": SoftmaxLabModel,
    "neuron": lambda: NeuronModel(ActivationChoice("sigmoid")),
    "deepnet": DeepNetLab,
    "bending": SpaceBender,
    "explorer": Session,
    "activation": ActivationChoice,
}

#: (model, a change, the event it must emit)
CHANGES: list[tuple[str, str, Change, str]] = [
    ("softmax", "set_score", lambda m: m.set_score(1, 3.5), "scores"),
    ("softmax", "set_scores", lambda m: m.set_scores([1.0, -2.0, 0.5]), "scores"),
    ("softmax", "set_label", lambda m: m.set_label(0, "lion"), "labels"),
    ("softmax", "set_shift", lambda m: m.set_shift(7.0), "shift"),
    ("softmax", "set_temperature", lambda m: m.set_temperature(2.5), "temperature"),
    ("softmax", "set_mode", lambda m: m.set_mode("softmin"), "mode"),
    ("softmax", "set_naive", lambda m: m.set_naive(True), "naive"),
    ("softmax", "set_focus", lambda m: m.set_focus(2), "focus"),
    ("softmax", "add_class", lambda m: m.add_class(), "classes"),
    ("softmax", "remove_class", lambda m: m.remove_class(0), "classes"),
    ("neuron", "set_n_inputs", lambda m: m.set_n_inputs(3), "n_inputs"),
    ("neuron", "set_x", lambda m: m.set_x(1, 2.25), "x"),
    ("neuron", "set_w", lambda m: m.set_w(0, -1.5), "w"),
    ("neuron", "set_b", lambda m: m.set_b(0.75), "b"),
    ("neuron", "set_mode", lambda m: m.set_mode("target"), "mode"),
    ("neuron", "set_upstream", lambda m: m.set_upstream(-2.0), "upstream"),
    ("neuron", "set_target", lambda m: m.set_target(0.5), "target"),
    ("neuron", "set_loss_kind", lambda m: m.set_loss_kind("bce"), "loss_kind"),
    ("neuron", "set_lr", lambda m: m.set_lr(0.5), "lr"),
    ("neuron", "step", lambda m: m.step(), "history"),
    ("deepnet", "set_depth", lambda m: m.set_depth(7), "depth"),
    ("deepnet", "set_width", lambda m: m.set_width(64), "width"),
    ("deepnet", "set_batch", lambda m: m.set_batch(32), "batch"),
    ("deepnet", "set_seed", lambda m: m.set_seed(5), "seed"),
    ("deepnet", "set_init", lambda m: m.set_init("xavier_normal"), "init"),
    ("deepnet", "set_sigma", lambda m: m.set_sigma(0.5), "sigma"),
    ("deepnet", "set_compare_enabled", lambda m: m.set_compare_enabled(True), "compare_enabled"),
    ("bending", "set_layers", lambda m: m.set_layers(5), "layers"),
    ("bending", "set_dataset", lambda m: m.set_dataset("xor"), "dataset"),
    ("bending", "set_seed", lambda m: m.set_seed(9), "seed"),
    ("bending", "set_weight", lambda m: m.set_weight(0, 0, 1, 1.25), "weights"),
    ("bending", "set_bias", lambda m: m.set_bias(1, 1, -0.5), "weights"),
    ("explorer", "set_show_derivative", lambda m: m.set_show_derivative(False), "show_derivative"),
    ("explorer", "set_view_range", lambda m: m.set_view_range((-1, 2, -3, 4)), "view_range"),
    ("explorer", "pin_current", lambda m: m.pin_current(), "overlays"),
    ("activation", "set_activation", lambda m: m.set_activation("elu"), "activation"),
    ("activation", "set_param", lambda m: m.set_param("negative_slope", 0.3), "params"),
]


#: Events whose payload is another property than the one of their name.
PAYLOAD_SOURCE = {("activation", "activation"): "key"}


class Recorder:
    def __init__(self, model: Model) -> None:
        self.seen: list[tuple[str, tuple]] = []
        for name in model.events:
            getattr(model.events, name).connect(self._record(name))

    def _record(self, name: str) -> Callable[..., None]:
        def record(*args: object) -> None:
            self.seen.append((name, args))

        return record

    def names(self) -> list[str]:
        return [name for name, _ in self.seen]


def _prepared(section: str) -> Model:
    model = FACTORIES[section]()
    if section == "activation":
        model.set_activation("leaky_relu")
    return model


@pytest.mark.parametrize(("section", "setter", "change", "event"), CHANGES)
def test_a_change_emits_its_event_once_with_the_new_value(section, setter, change, event) -> None:
    model = _prepared(section)
    recorder = Recorder(model)
    change(model)
    assert recorder.names().count(event) == 1, recorder.seen
    for name, args in recorder.seen:
        current = getattr(model, PAYLOAD_SOURCE.get((section, name), name), None)
        if args and current is not None and not callable(current):
            assert args == (current,), f"{name} carried {args}, the model has {current!r}"


ACTIONS = ("add_class", "remove_class", "pin_current", "step")  # each call changes the state


@pytest.mark.parametrize(
    ("section", "setter", "change", "event"), [c for c in CHANGES if c[1] not in ACTIONS]
)
def test_the_same_change_twice_emits_nothing_the_second_time(section, setter, change, event):
    model = _prepared(section)
    change(model)
    recorder = Recorder(model)
    change(model)
    assert recorder.seen == []


#: (model, setter, a refused value, words the message must hold)
REFUSALS: list[tuple[str, Change, str]] = [
    ("softmax", lambda m: m.set_score(0, math.nan), "cat's score"),
    ("softmax", lambda m: m.set_score(1, 99.0), "dog's score"),
    ("softmax", lambda m: m.set_scores([1.0, "x", 2.0]), "dog's score"),
    ("softmax", lambda m: m.set_scores([1.0, 2.0]), "3"),
    ("softmax", lambda m: m.set_label(0, "  "), "needs a name"),
    ("softmax", lambda m: m.set_shift(math.inf), "shift"),
    ("softmax", lambda m: m.set_temperature(0.0), "temperature"),
    ("softmax", lambda m: m.set_mode("hardmax"), "hardmax"),
    ("softmax", lambda m: m.set_focus(3), "3"),
    ("neuron", lambda m: m.set_n_inputs(2.5), "number of inputs"),
    ("neuron", lambda m: m.set_n_inputs(0), "inputs"),
    ("neuron", lambda m: m.set_x(0, "abc"), "x1"),
    ("neuron", lambda m: m.set_w(1, math.nan), "w2"),
    ("neuron", lambda m: m.set_w(4, 1.0), "index"),
    ("neuron", lambda m: m.set_b(11.0), "b"),
    ("neuron", lambda m: m.set_upstream(6.0), "dL/da"),
    ("neuron", lambda m: m.set_target(math.inf), "target"),
    ("neuron", lambda m: m.set_loss_kind("hinge"), "hinge"),
    ("neuron", lambda m: m.set_lr(3.0), "learning rate"),
    ("deepnet", lambda m: m.set_depth(0), "depth"),
    ("deepnet", lambda m: m.set_width(4), "width"),
    ("deepnet", lambda m: m.set_batch(1), "batch"),
    ("deepnet", lambda m: m.set_seed(-1), "seed"),
    ("deepnet", lambda m: m.set_init("orthogonal"), "orthogonal"),
    ("deepnet", lambda m: m.set_sigma(-1.0), "sigma"),
    ("bending", lambda m: m.set_layers(7), "layers"),
    ("bending", lambda m: m.set_dataset("spirals"), "spirals"),
    ("bending", lambda m: m.set_weight(0, 0, 0, 4.0), "W1[1,1]"),
    ("bending", lambda m: m.set_bias(0, 0, "x"), "b1[1]"),
    ("explorer", lambda m: m.set_view_range((1, 0, 0, 1)), "x range"),
    ("explorer", lambda m: m.remove_overlay(0), "0"),
    ("activation", lambda m: m.set_activation("nope"), "nope"),
    ("activation", lambda m: m.set_param("negative_slope", 2.0), "negative_slope"),
]


@pytest.mark.parametrize(("section", "change", "words"), REFUSALS)
def test_a_refused_value_names_the_setting_and_changes_nothing(section, change, words) -> None:
    model = _prepared(section)
    before = model.to_state()
    recorder = Recorder(model)
    with pytest.raises((ValueError, KeyError, IndexError)) as info:
        change(model)
    assert words.lower() in str(info.value).lower()
    assert model.to_state() == before and recorder.seen == []


def test_resets_go_back_to_the_declared_defaults() -> None:
    choice = ActivationChoice("hardtanh", {"min_val": -3.0, "max_val": 4.0})
    choice.reset_param("max_val")
    assert choice.params == {"min_val": -3.0, "max_val": 1.0}
    choice.set_param("max_val", 2.0)
    choice.reset_params()
    assert choice.params == {"min_val": -1.0, "max_val": 1.0}
    session = Session()
    view = session.view_range
    session.set_view_range((-1.0, 1.0, -1.0, 1.0))
    session.reset_view()
    assert session.view_range == view


def test_the_space_benders_getters_read_what_the_setters_wrote() -> None:
    bender = SpaceBender()
    bender.set_weight(2, 1, 0, -2.5)
    bender.set_bias(2, 1, 0.75)
    assert bender.weight(2, 1, 0) == -2.5 and bender.bias(2, 1) == 0.75
    weights, biases = bender.active_layers()
    assert weights[2][1, 0] == -2.5 and biases[2][1] == 0.75
