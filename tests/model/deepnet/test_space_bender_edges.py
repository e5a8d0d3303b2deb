"""The bending half of the deep-network lab at its edges: the declared ranges (layers 1..6, seed
0..2**31-1, weights and biases in [-3, 3]), what a snapshot draws, and what a restore announces.
"""

from __future__ import annotations

import numpy as np
import pytest

from actviz.core.deepnet.toy_data import DATASETS
from actviz.model.deepnet import space_bender
from actviz.model.deepnet.space_bender import MAX_LAYERS, SEED_MAX, SpaceBender


def test_the_declared_ends_of_every_range_are_accepted() -> None:
    bender = SpaceBender()
    bender.set_layers(1)
    assert bender.layers == 1
    bender.set_layers(MAX_LAYERS)
    assert bender.layers == MAX_LAYERS
    bender.set_seed(SEED_MAX)
    assert bender.seed == SEED_MAX
    bender.set_seed(0)
    assert bender.seed == 0
    for value in (-3.0, 3.0):
        bender.set_weight(0, 0, 0, value)
        assert bender.weight(0, 0, 0) == value
        bender.set_bias(0, 1, value)
        assert bender.bias(0, 1) == value


@pytest.mark.parametrize("count", [0, MAX_LAYERS + 1, 2.5, True, "3"])
def test_a_layer_count_that_is_not_a_whole_number_in_range_is_refused(count: object) -> None:
    bender = SpaceBender()
    with pytest.raises(ValueError, match="layers"):
        bender.set_layers(count)  # type: ignore[arg-type]
    assert bender.layers == 3


def test_an_unknown_data_set_is_refused_listing_the_known_ones() -> None:
    with pytest.raises(ValueError) as caught:
        SpaceBender().set_dataset("spiral")
    assert ", ".join(DATASETS) in str(caught.value)


def test_drawn_weights_are_two_decimal_numbers_on_the_slider_range(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A seed's draw is shown to two decimals and kept inside [-3, 3], whatever the draw gives."""
    raw_w = np.array([[3.456, -4.0], [1.23456, -0.005001]])
    raw_b = [np.array([-7.5, 0.98765]), np.array([4.2, -0.333])]

    def draw(count: int, seed: int = 0) -> tuple[list[np.ndarray], list[np.ndarray]]:
        return [raw_w.copy() for _ in range(count)], [raw_b[i % 2].copy() for i in range(count)]

    monkeypatch.setattr(space_bender, "random_layers", draw)
    bender = SpaceBender()
    bender.set_seed(7)
    for layer in range(MAX_LAYERS):
        assert [[bender.weight(layer, r, c) for c in range(2)] for r in range(2)] == [
            [3.0, -3.0],
            [1.23, -0.01],
        ]
        expected = [[-3.0, 0.99], [3.0, -0.33]][layer % 2]
        assert [bender.bias(layer, r) for r in range(2)] == expected


def test_the_snapshot_is_each_layer_of_f_w_x_plus_b_with_the_chosen_parameters() -> None:
    """Against a direct numpy forward pass with leaky ReLU, f(z) = max(z, a z), a = 0.3."""
    bender = SpaceBender()
    bender.choice.set_activation("leaky_relu", {"negative_slope": 0.3})
    bender.set_layers(2)
    for layer in range(2):
        bender.set_bias(layer, 0, 0.7 - layer)
        bender.set_bias(layer, 1, -0.4 + layer)
    shot = bender.snapshot()
    for inputs, layers in ((shot.grid[0], shot.grid[1:]), (shot.points[0], shot.points[1:])):
        h = inputs
        assert len(layers) == 2
        for layer, got in enumerate(layers):
            w = np.array([[bender.weight(layer, r, c) for c in range(2)] for r in range(2)])
            b = np.array([bender.bias(layer, r) for r in range(2)])
            z = h @ w.T + b
            h = np.maximum(z, 0.3 * z)
            np.testing.assert_allclose(got, h, rtol=1e-12, atol=1e-12)


def test_a_saved_section_out_of_range_is_clamped_with_notes() -> None:
    bender = SpaceBender()
    state = bender.to_state()
    state["weights"][2][0][1] = 5.0
    state["biases"][4][1] = -9.0
    state["activation"] = {"key": "tanh", "colour": "red"}
    notes: list[str] = []
    cleaned = bender.check_state(state, notes)
    assert cleaned["weights"][2][0][1] == 3.0
    assert cleaned["biases"][4][1] == -3.0
    assert any("weights[2]" in n and "clamped" in n for n in notes)
    assert any("biases[4]" in n and "clamped" in n for n in notes)
    assert any("colour" in n for n in notes)


def test_a_restore_announces_the_restored_values() -> None:
    source = SpaceBender()
    source.set_layers(5)
    source.set_dataset(DATASETS[-1])
    source.set_seed(11)
    target = SpaceBender()
    heard: dict[str, list[object]] = {"layers": [], "dataset": [], "seed": []}
    target.events.layers.connect(heard["layers"].append)
    target.events.dataset.connect(heard["dataset"].append)
    target.events.seed.connect(heard["seed"].append)
    target.apply_state(target.check_state(source.to_state(), []))
    assert heard == {"layers": [5], "dataset": [DATASETS[-1]], "seed": [11]}
