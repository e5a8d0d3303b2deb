"""NeuronModel at its edges: messages that name the field and tell the true range, the BCE
switch on a change of activation, presets applied from any state, reset after reset, and the
target-mode pass with the activation's own parameters (against closed forms written here).
"""

from __future__ import annotations

import dataclasses
import math
import re

import pytest

from actviz.model.activation_choice import ActivationChoice
from actviz.model.neuron import lab
from actviz.model.neuron.lab import DEFAULT_X, MAX_INPUTS, MODES, PRESETS, NeuronModel


def _heard(signal) -> list:  # type: ignore[no-untyped-def]
    seen: list = []
    signal.connect(seen.append)
    return seen


def test_the_index_range_in_the_message_is_the_true_one() -> None:
    model = NeuronModel(ActivationChoice("relu"))
    with pytest.raises(ValueError) as caught:
        model.set_x(MAX_INPUTS + 3, 0.5)
    lo, hi = map(int, re.search(r"from (-?\d+) to (-?\d+)", str(caught.value)).groups())  # type: ignore[union-attr]
    model.set_x(lo, 0.25)
    model.set_w(hi, 0.25)  # both ends of the stated range are accepted...
    for outside in (lo - 1, hi + 1):  # ...and one step beyond either is refused
        with pytest.raises(ValueError):
            model.set_x(outside, 0.5)


@pytest.mark.parametrize(
    ("setter", "bad", "field"),
    [
        ("set_b", 11.0, r"\bb\b"),
        ("set_upstream", 9.0, r"(?<!\w)dL/da(?!\w)"),
        ("set_mode", "loss", "upstream, target"),
    ],
)
def test_a_refusal_names_the_field_as_the_panel_shows_it(
    setter: str, bad: object, field: str
) -> None:
    model = NeuronModel(ActivationChoice("relu"))
    with pytest.raises(ValueError) as caught:
        getattr(model, setter)(bad)
    assert re.search(field, str(caught.value))


def test_the_mode_message_lists_every_mode() -> None:
    with pytest.raises(ValueError) as caught:
        NeuronModel(ActivationChoice("relu")).set_mode("loss")
    assert ", ".join(MODES) in str(caught.value)


@pytest.mark.parametrize("count", [True, None, "2", 2.5])
def test_an_input_count_that_is_not_a_whole_number_is_refused(count: object) -> None:
    model = NeuronModel(ActivationChoice("relu"))
    with pytest.raises(ValueError, match="whole number"):
        model.set_n_inputs(count)
    assert model.n_inputs == 2


def test_bce_stays_when_the_new_activation_is_also_bounded_in_0_1() -> None:
    choice = ActivationChoice("sigmoid")
    model = NeuronModel(choice)
    model.set_loss_kind("bce")
    choice.set_activation("hardsigmoid")
    assert model.loss_kind == "bce"


def test_squared_error_is_not_announced_again_on_a_change_of_activation() -> None:
    choice = ActivationChoice("sigmoid")
    model = NeuronModel(choice)
    heard = _heard(model.events.loss_kind)
    choice.set_activation("relu")
    assert model.loss_kind == "squared" and heard == []


def test_a_squared_preset_with_a_wide_target_applies_from_a_bce_state(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wide = dataclasses.replace(PRESETS["dying_relu"], target=3.0)
    monkeypatch.setitem(lab.PRESETS, "wide", wide)
    model = NeuronModel(ActivationChoice("sigmoid"))
    model.set_mode("target")
    model.set_loss_kind("bce")
    model.apply_preset("wide")
    assert (model.loss_kind, model.target) == ("squared", 3.0)


def test_a_bce_preset_announces_its_target_once(monkeypatch: pytest.MonkeyPatch) -> None:
    bce = dataclasses.replace(PRESETS["saturated_sigmoid"], target=0.8, loss_kind="bce")
    monkeypatch.setitem(lab.PRESETS, "bce", bce)
    model = NeuronModel(ActivationChoice("sigmoid"))
    model.set_target(3.0)
    heard = _heard(model.events.target)
    model.apply_preset("bce")
    assert (model.loss_kind, model.target) == ("bce", 0.8)
    assert heard == [0.8]


def test_reset_works_again_after_a_reset_and_announces_what_it_restores() -> None:
    model = NeuronModel(ActivationChoice("relu"))
    model.set_mode("target")
    model.step()
    model.reset()
    start = (model.w, model.b)
    w_heard, history_heard = _heard(model.events.w), _heard(model.events.history)
    model.step()
    model.step()
    assert model.w != start[0]
    model.reset()
    assert (model.w, model.b) == start
    assert w_heard[-1] == start[0]
    assert history_heard[-1] == ()


def test_the_target_pass_uses_the_activations_parameters() -> None:
    """Leaky ReLU with slope 0.3 at z < 0 gives a = 0.3 z (not the default slope's value)."""
    choice = ActivationChoice("leaky_relu", {"negative_slope": 0.3})
    model = NeuronModel(choice)
    model.set_mode("target")
    model.set_b(-4.0)
    z = sum(w * x for w, x in zip(model.w, model.x, strict=True)) - 4.0
    assert z < 0
    assert model.result().a == pytest.approx(0.3 * z, rel=1e-12)


def test_a_saved_vector_is_cleaned_element_by_element_with_notes() -> None:
    model = NeuronModel(ActivationChoice("relu"))
    state = model.to_state()
    state["x"] = [math.nan, 0.5, 0.5, 0.5]
    state["w"] = [0.5, 99.0, 0.5, 0.5]
    notes: list[str] = []
    cleaned = model.check_state(state, notes)
    assert cleaned["x"][0] == DEFAULT_X[0]  # NaN falls back to the declared default
    assert cleaned["w"][1] == 10.0  # the top of the weight sliders
    assert any("neuron.x" in n and "NaN" in n for n in notes)
    assert any("neuron.w" in n and "99" in n for n in notes)
