"""Lesson files: round trip, atomic writes, and a clear refusal for every kind of bad file."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any

import pytest

from actviz import __version__
from actviz.model import session_file
from actviz.model.activation_choice import ActivationChoice
from actviz.model.session_file import SessionFileError
from actviz.model.state import (
    JsonDict,
    Saveable,
    note_unknown_keys,
    read_float,
    read_int,
    require_mapping,
)


class Dial:
    """A tiny saveable with a bounded float and int, like a real panel model."""

    def __init__(self, state_key: str = "dial", value: float = 0.5, count: int = 3) -> None:
        self.state_key = state_key
        self.value, self.count = value, count
        self.applied = 0

    def to_state(self) -> JsonDict:
        return {"value": self.value, "count": self.count}

    def check_state(self, data: object, notes: list[str]) -> JsonDict:
        mapping = require_mapping(data, self.state_key)
        note_unknown_keys(mapping, ("value", "count"), self.state_key, notes)
        return {
            "value": read_float(mapping, "value", 0.5, 0.0, 1.0, self.state_key, notes),
            "count": read_int(mapping, "count", 3, 1, 10, self.state_key, notes),
        }

    def apply_state(self, state: JsonDict) -> None:
        self.applied += 1
        self.value, self.count = state["value"], state["count"]


def _models() -> tuple[ActivationChoice, Dial]:
    return ActivationChoice("leaky_relu", {"negative_slope": 0.2}), Dial(value=0.25, count=7)


def _document(**state: Any) -> dict[str, Any]:
    return {"format": "actviz-session", "version": [1, 0], "app_version": "0.1.0", "state": state}


def _states(models: tuple[Saveable, ...]) -> list[JsonDict]:
    return [m.to_state() for m in models]


def test_round_trip_restores_every_model(tmp_path: Path) -> None:
    source = _models()
    path = tmp_path / "lesson.actviz"
    session_file.save(path, source)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "actviz-session"
    assert document["version"] == [1, 0]
    assert set(document["state"]) == {"activation", "dial"}

    target = (ActivationChoice("sigmoid"), Dial())
    notes = session_file.load(path, target)
    assert notes == []
    assert _states(target) == _states(source)
    assert target[0].key == "leaky_relu"
    assert target[0].params["negative_slope"] == 0.2


def _assert_refused(text: str | bytes, match: str, tmp_path: Path) -> None:
    models = _models()
    before = _states(models)
    path = tmp_path / "bad.actviz"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(SessionFileError, match=match) as info:
        session_file.load(path, models)
    assert "bad.actviz" in str(info.value)  # the message names the file
    assert _states(models) == before  # current state untouched
    assert models[1].applied == 0


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("", "empty"),
        ("   \n", "empty"),
        ('{"format": "actviz-session", "version": [1, 0], state: {}}', "not valid JSON.*line 1"),
        ('{"format": "actviz-session"} trailing', "not valid JSON"),
        ("[1, 2, 3]", "not an actviz session file.*a list"),
        ('"hello"', "not an actviz session file"),
        ('{"name": "my notes", "state": {}}', "not an actviz session file.*no 'format'"),
        ('{"format": "napari-session", "version": [1, 0], "state": {}}', "'napari-session'"),
        ('{"format": "actviz-session", "version": "1.0", "state": {}}', "version is malformed"),
        ('{"format": "actviz-session", "version": [1], "state": {}}', "version is malformed"),
        ('{"format": "actviz-session", "version": [1, 0]}', "'state' is missing"),
        ('{"format": "actviz-session", "version": [1, 0], "state": [1]}', "'state' is a list"),
    ],
)
def test_corrupt_and_foreign_files_are_refused(text: str, match: str, tmp_path: Path) -> None:
    _assert_refused(text, match, tmp_path)


def test_deeply_nested_json_is_refused_not_crashing(tmp_path: Path) -> None:
    _assert_refused("[" * 100_000 + "]" * 100_000, "nested too deeply", tmp_path)


def test_binary_file_is_refused(tmp_path: Path) -> None:
    _assert_refused(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "not a text file", tmp_path)


def test_every_truncation_is_refused_as_truncated(tmp_path: Path) -> None:
    text = session_file.dumps(_models())
    end = text.rstrip().rindex("}")  # any cut before the last brace leaves the JSON unclosed
    for cut in range(1, end):
        models = _models()
        before = _states(models)
        with pytest.raises(SessionFileError, match="truncated"):
            session_file.loads(text[:cut], models)
        assert _states(models) == before


def test_newer_major_version_is_refused(tmp_path: Path) -> None:
    document = _document(dial={"value": 0.9})
    document["version"] = [2, 0]
    document["app_version"] = "9.0"
    _assert_refused(
        json.dumps(document), r"version 2\.0 \(written by actviz 9\.0\).*update", tmp_path
    )


@pytest.mark.parametrize("minor", [0, 9])
def test_older_major_version_is_refused(minor: int, tmp_path: Path) -> None:
    """A major version promises compatibility within itself only: this actviz reads its own
    major, so a file from an older major is refused too, without the advice to update."""
    document = _document(dial={"value": 0.9})
    older = session_file.VERSION[0] - 1
    document["version"] = [older, minor]
    reads = rf"reads version {session_file.VERSION[0]}\.x$"  # and nothing after: no "update"
    _assert_refused(json.dumps(document), rf"version {older}\.{minor} .*{reads}", tmp_path)


def test_newer_minor_version_ignores_unknown_keys_with_notes() -> None:
    document = _document(
        dial={"value": 0.75, "count": 4, "colour": "teal"},
        activation={"key": "elu", "params": {"alpha": 2.0}, "hover": True},
        timeline={"steps": 3},
    )
    document["version"] = [1, 7]
    document["author"] = "Ms Smith"
    models = _models()
    notes = session_file.loads(json.dumps(document), models)
    assert models[1].value == 0.75 and models[1].count == 4
    assert models[0].key == "elu" and models[0].params["alpha"] == 2.0
    joined = "\n".join(notes)
    assert "version 1.7" in joined
    assert "'colour'" in joined and "'hover'" in joined
    assert "unknown section 'timeline'" in joined
    assert "'author'" in joined


def test_out_of_range_values_are_clamped_and_reported() -> None:
    models = _models()
    text = json.dumps(_document(dial={"value": 7.5, "count": -3}, activation=models[0].to_state()))
    notes = session_file.loads(text, models)
    assert models[1].value == 1.0
    assert models[1].count == 1
    assert any("dial.value" in n and "clamped" in n for n in notes)
    assert any("dial.count" in n and "clamped" in n for n in notes)


def test_bad_section_leaves_every_section_untouched() -> None:
    """Two-phase: a later section's error stops the earlier, valid section from applying."""
    models = _models()
    before = _states(models)
    text = json.dumps(
        _document(activation={"key": "tanh"}, dial={"value": "loud"})  # dial fails after activation
    )
    with pytest.raises(SessionFileError, match=r"section 'dial'.*expected a number"):
        session_file.loads(text, models)
    assert _states(models) == before


