"""The softmax lab's state: named scores, a shift added to all, temperature, mode, naive toggle.

The per-class scores stay in a teaching range (-20..20) where a slider is precise; the *shift* is
added to every logit (up to +-1000), which is how the lab shows that softmax ignores a common
constant, and how it makes the naive formula overflow while the stable one stays right. The logits
the maths sees are ``scores + shift`` (:attr:`SoftmaxLabModel.logits`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
from psygnal import Signal, SignalGroup

from actviz.core.softmax import MODES, FloatArray, Mode, check_mode
from actviz.model.state import (
    JsonDict,
    note_unknown_keys,
    read_bool,
    read_choice,
    read_float,
    read_int,
    require_mapping,
)

MIN_CLASSES, MAX_CLASSES = 2, 10
SCORE_MIN, SCORE_MAX, SCORE_STEP = -20.0, 20.0, 0.1
SHIFT_MIN, SHIFT_MAX, SHIFT_STEP = -1000.0, 1000.0, 1.0
TEMPERATURE_MIN, TEMPERATURE_MAX = 0.01, 100.0
MAX_LABEL_LENGTH = 20
DEFAULT_SCORES = (2.0, 1.0, 0.1)
#: Names offered to new classes, in order (the CIFAR-10 classes, familiar from tutorials).
CLASS_NAMES = ("cat", "dog", "bird", "frog", "horse", "ship", "truck", "car", "plane", "deer")
#: Spread of the random scores: N(0, 2^2), so a few classes stand out without saturating.
RANDOM_SCALE = 2.0


class SoftmaxLabEvents(SignalGroup):
    classes = Signal(int)  # the number of classes changed (rows added or removed)
    scores = Signal(tuple)
    labels = Signal(tuple)
    shift = Signal(float)
    temperature = Signal(float)
    mode = Signal(str)
    naive = Signal(bool)
    focus = Signal(int)  # the class whose sweep is shown


class SoftmaxLabModel:
    """State of the softmax lab. Setters validate (``ValueError`` with a message fit to show the
    user) and emit their event once, only when the value changes.

    Parameters
    ----------
    seed
        Seed of the generator behind :meth:`randomize`, so a session can be replayed.
    """

    state_key = "softmax"

    def __init__(self, seed: int | None = 0) -> None:
        self.events = SoftmaxLabEvents()
        self._seed = seed
        self._rng: np.random.Generator | None = None  # made on first use (a slow import)
        self._scores: tuple[float, ...] = DEFAULT_SCORES
        self._labels: tuple[str, ...] = CLASS_NAMES[: len(DEFAULT_SCORES)]
        self._shift = 0.0
        self._temperature = 1.0
        self._mode: Mode = "softmax"
        self._naive = False
        self._focus = 0

    # read ------------------------------------------------------------------------------------
    @property
    def n(self) -> int:
        return len(self._scores)

    @property
    def scores(self) -> tuple[float, ...]:
        """Each class's own score, before the shift."""
        return self._scores

    @property
    def labels(self) -> tuple[str, ...]:
        return self._labels

    @property
    def shift(self) -> float:
        return self._shift

    @property
    def logits(self) -> FloatArray:
        """What the maths sees: ``scores + shift``."""
        return np.asarray(self._scores, dtype=np.float64) + self._shift

    @property
    def temperature(self) -> float:
        return self._temperature

    @property
    def mode(self) -> Mode:
        return self._mode

    @property
    def naive(self) -> bool:
        return self._naive

    @property
    def focus(self) -> int:
        return self._focus

    # write -----------------------------------------------------------------------------------
    def set_score(self, index: int, value: object) -> None:
        self._check_index(index)
        number = _finite_in_range(value, SCORE_MIN, SCORE_MAX, f"{self._labels[index]}'s score")
        scores = list(self._scores)
        scores[index] = number
        self._set_scores(tuple(scores))

    def set_scores(self, values: Sequence[object]) -> None:
        """Replace every score (same number of classes; use add/remove to change it)."""
        if len(values) != self.n:
            raise ValueError(f"expected {self.n} scores, got {len(values)}")
        checked = tuple(
            _finite_in_range(v, SCORE_MIN, SCORE_MAX, f"{label}'s score")
            for v, label in zip(values, self._labels, strict=True)
        )
        self._set_scores(checked)

    def set_label(self, index: int, text: object) -> None:
        self._check_index(index)
        label = _clean_label(text)
        if label != self._labels[index]:
            labels = list(self._labels)
            labels[index] = label
            self._labels = tuple(labels)
            self.events.labels.emit(self._labels)

    def set_shift(self, value: object) -> None:
        number = _finite_in_range(value, SHIFT_MIN, SHIFT_MAX, "The shift")
        if number != self._shift:
            self._shift = number
            self.events.shift.emit(number)

    def set_temperature(self, value: object) -> None:
        number = _finite_in_range(value, TEMPERATURE_MIN, TEMPERATURE_MAX, "The temperature")
        if number != self._temperature:
            self._temperature = number
            self.events.temperature.emit(number)

    def set_mode(self, mode: str) -> None:
        checked = check_mode(mode)
        if checked != self._mode:
            self._mode = checked
            self.events.mode.emit(checked)

    def set_naive(self, on: bool) -> None:
        if bool(on) != self._naive:
            self._naive = bool(on)
            self.events.naive.emit(self._naive)

    def set_focus(self, index: int) -> None:
        self._check_index(index)
        if index != self._focus:
            self._focus = index
            self.events.focus.emit(index)

    def add_class(self) -> None:
        """Append a class with score 0 and the first unused name; at most ten classes."""
        if self.n >= MAX_CLASSES:
            raise ValueError(f"The lab holds at most {MAX_CLASSES} classes")
        unused = [name for name in CLASS_NAMES if name not in self._labels]
        label = unused[0] if unused else f"class {self.n + 1}"
        self._replace((*self._scores, 0.0), (*self._labels, label))

    def remove_class(self, index: int | None = None) -> None:
        """Remove class ``index`` (the last by default); at least two classes always remain."""
        if self.n <= MIN_CLASSES:
            raise ValueError(f"Softmax needs at least {MIN_CLASSES} classes")
        index = self.n - 1 if index is None else index
        self._check_index(index)
        keep = [i for i in range(self.n) if i != index]
        self._replace(tuple(self._scores[i] for i in keep), tuple(self._labels[i] for i in keep))

    def randomize(self) -> None:
        """New scores drawn from N(0, 2^2), rounded to the slider's step and kept in range."""
        if self._rng is None:
            self._rng = np.random.default_rng(self._seed)
        drawn = self._rng.normal(0.0, RANDOM_SCALE, size=self.n)
        clipped = np.clip(np.round(drawn / SCORE_STEP) * SCORE_STEP, SCORE_MIN, SCORE_MAX)
        self._set_scores(tuple(round(float(v), 10) for v in clipped))

    def reset(self) -> None:
        """Back to the three default classes, T = 1, no shift, softmax, naive off."""
        self._replace(DEFAULT_SCORES, CLASS_NAMES[: len(DEFAULT_SCORES)])
        self.set_shift(0.0)
        self.set_temperature(1.0)
        self.set_mode("softmax")
        self.set_naive(False)
        self.set_focus(0)

    # Saveable ----------------------------------------------------------------------------------
    def to_state(self) -> JsonDict:
        return {
            "scores": list(self._scores),
            "labels": list(self._labels),
            "shift": self._shift,
            "temperature": self._temperature,
            "mode": self._mode,
            "naive": self._naive,
            "focus": self._focus,
        }

    def check_state(self, data: object, notes: list[str], where: str = "softmax") -> JsonDict:
        """Validate saved lab state without touching ``self`` (see ``Saveable``)."""
        mapping = require_mapping(data, where)
        known = ("scores", "labels", "shift", "temperature", "mode", "naive", "focus")
        note_unknown_keys(mapping, known, where, notes)
        scores = _read_scores(mapping, where, notes)
        labels = _read_labels(mapping, len(scores), where, notes)
        return {
            "scores": scores,
            "labels": labels,
            "shift": read_float(mapping, "shift", 0.0, SHIFT_MIN, SHIFT_MAX, where, notes),
            "temperature": read_float(
                mapping, "temperature", 1.0, TEMPERATURE_MIN, TEMPERATURE_MAX, where, notes
            ),
            "mode": read_choice(mapping, "mode", "softmax", MODES, where),
            "naive": read_bool(mapping, "naive", False, where),
            "focus": read_int(mapping, "focus", 0, 0, len(scores) - 1, where, notes),
        }

    def apply_state(self, state: JsonDict) -> None:
        self._replace(tuple(state["scores"]), tuple(state["labels"]))
        self.set_shift(state["shift"])
        self.set_temperature(state["temperature"])
        self.set_mode(state["mode"])
        self.set_naive(state["naive"])
        self.set_focus(state["focus"])

    # internals -----------------------------------------------------------------------------------
    def _check_index(self, index: int) -> None:
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < self.n:
            raise ValueError(f"class index {index!r} is outside 0..{self.n - 1}")

    def _set_scores(self, scores: tuple[float, ...]) -> None:
        if scores != self._scores:
            self._scores = scores
            self.events.scores.emit(scores)

    def _replace(self, scores: tuple[float, ...], labels: tuple[str, ...]) -> None:
        """Swap in a new set of classes; ``classes`` first, so views rebuild rows before filling."""
        count_changed = len(scores) != self.n
        scores_changed, labels_changed = scores != self._scores, labels != self._labels
        self._scores, self._labels = scores, labels
        old_focus = self._focus
        self._focus = min(self._focus, len(scores) - 1)
        if count_changed:
            self.events.classes.emit(len(scores))
        if labels_changed:
            self.events.labels.emit(labels)
        if scores_changed:
            self.events.scores.emit(scores)
        if self._focus != old_focus:
            self.events.focus.emit(self._focus)


