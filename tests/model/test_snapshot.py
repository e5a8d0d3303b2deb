"""The settings snapshot: collect every saveable, restore two-phase (check all, then apply)."""

from __future__ import annotations

import json

import pytest

from actviz.model import snapshot
from actviz.model.activation_choice import ActivationChoice
from actviz.model.session import Session


class _Choice(ActivationChoice):
    state_key = "other"


def test_round_trip_of_several_saveables() -> None:
    session, other = Session(), _Choice("tanh")
    session.choice.set_activation("celu", {"alpha": 2.0})
    session.pin_current()
    other.set_activation("softplus")
    text = snapshot.dumps([session, other])
    fresh_session, fresh_other = Session(), _Choice()
    notes: list[str] = []
    snapshot.loads([fresh_session, fresh_other], text, notes)
    assert notes == []
    assert fresh_session.to_state() == session.to_state()
    assert fresh_other.to_state() == other.to_state()


def test_a_bad_part_changes_nothing() -> None:
    session, other = Session(), _Choice("tanh")
    good = snapshot.collect([Session("elu"), _Choice("sigmoid")])
    good["other"] = {"key": "no_such_activation"}
    with pytest.raises(ValueError, match="other"):
        snapshot.restore([session, other], good, [])
    assert session.choice.key == "relu" and other.key == "tanh"  # the good part was not applied


@pytest.mark.parametrize("text", ["", "{", "[]", "null", json.dumps({"explorer": 3})])
def test_unreadable_text_refused(text: str) -> None:
    with pytest.raises(ValueError):
        snapshot.loads([Session()], text, [])


def test_unknown_and_missing_parts_are_noted() -> None:
    notes: list[str] = []
    snapshot.restore([Session(), _Choice()], {"explorer": {}, "future_lab": {}}, notes)
    assert any("future_lab" in n for n in notes) and any("other" in n for n in notes)


def test_duplicate_keys_are_a_programming_error() -> None:
    with pytest.raises(ValueError, match="share"):
        snapshot.collect([Session(), Session()])
