"""The settings-store text (``actviz.model.snapshot``) and the state readers at their edges:
strict JSON only, compact text, messages that say where and what, notes passed through.
"""

from __future__ import annotations

import json
import math

import pytest

from actviz.model import snapshot
from actviz.model.state import JsonDict, read_choice, read_int, require_mapping


class Knob:
    state_key = "knob"

    def __init__(self, value: float = 0.5) -> None:
        self.value = value

    def to_state(self) -> JsonDict:
        return {"value": self.value, "names": ["a", "b"]}

    def check_state(self, data: object, notes: list[str]) -> JsonDict:
        mapping = require_mapping(data, self.state_key)
        return {"value": float(mapping["value"])}

    def apply_state(self, state: JsonDict) -> None:
        self.value = state["value"]


@pytest.mark.parametrize("bad", [math.nan, math.inf])
def test_a_state_that_is_not_strict_json_is_refused_when_stored(bad: float) -> None:
    with pytest.raises(ValueError):
        snapshot.dumps([Knob(bad)])


def test_the_stored_text_is_compact_json() -> None:
    text = snapshot.dumps([Knob(0.25)])
    assert json.loads(text) == {"knob": {"value": 0.25, "names": ["a", "b"]}}
    assert " " not in text and "\n" not in text  # no layout: the store keeps one short string


def test_text_that_is_not_json_is_refused_saying_so() -> None:
    with pytest.raises(ValueError, match="not valid JSON"):
        snapshot.loads([Knob()], "{oops", [])


def test_a_store_that_is_not_an_object_is_refused_naming_the_settings() -> None:
    with pytest.raises(ValueError, match=r"^settings: expected an object, found list"):
        snapshot.loads([Knob()], "[1, 2]", [])


def test_loads_reports_unknown_parts_in_the_notes() -> None:
    knob, notes = Knob(), []
    snapshot.loads([knob], '{"knob": {"value": 0.75}, "radio": {}}', notes)
    assert knob.value == 0.75
    assert any("radio" in note for note in notes)


def test_readers_say_where_what_and_which_choices() -> None:
    with pytest.raises(ValueError, match=r"^lab\.mode: 'x' is not one of a, b, c$"):
        read_choice({"mode": "x"}, "mode", "a", ("a", "b", "c"), "lab")
    for bad in ("3", 2.5, math.inf):
        with pytest.raises(ValueError, match=r"^lab\.count: expected a whole number"):
            read_int({"count": bad}, "count", 1, 0, 9, "lab", [])
    with pytest.raises(ValueError, match="found str"):
        require_mapping("text", "lab")