def test_unknown_activation_is_refused_naming_it() -> None:
    models = _models()
    before = _states(models)
    with pytest.raises(SessionFileError, match="unknown activation 'wobble'"):
        session_file.loads(json.dumps(_document(activation={"key": "wobble"})), models)
    assert _states(models) == before


def test_missing_section_keeps_current_state_with_a_note() -> None:
    models = _models()
    notes = session_file.loads(json.dumps(_document(dial={"value": 0.1})), models)
    assert models[0].key == "leaky_relu"
    assert models[1].value == 0.1
    assert any("'activation'" in n for n in notes)


def test_malformed_section_that_raises_type_error_is_refused() -> None:
    class Fussy(Dial):
        def check_state(self, data: object, notes: list[str]) -> JsonDict:
            return {"value": data["value"] + 1}  # type: ignore[index]  # TypeError on a list

    models = (Fussy(),)
    with pytest.raises(SessionFileError, match="section 'dial' is malformed"):
        session_file.loads(json.dumps(_document(dial=[1, 2])), models)


def test_apply_failure_rolls_back_earlier_sections() -> None:
    class Breaks(Dial):
        def apply_state(self, state: JsonDict) -> None:
            raise RuntimeError("disk on fire")

    first, second = Dial("first", 0.2), Breaks("second", 0.3)
    text = json.dumps(_document(first={"value": 0.9}, second={"value": 0.8}))
    with pytest.raises(RuntimeError):
        session_file.loads(text, (first, second))
    assert first.value == 0.2


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(SessionFileError, match="does not exist"):
        session_file.load(tmp_path / "nope.actviz", _models())
    with pytest.raises(SessionFileError, match="is a folder"):
        session_file.load(tmp_path, _models())


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.actviz"
    with path.open("wb") as handle:
        handle.truncate(session_file.MAX_BYTES + 1)
    with pytest.raises(SessionFileError, match="too large"):
        session_file.load(path, _models())


def test_nan_in_a_file_is_replaced_with_a_note() -> None:
    models = _models()
    notes = session_file.loads(
        '{"format": "actviz-session", "version": [1, 0], "state": {"dial": {"value": NaN}}}', models
    )
    assert models[1].value == 0.5
    assert any("NaN" in n for n in notes)


