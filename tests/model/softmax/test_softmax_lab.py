"""SoftmaxLabModel: validation, one event per real change, classes, random/reset, save/load;
and the snapshot the panel draws, checked against closed forms."""

from __future__ import annotations

import importlib
import json
import math

import numpy as np
import pytest
from scipy.special import expit

from actviz.model.softmax.lab import (
    MAX_CLASSES,
    MIN_CLASSES,
    SoftmaxLabModel,
)
from actviz.model.softmax.snapshot import take_snapshot, take_sweep
from actviz.model.state import Saveable


class Recorder:
    """Counts every event the model emits, by name."""

    def __init__(self, model: SoftmaxLabModel) -> None:
        self.seen: list[tuple[str, object]] = []
        for name in (
            "classes",
            "scores",
            "labels",
            "shift",
            "temperature",
            "mode",
            "naive",
            "focus",
        ):
            getattr(model.events, name).connect(self._recorder(name))

    def _recorder(self, name: str):
        def record(value: object) -> None:
            self.seen.append((name, value))

        return record

    def names(self) -> list[str]:
        return [name for name, _ in self.seen]


@pytest.fixture
def model() -> SoftmaxLabModel:
    return SoftmaxLabModel(seed=1)


def test_defaults(model):
    assert model.n == 3
    assert model.labels == ("cat", "dog", "bird")
    assert model.scores == (2.0, 1.0, 0.1)
    assert model.temperature == 1.0 and model.shift == 0.0
    assert model.mode == "softmax" and not model.naive and model.focus == 0
    np.testing.assert_array_equal(model.logits, [2.0, 1.0, 0.1])


def test_is_saveable(model):
    assert isinstance(model, Saveable)
    assert model.state_key == "softmax"


# --- setters: validate, emit once, emit nothing when unchanged ------------------------------------


@pytest.mark.parametrize(
    ("setter", "args", "event"),
    [
        ("set_score", (1, 3.5), "scores"),
        ("set_label", (0, "tiger"), "labels"),
        ("set_shift", (250.0,), "shift"),
        ("set_temperature", (0.25,), "temperature"),
        ("set_mode", ("softmin",), "mode"),
        ("set_naive", (True,), "naive"),
        ("set_focus", (2,), "focus"),
    ],
)
def test_setters_emit_once_and_not_again_for_the_same_value(model, setter, args, event):
    rec = Recorder(model)
    getattr(model, setter)(*args)
    getattr(model, setter)(*args)
    assert rec.names() == [event]


@pytest.mark.parametrize("bad", ["abc", math.nan, math.inf, -math.inf, 20.5, -21.0, None, True])
def test_bad_scores_are_refused_and_nothing_changes(model, bad):
    rec = Recorder(model)
    with pytest.raises(ValueError, match="cat's score must be a finite number from -20 to 20"):
        model.set_score(0, bad)
    assert model.scores == (2.0, 1.0, 0.1)
    assert rec.seen == []


@pytest.mark.parametrize("bad", ["warm", math.nan, math.inf, 0.0, -1.0, 0.005, 100.5])
def test_bad_temperatures_are_refused(model, bad):
    with pytest.raises(ValueError, match=r"temperature must be a finite number from 0\.01 to 100"):
        model.set_temperature(bad)
    assert model.temperature == 1.0


@pytest.mark.parametrize("bad", [math.nan, 1001.0, "x"])
def test_bad_shift_is_refused(model, bad):
    with pytest.raises(ValueError, match="shift must be a finite number from -1000 to 1000"):
        model.set_shift(bad)
    assert model.shift == 0.0


def test_temperature_limits_are_accepted(model):
    model.set_temperature(0.01)
    model.set_temperature(100)
    assert model.temperature == 100.0


@pytest.mark.parametrize("bad", ["", "   ", None, "x" * 21])
def test_bad_labels_are_refused(model, bad):
    with pytest.raises(ValueError, match="class"):
        model.set_label(1, bad)
    assert model.labels[1] == "dog"


def test_labels_are_stripped(model):
    model.set_label(1, "  wolf ")
    assert model.labels[1] == "wolf"


