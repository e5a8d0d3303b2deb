"""The editor's draft: what it starts with, what it announces, and what commit hands on.

Reference: the draft's documented behaviour (a new draft is empty; each text is parsed as it is
set and a refused one keeps the last good activation; setting the same text again does nothing;
the preview is named after the name, or the text while there is none, under ``DRAFT_KEY``;
commit adds or edits with the draft's text, name and ranges, or says why it cannot) and the
messages the model documents. Expected values are written out by hand.
"""

from __future__ import annotations

import pytest

from actviz import core
from actviz.core import ParamRange
from actviz.model.custom.activations import MAX_ENTRIES, CustomActivations
from actviz.model.custom.draft import DRAFT_KEY, ActivationDraft


def recorders(draft: ActivationDraft) -> dict[str, list[object]]:
    seen: dict[str, list[object]] = {}
    for name in ("text", "error", "activation", "name", "ranges"):
        seen[name] = []
        getattr(draft.events, name).connect(seen[name].append)
    return seen


def test_a_new_draft_is_empty_and_cannot_commit_or_preview() -> None:
    draft = ActivationDraft(CustomActivations())
    assert (draft.text, draft.name, draft.ranges, draft.activation, draft.error) == (
        "",
        "",
        {},
        None,
        None,
    )
    assert draft.name_problem() == "give the activation a name"
    with pytest.raises(ValueError, match=r"^type a formula first$"):
        draft.commit()
    with pytest.raises(ValueError, match=r"^there is no formula to preview yet$"):
        draft.preview(-1.0, 1.0, 10)


def test_each_change_is_announced_once_with_its_value() -> None:
    draft = ActivationDraft(CustomActivations())
    seen = recorders(draft)
    draft.set_text(" a * x^2 ")
    good = draft.activation
    assert good is not None and good.key == DRAFT_KEY and good.name == "a * x^2"
    assert seen["text"] == [" a * x^2 "] and seen["activation"] == [good]
    assert seen["ranges"] == [{"a": ParamRange()}] and seen["error"] == []
    draft.set_text(" a * x^2 ")  # the same good text again: nothing
    assert seen["text"] == [" a * x^2 "] and seen["activation"] == [good]

    draft.set_name("Bowl")
    draft.set_name("Bowl")
    assert seen["name"] == ["Bowl"]
    draft.set_text("a * x^2 + 1")
    assert draft.activation is not None and draft.activation.name == "Bowl"

    draft.set_range("a", minimum=0.0)
    assert seen["ranges"][-1] == {"a": ParamRange(1.0, 0.0, 10.0)}
    assert seen["activation"][-1] is draft.activation
    assert draft.activation.param("a").minimum == 0.0

    draft.set_text("a * x^2 +")  # refused: the last good activation stays
    error = draft.error
    assert error is not None and seen["error"] == [error] and seen["text"][-1] == "a * x^2 +"
    count = (len(seen["text"]), len(seen["error"]))
    draft.set_text("a * x^2 +")  # the same refused text again: nothing
    assert (len(seen["text"]), len(seen["error"])) == count
    with pytest.raises(ValueError) as refused:
        draft.commit()
    assert str(refused.value) == error.message


def test_a_refused_first_text_set_again_is_not_parsed_again() -> None:
    draft = ActivationDraft(CustomActivations())
    seen = recorders(draft)
    draft.set_text("(")
    assert draft.activation is None and draft.error is not None
    draft.set_text("(")
    assert seen["text"] == ["("] and len(seen["error"]) == 1


def test_an_empty_first_text_is_parsed_and_refused() -> None:
    draft = ActivationDraft(CustomActivations())
    draft.set_text("")
    assert draft.error is not None and draft.activation is None


def test_ranges_with_a_bound_at_zero_survive_retyping() -> None:
    draft = ActivationDraft(CustomActivations())
    draft.set_text("a * x + b")
    draft.set_range("a", minimum=0.0)
    draft.set_range("b", default=-1.0, maximum=0.0)
    draft.set_text("a * x + b + 1")
    assert draft.ranges == {"a": ParamRange(1.0, 0.0, 10.0), "b": ParamRange(-1.0, -10.0, 0.0)}


def test_commit_hands_on_text_name_and_ranges_when_adding_and_editing() -> None:
    customs = CustomActivations()
    draft = ActivationDraft(customs)
    draft.set_text("a * x")
    draft.set_name("Line")
    draft.set_range("a", default=2.0)
    assert draft.can_commit()
    key = draft.commit()
    assert customs.entry(key).ranges == (("a", ParamRange(2.0, -10.0, 10.0)),)

    edit = ActivationDraft(customs, editing=key)
    assert edit.ranges == {"a": ParamRange(2.0, -10.0, 10.0)} and edit.can_commit()
    edit.set_name("Slope")
    edit.set_range("a", maximum=3.0)
    assert edit.commit() == key
    entry = customs.entry(key)
    assert (entry.name, entry.text) == ("Slope", "a * x")
    assert entry.ranges == (("a", ParamRange(2.0, -10.0, 3.0)),)
    assert core.get(key).name == "Slope"


def test_a_taken_name_is_named_in_the_problem_and_refused_by_commit() -> None:
    customs = CustomActivations()
    customs.add("x", "Cubic")
    draft = ActivationDraft(customs)
    draft.set_text("x^3")
    draft.set_name(" cubic")
    message = "a custom activation called “Cubic” exists already"
    assert draft.name_problem() == message and not draft.can_commit()
    with pytest.raises(ValueError, match=f"^{message}$"):
        draft.commit()


def test_with_the_list_full_the_name_problem_is_still_reported_first() -> None:
    customs = CustomActivations()
    for number in range(MAX_ENTRIES):
        customs.add("x", f"F{number}")
    draft = ActivationDraft(customs)
    draft.set_text("x^2")
    with pytest.raises(ValueError, match=r"^give the activation a name$"):
        draft.commit()
