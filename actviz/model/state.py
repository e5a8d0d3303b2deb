"""What every saveable model implements, and helpers to read untrusted state safely.

Session files and the settings store hold each model's state as a JSON object. Loading is two-phase
so that a bad file changes nothing: first every model *checks* its part (pure, may raise
``ValueError`` with a message naming the problem; clamps out-of-range numbers and ignores unknown
keys, adding a note for each), and only when all parts passed does every model *apply* its part.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

JsonDict = dict[str, Any]


def read_json(text: str) -> Any:
    """``json.loads`` for untrusted text, with every integer a float can hold.

    JSON allows integers of any size, and Python's checks on numbers (``math.isfinite``, a
    comparison with a float limit) raise OverflowError on one past the float range. Such an
    integer is read as ±inf instead, which every check refuses as not finite, with its message.
    Raises what ``json.loads`` raises.
    """
    return json.loads(text, parse_int=_int_or_infinity)


def _int_or_infinity(digits: str) -> int | float:
    value = int(digits)
    if abs(value) <= _LARGEST_FLOAT:
        return value
    return math.inf if value > 0 else -math.inf


_LARGEST_FLOAT = int(sys.float_info.max)  # as an exact integer


@runtime_checkable
class Saveable(Protocol):
    """A model whose state goes into session files under ``state_key``."""

    state_key: str

    def to_state(self) -> JsonDict:
        """The current state as a JSON-safe dict."""
        ...

    def check_state(self, data: object, notes: list[str]) -> JsonDict:
        """Validate ``data`` without touching ``self``; return the cleaned state to apply.

        Raises ``ValueError`` for a wrong type or a missing required value; clamps out-of-range
        numbers and drops unknown keys, appending a note for each.
        """
        ...

    def apply_state(self, state: JsonDict) -> None:
        """Apply a state returned by :meth:`check_state`."""
        ...


def require_mapping(data: object, where: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise ValueError(f"{where}: expected an object, found {type(data).__name__}")
    return data


def note_unknown_keys(
    data: Mapping[str, Any], known: Sequence[str], where: str, notes: list[str]
) -> None:
    for key in data:
        if key not in known:
            notes.append(f"{where}: ignored unknown setting {key!r}")


def read_float(
    data: Mapping[str, Any],
    key: str,
    default: float,
    minimum: float,
    maximum: float,
    where: str,
    notes: list[str],
) -> float:
    """``data[key]`` as a float in [minimum, maximum]; ``default`` when absent.

    A non-number raises ``ValueError``; NaN/inf or an out-of-range number is clamped with a note.
    """
    if key not in data:
        return default
    value = data[key]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{where}.{key}: expected a number, found {value!r}")
    number = float(value)
    if math.isnan(number):
        notes.append(f"{where}.{key}: NaN replaced by {default:g}")
        return default
    clamped = min(max(number, minimum), maximum)
    if clamped != number:
        notes.append(
            f"{where}.{key}: {number:g} is outside [{minimum:g}, {maximum:g}], "
            f"clamped to {clamped:g}"
        )
    return clamped


def read_int(
    data: Mapping[str, Any],
    key: str,
    default: int,
    minimum: int,
    maximum: int,
    where: str,
    notes: list[str],
) -> int:
    """``data[key]`` as an int in [minimum, maximum], clamped with a note; ``default`` if absent."""
    if key not in data:
        return default
    value = data[key]
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"{where}.{key}: expected a whole number, found {value!r}")
    if value != int(value):
        raise ValueError(f"{where}.{key}: expected a whole number, found {value!r}")
    number = int(value)
    clamped = min(max(number, minimum), maximum)
    if clamped != number:
        notes.append(
            f"{where}.{key}: {number} is outside [{minimum}, {maximum}], clamped to {clamped}"
        )
    return clamped


def read_choice(
    data: Mapping[str, Any], key: str, default: str, choices: Sequence[str], where: str
) -> str:
    """``data[key]`` if it is one of ``choices``; ``default`` when absent; else ``ValueError``."""
    if key not in data:
        return default
    value = data[key]
    if not isinstance(value, str) or value not in choices:
        raise ValueError(f"{where}.{key}: {value!r} is not one of {', '.join(choices)}")
    return value


def read_bool(data: Mapping[str, Any], key: str, default: bool, where: str) -> bool:
    if key not in data:
        return default
    value = data[key]
    if not isinstance(value, bool):
        raise ValueError(f"{where}.{key}: expected true or false, found {value!r}")
    return value