def test_bad_mode_and_index(model):
    with pytest.raises(ValueError, match="softmax, log_softmax, softmin"):
        model.set_mode("argmax")
    with pytest.raises(ValueError, match=r"outside 0\.\.2"):
        model.set_score(3, 1.0)
    with pytest.raises(ValueError, match="outside"):
        model.set_focus(-1)


def test_set_scores_replaces_all_and_checks_length(model):
    rec = Recorder(model)
    model.set_scores([0.0, 0.0, 0.0])
    assert rec.names() == ["scores"]
    with pytest.raises(ValueError, match="expected 3 scores"):
        model.set_scores([1.0, 2.0])


def test_logits_are_scores_plus_shift(model):
    model.set_shift(-300.0)
    np.testing.assert_array_equal(model.logits, [-298.0, -299.0, -299.9])


# --- classes: 2..10 -------------------------------------------------------------------------------


def test_add_and_remove_classes_within_two_and_ten(model):
    rec = Recorder(model)
    model.add_class()
    assert model.n == 4 and model.labels[-1] == "frog" and model.scores[-1] == 0.0
    assert rec.names() == ["classes", "labels", "scores"]
    while model.n < MAX_CLASSES:
        model.add_class()
    with pytest.raises(ValueError, match="at most 10"):
        model.add_class()
    assert len(set(model.labels)) == MAX_CLASSES
    while model.n > MIN_CLASSES:
        model.remove_class()
    with pytest.raises(ValueError, match="at least 2"):
        model.remove_class()
    assert model.labels == ("cat", "dog")


def test_removing_a_middle_class_keeps_the_others_and_moves_focus(model):
    model.set_focus(2)
    rec = Recorder(model)
    model.remove_class(0)
    assert model.labels == ("dog", "bird") and model.scores == (1.0, 0.1)
    assert model.focus == 1
    assert rec.names() == ["classes", "labels", "scores", "focus"]


# --- random and reset -----------------------------------------------------------------------------


def test_random_is_seeded_in_range_and_on_the_step_grid():
    a, b = SoftmaxLabModel(seed=7), SoftmaxLabModel(seed=7)
    a.randomize()
    b.randomize()
    assert a.scores == b.scores != (2.0, 1.0, 0.1)
    for v in a.scores:
        assert -20.0 <= v <= 20.0
        assert abs(v * 10 - round(v * 10)) < 1e-9


def test_reset_restores_every_default(model):
    model.add_class()
    model.set_label(0, "lion")
    model.randomize()
    model.set_shift(500)
    model.set_temperature(0.05)
    model.set_mode("log_softmax")
    model.set_naive(True)
    model.set_focus(3)
    model.reset()
    assert model.to_state() == SoftmaxLabModel().to_state()


# --- Saveable -------------------------------------------------------------------------------------


def test_state_round_trips_through_json(model):
    model.add_class()
    model.set_label(3, "wolf")
    model.set_score(3, -4.5)
    model.set_shift(710.0)
    model.set_temperature(0.3)
    model.set_mode("softmin")
    model.set_naive(True)
    model.set_focus(3)
    saved = json.loads(json.dumps(model.to_state()))
    other = SoftmaxLabModel()
    notes: list[str] = []
    rec = Recorder(other)
    other.apply_state(other.check_state(saved, notes))
    assert notes == []
    assert other.to_state() == model.to_state()
    assert rec.names().count("scores") == 1


def test_check_state_is_pure_and_clamps_with_notes(model):
    notes: list[str] = []
    data = {
        "scores": [1.0, 99.0, float("nan"), 0.0],
        "labels": ["a", "", "c"],
        "temperature": 1e6,
        "shift": -5000,
        "focus": 9,
        "colour": "red",
    }
    state = model.check_state(data, notes)
    assert model.to_state() == SoftmaxLabModel().to_state()  # untouched
    assert state["scores"] == [1.0, 20.0, 0.0, 0.0]
    assert state["labels"][0] == "a" and state["labels"][2] == "c"
    assert state["labels"][1] and state["labels"][3]
    assert state["temperature"] == 100.0 and state["shift"] == -1000.0 and state["focus"] == 3
    joined = "\n".join(notes)
    for fragment in ("colour", "scores[1]", "scores[2]", "temperature", "shift", "focus", "labels"):
        assert fragment in joined