def _finite_in_range(value: object, minimum: float, maximum: float, what: str) -> float:
    """``value`` as a float, or ``ValueError`` saying what is allowed."""
    allowed = f"{what} must be a finite number from {minimum:g} to {maximum:g}"
    if isinstance(value, bool):
        raise ValueError(f"{allowed}, got {value!r}")
    try:
        number = float(value)  # type: ignore[arg-type]  # numpy scalars, numeric strings
    except (TypeError, ValueError):
        raise ValueError(f"{allowed}, got {value!r}") from None
    if not math.isfinite(number) or not minimum <= number <= maximum:
        raise ValueError(f"{allowed}, got {value!r}")
    return number


def _clean_label(text: object) -> str:
    if not isinstance(text, str) or not text.strip():
        raise ValueError("A class needs a name")
    label = text.strip()
    if len(label) > MAX_LABEL_LENGTH:
        raise ValueError(f"A class name has at most {MAX_LABEL_LENGTH} characters")
    return label


def _read_scores(mapping: Any, where: str, notes: list[str]) -> list[float]:
    raw = mapping.get("scores", list(DEFAULT_SCORES))
    if not isinstance(raw, list | tuple):
        raise ValueError(f"{where}.scores: expected a list of numbers, found {raw!r}")
    if len(raw) < MIN_CLASSES:
        raise ValueError(f"{where}.scores: softmax needs at least {MIN_CLASSES} scores")
    if len(raw) > MAX_CLASSES:
        notes.append(f"{where}.scores: kept the first {MAX_CLASSES} of {len(raw)} scores")
        raw = raw[:MAX_CLASSES]
    return [
        read_float({f"scores[{i}]": v}, f"scores[{i}]", 0.0, SCORE_MIN, SCORE_MAX, where, notes)
        for i, v in enumerate(raw)
    ]


def _read_labels(mapping: Any, n: int, where: str, notes: list[str]) -> list[str]:
    defaults = [*CLASS_NAMES, *(f"class {i + 1}" for i in range(len(CLASS_NAMES), n))][:n]
    raw = mapping.get("labels", defaults)
    if not isinstance(raw, list | tuple):
        raise ValueError(f"{where}.labels: expected a list of names, found {raw!r}")
    labels: list[str] = []
    for i in range(n):
        if i >= len(raw):
            notes.append(f"{where}.labels: no name for class {i + 1}, using {defaults[i]!r}")
            labels.append(defaults[i])
            continue
        try:
            labels.append(_clean_label(raw[i]))
        except ValueError as error:
            notes.append(f"{where}.labels[{i}]: {error}; using {defaults[i]!r}")
            labels.append(defaults[i])
    if len(raw) > n:
        notes.append(f"{where}.labels: ignored {len(raw) - n} names beyond the scores")
    return labels
