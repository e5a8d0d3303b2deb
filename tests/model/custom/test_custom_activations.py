"""The custom activations model: add, edit, duplicate, delete, and what follows in every model that
shows one; remembered (settings) and saved (lesson files) as text, parsed again on load."""

from __future__ import annotations

import json
import math
import warnings

import numpy as np
import pytest

from actviz import core
from actviz.core import ExpressionError, ParamRange
from actviz.core.deepnet import simulate
from actviz.model import session_file, snapshot
from actviz.model.activation_choice import ActivationChoice
from actviz.model.custom.activations import CustomActivations
from actviz.model.deepnet.lab import DeepNetLab
from actviz.model.neuron.lab import NeuronModel
from actviz.model.session import Session
from actviz.model.session_file import SessionFileError

SWISH = "x * sigmoid(beta * x)"


def recorder(signal: object) -> list[object]:
    seen: list[object] = []
    signal.connect(seen.append)  # type: ignore[attr-defined]
    return seen


def test_add_registers_under_a_custom_key_and_announces() -> None:
    customs = CustomActivations()
    entries = recorder(customs.events.entries)
    key = customs.add(SWISH, "My swish", {"beta": ParamRange(1.5, 0.0, 4.0)})
    assert key == "custom:my-swish"
    activation = core.get(key)
    assert activation.name == "My swish" and activation.family == "Custom"
    assert activation.param("beta").default == 1.5 and activation.param("beta").maximum == 4.0
    assert activation.forward(2.0) == pytest.approx(2.0 / (1.0 + math.exp(-3.0)))
    assert [e.key for e in entries[-1]] == [key]  # type: ignore[union-attr]
    assert customs.entry(key).text == SWISH


def test_names_are_checked_and_keys_never_collide() -> None:
    customs = CustomActivations()
    first = customs.add("x", "Line")
    with pytest.raises(ValueError, match="exists already"):
        customs.add("x^2", "  line ")
    for bad in ("", "   ", "x" * 41, "tab\there\x07"):
        with pytest.raises(ValueError):
            customs.add("x", bad)
    second = customs.add("x^2", "Line!")  # a different name with the same slug
    assert first == "custom:line" and second == "custom:line-2"
    assert customs.add("x^3", "Ω") == "custom:activation"


def test_a_refused_text_changes_nothing() -> None:
    customs = CustomActivations()
    key = customs.add(SWISH, "Swish")
    before = core.get(key)
    entries = recorder(customs.events.entries)
    with pytest.raises(ExpressionError):
        customs.add("__import__('os')", "Bad")
    with pytest.raises(ExpressionError):
        customs.edit(key, text="x +")
    assert core.get(key) is before and entries == [] and len(customs.entries) == 1


def test_editing_updates_every_choice_showing_it() -> None:
    customs = CustomActivations()
    key = customs.add("where(x > 0, x, a * x)", "Leaky", {"a": ParamRange(0.1, 0.0, 1.0)})
    explorer = Session(key, {"a": 0.5})
    neuron = NeuronModel(explorer.choice)
    lab = DeepNetLab()
    lab.compare.set_activation(key)
    explorer.pin_current()
    activations = recorder(explorer.choice.events.activation)
    params = recorder(explorer.choice.events.params)
    overlays = recorder(explorer.events.overlays)
    neuron_events: list[object] = []
    neuron.events.activation.connect(lambda: neuron_events.append(True))

    customs.edit(
        key, text="where(x > 0, x, a * (exp(x) - 1))", ranges={"a": ParamRange(0.2, 0, 0.3)}
    )
    assert activations == [key] and params[-1] == {"a": 0.3}  # kept, clamped to the new maximum
    assert explorer.choice.activation.forward(-1.0, a=0.3) == pytest.approx(0.3 * math.expm1(-1))
    assert lab.compare.activation is core.get(key)
    assert neuron_events and neuron.result().a == explorer.choice.activation.forward(
        neuron.result().z, a=0.3
    )
    assert overlays and overlays[-1][0].params == {"a": 0.3}  # type: ignore[index]

    customs.edit(key, name="ELU-ish")
    assert explorer.overlays[0].label().startswith("ELU-ish")
    assert explorer.choice.key == key  # the key stays through a rename


