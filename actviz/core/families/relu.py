"""ReLU and its descendants: piecewise linear or exponential for x < 0, identity for x > 0."""

from __future__ import annotations

import numpy as np

from actviz.core.activation import Activation, FloatArray
from actviz.core.families import RELU_FAMILY
from actviz.core.params import Kink, Properties


def _relu(x: FloatArray) -> FloatArray:
    return np.maximum(x, 0.0)  # NaN propagates through np.maximum


def _relu_grad(x: FloatArray) -> FloatArray:
    # autograd's threshold_backward gives 0 at x == 0; NaN in gives NaN out.
    return np.where(x > 0.0, 1.0, np.where(np.isnan(x), np.nan, 0.0))


def _kink_at_zero(**_params: object) -> tuple[Kink, ...]:
    return (Kink(0.0, "kink"),)


RELU = Activation(
    key="relu",
    name="ReLU",
    family=RELU_FAMILY,
    formula="f(x) = max(0, x)",
    derivative_formula="f′(x) = 1 if x > 0, else 0",
    params=(),
    properties=Properties(
        output_range="[0, ∞)", lower=0.0, upper=np.inf, bounded=False, monotonic=True,
        smooth=False, zero_centred=False, saturating=False,
    ),
    notes=(
        "The default choice for hidden layers since AlexNet (Nair and Hinton, 2010). It costs a "
        "comparison, and for x > 0 its gradient is exactly 1, so deep stacks do not shrink the "
        "signal the way sigmoid does. Its weakness is the flat half: a unit whose input stays "
        "below zero passes no gradient at all and stops learning (a dying ReLU). Outputs are never "
        "negative, so they are not zero-centred. At x = 0 the derivative is undefined; PyTorch's "
        "autograd uses 0 there, and so do we."
    ),
    fn=_relu,
    dfn=_relu_grad,
    kink_fn=_kink_at_zero,
    reference="Nair and Hinton, Rectified linear units improve restricted Boltzmann machines, 2010",
)

ACTIVATIONS: tuple[Activation, ...] = (RELU,)
