"""Every saveable model keeps the contract of ``actviz.model.state.Saveable``, setting by setting.

- An empty section restores exactly the state of a fresh model (every default, no note).
- A value of the wrong type is refused with a message naming its path (``neuron.lr``).
- A number outside its declared range is clamped to that range's end, with a note naming it;
  NaN falls back to the fresh model's value, with a note.
- check_state never touches the model; apply_state of a checked state reproduces it.

The declared ranges are the models' published constants (the sliders use the same ones).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

import pytest

from actviz.model.activation_choice import ActivationChoice
from actviz.model.deepnet import lab as deepnet_lab
from actviz.model.deepnet import space_bender
from actviz.model.deepnet.lab import DeepNetLab
from actviz.model.deepnet.space_bender import SpaceBender
from actviz.model.neuron import lab as neuron
from actviz.model.neuron.lab import NeuronModel
from actviz.model.session import Session
from actviz.model.softmax import lab as softmax_lab
from actviz.model.softmax.lab import SoftmaxLabModel

FACTORIES: dict[str, Callable[[], Any]] = {
    "activation": ActivationChoice,
    "explorer": Session,
    "neuron": lambda: NeuronModel(ActivationChoice()),
    "softmax": SoftmaxLabModel,
    "deepnet": DeepNetLab,
    "deepnet.bending": SpaceBender,
}

#: (section, key) -> the declared closed range of a number.
RANGES: dict[tuple[str, str], tuple[float, float]] = {
    ("neuron", "n_inputs"): (neuron.MIN_INPUTS, neuron.MAX_INPUTS),
    ("neuron", "b"): neuron.B_RANGE[:2],
    ("neuron", "upstream"): neuron.UPSTREAM_RANGE[:2],
    ("neuron", "target"): neuron.TARGET_RANGE[:2],
    ("neuron", "lr"): neuron.LR_RANGE,
    ("softmax", "shift"): (softmax_lab.SHIFT_MIN, softmax_lab.SHIFT_MAX),
    ("softmax", "temperature"): (softmax_lab.TEMPERATURE_MIN, softmax_lab.TEMPERATURE_MAX),
    ("softmax", "focus"): (0, len(softmax_lab.DEFAULT_SCORES) - 1),
    ("deepnet", "depth"): deepnet_lab.DEPTH_RANGE,
    ("deepnet", "width"): deepnet_lab.WIDTH_RANGE,
    ("deepnet", "batch"): deepnet_lab.BATCH_RANGE,
    ("deepnet", "seed"): (0, deepnet_lab.SEED_MAX),
    ("deepnet", "sigma"): deepnet_lab.SIGMA_RANGE,
    ("deepnet.bending", "layers"): (1, space_bender.MAX_LAYERS),
    ("deepnet.bending", "seed"): (0, space_bender.SEED_MAX),
}
WHOLE_NUMBERS = {"n_inputs", "focus", "depth", "width", "batch", "seed", "layers"}
SECTIONS = list(FACTORIES)
KEYS = [(section, key) for section in SECTIONS for key in FACTORIES[section]().to_state()]


def as_json(state: object) -> object:
    """The state as it is written to a file (tuples become lists)."""
    return json.loads(json.dumps(state))


def check(section: str, data: object, notes: list[str]) -> Any:
    model = FACTORIES[section]()
    before = model.to_state()
    cleaned = model.check_state(data, notes)
    assert model.to_state() == before  # checking never applies
    return as_json(cleaned)


@pytest.mark.parametrize("section", SECTIONS)
def test_an_empty_section_gives_the_fresh_state_without_notes(section: str) -> None:
    notes: list[str] = []
    assert check(section, {}, notes) == as_json(FACTORIES[section]().to_state())
    assert notes == []


@pytest.mark.parametrize("section", SECTIONS)
def test_a_section_that_is_not_an_object_is_refused_naming_it(section: str) -> None:
    for bad in ([1, 2], "relu", 3.5, None):
        with pytest.raises(ValueError, match=rf"^{section}: expected an object"):
            check(section, bad, [])


#: Settings where a value of the wrong type falls back to the fresh value with a note instead.
LENIENT = {("explorer", "view_range")}


@pytest.mark.parametrize(("section", "key"), KEYS)
def test_a_value_of_the_wrong_type_is_refused_naming_its_path(section: str, key: str) -> None:
    fresh = FACTORIES[section]().to_state()[key]
    bad: object = [1] if isinstance(fresh, dict) else {"not": "this"}
    if (section, key) in LENIENT:
        notes: list[str] = []
        assert check(section, {key: bad}, notes)[key] == as_json(fresh)
        assert len(notes) == 1 and notes[0].startswith(f"{section}.{key}: ")
        return
    with pytest.raises(ValueError, match=rf"^{section}\.{key}\b"):
        check(section, {key: bad}, [])


@pytest.mark.parametrize(("section", "key"), KEYS)
def test_an_unknown_setting_beside_a_known_one_is_noted_and_dropped(section: str, key: str) -> None:
    notes: list[str] = []
    fresh = FACTORIES[section]().to_state()
    cleaned = check(section, {key: fresh[key], "colour": "teal"}, notes)
    assert cleaned == as_json(fresh)
    assert notes == [f"{section}: ignored unknown setting 'colour'"]


@pytest.mark.parametrize(("section", "key"), list(RANGES))
@pytest.mark.parametrize("side", [0, 1])
def test_a_number_beyond_its_declared_range_is_clamped_to_the_end_with_a_note(
    section: str, key: str, side: int
) -> None:
    lo, hi = RANGES[(section, key)]
    end = (lo, hi)[side]
    beyond = end + (1 if side else -1) * max(1.0, abs(end))
    if key in WHOLE_NUMBERS:
        beyond = int(beyond)
    notes: list[str] = []
    cleaned = check(section, {key: beyond}, notes)
    assert cleaned[key] == end
    assert type(cleaned[key]) is (int if key in WHOLE_NUMBERS else float)
    assert len(notes) == 1 and notes[0].startswith(f"{section}.{key}: ")
    shown = str if key in WHOLE_NUMBERS else "{:g}".format
    assert shown(beyond) in notes[0] and shown(end) in notes[0]
    inside = {key: (lo + hi) / 2 if key not in WHOLE_NUMBERS else (int(lo) + int(hi)) // 2}
    notes.clear()
    assert check(section, inside, notes)[key] == inside[key] and notes == []


@pytest.mark.parametrize(("section", "key"), [k for k in RANGES if k[1] not in WHOLE_NUMBERS])
def test_nan_falls_back_to_the_fresh_value_with_a_note(section: str, key: str) -> None:
    notes: list[str] = []
    cleaned = check(section, {key: math.nan}, notes)
    assert cleaned[key] == FACTORIES[section]().to_state()[key]
    assert len(notes) == 1 and notes[0].startswith(f"{section}.{key}: NaN")


@pytest.mark.parametrize("section", SECTIONS)
def test_apply_of_a_checked_state_reproduces_it(section: str) -> None:
    source = FACTORIES[section]()
    target = FACTORIES[section]()
    state = source.to_state()
    target.apply_state(source.check_state(state, []))
    assert target.to_state() == state