def test_deleting_moves_everything_back_to_the_catalogue() -> None:
    customs = CustomActivations()
    key = customs.add(SWISH, "Swish")
    explorer = Session(key)
    explorer.pin_current()
    lab = DeepNetLab()
    lab.choice.set_activation(key)
    lab.compare.set_activation(key)
    customs.delete(key)
    assert explorer.choice.key == "relu" and explorer.overlays == ()
    assert lab.choice.key == "relu" and lab.compare.key == "relu"
    assert key not in core.names()


def test_duplicate_copies_text_and_ranges_under_a_new_key() -> None:
    customs = CustomActivations()
    key = customs.add(SWISH, "Swish", {"beta": ParamRange(2.0, 0.0, 5.0)})
    copy = customs.duplicate(key)
    assert copy != key and customs.entry(copy).name == "Swish copy"
    assert (
        customs.entry(copy).text == SWISH
        and customs.entry(copy).ranges == customs.entry(key).ranges
    )
    assert customs.entry(customs.duplicate(key)).name == "Swish copy (2)"


def test_settings_round_trip_parses_the_texts_again() -> None:
    customs = CustomActivations()
    customs.add(SWISH, "Swish", {"beta": ParamRange(2.0, 0.5, 5.0)})
    customs.add("log(1 + exp(x))", "Softplus by hand")
    explorer = Session("custom:swish", {"beta": 3.0})
    text = snapshot.dumps([customs, explorer])
    customs.clear()
    assert core.custom_activations() == []

    restored, explorer_again = CustomActivations(), Session()
    notes: list[str] = []
    snapshot.loads([restored, explorer_again], text, notes)
    assert [e.name for e in restored.entries] == ["Swish", "Softplus by hand"]
    assert restored.entry("custom:swish").range_of("beta") == ParamRange(2.0, 0.5, 5.0)
    assert explorer_again.choice.key == "custom:swish" and explorer_again.choice.params == {
        "beta": 3.0
    }
    assert notes == []


def _lesson(custom_text: str, explorer_key: str = "custom:lesson-f") -> str:
    state = {
        "custom_activations": {
            "activations": [
                {"key": "custom:lesson-f", "name": "Lesson f", "text": custom_text,
                 "params": {"a": {"default": 0.5, "minimum": 0.0, "maximum": 2.0}}},
            ]
        },
        "explorer": {"activation": {"key": explorer_key, "params": {"a": 1.5}}},
    }  # fmt: skip
    return json.dumps({"format": "actviz-session", "version": [1, 0], "state": state})


def test_a_lesson_can_use_the_custom_activation_it_defines() -> None:
    customs, explorer = CustomActivations(), Session()
    mine = customs.add("x^3", "Mine")
    notes = session_file.loads(_lesson("a * x * sigmoid(x)"), [customs, explorer])
    assert explorer.choice.key == "custom:lesson-f" and explorer.choice.params == {"a": 1.5}
    assert [e.key for e in customs.entries] == [mine, "custom:lesson-f"]  # the learner's own stays
    assert not any("replaced" in n for n in notes)


@pytest.mark.parametrize(
    "text",
    [
        "__import__('os').system('echo pwned')",
        "a * x.__class__",
        "a*x" + "+x" * 300,
        "(" * 40 + "x",
    ],
)
def test_a_hostile_lesson_is_refused_and_changes_nothing(text: str) -> None:
    customs, explorer = CustomActivations(), Session()
    mine = customs.add("x^3", "Mine")
    explorer.choice.set_activation(mine)
    before = (customs.to_state(), explorer.to_state(), list(core.names()))
    with pytest.raises(SessionFileError, match="custom_activations"):
        session_file.loads(_lesson(text), [customs, explorer])
    assert (customs.to_state(), explorer.to_state(), list(core.names())) == before