def test_duplicate_state_keys_are_a_programming_error() -> None:
    with pytest.raises(ValueError, match="share the state key"):
        session_file.dumps([Dial("x"), Dial("x")])


# Atomic writes -------------------------------------------------------------------------------
def test_atomic_write_replaces_and_leaves_no_temp_files(tmp_path: Path) -> None:
    path = tmp_path / "lesson.actviz"
    session_file.atomic_write_text(path, "old")
    session_file.atomic_write_text(path, "new")
    assert path.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lesson.actviz"]


def test_crash_mid_write_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "lesson.actviz"
    session_file.save(path, _models())
    good = path.read_text(encoding="utf-8")

    def power_cut(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", power_cut)
    with pytest.raises(OSError):
        session_file.save(path, (ActivationChoice("tanh"), Dial(value=0.9)))
    assert path.read_text(encoding="utf-8") == good  # the old lesson, whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lesson.actviz"]  # temp cleaned up


def test_write_goes_through_a_rename_in_the_same_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, str]] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        seen.append((str(src), str(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    path = tmp_path / "lesson.actviz"
    session_file.save(path, _models())
    assert len(seen) == 1
    assert Path(seen[0][0]).parent == tmp_path
    assert Path(seen[0][1]) == path


def test_new_file_is_readable_by_others_and_existing_mode_kept(tmp_path: Path) -> None:
    path = tmp_path / "lesson.actviz"
    old = os.umask(0o022)
    try:
        session_file.atomic_write_text(path, "x")
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644  # mkstemp's 0600 would hide a shared lesson
    path.chmod(0o640)
    session_file.atomic_write_text(path, "y")
    assert path.stat().st_mode & 0o777 == 0o640


def test_layout_keeps_short_lists_on_one_line_and_the_data_exact() -> None:
    tricky = {
        "numbers": [1.0, 2.5, -3e-300, 0],
        "labels": ["cat [1]", "d,og", 'x"y', "two\nlines", "  spaced  "],
        "nested": [[1, 2], [3], []],
        "objects": [{"k": [1, 2]}, {}],
    }

    class Tricky(Dial):
        def to_state(self) -> JsonDict:
            return tricky

    text = session_file.dumps([Tricky("tricky")])
    assert json.loads(text)["state"]["tricky"] == tricky
    assert '"version": [1, 0],' in text
    assert '"numbers": [1.0, 2.5, -3e-300, 0],' in text


def test_the_file_is_indented_by_two_and_never_holds_nan() -> None:
    text = session_file.dumps(_models(), app_version="0.1.0")
    lines = text.splitlines()
    assert lines[0] == "{" and lines[1] == '  "format": "actviz-session",' and text.endswith("}\n")
    assert '    "activation": {' in lines  # nested objects two spaces deeper
    with pytest.raises(ValueError):
        session_file.dumps([Dial(value=math.nan)])


def test_messages_name_the_writer_only_when_the_file_does() -> None:
    document = _document(dial={"value": 0.9})
    document["version"] = [2, 0]
    del document["app_version"]
    with pytest.raises(SessionFileError) as info:
        session_file.loads(json.dumps(document), _models())
    assert str(info.value) == (
        f"the file has session format version 2.0; this actviz {__version__} reads version 1.x"
        ": please update actviz to open it"
    )
    document["version"] = [1, 3]
    notes = session_file.loads(json.dumps(document), _models())
    assert notes[0] == (
        "the file has session format version 1.3, newer than this actviz's 1.0: settings this "
        "version does not know are ignored"
    )


def test_a_file_of_exactly_the_size_limit_is_read_and_one_byte_more_is_refused(tmp_path) -> None:
    path = tmp_path / "big.actviz"
    path.write_bytes(b" " * session_file.MAX_BYTES)
    assert session_file.read_text(path) == " " * session_file.MAX_BYTES
    path.write_bytes(b" " * (session_file.MAX_BYTES + 1))
    with pytest.raises(SessionFileError, match=r"^big\.actviz is 5\.0 MB, too large"):
        session_file.read_text(path)


def test_braces_quotes_and_backslashes_inside_names_do_not_hide_a_cut() -> None:
    """The truncation check counts brackets outside strings only, and knows escaped quotes."""
    from actviz.model.softmax.lab import SoftmaxLabModel

    lab = SoftmaxLabModel()
    lab.set_label(0, 'a"}}]]\\"b')
    text = session_file.dumps([lab])
    assert session_file.loads(text, [SoftmaxLabModel()]) == []
    start = text.index('"a\\"')
    for cut in range(start, start + 16):
        with pytest.raises(SessionFileError, match="truncated"):
            session_file.loads(text[:cut], [SoftmaxLabModel()])
