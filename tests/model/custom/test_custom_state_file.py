"""The custom activations' part of a lesson file, read back when damaged.

Reference: the lesson-file format the module docstring and ``to_state`` describe (a list
``activations`` of objects with ``key``, ``name``, ``text`` and ``params``, each parameter with
``default``, ``minimum`` and ``maximum``), the documented default range of a new parameter
(default 1, range [-10, 10], :func:`actviz.core.parse_activation`) and ``MAX_ENTRIES``. Each
expected value and note below is written out by hand from that format.
"""

from __future__ import annotations

import re

import pytest

from actviz import core
from actviz.core import ParamRange
from actviz.model.custom.activations import MAX_ENTRIES, CustomActivations, CustomEntry

HERE = "custom_activations.activations[0]"


def _entry(**changes: object) -> dict[str, object]:
    item: dict[str, object] = {"key": "custom:f", "name": "F", "text": "a * x + b"}
    item.update(changes)
    return item


def _check(*items: object, **top: object) -> tuple[list[CustomEntry], list[str]]:
    notes: list[str] = []
    state = CustomActivations().check_state({"activations": list(items), **top}, notes)
    return [c["entry"] for c in state["activations"]], notes


def test_a_damaged_entry_keeps_what_is_good_and_notes_each_repair() -> None:
    params = {  # a's settings are absent: b's must still be read
        "b": {"default": -1.0, "maximum": 0.0, "step": 0.1},
        "zz": {},
    }
    item = _entry(colour="red", params=params)
    notes: list[str] = []
    state = CustomActivations().check_state({"activations": [item], "extra": 1}, notes)
    (checked,) = state["activations"]
    entry = checked["entry"]
    assert entry == CustomEntry(
        "custom:f",
        "F",
        "a * x + b",
        (("a", ParamRange(1.0, -10.0, 10.0)), ("b", ParamRange(-1.0, -10.0, 0.0))),
    )
    assert notes == [
        "custom_activations: ignored unknown setting 'extra'",
        f"{HERE}: ignored unknown setting 'colour'",
        f"{HERE}.params: ignored unknown setting 'zz'",
        f"{HERE}.params.b: ignored unknown setting 'step'",
    ]
    activation = checked["activation"]
    assert activation.key == "custom:f" and activation.name == "F"  # named as in the file
    assert activation.param("b").maximum == 0.0


def test_a_parameter_missing_one_bound_takes_the_documented_default_for_it() -> None:
    params = {
        "a": {"minimum": 0.0, "maximum": 2.0},  # default 1 from the default range
        "b": {"default": 3.0, "maximum": 5.0},  # minimum -10
        "c": {"default": -3.0, "minimum": -5.0},  # maximum 10
    }
    (entry,), notes = _check(_entry(text="a * x + b + c", params=params))
    assert dict(entry.ranges) == {
        "a": ParamRange(1.0, 0.0, 2.0),
        "b": ParamRange(3.0, -10.0, 5.0),
        "c": ParamRange(-3.0, -5.0, 10.0),
    }
    assert notes == []


def test_an_entry_without_params_and_a_state_without_activations_are_fine() -> None:
    (entry,), notes = _check(_entry())
    assert entry.ranges == (("a", ParamRange()), ("b", ParamRange())) and notes == []
    notes = []
    assert CustomActivations().check_state({}, notes) == {"activations": []} and notes == []


def test_a_bad_range_falls_back_to_the_default_with_a_note_naming_it() -> None:
    params = {"a": {"default": 5.0, "minimum": 1.0, "maximum": 0.0}}
    (entry,), notes = _check(_entry(params=params))
    assert entry.range_of("a") == ParamRange()
    assert notes == [
        f"{HERE}.params.a: the minimum must be below the maximum; using the default range"
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (5, "custom_activations: expected an object"),
        ({"activations": {}}, "custom_activations.activations: expected a list"),
        ({"activations": [5]}, f"{HERE}: expected an object"),
        ({"activations": [_entry(key="f")]}, f"{HERE}.key: 'f' is not a custom activation key"),
        ({"activations": [_entry(name=" ")]}, f"{HERE}.name: give the activation a name"),
        ({"activations": [_entry(text=3)]}, f"{HERE}.text: expected the formula as text"),
        ({"activations": [_entry(params=5)]}, f"{HERE}.params: expected an object"),
        ({"activations": [_entry(params={"b": 5})]}, f"{HERE}.params.b: expected an object"),
        (
            {"activations": [_entry(), _entry(key="custom:g"), _entry(name="G", text="1 +")]},
            "custom_activations.activations[2] ('G'): the formula '1 +' is refused",
        ),
        (
            {"activations": [_entry(), _entry(name="G")]},
            "custom_activations: the key 'custom:f' is used twice",
        ),
    ],
)
def test_a_refused_state_says_where(data: object, message: str) -> None:
    with pytest.raises(ValueError, match=f"^{re.escape(message)}"):
        CustomActivations().check_state(data, [])


def test_a_refused_formula_is_quoted_up_to_60_characters() -> None:
    text = "x + " * 20 + "("  # 81 characters, refused at the end
    with pytest.raises(ValueError) as refused:
        _check(_entry(text=text))
    assert f"the formula {text[:60]!r} is refused: " in str(refused.value)


def test_the_entry_limit_holds_exactly_at_max_entries() -> None:
    items = [_entry(key=f"custom:f{i}", name=f"F{i}", text="x") for i in range(MAX_ENTRIES)]
    entries, _ = _check(*items)
    assert len(entries) == MAX_ENTRIES == 50
    with pytest.raises(ValueError, match=r"^custom_activations: more than 50 custom activations"):
        _check(*items, _entry(key="custom:one-more", name="One more", text="x"))


def test_a_name_taken_by_another_key_is_renamed_when_the_file_is_applied() -> None:
    customs = CustomActivations()
    mine = customs.add("x^3", "Lesson f")
    state = customs.check_state(
        {"activations": [_entry(key="custom:lesson", name="lesson F", params={"a": {}})]}, []
    )
    customs.apply_state(state)
    renamed = CustomEntry(
        "custom:lesson", "lesson F (2)", "a * x + b", (("a", ParamRange()), ("b", ParamRange()))
    )
    assert customs.entries == (customs.entry(mine), renamed)
    assert core.get("custom:lesson").name == "lesson F (2)"
    assert core.get(mine).name == "Lesson f"


def test_the_same_key_with_the_same_name_replaces_without_renaming() -> None:
    customs = CustomActivations()
    customs.apply_state(customs.check_state({"activations": [_entry()]}, []))
    notes: list[str] = []
    customs.apply_state(customs.check_state({"activations": [_entry(text="a * x - b")]}, notes))
    assert [(e.key, e.name, e.text) for e in customs.entries] == [("custom:f", "F", "a * x - b")]
    assert core.get("custom:f").name == "F" and len(notes) == 1 and "replaced" in notes[0]
