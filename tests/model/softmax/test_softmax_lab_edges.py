"""The softmax lab at its edges: Randomize's declared distribution (N(0, 2^2) on the slider's
0.1 grid inside [-20, 20]), class indices that are whole numbers, the class and focus events, and
the notes of a restored section.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from actviz.model.softmax.lab import MAX_CLASSES, SCORE_MAX, SCORE_MIN, SoftmaxLabModel


def test_randomize_draws_from_n_0_2_squared_on_the_slider_grid(model: SoftmaxLabModel) -> None:
    while model.n < MAX_CLASSES:
        model.add_class()
    samples = []
    for _ in range(300):
        model.randomize()
        samples.extend(model.scores)
    values = np.array(samples)
    assert np.all((values >= SCORE_MIN) & (values <= SCORE_MAX))
    tenths = values * 10
    assert np.allclose(tenths, np.round(tenths), atol=1e-9)  # on the 0.1 grid
    # 3000 draws: the mean's standard error is 2 / sqrt(3000) = 0.037, the std's about 0.026.
    assert abs(values.mean()) < 0.2
    assert 1.85 < values.std() < 2.15
    assert len(set(samples)) > 50  # really spread, not one value


@pytest.mark.parametrize("index", [True, 1.0, -1, 3])
def test_a_class_index_that_is_not_a_whole_number_in_range_is_refused(
    model: SoftmaxLabModel, index: object
) -> None:
    assert model.n == 3
    with pytest.raises(ValueError, match="class index"):
        model.set_focus(index)  # type: ignore[arg-type]
    assert model.focus == 0


def test_adding_and_removing_announce_the_count_and_the_moved_focus(
    model: SoftmaxLabModel,
) -> None:
    counts: list[int] = []
    focus: list[int] = []
    model.events.classes.connect(counts.append)
    model.events.focus.connect(focus.append)
    model.add_class()
    model.set_focus(3)
    model.remove_class()  # the focused last class goes: the focus moves to the new last one
    assert counts == [4, 3]
    assert focus == [3, 2]


def test_a_clamped_score_is_noted_under_the_section_name(model: SoftmaxLabModel) -> None:
    notes: list[str] = []
    state = model.to_state()
    state["scores"] = [1.0, 99.0, math.nan]
    cleaned = model.check_state(state, notes)
    assert cleaned["scores"] == [1.0, SCORE_MAX, 0.0]
    assert any(n.startswith("softmax.scores[1]") for n in notes)
    assert any(n.startswith("softmax.scores[2]") for n in notes)
