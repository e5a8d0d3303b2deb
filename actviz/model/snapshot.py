"""Every saveable model's state in one JSON object, and its two-phase restore.

The settings store keeps ``collect(saveables)`` as one JSON string; a restore first checks every
part (pure, may refuse) and applies only when all passed, so a bad store changes nothing. Session
files wrap the same object in their versioned envelope (``actviz.model.session_file``), which is
where the check-all/apply-all machinery lives; this module is the thin, envelope-free use of it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from actviz.model import session_file
from actviz.model.state import JsonDict, Saveable, read_json, require_mapping


def collect(saveables: Iterable[Saveable]) -> JsonDict:
    """``{state_key: to_state()}`` for every saveable; two with one key is a programming error."""
    state: JsonDict = {}
    for saveable in saveables:
        if saveable.state_key in state:
            raise ValueError(f"two saveables share the state key {saveable.state_key!r}")
        state[saveable.state_key] = saveable.to_state()
    return state


def restore(saveables: Sequence[Saveable], data: object, notes: list[str]) -> None:
    """Check every part of ``data``, then apply every part; on a refusal nothing changes.

    Raises ``ValueError`` naming the part and the problem. Unknown parts, models without a part,
    clamped values and ignored keys are reported in ``notes``.
    """
    mapping = require_mapping(data, "settings")
    cleaned = session_file.check_all(mapping, saveables, notes)
    session_file.apply_all(cleaned, saveables)


def dumps(saveables: Iterable[Saveable]) -> str:
    return json.dumps(collect(saveables), allow_nan=False, separators=(",", ":"))


def loads(saveables: Sequence[Saveable], text: str, notes: list[str]) -> None:
    """Restore from the text :func:`dumps` wrote; ``ValueError`` for text that is not such JSON."""
    try:
        data = read_json(text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise ValueError(f"the stored settings are not valid JSON ({error})") from None
    restore(saveables, data, notes)
