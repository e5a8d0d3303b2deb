"""The softmax lab model the tests of this folder start from (seeded, so random is repeatable)."""

from __future__ import annotations

import pytest

from actviz.model.softmax.lab import SoftmaxLabModel


@pytest.fixture
def model() -> SoftmaxLabModel:
    return SoftmaxLabModel(seed=1)
