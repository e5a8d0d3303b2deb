"""The dense layers' documented contract: "everything is float64" whatever numbers come in, and
biases default to zero vectors of each layer's width.

References: the module docstrings (``check_layers`` returns float64 (W, b) pairs, zero biases
when none are given; a layer maps rows h to f(h W^T + b)); expected values are hand calculations
with exact fractions, all of them exactly representable in float64.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np

from actviz.core.deepnet.layers import check_layers, input_gradients, layer_forward

HALF, QUARTER = Fraction(1, 2), Fraction(1, 4)
# One identity layer, W of shape (fan_out 2, fan_in 2), written as exact fractions.
ROWS = [[HALF, QUARTER]]
WEIGHTS = [[[Fraction(2), Fraction(4)], [HALF, Fraction(-1)]]]
BIASES = [[QUARTER, Fraction(0)]]


def test_a_missing_bias_is_a_zero_vector_of_the_layers_width() -> None:
    # Non-square layers: 2 inputs -> 3 units -> 1 unit; a bias has one entry per unit (fan_out).
    mats = check_layers([np.ones((3, 2)), np.ones((1, 3))], None, 2)
    assert [b.tolist() for _, b in mats] == [[0.0, 0.0, 0.0], [0.0]]
    pre, post = layer_forward([[1.0, 2.0]], [np.ones((3, 2)), np.ones((1, 3))], None, "identity")
    assert pre[0].tolist() == [[3.0, 3.0, 3.0]] and post[1].tolist() == [[9.0]]


def test_exact_fractions_become_float64_layers() -> None:
    mats = check_layers(WEIGHTS, BIASES, 2)
    ((w, b),) = mats
    assert w.dtype == np.float64 and b.dtype == np.float64
    assert w.tolist() == [[2.0, 4.0], [0.5, -1.0]] and b.tolist() == [0.25, 0.0]
    # Whole numbers too: the pairs are float64, not integer arrays.
    ((w_int, b_int),) = check_layers([[[1, 2]]], [[3]], 2)
    assert w_int.dtype == np.float64 and b_int.dtype == np.float64


def test_the_forward_pass_and_its_gradients_are_float64_for_exact_inputs() -> None:
    pre, post = layer_forward(ROWS, WEIGHTS, BIASES, "identity")
    # z = h W^T + b = [1/2*2 + 1/4*4 + 1/4, 1/2*1/2 - 1/4*1 + 0] = [9/4, 0].
    assert pre[0].dtype == np.float64 and post[0].dtype == np.float64
    assert pre[0].tolist() == [[2.25, 0.0]] and post[0].tolist() == [[2.25, 0.0]]
    # Identity: f' = 1, so dL/dh = upstream @ W = [1*2 + 1/2*1/2, 1*4 + 1/2*(-1)] = [9/4, 7/2].
    grads = input_gradients(pre, WEIGHTS, [[Fraction(1), HALF]], "identity")
    assert grads[0].dtype == np.float64
    assert grads[0].tolist() == [[2.25, 3.5]]
