"""The neuron with a typed formula that has a gap: f(z) = sqrt(z - c) with c = 3.

References, worked out by hand: f is undefined for z < c and f'(z) = 1 / (2 sqrt(z - c)) is
undefined at z = c, where f(c) = 0 is still finite. The neuron's contract (``result`` and ``step``
docstrings, the core's ``with_loss``): where f has no value there is no loss, so the pass shown has
no upstream gradient (dL/da = 0); a step where f or f' is undefined is refused, naming the
activation and z.
"""

from __future__ import annotations

import math

import pytest

from actviz.model.activation_choice import ActivationChoice
from actviz.model.custom.activations import CustomActivations
from actviz.model.neuron.lab import NeuronModel


def neuron_with_root(b: float) -> NeuronModel:
    """A neuron in target mode with z = b (every weight 0) and f(z) = sqrt(z - 3)."""
    key = CustomActivations().add("sqrt(x - c)", "Root")  # c defaults to 1
    neuron = NeuronModel(ActivationChoice(key, {"c": 3.0}))
    for i in range(len(neuron.w)):
        neuron.set_w(i, 0.0)
    neuron.set_b(b)
    neuron.set_mode("target")
    return neuron


def test_in_a_gap_the_pass_is_shown_without_a_loss_at_the_chosen_parameters() -> None:
    neuron = neuron_with_root(2.0)  # 2 < c = 3: undefined (with the default c = 1 it is 1)
    fb = neuron.result()
    assert fb.z == 2.0
    assert math.isnan(fb.a) and math.isnan(fb.local_grad)
    assert fb.upstream == 0.0  # no loss, so no dL/da flows back
    loss = neuron.current_loss()
    assert loss is not None and math.isnan(loss)


@pytest.mark.parametrize(("b", "z_text"), [(2.0, "2"), (3.0, "3")])
def test_a_step_where_f_or_its_slope_is_undefined_is_refused_naming_both(b, z_text) -> None:
    neuron = neuron_with_root(b)  # z = 2: f undefined; z = 3: f = 0 but f' undefined
    w_before = neuron.w
    with pytest.raises(ValueError, match=rf"^Root is undefined at z = {z_text} "):
        neuron.step()
    assert neuron.w == w_before and neuron.steps == 0
