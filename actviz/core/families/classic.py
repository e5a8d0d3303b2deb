"""The classics: identity, step, sigmoid, tanh and their relatives."""

from __future__ import annotations

import numpy as np

from actviz.core.activation import Activation, FloatArray
from actviz.core.families import CLASSIC
from actviz.core.params import Properties


def _sigmoid(x: FloatArray) -> FloatArray:
    from scipy.special import expit  # imported on first use: keeps start-up fast

    return np.asarray(expit(x), dtype=np.float64)


def _sigmoid_grad(x: FloatArray) -> FloatArray:
    from scipy.special import expit

    s = expit(x)
    # s * (1 - s) loses everything to cancellation for large x; expit(-x) is exact there.
    return np.asarray(s * expit(-x), dtype=np.float64)


SIGMOID = Activation(
    key="sigmoid",
    name="Sigmoid",
    family=CLASSIC,
    formula="σ(x) = 1 / (1 + e<sup>−x</sup>)",
    derivative_formula="σ′(x) = σ(x) · (1 − σ(x))",
    params=(),
    properties=Properties(
        output_range="(0, 1)", lower=0.0, upper=1.0, bounded=True, monotonic=True,
        smooth=True, zero_centred=False, saturating=True,
    ),
    notes=(
        "The logistic function squashes any number into (0, 1), which is why it is the output of a "
        "binary classifier: read it as a probability. In hidden layers it has fallen out of use: "
        "its derivative is at most 1/4 (at x = 0) and vanishes as |x| grows, so gradients shrink "
        "layer by layer (vanishing gradients), and its outputs are all positive, not zero-centred. "
        "It was the neuron of early backpropagation (Rumelhart, Hinton and Williams, 1986)."
    ),
    fn=_sigmoid,
    dfn=_sigmoid_grad,
    reference="Rumelhart, Hinton and Williams, Learning representations by back-propagating errors, 1986",
)

ACTIVATIONS: tuple[Activation, ...] = (SIGMOID,)
