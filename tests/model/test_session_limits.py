"""The explorer's session at its edges: view ranges exactly at the limits, pinned curves shown and
hidden, a saved pin's flag read back, and a pinned custom activation that is published again.

References: the docstring of ``clamp_view_range`` (a valid axis comes back bit for bit; infinite
ends are cut back to ``VIEW_LIMIT`` first), the limits ``VIEW_LIMIT`` and ``MIN_VIEW_SPAN`` as
declared (closed: a view reaching them is valid), ``set_overlay_visible``'s docstring (the curve
keeps its place, colour and parameters), and the custom registry's contract (every model showing an
edited custom activation is told, even when its values did not change).
"""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from actviz import core
from actviz.model.custom import registry as custom_registry
from actviz.model.session import MIN_VIEW_SPAN, VIEW_LIMIT, Session, clamp_view_range


# clamp_view_range -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "axis",
    [
        (-VIEW_LIMIT, 0.1),  # the lower limit itself is inside
        (-0.1, VIEW_LIMIT),  # so is the upper one
        (-VIEW_LIMIT, VIEW_LIMIT),
        (0.0, MIN_VIEW_SPAN),  # exactly the narrowest span near 0
        (-MIN_VIEW_SPAN / 2, MIN_VIEW_SPAN / 2),
    ],
)
def test_a_view_exactly_at_a_limit_is_valid_and_kept_bit_for_bit(axis) -> None:
    assert clamp_view_range((*axis, *axis)) == (*axis, *axis)


def test_one_infinite_end_is_cut_back_to_the_limit_and_the_other_kept() -> None:
    assert clamp_view_range((0.0, math.inf, -math.inf, 5.0)) == (0.0, VIEW_LIMIT, -VIEW_LIMIT, 5.0)


# pinned curves ----------------------------------------------------------------------------------
def pinned_session() -> Session:
    session = Session("relu")
    for key in ("relu", "tanh", "sigmoid"):
        session.choice.set_activation(key)
        session.pin_current()
    return session


def test_hiding_a_pinned_curve_keeps_every_curve_in_its_place() -> None:
    session = pinned_session()
    before = session.overlays
    for index in (1, 0, 2):
        session.set_overlay_visible(index, False)
        assert [o.key for o in session.overlays] == ["relu", "tanh", "sigmoid"]
    assert [o.visible for o in session.overlays] == [False, False, False]
    assert [o.colour for o in session.overlays] == [o.colour for o in before]
    session.set_overlay_visible(1, True)
    assert [o.visible for o in session.overlays] == [False, True, False]


def test_showing_a_curve_that_is_not_there_or_with_a_non_flag_says_why() -> None:
    session = pinned_session()
    with pytest.raises(ValueError, match=r"^no pinned curve number 3$"):
        session.set_overlay_visible(3, True)
    with pytest.raises(ValueError, match=r"^visible must be true or false, got 1$"):
        session.set_overlay_visible(0, 1)  # type: ignore[arg-type]


def test_a_saved_pin_whose_visible_flag_is_not_a_flag_is_refused_naming_the_pin() -> None:
    session = pinned_session()
    state = session.to_state()
    state["overlays"][1]["visible"] = 1
    with pytest.raises(ValueError, match=r"^explorer\.overlays\[1\]\.visible: expected true or"):
        session.check_state(state, [])


# a pinned custom activation published again -----------------------------------------------------
def publish_copy(base: str, key: str, **changes: object) -> None:
    """A catalogue activation published as the custom activation ``key`` (no formula needed)."""
    custom_registry.publish(
        replace(core.get(base), key=key, family=core.CUSTOM_FAMILY, **changes)  # type: ignore[arg-type]
    )


def test_a_pinned_custom_activation_published_again_is_announced_and_keeps_its_colour() -> None:
    publish_copy("elu", "custom:e")
    session = Session("relu")
    session.pin_current()
    session.choice.set_activation("custom:e", {"alpha": 0.5})
    pinned = session.pin_current()
    assert pinned.colour == 1
    seen: list[object] = []
    session.events.overlays.connect(seen.append)
    publish_copy("elu", "custom:e")  # the same values: the label or curve may still differ
    assert len(seen) == 1
    assert session.overlays[1] == pinned  # same key, params, colour and visibility


def test_a_custom_choice_published_again_keeps_a_discrete_parameter() -> None:
    publish_copy("gelu", "custom:g")
    session = Session("custom:g", {"approximate": "tanh"})
    publish_copy("gelu", "custom:g")
    assert session.choice.params == {"approximate": "tanh"}


def test_kept_parameters_that_the_new_version_refuses_fall_back_to_its_defaults() -> None:
    publish_copy("hardtanh", "custom:h")
    session = Session("custom:h", {"min_val": -0.5, "max_val": 0.5})

    def defaults_only(params: dict[str, object]) -> None:
        if params != {"min_val": -1.0, "max_val": 1.0}:
            raise ValueError("only the defaults")

    seen: list[object] = []
    session.choice.events.params.connect(seen.append)
    publish_copy("hardtanh", "custom:h", check=defaults_only)
    assert session.choice.params == {"min_val": -1.0, "max_val": 1.0}
    assert seen == [{"min_val": -1.0, "max_val": 1.0}]
