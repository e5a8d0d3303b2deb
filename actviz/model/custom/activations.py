"""The learner's own activations: their texts, names and parameter ranges, remembered and saved.

Each entry is stored as what was typed (the formula text, the name, each parameter's default,
minimum and maximum) and turned into an activation by :func:`actviz.core.parse_activation` under
the same rules every time: when it is added or edited, when the settings are restored at start,
and when a lesson file is opened. So a lesson file carries formulas, never code.

Opening a lesson adds its custom activations to the learner's own (one with the same key is
replaced, with a note), so a teacher's lesson never deletes what a student typed. While the file
is checked, its activations are staged in the catalogue (:meth:`CustomActivations.stage_state`),
so the explorer's part of the same file can name one of them; a text that is refused refuses the
whole lesson before anything changes.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from psygnal import Signal, SignalGroup

from actviz import core
from actviz.core import ExpressionError, ParamRange
from actviz.core.i18n import translate
from actviz.model.custom import registry as custom_registry
from actviz.model.state import JsonDict, note_unknown_keys, require_mapping

MAX_ENTRIES = 50
MAX_NAME_LENGTH = 40
_SLUG_LENGTH = 30


@dataclass(frozen=True)
class CustomEntry:
    """One custom activation as the learner defined it."""

    key: str
    name: str
    text: str
    ranges: tuple[tuple[str, ParamRange], ...]  # (parameter, range), in the formula's order

    def range_of(self, name: str) -> ParamRange:
        return dict(self.ranges)[name]


class CustomActivationsEvents(SignalGroup):
    entries = Signal(tuple)  # the tuple of CustomEntry now defined


def build(
    text: str, name: str, key: str, ranges: Mapping[str, ParamRange] | None = None
) -> core.Activation:
    """The activation ``text`` defines, with ``ranges`` for the parameters it has (others default).

    Raises :class:`ExpressionError` for a refused text.
    """
    activation = core.parse_activation(text, key=key, name=name)
    names = {p.name for p in activation.params}
    kept = {n: r for n, r in (ranges or {}).items() if n in names}
    return core.with_param_ranges(activation, kept) if kept else activation


def taken_name(name: str) -> str:
    """The message for a name another custom activation has."""
    message = translate("CustomActivations", "a custom activation called “{name}” exists already")
    return message.format(name=name)


def check_name(name: object) -> str:
    """``name`` stripped, or ``ValueError`` saying why it cannot name an activation."""
    if not isinstance(name, str) or not name.strip():
        raise ValueError(translate("CustomActivations", "give the activation a name"))
    cleaned = " ".join(name.split())
    if len(cleaned) > MAX_NAME_LENGTH:
        message = translate("CustomActivations", "names are limited to {limit} characters")
        raise ValueError(message.format(limit=MAX_NAME_LENGTH))
    if not cleaned.isprintable():
        raise ValueError(translate("CustomActivations", "the name contains a control character"))
    return cleaned


class CustomActivations:
    """The list of custom activations; every change is published to the catalogue at once."""

    state_key = "custom_activations"
    section_optional = True  # lessons from before custom activations have none: nothing to add

    def __init__(self) -> None:
        self.events = CustomActivationsEvents()
        self._entries: dict[str, CustomEntry] = {}

    @property
    def entries(self) -> tuple[CustomEntry, ...]:
        return tuple(self._entries.values())

    def entry(self, key: str) -> CustomEntry:
        """The entry called ``key``; ``KeyError`` if there is none."""
        return self._entries[key]

    # add, edit, duplicate, delete ----------------------------------------------------------------
    def add(self, text: str, name: str, ranges: Mapping[str, ParamRange] | None = None) -> str:
        """Parse and add a new custom activation; return its key.

        Raises :class:`ExpressionError` for a refused text, ``ValueError`` for a bad or taken name
        or when ``MAX_ENTRIES`` exist already.
        """
        if len(self._entries) >= MAX_ENTRIES:
            message = translate(
                "CustomActivations", "at most {limit} custom activations; delete one first"
            )
            raise ValueError(message.format(limit=MAX_ENTRIES))
        cleaned = self._free_name(name)
        key = self._new_key(cleaned)
        activation = build(text, cleaned, key, ranges)
        self._store(CustomEntry(key, cleaned, text, _ranges_of(activation)), activation)
        return key

    def edit(
        self,
        key: str,
        *,
        text: str | None = None,
        name: str | None = None,
        ranges: Mapping[str, ParamRange] | None = None,
    ) -> None:
        """Change an entry; everything showing it updates (its key stays). Nothing changes when
        the new text or name is refused."""
        old = self._entries[key]
        cleaned = old.name if name is None else self._free_name(name, exclude=key)
        new_text = old.text if text is None else text
        merged = {**dict(old.ranges), **(ranges or {})}
        if (cleaned, new_text, tuple(merged.items())) == (old.name, old.text, old.ranges):
            return
        activation = build(new_text, cleaned, key, merged)
        self._store(CustomEntry(key, cleaned, new_text, _ranges_of(activation)), activation)

    def duplicate(self, key: str) -> str:
        """A copy of the entry under a new name ("… copy"); return the copy's key."""
        old = self._entries[key]
        return self.add(old.text, self._unique_name(old.name, " copy"), dict(old.ranges))

    def delete(self, key: str) -> None:
        """Remove the entry; every place that showed it moves to a catalogue activation."""
        if key not in self._entries:
            raise KeyError(key)
        del self._entries[key]
        custom_registry.withdraw(key)
        self.events.entries.emit(self.entries)

    def clear(self) -> None:
        for key in list(self._entries):
            self.delete(key)

    # Saveable ------------------------------------------------------------------------------------
    def to_state(self) -> JsonDict:
        return {
            "activations": [
                {
                    "key": e.key,
                    "name": e.name,
                    "text": e.text,
                    "params": {
                        n: {"default": r.default, "minimum": r.minimum, "maximum": r.maximum}
                        for n, r in e.ranges
                    },
                }
                for e in self._entries.values()
            ]
        }

    def check_state(self, data: object, notes: list[str]) -> JsonDict:
        """Parse every text again under the same rules; a refused one refuses the whole state."""
        where = self.state_key
        mapping = require_mapping(data, where)
        note_unknown_keys(mapping, ("activations",), where, notes)
        raw = mapping.get("activations", [])
        if not isinstance(raw, list):
            raise ValueError(f"{where}.activations: expected a list, found {raw!r}")
        if len(raw) > MAX_ENTRIES:
            raise ValueError(f"{where}: more than {MAX_ENTRIES} custom activations")
        cleaned: list[dict[str, Any]] = []
        for index, item in enumerate(raw):
            cleaned.append(_check_entry(item, f"{where}.activations[{index}]", notes))
        keys = [c["entry"].key for c in cleaned]
        for key in keys:
            if keys.count(key) > 1:
                raise ValueError(f"{where}: the key {key!r} is used twice")
        for item in cleaned:
            entry: CustomEntry = item["entry"]
            mine = self._entries.get(entry.key)
            if mine is not None and (mine.text, mine.ranges) != (entry.text, entry.ranges):
                notes.append(
                    f"{where}: your custom activation {mine.name!r} ({mine.text}) is replaced by "
                    f"the one with the same key in the file ({entry.text})"
                )
        return {"activations": cleaned}

    def stage_state(self, state: JsonDict) -> contextlib.AbstractContextManager[None]:
        """While the rest of a file is checked, its custom activations are visible by key."""
        return core.staged([c["activation"] for c in state["activations"]])

    def apply_state(self, state: JsonDict) -> None:
        """Add the checked activations (replacing any with the same key)."""
        for item in state["activations"]:
            entry: CustomEntry = item["entry"]
            taken = {e.name.casefold() for e in self.entries if e.key != entry.key}
            if entry.name.casefold() in taken:
                entry = CustomEntry(
                    entry.key, self._unique_name(entry.name), entry.text, entry.ranges
                )
            self._store(entry, item["activation"])

    # helpers -------------------------------------------------------------------------------------
    def _store(self, entry: CustomEntry, activation: core.Activation) -> None:
        if activation.name != entry.name:
            activation = dataclasses.replace(activation, name=entry.name)
        self._entries[entry.key] = entry
        custom_registry.publish(activation)
        self.events.entries.emit(self.entries)

    def _free_name(self, name: object, exclude: str | None = None) -> str:
        cleaned = check_name(name)
        for entry in self._entries.values():
            if entry.key != exclude and entry.name.casefold() == cleaned.casefold():
                raise ValueError(taken_name(entry.name))
        return cleaned

    def _unique_name(self, stem: str, ending: str = "") -> str:
        """``stem + ending``, then ``stem + ending + " (2)"``, ... until no entry has the name;
        the stem is shortened to keep the whole within MAX_NAME_LENGTH, never the ending."""
        names = {e.name.casefold() for e in self._entries.values()}
        number = 1
        while True:
            suffix = ending + (f" ({number})" if number > 1 else "")
            candidate = stem[: MAX_NAME_LENGTH - len(suffix)].rstrip() + suffix
            if candidate.casefold() not in names:
                return candidate
            number += 1

    def _new_key(self, name: str) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:_SLUG_LENGTH].strip("-")
        base = f"{core.catalogue.CUSTOM_PREFIX}{slug or 'activation'}"
        taken = set(core.names())
        key, number = base, 2
        while key in taken:
            key = f"{base}-{number}"
            number += 1
        return key