def test_check_state_truncates_too_many_scores(model):
    notes: list[str] = []
    state = model.check_state({"scores": list(range(12))}, notes)
    assert len(state["scores"]) == 10 and len(state["labels"]) == 10
    assert any("first 10" in n for n in notes)


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ([1, 2], "expected an object"),
        ({"scores": [1.0]}, "at least 2"),
        ({"scores": "1,2"}, "list of numbers"),
        ({"scores": [1.0, "x"]}, "expected a number"),
        ({"mode": "hardmax"}, "mode"),
        ({"naive": "yes"}, "naive"),
        ({"labels": "a,b"}, "list of names"),
    ],
)
def test_check_state_refuses_wrong_types(model, data, fragment):
    with pytest.raises(ValueError, match=fragment):
        model.check_state(data, [])


# --- the snapshot ---------------------------------------------------------------------------------


def test_snapshot_matches_closed_forms(model):
    model.set_scores([math.log(3.0), 0.0, 0.0])
    snap = take_snapshot(model)
    np.testing.assert_allclose(snap.probabilities, [0.6, 0.2, 0.2], rtol=1e-14)
    np.testing.assert_allclose(snap.terms, [1.0, 1 / 3, 1 / 3], rtol=1e-14)
    want_bits = -(0.6 * math.log2(0.6) + 2 * 0.2 * math.log2(0.2))
    assert snap.entropy_bits == pytest.approx(want_bits, rel=1e-13)
    assert snap.entropy_fraction == pytest.approx(want_bits / math.log2(3), rel=1e-13)
    assert snap.top == 0 and snap.top_probability == pytest.approx(0.6)
    p = np.array([0.6, 0.2, 0.2])
    np.testing.assert_allclose(snap.jacobian, np.diag(p) - np.outer(p, p), atol=1e-15)


def test_snapshot_ignores_the_shift_but_naive_overflows(model):
    before = take_snapshot(model)
    model.set_shift(800.0)
    after = take_snapshot(model)
    np.testing.assert_allclose(after.probabilities, before.probabilities, rtol=1e-12)
    np.testing.assert_allclose(after.terms, before.terms, rtol=1e-12)
    assert after.naive.failed and after.naive.overflowed.all()
    assert not before.naive.failed


def test_snapshot_softmin_top_is_the_smallest_logit(model):
    model.set_mode("softmin")
    snap = take_snapshot(model)
    assert snap.top == 2
    np.testing.assert_allclose(snap.terms, np.exp(0.1 - np.array([2.0, 1.0, 0.1])), rtol=1e-14)


def test_two_class_sweep_is_the_sigmoid_of_the_difference(model):
    model.remove_class()
    model.set_temperature(0.5)
    curve = take_sweep(model, 0)
    want = expit((curve.values - 1.0) / 0.5)
    np.testing.assert_allclose(curve.curve, want, rtol=1e-12)
    np.testing.assert_allclose(curve.as_sigmoid, want, rtol=1e-12)
    assert curve.values[0] < min(model.logits) and curve.values[-1] > max(model.logits)
    assert curve.current == 2.0
    assert curve.current_output == pytest.approx(expit(2.0), rel=1e-14)


def test_lesson_file_round_trip_and_a_bad_section_changes_nothing(model):
    from actviz.model import session_file

    model.set_temperature(0.05)
    model.set_label(0, "lion")
    text = session_file.dumps([model])
    other = SoftmaxLabModel()
    assert session_file.loads(text, [other]) == []
    assert other.to_state() == model.to_state()
    broken = text.replace('"naive": false', '"naive": "maybe"')
    with pytest.raises(session_file.SessionFileError, match="softmax"):
        session_file.loads(broken, [other])
    assert other.to_state() == model.to_state()