def test_a_lesson_naming_an_undefined_custom_key_is_refused() -> None:
    customs, explorer = CustomActivations(), Session()
    with pytest.raises(SessionFileError, match="unknown activation"):
        session_file.loads(_lesson("a * x", explorer_key="custom:elsewhere"), [customs, explorer])
    assert customs.entries == () and explorer.choice.key == "relu"
    assert "custom:lesson-f" not in core.names()  # staged while checking, gone after


def test_a_lesson_replacing_a_custom_activation_says_so() -> None:
    customs, explorer = CustomActivations(), Session()
    customs.add("a * x", "Lesson f")  # takes the key custom:lesson-f
    notes = session_file.loads(_lesson("a * x^2"), [customs, explorer])
    assert any("replaced" in n for n in notes)
    assert core.get("custom:lesson-f").forward(2.0, a=1.0) == 4.0


def test_bad_ranges_in_a_file_fall_back_with_a_note() -> None:
    customs = CustomActivations()
    data = {"activations": [{"key": "custom:f", "name": "F", "text": "a*x",
                             "params": {"a": {"default": 5, "minimum": 1, "maximum": 0},
                                        "zz": {}}}]}  # fmt: skip
    notes: list[str] = []
    customs.apply_state(customs.check_state(data, notes))
    assert customs.entry("custom:f").range_of("a") == ParamRange()
    assert len(notes) == 2


def test_the_neuron_and_deep_network_work_with_a_custom_activation() -> None:
    customs = CustomActivations()
    key = customs.add("log(x)", "Log")
    neuron = NeuronModel(ActivationChoice(key))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = neuron.result()  # z = w·x + b may be negative: a gap, shown as NaN, no warning
        assert math.isnan(result.a) or result.a == pytest.approx(math.log(result.z))
        outcome = simulate(5, 16, key, batch=32, seed=1)
    assert "undefined" in outcome.blow_up
    square = customs.add("x^2 / 4", "Quarter square")
    ok = simulate(3, 16, square, init="xavier_normal", batch=32, seed=1)
    assert ok.blow_up == "" and np.all(np.isfinite(ok.grad_norm))


def test_the_curve_export_includes_custom_activations() -> None:
    from actviz.model.curve_export import curves_csv

    customs = CustomActivations()
    key = customs.add("log(x) * a", "Scaled log", {"a": ParamRange(2.0, 0.0, 5.0)})
    session = Session(key)
    session.pin_current()
    lines = curves_csv(session, points=41).splitlines()
    assert "Scaled log (a=2)" in lines[0]
    rows = np.array([[float(v) for v in line.split(",")] for line in lines[1:]])
    left, right = rows[rows[:, 0] <= 0], rows[rows[:, 0] > 0]
    assert np.isnan(left[:, 1]).all()  # a gap is exported as nan, not as a number
    np.testing.assert_allclose(right[:, 1], 2 * np.log(right[:, 0]), rtol=1e-14)


def test_the_neuron_at_a_gap_of_the_formula_says_so_and_does_not_step() -> None:
    customs = CustomActivations()
    key = customs.add("log(x)", "Log")
    neuron = NeuronModel(ActivationChoice(key))
    neuron.set_b(-5.0)  # z = w·x + b < 0: log is undefined there
    for mode in ("upstream", "target"):
        neuron.set_mode(mode)
        before = (neuron.w, neuron.b, neuron.history)
        assert math.isnan(neuron.result().a)
        assert "undefined at z" in neuron.diagnosis()
        with pytest.raises(ValueError, match="undefined"):
            neuron.step()
        assert (neuron.w, neuron.b, neuron.history) == before
    assert math.isnan(neuron.current_loss())  # type: ignore[arg-type]
    neuron.set_b(5.0)
    assert neuron.result().a == pytest.approx(math.log(neuron.result().z))
    neuron.step()
