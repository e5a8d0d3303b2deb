"""The editor state: typing keeps the last good formula; ranges validated; commit adds or edits."""

from __future__ import annotations

import numpy as np
import pytest

from actviz import core
from actviz.core import ParamRange
from actviz.model.custom.activations import CustomActivations
from actviz.model.custom.draft import ActivationDraft


def test_typing_parses_and_a_mistake_keeps_the_last_good_formula() -> None:
    draft = ActivationDraft(CustomActivations())
    errors: list[object] = []
    draft.events.error.connect(errors.append)
    draft.set_text("x * sigmoid(beta * x)")
    good = draft.activation
    assert good is not None and [p.name for p in good.params] == ["beta"]
    assert draft.error is None and errors == []
    draft.set_text("x * sigmoid(beta * x")
    assert draft.activation is good  # the preview keeps the last good one
    assert draft.error is not None and draft.error.column == 12
    assert errors == [draft.error]
    draft.set_text("x * sigmoid(beta * x) + gamma")
    assert draft.error is None and errors[-1] is None
    assert list(draft.ranges) == ["beta", "gamma"]


def test_ranges_survive_retyping_and_are_validated() -> None:
    draft = ActivationDraft(CustomActivations())
    draft.set_text("a * x")
    draft.set_range("a", maximum=3.0)
    draft.set_range("a", default=2.5)
    assert draft.ranges["a"] == ParamRange(2.5, -10.0, 3.0)
    with pytest.raises(ValueError, match="minimum"):
        draft.set_range("a", minimum=4.0)
    with pytest.raises(ValueError):
        draft.set_range("a", default=float("nan"))
    assert draft.ranges["a"] == ParamRange(2.5, -10.0, 3.0)
    draft.set_text("a * x^2 + b")
    assert draft.ranges == {"a": ParamRange(2.5, -10.0, 3.0), "b": ParamRange()}
    assert draft.activation is not None and draft.activation.param("a").default == 2.5


def test_commit_adds_then_edits() -> None:
    customs = CustomActivations()
    draft = ActivationDraft(customs)
    assert not draft.can_commit()
    draft.set_text("x^3 - x")
    assert draft.name_problem() is not None and not draft.can_commit()
    draft.set_name("Cubic")
    key = draft.commit()
    assert core.get(key).forward(2.0) == 6.0

    edit = ActivationDraft(customs, editing=key)
    assert edit.text == "x^3 - x" and edit.name == "Cubic"
    edit.set_text("x^3 - 2*x")
    assert edit.commit() == key and core.get(key).forward(2.0) == 4.0

    other = ActivationDraft(customs)
    other.set_text("x")
    other.set_name("cubic")
    assert "exists already" in (other.name_problem() or "")
    with pytest.raises(ValueError):
        other.commit()


def test_preview_samples_the_default_params() -> None:
    draft = ActivationDraft(CustomActivations())
    with pytest.raises(ValueError):
        draft.preview(-5, 5, 200)
    draft.set_text("abs(x - a)")
    draft.set_range("a", default=1.0)
    samples = draft.preview(-5.0, 5.0, 200)
    finite = np.isfinite(samples.f_y)
    np.testing.assert_allclose(samples.f_y[finite], np.abs(samples.f_x[finite] - 1.0))
    assert 1.0 in samples.f_x  # the kink is sampled exactly