@pytest.mark.parametrize("mode", ["softmax", "log_softmax", "softmin"])
@pytest.mark.parametrize("temperature", [0.05, 0.5, 1.0, 3.0, 40.0])
def test_readouts_follow_the_temperature(model, temperature, mode):
    """Entropy and top probability at any T, from the closed form of scores (log 3, 0, 0):
    softmax weights (3^(1/T), 1, 1), softmin's (3^(-1/T), 1, 1) (it sees the scores negated).
    The log-probabilities are written with log1p so that sharp distributions keep every digit."""
    model.set_scores([math.log(3.0), 0.0, 0.0])
    model.set_temperature(temperature)
    model.set_mode(mode)
    snap = take_snapshot(model)
    r = 3.0 ** (-1.0 / temperature)  # the ratio of a small weight to the large one(s)
    if mode == "softmin":  # weights (r, 1, 1): the zeros share the top, argmax takes the first
        log_p = [math.log(r) - math.log(2.0) - math.log1p(r / 2.0)] + [
            -math.log(2.0) - math.log1p(r / 2.0)
        ] * 2
        want_top = 1
    else:  # weights (1, r, r) after dividing by 3^(1/T)
        log_p = [-math.log1p(2.0 * r)] + [math.log(r) - math.log1p(2.0 * r)] * 2
        want_top = 0
    want_p = [math.exp(v) for v in log_p]
    want_bits = -sum(p * v for p, v in zip(want_p, log_p, strict=True)) / math.log(2.0)
    np.testing.assert_allclose(snap.probabilities, want_p, rtol=1e-12)
    assert snap.entropy_bits == pytest.approx(want_bits, rel=1e-9)
    assert snap.entropy_fraction == pytest.approx(want_bits / math.log2(3.0), rel=1e-9)
    assert snap.top == want_top
    assert snap.top_probability == pytest.approx(want_p[want_top], rel=1e-12)


@pytest.mark.parametrize("mode", ["log_softmax", "softmin"])
def test_the_snapshot_follows_the_mode_and_temperature_in_every_field(model, mode):
    sm = importlib.import_module("actviz.core.softmax")

    model.set_temperature(0.5)
    model.set_mode(mode)
    model.set_label(1, "wolf")
    snap = take_snapshot(model)
    z = np.array(model.logits)
    assert snap.labels == model.labels and snap.temperature == 0.5 and snap.mode == mode
    np.testing.assert_array_equal(snap.logits, z)
    np.testing.assert_allclose(snap.output, sm.transform(z, 0.5, mode), rtol=1e-14)
    np.testing.assert_allclose(snap.jacobian, sm.transform_jacobian(z, 0.5, mode), rtol=1e-14)
    np.testing.assert_allclose(snap.naive.output, sm.naive_transform(z, 0.5, mode).output)
    sign = -1.0 if mode == "softmin" else 1.0
    w = np.exp(sign * (z - (z.min() if mode == "softmin" else z.max())) / 0.5)
    np.testing.assert_allclose(snap.terms, w, rtol=1e-14)


@pytest.mark.parametrize("mode", ["softmax", "log_softmax", "softmin"])
def test_the_sweep_follows_the_focus_mode_and_temperature(model, mode):
    sm = importlib.import_module("actviz.core.softmax")
    from actviz.model.softmax.snapshot import SWEEP_POINTS

    model.set_temperature(2.0)
    model.set_mode(mode)
    model.set_focus(1)
    curve = take_sweep(model)
    z = np.array(model.logits)
    assert curve.index == 1 and take_sweep(model, 2).index == 2
    assert curve.values.size == SWEEP_POINTS
    # The window holds every logit and 8 T on each side (at least 5).
    assert curve.values[0] == pytest.approx(z.min() - 16.0) and curve.values[-1] == pytest.approx(
        z.max() + 16.0
    )
    np.testing.assert_allclose(curve.curve, sm.sweep(z, 1, curve.values, 2.0, mode), rtol=1e-13)
    np.testing.assert_allclose(
        curve.as_sigmoid, sm.one_vs_rest(z, 1, curve.values, 2.0, mode), rtol=1e-13
    )
    assert curve.current_output == pytest.approx(sm.transform(z, 2.0, mode)[1], rel=1e-14)


def test_the_sweep_window_is_at_least_five_wide_on_each_side(model):
    from actviz.model.softmax.snapshot import sweep_range

    assert sweep_range(np.array([1.0, -2.0]), 0.1) == (-7.0, 6.0)
    assert sweep_range(np.array([1.0, -2.0]), 0.625) == (-7.0, 6.0)  # 8 T = 5 exactly
    assert sweep_range(np.array([1.0, -2.0]), 1.0) == (-10.0, 9.0)
