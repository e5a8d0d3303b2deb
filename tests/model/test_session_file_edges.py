"""Session files at their edges: version fields, messages, rollback and the atomic write's details.

Each test states a behaviour a user or a file system can see (the message shown, the files left
in the folder, the bytes on disk, the folder's fsync), not how the code gets there.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from actviz.model import session_file
from actviz.model.session_file import SessionFileError
from actviz.model.state import JsonDict


def _document(version: object) -> str:
    return json.dumps({"format": "actviz-session", "version": version, "state": {}})


@pytest.mark.parametrize(
    "version",
    [
        [1, 0.5],
        [1.0, 0],
        ["1", "0"],
        [True, 0],
        [1, False],
        [1, -1],
        [-1, 0],
        [1],
        [1, 0, 0],
        "1.0",
    ],
)
def test_a_version_that_is_not_two_whole_numbers_is_refused(version: object) -> None:
    """The format says [major, minor]: two non-negative integers (JSON true is not one)."""
    with pytest.raises(SessionFileError, match="version is malformed"):
        session_file.parse(_document(version), [])


@pytest.mark.parametrize(
    "text",
    [
        '{"": 1,}',  # an empty string first
        '{"a\\\\": 1,}',  # an escaped backslash ends the escape
        '{"a\\"b": 1,}',  # an escaped quote does not end the string
        '{"a": XYZ}',  # a bare word
    ],
)
def test_a_complete_document_with_a_syntax_error_is_invalid_not_truncated(text: str) -> None:
    """Every bracket and string is closed, so the file was not cut short: it is wrong JSON."""
    with pytest.raises(SessionFileError, match="not valid JSON"):
        session_file.parse(text, [])


class Plain:
    """A saveable that declares nothing optional (``section_optional`` is an opt-in attribute)."""

    def __init__(self, key: str, value: int = 0) -> None:
        self.state_key, self.value = key, value

    def to_state(self) -> JsonDict:
        return {"value": self.value}

    def check_state(self, data: object, notes: list[str]) -> JsonDict:
        assert isinstance(data, dict)
        notes.append(f"{self.state_key}: checked")  # a model may always leave a note
        return {"value": int(data["value"])}

    def apply_state(self, state: JsonDict) -> None:
        self.value = state["value"]


def test_a_model_that_does_not_declare_its_section_optional_is_noted_when_missing() -> None:
    notes: list[str] = []
    session_file.check_all({}, [Plain("dial")], notes)
    assert any("'dial'" in note and "keeps its current state" in note for note in notes)


def test_rollback_restores_a_model_even_when_its_check_leaves_notes() -> None:
    class Breaks(Plain):
        def apply_state(self, state: JsonDict) -> None:
            raise RuntimeError("disk on fire")

    first, second = Plain("first", 2), Breaks("second", 3)
    text = json.dumps(
        {
            "format": "actviz-session",
            "version": [1, 0],
            "state": {"first": {"value": 9}, "second": {"value": 8}},
        }
    )
    with pytest.raises(RuntimeError):
        session_file.loads(text, [first, second])
    assert first.value == 2


# Reading errors ------------------------------------------------------------------------------
def test_a_read_error_without_an_errno_text_is_named_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "lesson.actviz"
    path.write_text("{}", encoding="utf-8")

    def fails(self: Path) -> bytes:
        raise OSError("the network share went away")

    monkeypatch.setattr(Path, "read_bytes", fails)
    with pytest.raises(SessionFileError) as caught:
        session_file.read_text(path)
    message = str(caught.value)
    assert str(path) in message and "the network share went away" in message
    assert "None" not in message


def test_a_too_large_file_states_its_size_in_megabytes(tmp_path: Path) -> None:
    """1 MB is 10**6 bytes; 5,550,003 bytes is 5.550003 MB, shown to one decimal as 5.6."""
    path = tmp_path / "huge.actviz"
    with path.open("wb") as handle:
        handle.truncate(5_550_003)
    with pytest.raises(SessionFileError, match=r"is 5\.6 MB"):
        session_file.read_text(path)


# The atomic write ----------------------------------------------------------------------------
def test_the_temporary_file_is_hidden_and_named_after_the_lesson(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash mid-write leaves at most a hidden ``.<name>.<random>.tmp`` next to the lesson."""
    sources: list[str] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        sources.append(Path(src).name)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    session_file.atomic_write_text(tmp_path / "lesson.actviz", "x")
    (name,) = sources
    assert name.startswith(".lesson.actviz.") and name.endswith(".tmp")
    assert len(name) > len(".lesson.actviz..tmp")  # a random part keeps two writers apart


