"""DeepNetLab at its edges: every declared range end accepted (depth 1..100, width 8..1024,
batch 16..512, seed 0..2**31-1), refusals that name the field, and sigma restored as saved.
"""

from __future__ import annotations

import re

import pytest

from actviz.core.deepnet.weight_init import INITS
from actviz.model.deepnet.lab import (
    BATCH_RANGE,
    DEPTH_RANGE,
    SEED_MAX,
    WIDTH_RANGE,
    DeepNetLab,
)
from actviz.model.deepnet.presets import PRESETS, preset

FIELDS = {"depth": DEPTH_RANGE, "width": WIDTH_RANGE, "batch": BATCH_RANGE, "seed": (0, SEED_MAX)}


@pytest.mark.parametrize("field", sorted(FIELDS))
def test_both_ends_of_each_declared_range_are_accepted(field: str) -> None:
    lab = DeepNetLab()
    for value in FIELDS[field]:
        getattr(lab, f"set_{field}")(value)
        assert getattr(lab, field) == value


@pytest.mark.parametrize("field", sorted(FIELDS))
def test_a_whole_number_typed_as_a_float_is_accepted(field: str) -> None:
    lab = DeepNetLab()
    low = FIELDS[field][0]
    getattr(lab, f"set_{field}")(float(low + 1))
    assert getattr(lab, field) == low + 1


@pytest.mark.parametrize("field", sorted(FIELDS))
def test_a_refusal_names_the_field(field: str) -> None:
    lab = DeepNetLab()
    with pytest.raises(ValueError) as caught:
        getattr(lab, f"set_{field}")(FIELDS[field][1] + 1)
    assert re.match(rf"{field} must be", str(caught.value))


def test_refusals_of_a_name_list_every_known_name() -> None:
    with pytest.raises(ValueError) as caught:
        DeepNetLab().set_init("zeros")
    assert ", ".join(INITS) in str(caught.value)
    with pytest.raises(ValueError) as caught:
        preset("no such preset")
    assert ", ".join(p.name for p in PRESETS) in str(caught.value)


@pytest.mark.parametrize("sigma", [1.0, 0.5, 10.0])
def test_a_saved_sigma_is_restored_as_saved(sigma: float) -> None:
    source = DeepNetLab()
    source.set_init("normal")
    source.set_sigma(sigma)
    target = DeepNetLab()
    notes: list[str] = []
    target.apply_state(target.check_state(source.to_state(), notes))
    assert target.sigma == sigma and notes == []
