"""Dead and saturated units, on a layer built by hand."""

from __future__ import annotations

import numpy as np

from actviz.core import training as T


def test_unit_activity_on_a_hand_built_layer() -> None:
    # Inputs x in [1, 2]. Unit 0: z = x - 5 < 0 always (dead ReLU). Unit 1: z = x > 0 (alive).
    # Unit 2: z = x - 1.5: active on half the points.
    w1 = np.array([[1.0, 1.0, 1.0]])
    b1 = np.array([-5.0, 0.0, -1.5])
    weights, biases = [w1, np.ones((3, 1))], [b1, np.zeros(1)]
    x = np.linspace(1.0, 2.0, 11)[:, None] + 1e-3
    relu = T.unit_activity(weights, biases, x, "relu")
    np.testing.assert_array_equal(relu.dead[0], [True, False, False])
    np.testing.assert_allclose(relu.active_share[0], [0.0, 1.0, 6 / 11])
    np.testing.assert_array_equal(relu.saturated[0], [False, False, False])
    # tanh with weights of 10: |z| >= 10 * 1 on every point except near z = 0, so tanh'(z) < 0.01
    steep = T.unit_activity([w1 * 10, np.ones((3, 1))], [np.array([-50.0, 0.0, 0.0]), np.zeros(1)],
                            x, "tanh")  # fmt: skip
    np.testing.assert_array_equal(steep.saturated[0], [True, True, True])
    np.testing.assert_array_equal(steep.dead[0], [False, False, False])  # tanh' is never exactly 0
    calm = T.unit_activity(weights, biases, x * 0.1, "tanh")  # z = -5 + 0.1 x is still flat
    np.testing.assert_array_equal(calm.saturated[0], [True, False, False])
    assert T.SATURATION_THRESHOLD == 0.01 and T.SATURATED_SHARE == 0.9