def test_the_folder_is_fsynced_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[bool] = []
    real_fsync = os.fsync

    def spy(fd: int) -> None:
        synced.append(stat.S_ISDIR(os.fstat(fd).st_mode))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", spy)
    session_file.atomic_write_text(tmp_path / "lesson.actviz", "x")
    assert synced == [False, True]  # the data, then the folder holding the new name


def test_a_folder_that_cannot_be_fsynced_does_not_fail_the_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some file systems refuse fsync on a folder; the lesson is written all the same."""
    real_fsync = os.fsync

    def refuses_folders(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(22, "Invalid argument")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", refuses_folders)
    path = tmp_path / "lesson.actviz"
    session_file.atomic_write_text(path, "x")
    assert path.read_text(encoding="utf-8") == "x"


def test_a_failed_write_reports_its_own_error_even_if_cleanup_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(src: Any, dst: Any) -> None:
        raise OSError(28, "No space left on device")

    def stuck(name: Any) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "replace", full)
    monkeypatch.setattr(os, "unlink", stuck)
    with pytest.raises(OSError, match="No space left"):
        session_file.atomic_write_text(tmp_path / "lesson.actviz", "x")


def test_the_file_is_utf8_whatever_the_locale(tmp_path: Path) -> None:
    """Under an ASCII (C) locale without UTF-8 mode, non-ASCII text is still written as UTF-8."""
    path = tmp_path / "lesson.actviz"
    text = "Größe → σ(x) ≤ 1\n"
    script = (  # the text goes in as an ASCII escape: argv itself is decoded with the locale
        "import sys; from actviz.model.session_file import atomic_write_text; "
        f"atomic_write_text(sys.argv[1], {text!a})"
    )
    env = {**os.environ, "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    env.pop("LANG", None)
    subprocess.run(
        [sys.executable, "-c", script, str(path)],
        check=True,
        cwd=os.getcwd(),
        env=env,
        capture_output=True,
    )
    assert path.read_bytes() == text.encode("utf-8")


def _every_model() -> list[Any]:
    from actviz.model.custom.activations import CustomActivations
    from actviz.model.deepnet.lab import DeepNetLab
    from actviz.model.neuron.lab import NeuronModel
    from actviz.model.session import Session
    from actviz.model.softmax.lab import SoftmaxLabModel
    from actviz.model.training.lab import TrainingLab

    session = Session()
    return [
        CustomActivations(), session, NeuronModel(session.choice), SoftmaxLabModel(),
        DeepNetLab(), TrainingLab(),
    ]  # fmt: skip


@pytest.mark.parametrize("huge", ["1" + "0" * 400, "-1" + "0" * 400])
def test_an_integer_past_the_float_range_anywhere_is_read_or_refused_never_a_crash(
    huge: str,
) -> None:
    """JSON integers have no size limit; a number check on one past the float range raises
    OverflowError, which is not the ValueError a damaged file is meant to give."""
    import re

    text = session_file.dumps(_every_model())
    numbers = list(re.finditer(r'(?<![\w."])-?\d+(\.\d+)?([eE][-+]?\d+)?', text))
    assert len(numbers) > 50  # the version, view range, weights, training settings, ...
    for number in numbers:
        damaged = text[: number.start()] + huge + text[number.end() :]
        try:
            session_file.loads(damaged, _every_model())
        except SessionFileError:
            pass  # refused with a message: what a damaged file may do
