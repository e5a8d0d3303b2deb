"""Random scores stay on the sliders even when the draw goes far beyond them.

Reference: ``randomize``'s docstring (scores rounded to the slider's step and kept in range) and the
declared slider range ``SCORE_MIN``..``SCORE_MAX``. The spread is widened to 1000 so that draws past
both ends are all but certain (|N(0, 1000^2)| < 20 has probability 0.016 per class).
"""

from __future__ import annotations

import pytest

from actviz.model.softmax import lab as softmax_lab
from actviz.model.softmax.lab import MAX_CLASSES, SCORE_MAX, SCORE_MIN, SoftmaxLabModel


def test_scores_drawn_past_both_ends_are_kept_at_the_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(softmax_lab, "RANDOM_SCALE", 1000.0)
    model = SoftmaxLabModel(seed=1)
    while model.n < MAX_CLASSES:
        model.add_class()
    model.randomize()
    assert all(SCORE_MIN <= s <= SCORE_MAX for s in model.scores)
    assert min(model.scores) == SCORE_MIN and max(model.scores) == SCORE_MAX
