"""Custom activations at their documented limits: names, keys, copies, the entry count, deletes.

Reference: the declared limits ``MAX_NAME_LENGTH`` (40) and ``MAX_ENTRIES`` (50), the key rule
``custom:`` + a slug of the name (lower-case letters and digits joined by single hyphens, at most
30 characters, numbered -2, -3, ... when taken), copies named "<name> copy", "<name> copy (2)",
... within the name limit, and the messages the methods document. Expected values are written
out by hand.
"""

from __future__ import annotations

import pytest

from actviz import core
from actviz.core import ParamRange
from actviz.model.custom.activations import MAX_ENTRIES, MAX_NAME_LENGTH, CustomActivations


def test_a_name_of_exactly_the_limit_is_accepted_and_one_more_is_refused() -> None:
    customs = CustomActivations()
    name = "n" * MAX_NAME_LENGTH
    key = customs.add("x", f"  {name}  ")
    assert customs.entry(key).name == name and MAX_NAME_LENGTH == 40
    with pytest.raises(ValueError, match=r"^names are limited to 40 characters$"):
        customs.add("x", "m" * 41)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "give the activation a name"),
        (None, "give the activation a name"),
        ("tab\there\x07", "the name contains a control character"),
        ("  swish ", "a custom activation called “Swish” exists already"),
    ],
)
def test_a_refused_name_says_why(name: object, message: str) -> None:
    customs = CustomActivations()
    customs.add("x", "Swish")
    with pytest.raises(ValueError, match=f"^{message}$"):
        customs.add("x", name)  # type: ignore[arg-type]


def test_keys_are_numbered_two_three_four_when_the_slug_is_taken() -> None:
    customs = CustomActivations()
    keys = [customs.add("x", name) for name in ("Line", "Line!", "Line?", "(Line)")]
    assert keys == ["custom:line", "custom:line-2", "custom:line-3", "custom:line-4"]


def test_a_slug_is_cut_to_30_characters_without_a_hyphen_at_either_end() -> None:
    customs = CustomActivations()
    # leading punctuation is dropped before cutting: 30 letters stay
    assert customs.add("x", "!" + "a" * 32) == "custom:" + "a" * 30
    # a cut that ends on a hyphen loses it: 29 letters stay
    assert customs.add("x", "b" * 29 + " cd") == "custom:" + "b" * 29


def test_copies_are_numbered_and_stay_within_the_name_limit() -> None:
    customs = CustomActivations()
    key = customs.add("x * sigmoid(beta * x)", "Swish")
    copies = [customs.entry(customs.duplicate(key)).name for _ in range(3)]
    assert copies == ["Swish copy", "Swish copy (2)", "Swish copy (3)"]

    long = "L" * 40
    long_key = customs.add("x", long)
    first, second = (customs.entry(customs.duplicate(long_key)).name for _ in range(2))
    assert first == "L" * 35 + " copy"  # 35 + 5 = 40 characters
    assert second == "L" * 31 + " copy (2)"  # the name is shortened, never " copy" or the number


def test_at_most_max_entries_then_a_clear_message() -> None:
    customs = CustomActivations()
    for number in range(MAX_ENTRIES - 1):
        customs.add("x", f"F{number}")
    last = customs.add("x", "Last")  # the 50th is still accepted
    assert len(customs.entries) == MAX_ENTRIES == 50
    with pytest.raises(ValueError, match=r"^at most 50 custom activations; delete one first$"):
        customs.add("x", "One more")
    customs.delete(last)
    customs.add("x", "One more")


def test_delete_of_an_unknown_key_names_it_and_announces_nothing() -> None:
    customs = CustomActivations()
    key = customs.add("x", "F")
    seen: list[object] = []
    customs.events.entries.connect(seen.append)
    with pytest.raises(KeyError) as missing:
        customs.delete("custom:nope")
    assert missing.value.args == ("custom:nope",) and seen == []
    customs.delete(key)
    assert seen == [()] and key not in core.names()


def test_an_edit_keeps_the_key_and_a_range_ending_at_zero() -> None:
    customs = CustomActivations()
    key = customs.add("a * x", "F")
    customs.edit(key, text="a * x^2", ranges={"a": ParamRange(-1.0, -2.0, 0.0)})
    entry = customs.entry(key)
    assert (entry.key, entry.name, entry.text) == (key, "F", "a * x^2")
    assert entry.ranges == (("a", ParamRange(-1.0, -2.0, 0.0)),)
    assert customs.to_state()["activations"][0]["key"] == key
    assert core.get(key).param("a").maximum == 0.0
