"""Lesson files (``.actviz``): the state of every panel in one small, versioned JSON document.

A file looks like::

    {"format": "actviz-session", "version": [1, 0], "app_version": "0.1.0",
     "state": {"activation": {...}, "softmax": {...}, ...}}

``state`` holds each :class:`~actviz.model.state.Saveable`'s ``to_state()`` under its ``state_key``.

Reading is strict about the envelope and forgiving about the content:

- not UTF-8 text, not JSON, cut short, not an actviz session ("foreign"), or a newer *major*
  version: :class:`SessionFileError` (a ``ValueError``) naming the problem; nothing is applied;
- a newer *minor* version: read, with a note that settings this version does not know are ignored;
- unknown sections and keys are ignored with a note; out-of-range values are clamped with a note
  (each model's ``check_state`` does that part).

Restoring is two-phase: every section is checked first, and only when all passed is each applied,
so a bad section leaves the whole current state untouched. Writes are atomic: a temporary file in
the same folder, flushed and fsynced, then renamed over the target, so a crash never leaves half a
lesson.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from actviz import __version__
from actviz.model.state import JsonDict, Saveable, read_json

FORMAT = "actviz-session"
VERSION: tuple[int, int] = (1, 0)
SUFFIX = ".actviz"
MAX_BYTES = 5_000_000  # a lesson is a few kB; anything this big is not one of ours
_ENVELOPE_KEYS = ("format", "version", "app_version", "state")


class SessionFileError(ValueError):
    """A session file that cannot be opened; the message says why, in words for the user."""


def dumps(saveables: Iterable[Saveable], app_version: str = __version__) -> str:
    """The JSON text of a session holding every saveable's current state."""
    state: JsonDict = {}
    for saveable in saveables:
        if saveable.state_key in state:
            raise ValueError(f"two saveables share the state key {saveable.state_key!r}")
        state[saveable.state_key] = saveable.to_state()
    document = {
        "format": FORMAT,
        "version": list(VERSION),
        "app_version": app_version,
        "state": state,
    }
    return _compact_scalar_lists(json.dumps(document, indent=2, allow_nan=False)) + "\n"