def _ranges_of(activation: core.Activation) -> tuple[tuple[str, ParamRange], ...]:
    return tuple(
        (p.name, ParamRange(float(p.default), float(p.minimum or 0.0), float(p.maximum or 0.0)))
        for p in activation.params
    )


def _check_entry(item: object, where: str, notes: list[str]) -> dict[str, Any]:
    mapping = require_mapping(item, where)
    note_unknown_keys(mapping, ("key", "name", "text", "params"), where, notes)
    key = mapping.get("key")
    if not core.is_custom_key(key):
        raise ValueError(f"{where}.key: {key!r} is not a custom activation key ('custom:name')")
    assert isinstance(key, str)
    try:
        name = check_name(mapping.get("name"))
    except ValueError as error:
        raise ValueError(f"{where}.name: {error}") from None
    text = mapping.get("text")
    if not isinstance(text, str):
        raise ValueError(f"{where}.text: expected the formula as text, found {text!r}")
    try:
        activation = core.parse_activation(text, key=key, name=name)
    except ExpressionError as error:
        raise ValueError(
            f"{where} ({name!r}): the formula {text[:60]!r} is refused: {error}"
        ) from None
    ranges = _check_ranges(mapping.get("params", {}), activation, f"{where}.params", notes)
    if ranges:
        activation = core.with_param_ranges(activation, ranges)
    entry = CustomEntry(key, name, text, _ranges_of(activation))
    return {"entry": entry, "activation": activation}


def _check_ranges(
    data: object, activation: core.Activation, where: str, notes: list[str]
) -> dict[str, ParamRange]:
    mapping = require_mapping(data, where)
    names = [p.name for p in activation.params]
    note_unknown_keys(mapping, names, where, notes)
    ranges: dict[str, ParamRange] = {}
    for name in names:
        if name not in mapping:
            continue
        raw = require_mapping(mapping[name], f"{where}.{name}")
        note_unknown_keys(raw, ("default", "minimum", "maximum"), f"{where}.{name}", notes)
        default = ParamRange()
        try:
            ranges[name] = ParamRange(
                raw.get("default", default.default),
                raw.get("minimum", default.minimum),
                raw.get("maximum", default.maximum),
            )
        except ValueError as error:
            notes.append(f"{where}.{name}: {error}; using the default range")
    return ranges
