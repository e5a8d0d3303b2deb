"""The neuron's losses against their closed forms and finite differences, the messages naming the
bad argument, and the loss with the activation's own parameters.

Squared error L = (a - y)^2 (dL/da = 2 (a - y)); binary cross-entropy
L = -(y log a + (1 - y) log(1 - a)) (dL/da = (a - y) / (a (1 - a))).
"""

from __future__ import annotations

import math

import pytest

from actviz.core import neuron


@pytest.mark.parametrize(("a", "y"), [(0.2, 0.9), (0.7, 0.0), (0.5, 1.0), (0.99, 0.3)])
def test_both_losses_and_their_gradients_match_the_closed_forms(a: float, y: float) -> None:
    assert neuron.loss(a, y, "squared") == pytest.approx((a - y) ** 2, rel=1e-14)
    bce = -(y * math.log(a) + (1 - y) * math.log(1 - a))
    assert neuron.loss(a, y, "bce") == pytest.approx(bce, rel=1e-13)
    assert neuron.loss_grad(a, y, "squared") == pytest.approx(2 * (a - y), rel=1e-14)
    assert neuron.loss_grad(a, y, "bce") == pytest.approx((a - y) / (a * (1 - a)), rel=1e-12)
    h = 1e-6
    for kind in ("squared", "bce"):
        slope = (neuron.loss(a + h, y, kind) - neuron.loss(a - h, y, kind)) / (2 * h)
        assert neuron.loss_grad(a, y, kind) == pytest.approx(slope, rel=1e-6)


@pytest.mark.parametrize("function", [neuron.loss, neuron.loss_grad])
def test_a_bad_argument_is_named_in_the_message(function) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=r"^a must be a finite number"):
        function(math.nan, 0.5, "squared")
    with pytest.raises(ValueError, match=r"^target must be a finite number"):
        function(0.5, math.inf, "squared")
    with pytest.raises(ValueError, match=r"squared, bce"):
        function(0.5, 0.5, "hinge")


def test_the_loss_kind_message_lists_the_kinds() -> None:
    with pytest.raises(ValueError) as caught:
        neuron.check_loss_kind("hinge")
    assert ", ".join(neuron.LOSS_KINDS) in str(caught.value) and "'hinge'" in str(caught.value)


def test_with_loss_uses_the_activations_parameters() -> None:
    """Leaky ReLU, slope 0.3, z = 1 * 1 - 3 = -2 < 0: a = -0.6, L = (a - y)^2 = 2.56 for y = 1."""
    result, value = neuron.with_loss(
        [1.0], [1.0], -3.0, "leaky_relu", {"negative_slope": 0.3}, 1.0, "squared"
    )
    assert result.a == pytest.approx(-0.6, rel=1e-14)
    assert value == pytest.approx(2.56, rel=1e-14)
    assert result.upstream == pytest.approx(2 * (-0.6 - 1.0), rel=1e-14)


def test_the_diagnosis_of_a_matched_output_names_dl_da() -> None:
    fb = neuron.forward_backward([1.0], [1.0], 0.0, "sigmoid", None, 0.0)
    assert neuron.diagnose(fb, "sigmoid").startswith("dL/da = 0")