def parse(text: str, notes: list[str]) -> JsonDict:
    """Check the envelope of a session document and return its ``state`` object.

    Raises :class:`SessionFileError` for anything that is not a session this version can read.
    """
    if not text.strip():
        raise SessionFileError("the file is empty")
    try:
        document = read_json(text)
    except RecursionError:
        raise SessionFileError("the file's JSON data is nested too deeply") from None
    except json.JSONDecodeError as error:
        if _is_cut_short(text):
            raise SessionFileError(
                "the file is truncated: its JSON data stops before the end "
                f"(line {error.lineno}, column {error.colno})"
            ) from None
        raise SessionFileError(
            f"the file is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    if not isinstance(document, dict):
        raise SessionFileError(
            f"not an actviz session file: expected a JSON object, found {_json_type(document)}"
        )
    found = document.get("format")
    if found != FORMAT:
        what = "has no 'format' field" if found is None else f"has format {found!r}"
        raise SessionFileError(f"not an actviz session file: it {what}, expected {FORMAT!r}")
    major, minor = _read_version(document.get("version"))
    written_by = document.get("app_version")
    by = f" (written by actviz {written_by})" if isinstance(written_by, str) else ""
    if major != VERSION[0]:
        newer = major > VERSION[0]
        raise SessionFileError(
            f"the file has session format version {major}.{minor}{by}; this actviz "
            f"{__version__} reads version {VERSION[0]}.x"
            + (": please update actviz to open it" if newer else "")
        )
    if minor > VERSION[1]:
        notes.append(
            f"the file has session format version {major}.{minor}{by}, newer than this actviz's "
            f"{VERSION[0]}.{VERSION[1]}: settings this version does not know are ignored"
        )
    for key in document:
        if key not in _ENVELOPE_KEYS:
            notes.append(f"ignored unknown top-level field {key!r}")
    state = document.get("state")
    if not isinstance(state, dict):
        what = "is missing" if state is None else f"is {_json_type(state)}, not an object"
        raise SessionFileError(f"the file's 'state' {what}")
    return state


def check_all(
    state: Mapping[str, Any], saveables: Sequence[Saveable], notes: list[str]
) -> JsonDict:
    """Phase one: every section checked by its model, none applied. Returns the cleaned sections.

    A section that fails raises :class:`SessionFileError` naming the section. Sections no model
    claims, and models the file has no section for, are reported in ``notes``.

    A model whose ``section_optional`` is true (one that only ever adds, such as the custom
    activations, absent from lessons written before it existed) is not noted when missing.
    A model with a ``stage_state(cleaned)`` method (the custom activations) makes what its section
    defines visible to the sections checked after it, until the check ends: the explorer's section
    can then name a custom activation that the same file defines.
    """
    keys = [saveable.state_key for saveable in saveables]
    for key in state:
        if key not in keys:
            notes.append(f"ignored unknown section {key!r}")
    cleaned: JsonDict = {}
    with contextlib.ExitStack() as staging:
        for saveable in saveables:
            key = saveable.state_key
            if key not in state:
                if not getattr(saveable, "section_optional", False):
                    notes.append(f"no {key!r} section: that part keeps its current state")
                continue
            try:
                cleaned[key] = saveable.check_state(state[key], notes)
            except ValueError as error:
                raise SessionFileError(f"section {key!r}: {error}") from None
            except (TypeError, KeyError, AttributeError, IndexError, ArithmeticError) as error:
                # check_state is meant to raise ValueError only; untrusted data must not crash.
                raise SessionFileError(
                    f"section {key!r} is malformed ({type(error).__name__}: {error})"
                ) from None
            stage = getattr(saveable, "stage_state", None)
            if stage is not None:
                staging.enter_context(stage(cleaned[key]))
    return cleaned


def apply_all(cleaned: Mapping[str, JsonDict], saveables: Sequence[Saveable]) -> None:
    """Phase two: apply each checked section. If one fails, restore what was there and re-raise."""
    before = {s.state_key: s.to_state() for s in saveables if s.state_key in cleaned}
    applied: list[Saveable] = []
    try:
        for saveable in saveables:
            if saveable.state_key in cleaned:
                applied.append(saveable)
                saveable.apply_state(cleaned[saveable.state_key])
    except Exception:
        for saveable in reversed(applied):
            with contextlib.suppress(Exception):
                saveable.apply_state(saveable.check_state(before[saveable.state_key], []))
        raise


def loads(text: str, saveables: Sequence[Saveable]) -> list[str]:
    """Restore a session from its JSON text; return the notes (ignored keys, clamped values)."""
    notes: list[str] = []
    state = parse(text, notes)
    cleaned = check_all(state, saveables, notes)
    apply_all(cleaned, saveables)
    return notes


def read_text(path: str | os.PathLike[str]) -> str:
    """The text of a session file; :class:`SessionFileError` for unreadable or non-text files."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SessionFileError(
                f"{path.name} is {size / 1e6:.1f} MB, too large to be an actviz session"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise SessionFileError(f"{path} does not exist") from None
    except IsADirectoryError:
        raise SessionFileError(f"{path} is a folder, not a session file") from None
    except OSError as error:
        raise SessionFileError(f"{path} cannot be read: {error.strerror or error}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SessionFileError(f"{path.name} is not a text file (not UTF-8)") from None


def load(path: str | os.PathLike[str], saveables: Sequence[Saveable]) -> list[str]:
    """Open a session file and restore it; see :func:`loads`. Messages name the file."""
    text = read_text(path)
    try:
        return loads(text, saveables)
    except SessionFileError as error:
        raise SessionFileError(f"{Path(path).name}: {error}") from None


def save(path: str | os.PathLike[str], saveables: Iterable[Saveable]) -> None:
    """Write the session to ``path`` atomically."""
    atomic_write_text(path, dumps(saveables))


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` so that ``path`` is always either the old file or the whole new one.

    The data goes to a temporary file in the same folder (same file system, so the rename is
    atomic), is flushed and fsynced, and then replaces ``path``; the folder is fsynced too so the
    rename itself survives a power cut. On any error the temporary file is removed.
    """
    target = Path(path)
    folder = target.parent
    mode = _mode_for(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_folder(folder)


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; a new lesson gets the usual 0666 & ~umask."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_folder(folder: Path) -> None:
    if not hasattr(os, "O_DIRECTORY"):  # Windows cannot open a folder; its rename is durable enough
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


_SCALAR_LIST = re.compile(r"\[\s*\n\s*([^\[\]{}]*?)\s*\n\s*\]")


def _compact_scalar_lists(text: str) -> str:
    """Put lists of numbers and strings on one line (``[1, 0]``), as a person would write them.

    JSON strings cannot hold a raw newline, so the newlines matched here are all layout.
    """
    return _SCALAR_LIST.sub(lambda m: "[" + re.sub(r",\s*\n\s*", ", ", m.group(1)) + "]", text)


def _is_cut_short(text: str) -> bool:
    """True when the text ends inside a string or before every ``{`` and ``[`` is closed."""
    depth, in_string, escaped = 0, False, False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
    return in_string or depth > 0


def _read_version(value: object) -> tuple[int, int]:
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value)
    ):
        return value[0], value[1]
    raise SessionFileError(
        f"the file's session format version is malformed: expected [major, minor], found {value!r}"
    )


def _json_type(value: object) -> str:
    names = {
        list: "a list",
        str: "a string",
        bool: "true/false",
        int: "a number",
        float: "a number",
    }
    return "null" if value is None else names.get(type(value), type(value).__name__)
