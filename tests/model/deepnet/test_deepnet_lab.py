"""The deep-network lab's state: validation, events, presets, requests and session state."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from actviz.model.deepnet.lab import DeepNetLab
from actviz.model.deepnet.presets import PRESETS
from actviz.model.deepnet.space_bender import MAX_LAYERS, SpaceBender
from actviz.model.state import Saveable


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def __call__(self, *args: object) -> None:
        self.calls.append(args)


def test_lab_is_saveable_under_deepnet() -> None:
    lab = DeepNetLab()
    assert isinstance(lab, Saveable) and lab.state_key == "deepnet"


@pytest.mark.parametrize(
    ("setter", "good", "bad"),
    [
        ("set_depth", 50, [0, 101, 2.5, "7", True, None]),
        ("set_width", 512, [7, 1025, float("nan")]),
        ("set_batch", 64, [15, 513]),
        ("set_seed", 9, [-1, 2**31]),
        ("set_sigma", 0.5, [0.0, -1.0, 11.0, float("nan"), float("inf"), "x"]),
        ("set_init", "xavier_uniform", ["orthogonal", 3]),
    ],
)
def test_setters_validate_emit_once_and_stay_silent_when_unchanged(setter, good, bad) -> None:
    lab = DeepNetLab()
    field = setter.removeprefix("set_")
    seen, settings = Recorder(), Recorder()
    getattr(lab.events, field).connect(seen)
    lab.events.settings.connect(settings)
    getattr(lab, setter)(good)
    assert getattr(lab, field) == good and seen.calls == [(good,)] and len(settings.calls) == 1
    getattr(lab, setter)(good)
    assert len(seen.calls) == 1 and len(settings.calls) == 1
    for value in bad:
        with pytest.raises(ValueError, match=field):
            getattr(lab, setter)(value)
        assert getattr(lab, field) == good


def test_activation_changes_ask_for_a_new_run_but_compare_only_when_enabled() -> None:
    lab = DeepNetLab()
    settings = Recorder()
    lab.events.settings.connect(settings)
    lab.choice.set_activation("sigmoid")
    assert len(settings.calls) == 1
    lab.compare.set_activation("selu")
    assert len(settings.calls) == 1
    lab.set_compare_enabled(True)
    lab.compare.set_activation("elu")
    assert len(settings.calls) == 3


@pytest.mark.parametrize("item", PRESETS, ids=lambda p: p.name)
def test_each_preset_sets_everything_in_one_event_with_its_notice(item) -> None:
    lab = DeepNetLab()
    lab.set_seed(5)
    settings, notices = Recorder(), Recorder()
    lab.events.settings.connect(settings)
    lab.events.notice.connect(notices)
    lab.apply_preset(item.name)
    assert len(settings.calls) == 1
    assert lab.notice == item.notice and notices.calls == [(item.notice,)]
    main, compare = lab.requests()
    assert (main.key, main.init, main.depth, main.width, main.seed) == (
        item.activation, item.init, item.depth, item.width, 0,
    )  # fmt: skip
    assert main.sigma == (item.sigma if item.init == "normal" else None)
    assert (compare is None) == (item.compare is None)
    # A manual change afterwards clears the notice: it no longer describes what is shown.
    lab.set_depth(3)
    assert lab.notice == "" and notices.calls[-1] == ("",)


def test_unknown_preset_raises() -> None:
    with pytest.raises(ValueError, match="known"):
        DeepNetLab().apply_preset("nonesuch")


def test_request_runs_the_core_simulation() -> None:
    lab = DeepNetLab()
    lab.set_depth(3)
    lab.set_width(16)
    lab.set_batch(16)
    main, compare = lab.requests()
    assert compare is None
    result = main.run()
    assert result.depth == 3 and result.width == 16 and result.key == "relu"


def test_set_results_emits() -> None:
    lab = DeepNetLab()
    seen = Recorder()
    lab.events.results.connect(seen)
    lab.set_results(None, None, "boom")
    assert lab.error == "boom" and seen.calls == [()]


def test_state_round_trips_through_json() -> None:
    lab = DeepNetLab()
    lab.apply_preset("sigmoid_vanishing")
    lab.choice.set_activation("leaky_relu", {"negative_slope": 0.2})
    lab.bending.set_layers(5)
    lab.bending.set_weight(1, 0, 1, -2.5)
    lab.bending.choice.set_activation("identity")
    saved = json.loads(json.dumps(lab.to_state()))
    other = DeepNetLab()
    notes: list[str] = []
    other.apply_state(other.check_state(saved, notes))
    assert notes == []
    assert other.to_state() == lab.to_state()
    assert other.bending.weight(1, 0, 1) == -2.5


def test_check_state_clamps_with_notes_ignores_unknown_keys_and_changes_nothing() -> None:
    lab = DeepNetLab()
    before = lab.to_state()
    notes: list[str] = []
    state = lab.check_state({"depth": 500, "sigma": 1e9, "colour": "red"}, notes)
    assert lab.to_state() == before
    assert state["depth"] == 100 and state["sigma"] == 10.0
    assert any("depth" in n for n in notes) and any("sigma" in n for n in notes)
    assert any("colour" in n for n in notes)


@pytest.mark.parametrize(
    ("sigma", "kept"),
    # SIGMA_RANGE is [1e-4, 10]: zero, negative and infinite values clamp into it, NaN takes the
    # default 0.01; every one is a sigma the lab accepts.
    [(0.0, 1e-4), (-3.0, 1e-4), (math.inf, 10.0), (-math.inf, 1e-4), (math.nan, 0.01)],
)
def test_a_lesson_sigma_outside_the_range_becomes_a_valid_one_with_a_note(sigma, kept) -> None:
    lab = DeepNetLab()
    notes: list[str] = []
    state = lab.check_state({"init": "normal", "sigma": sigma}, notes)
    assert state["sigma"] == kept and any("sigma" in n for n in notes)
    lab.apply_state(state)
    assert lab.sigma == kept


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"depth": "deep"},
        {"init": "orthogonal"},
        {"activation": {"key": "nonesuch"}},
        {"compare_enabled": "yes"},
        {"bending": {"weights": [[1, 2]]}},
        {"bending": {"dataset": "spiral"}},
    ],
)
def test_check_state_refuses_malformed_data(data) -> None:
    with pytest.raises(ValueError):
        DeepNetLab().check_state(data, [])


# --- the bending half -------------------------------------------------------------------------
def test_bender_setters_validate_and_emit() -> None:
    bender = SpaceBender()
    changed = Recorder()
    bender.events.changed.connect(changed)
    bender.set_weight(0, 1, 0, 2.0)
    bender.set_weight(0, 1, 0, 2.0)
    assert bender.weight(0, 1, 0) == 2.0 and len(changed.calls) == 1
    for bad in (3.5, float("nan"), "x", True):
        with pytest.raises(ValueError, match=r"W1\[2,1\]"):
            bender.set_weight(0, 1, 0, bad)
    with pytest.raises(ValueError, match="b2"):
        bender.set_bias(1, 0, float("inf"))
    with pytest.raises(ValueError, match="layers"):
        bender.set_layers(MAX_LAYERS + 1)
    with pytest.raises(ValueError, match="data set"):
        bender.set_dataset("spiral")
    bender.choice.set_activation("relu")
    assert len(changed.calls) == 2


def test_new_seed_redraws_weights_and_layer_count_keeps_them() -> None:
    bender = SpaceBender()
    w0 = bender.weight(0, 0, 0)
    bender.set_layers(6)
    assert bender.weight(0, 0, 0) == w0
    bender.set_seed(1)
    assert bender.weight(0, 0, 0) != w0


def test_identity_snapshot_is_its_affine_map() -> None:
    bender = SpaceBender("identity")
    bender.set_layers(4)
    snap = bender.snapshot()
    assert snap.is_linear and len(snap.points) == 5 and len(snap.grid) == 5
    x = snap.points[0]
    np.testing.assert_allclose(snap.points[-1], x @ snap.affine_a.T + snap.affine_b, atol=1e-12)


def test_tanh_snapshot_is_not_affine() -> None:
    snap = SpaceBender("tanh").snapshot()
    assert not snap.is_linear
    x = snap.points[0]
    assert np.max(np.abs(snap.points[-1] - (x @ snap.affine_a.T + snap.affine_b))) > 0.1
    assert np.all(np.abs(snap.points[-1]) < 1)
