"""Session: validation, emit-once semantics, overlays with stable colours, Saveable round trip."""

from __future__ import annotations

import json
import math

import pytest

from actviz.model.session import DEFAULT_VIEW, MAX_OVERLAYS, Session, check_view_range


def _count(signal) -> list:
    seen: list = []
    signal.connect(lambda *args: seen.append(args))
    return seen


def test_defaults() -> None:
    s = Session()
    assert s.choice.key == "relu"
    assert s.show_derivative is True
    assert s.overlays == ()
    assert s.view_range == DEFAULT_VIEW


def test_setters_emit_only_on_change() -> None:
    s = Session()
    shown = _count(s.events.show_derivative)
    s.set_show_derivative(True)
    assert shown == []
    s.set_show_derivative(False)
    s.set_show_derivative(False)
    assert shown == [(False,)]
    views = _count(s.events.view_range)
    s.set_view_range(DEFAULT_VIEW)
    assert views == []
    s.set_view_range((-1, 1, -2, 2))
    s.set_view_range([-1.0, 1.0, -2.0, 2.0])
    assert views == [((-1.0, 1.0, -2.0, 2.0),)]


@pytest.mark.parametrize(
    "bad",
    [
        (0, 0, -1, 1),
        (1, 0, -1, 1),
        (0, 1, 1, -1),
        (math.nan, 1, 0, 1),
        (0, math.inf, 0, 1),
        (0, 1, 0),
        "0,1,0,1",
        (0, 1, 0, "1"),
        (0, 1, True, 2),
        (-1e300, 0, 0, 1),
    ],
)
def test_bad_view_range_refused_and_state_kept(bad) -> None:
    s = Session()
    with pytest.raises(ValueError):
        s.set_view_range(bad)
    assert s.view_range == DEFAULT_VIEW
    with pytest.raises(ValueError):
        check_view_range(bad)


def test_show_derivative_must_be_bool() -> None:
    with pytest.raises(ValueError):
        Session().set_show_derivative(1)  # type: ignore[arg-type]


def test_overlays_pin_remove_and_stable_colours() -> None:
    s = Session()
    events = _count(s.events.overlays)
    s.choice.set_activation("leaky_relu", {"negative_slope": 0.2})
    first = s.pin_current()
    s.choice.set_activation("sigmoid")
    second = s.pin_current()
    third = s.pin_current()
    assert [o.colour for o in s.overlays] == [0, 1, 2]
    assert first.key == "leaky_relu" and first.params == {"negative_slope": 0.2}
    assert "0.2" in first.label()
    s.remove_overlay(1)
    assert s.overlays == (first, third)  # colours do not move when one is removed
    assert s.pin_current().colour == 1  # the freed colour is reused
    assert len(events) == 5
    with pytest.raises(ValueError):
        s.remove_overlay(9)
    s.clear_overlays()
    assert s.overlays == ()
    assert second.key == "sigmoid"


def test_overlay_limit() -> None:
    s = Session()
    for _ in range(MAX_OVERLAYS):
        s.pin_current()
    with pytest.raises(ValueError, match="at most"):
        s.pin_current()
    assert len(s.overlays) == MAX_OVERLAYS


def test_state_round_trip_through_json() -> None:
    s = Session()
    s.choice.set_activation("elu", {"alpha": 1.5})
    s.pin_current()
    s.choice.set_activation("hardtanh", {"min_val": -2.0, "max_val": 0.5})
    s.set_show_derivative(False)
    s.set_view_range((-3, 3, -1, 1))
    text = json.dumps(s.to_state())
    other = Session()
    notes: list[str] = []
    other.apply_state(other.check_state(json.loads(text), notes))
    assert notes == []
    assert other.to_state() == s.to_state()
    assert other.overlays == s.overlays


def test_check_state_is_pure_and_notes_problems() -> None:
    s = Session()
    notes: list[str] = []
    cleaned = s.check_state(
        {
            "activation": {"key": "elu", "params": {"alpha": 1e9}},
            "view_range": [1, 0, 0, 1],
            "overlays": [{"key": "relu", "params": {}, "colour": 99}],
            "surprise": 1,
        },
        notes,
    )
    assert s.choice.key == "relu"  # untouched
    assert cleaned["activation"]["params"]["alpha"] < 1e9  # clamped
    assert cleaned["view_range"] == DEFAULT_VIEW
    assert cleaned["overlays"][0]["colour"] < 99
    joined = " ".join(notes)
    for word in ("alpha", "view_range", "colour", "surprise"):
        assert word in joined


@pytest.mark.parametrize(
    "bad",
    [
        [],
        "explorer",
        {"activation": {"key": "no_such"}},
        {"show_derivative": "yes"},
        {"overlays": {"key": "relu"}},
        {"overlays": [{"key": "nope"}]},
        {"overlays": ["relu"]},
    ],
)
def test_check_state_refuses_malformed(bad) -> None:
    with pytest.raises(ValueError):
        Session().check_state(bad, [])


def test_hiding_a_pinned_curve_keeps_it_pinned_and_emits_once() -> None:
    s = Session()
    first = s.pin_current()
    s.choice.set_activation("tanh")
    second = s.pin_current()
    events = _count(s.events.overlays)
    s.set_overlay_visible(0, False)
    s.set_overlay_visible(0, False)
    assert len(events) == 1
    assert s.overlays[0].visible is False and s.overlays[1] == second
    assert (s.overlays[0].key, s.overlays[0].colour) == (first.key, first.colour)
    s.set_overlay_visible(0, True)
    assert s.overlays == (first, second)
    with pytest.raises(ValueError):
        s.set_overlay_visible(2, True)
    with pytest.raises(ValueError):
        s.set_overlay_visible(0, "no")  # type: ignore[arg-type]


def test_hidden_state_survives_a_save_and_old_files_show_every_curve() -> None:
    s = Session()
    s.pin_current()
    s.set_overlay_visible(0, False)
    other = Session()
    notes: list[str] = []
    other.apply_state(other.check_state(json.loads(json.dumps(s.to_state())), notes))
    assert other.overlays[0].visible is False
    # A lesson written before pinned curves could be hidden has no "visible": shown.
    old = {"overlays": [{"key": "tanh", "params": {}, "colour": 0}]}
    other.apply_state(other.check_state(old, notes))
    assert other.overlays[0].visible is True
    with pytest.raises(ValueError):
        other.check_state({"overlays": [{"key": "tanh", "visible": "no"}]}, [])
