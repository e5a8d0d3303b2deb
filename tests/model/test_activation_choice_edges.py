"""ActivationChoice.check_state on saved params: each parameter is read on its own, and a set of
params the activation refuses as a whole (hardtanh needs max_val > min_val) falls back to
the declared defaults with a note.
"""

from __future__ import annotations

from actviz import core
from actviz.model.activation_choice import ActivationChoice


def test_an_unknown_parameter_does_not_hide_the_known_ones_after_it() -> None:
    notes: list[str] = []
    state = ActivationChoice("relu").check_state(
        {"key": "leaky_relu", "params": {"bogus": 1.0, "negative_slope": 0.3}}, notes
    )
    assert state["params"]["negative_slope"] == 0.3
    assert any("bogus" in note for note in notes)


def test_crossed_bounds_fall_back_to_the_defaults_with_a_note() -> None:
    notes: list[str] = []
    # each bound is inside its own range; as a pair they are crossed
    saved = {"key": "hardtanh", "params": {"min_val": 0.0, "max_val": 0.0}}
    state = ActivationChoice("relu").check_state(saved, notes)
    assert state["params"] == core.get("hardtanh").defaults()
    assert notes and all(isinstance(n, str) for n in notes)
    assert "using the defaults" in notes[-1]
    choice = ActivationChoice("relu")
    choice.apply_state(state)
    assert choice.key == "hardtanh" and choice.params == core.get("hardtanh").defaults()
