"""What the neuron says when it refuses an argument or finds no gradient, word for word.

References: the message templates the module documents, with the values filled in by hand (".3g"
means three significant digits: -1234567 reads "-1.23e+06"); the defaults of the signature
(upstream dL/da = 1); hand-worked passes of the identity; sigmoid'(z) = e^-z / (1 + e^-z)^2, so
sigmoid'(30) = 9.3576e-14; sqrt has a value but no finite slope at 0 and neither below 0; and an
output range of (0, 2) is not inside [0, 1].
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterator

import numpy as np
import pytest

from actviz import core
from actviz.core import neuron, parse_activation

GAP_NOTE = "(a gap in its formula): no gradient flows back."


@pytest.mark.parametrize(
    ("x", "w", "b", "message"),
    [
        (["a"], [1.0], 0.0, "x must be numbers, got ['a']"),
        ([1.0], [[1.0, 2.0]], 0.0, "w must be a 1-D list of numbers, got shape (1, 2)"),
        ([], [1.0], 0.0, "x must hold at least one number"),
        ([1.0], [], 0.0, "w must hold at least one number"),
        ([1.0, math.inf], [1.0, 2.0], 0.0, "x must be finite (no NaN or infinity), got [1.0, inf]"),
        ([1.0, 2.0], [1.0, 2.0, 3.0], 0.0, "x and w must have the same length, got 2 and 3"),
        ([1.0], [1.0], None, "b must be a finite number, got None"),
        ([1.0], [1.0], True, "b must be a finite number, got True"),
        # 1e308 + 1e308 is beyond the largest float (1.8e308)
        ([1e308], [1.0], 1e308, "z = w·x + b overflowed; use smaller inputs or weights"),
    ],
)
def test_a_refused_pass_names_the_argument_and_what_it_got(x, w, b, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError) as refused:
        neuron.forward_backward(x, w, b, "identity")
    assert str(refused.value) == message


def test_a_bce_refusal_quotes_the_value() -> None:
    with pytest.raises(ValueError) as refused:
        neuron.loss(1.5, 1.0, "bce")
    assert str(refused.value) == "binary cross-entropy needs an output a in [0, 1], got 1.5"
    with pytest.raises(ValueError) as refused:
        neuron.loss_grad(0.5, -0.25, "bce")
    assert str(refused.value) == "binary cross-entropy needs a target in [0, 1], got -0.25"


def test_single_numbers_are_one_element_vectors_and_the_upstream_defaults_to_one() -> None:
    # identity: z = 3 * 2 + 1 = 7, f'(z) = 1; with dL/da = 1: dz = 1, dw = x, dx = w.
    fb = neuron.forward_backward(2.0, 3.0, 1.0, "identity")
    np.testing.assert_array_equal(fb.x, [2.0])
    np.testing.assert_array_equal(fb.w, [3.0])
    assert (fb.z, fb.a, fb.local_grad, fb.upstream, fb.dz, fb.db) == (7.0, 7.0, 1.0, 1.0, 1.0, 1.0)
    np.testing.assert_array_equal(fb.dw, [2.0])
    np.testing.assert_array_equal(fb.dx, [3.0])


def test_the_pass_keeps_the_inputs_it_was_given() -> None:
    fb = neuron.forward_backward([0.5, -2.0], [4.0, 0.25], 0.0, "relu", upstream=3.0)
    np.testing.assert_array_equal(fb.x, [0.5, -2.0])
    np.testing.assert_array_equal(fb.w, [4.0, 0.25])
    assert fb.z == 1.5 and fb.dz == 3.0


def test_undefined_at_writes_the_name_and_z_to_three_digits() -> None:
    far = neuron.undefined_at(-1234567.0, "Root")
    assert far == f"Root is undefined at z = -1.23e+06 {GAP_NOTE}"
    assert neuron.undefined_at(0.000123456, "f") == f"f is undefined at z = 0.000123 {GAP_NOTE}"


@pytest.fixture
def root() -> Iterator[str]:
    """sqrt typed as a formula: sqrt(0) = 0 has no finite slope, and sqrt(z < 0) has no value."""
    core.register_custom(parse_activation("sqrt(x)", key="custom:root", name="Root"))
    yield "custom:root"
    core.unregister_custom("custom:root")


def test_a_gap_is_diagnosed_when_the_value_or_the_slope_is_missing(root: str) -> None:
    move = "Move z (w, x or b) to where f is defined."
    at_zero = neuron.forward_backward([1.0], [0.0], 0.0, root)
    assert at_zero.a == 0.0 and math.isnan(at_zero.local_grad)
    assert neuron.diagnose(at_zero, root) == f"Root is undefined at z = 0 {GAP_NOTE} {move}"
    # no value, although the slope read would be flat: still a gap, not a flat unit
    no_value = dataclasses.replace(at_zero, z=-2.5, a=math.nan, local_grad=0.0)
    assert neuron.diagnose(no_value, root) == f"Root is undefined at z = -2.5 {GAP_NOTE} {move}"


def test_with_loss_refuses_a_z_where_f_has_no_value(root: str) -> None:
    with pytest.raises(ValueError) as refused:
        neuron.with_loss([1.0], [-1.0], 0.0, root, None, 0.5, "squared")
    assert str(refused.value) == f"Root is undefined at z = -1 {GAP_NOTE}"


def test_diagnoses_write_z_and_the_slope_to_three_digits() -> None:
    dead = neuron.forward_backward([1.0], [-1234567.0], 0.0, "relu")
    assert neuron.diagnose(dead, "relu").startswith(
        "Dying ReLU: z = -1.23e+06 < 0, so ReLU is flat here (f′(z) = 0). "
    )
    far = neuron.forward_backward([1.0], [-1234.5], 0.0, "sigmoid")  # sigmoid' underflows to 0
    assert neuron.diagnose(far, "sigmoid").startswith(
        "Saturated: |z| = 1.23e+03 is large, so Sigmoid is almost flat (f′(z) = 0). "
    )
    thirty = neuron.forward_backward([1.0], [30.0], 0.0, "sigmoid")  # e^-30 = 9.3576e-14
    assert neuron.diagnose(thirty, "sigmoid").startswith(
        "Saturated: |z| = 30 is large, so Sigmoid is almost flat (f′(z) = 9.36e-14). "
    )


def test_bce_is_not_offered_for_a_typed_output_range_of_0_to_2() -> None:
    core.register_custom(parse_activation("2 * sigmoid(x)", key="custom:twice"))
    core.register_custom(parse_activation("sigmoid(x)", key="custom:once"))
    assert core.get("custom:twice").properties.upper == 2.0
    assert not neuron.bce_allowed("custom:twice")
    assert neuron.bce_allowed("custom:once")
