"""How the training lab trains and what it announces, checked by hand.

References: actviz.core.training.mlp (the penalty is l1 * sum|W| + l2 * 1/2 * sum W^2 over the
weights only, so its gradient adds l1 * sign(w) or l2 * w; an identity output with the square
loss 1/2 (z - y)^2 has dz = z - y), the lab's rules (regularisation 'none' ignores the rate; a
step without training points does nothing; a weight or loss that would stop being finite is not
kept), and its events (each carries the new value).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from actviz.model.training.lab import TrainingLab


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def __call__(self, *args: object) -> None:
        self.calls.append(args)


def one_point_at_the_origin(regularization: str, rate: float) -> TrainingLab:
    """A linear regression (no hidden layer) on the single point (0, 0) with value 0.3: the data
    pull only on the bias (x = 0), so the weights move by the penalty alone."""
    lab = TrainingLab()
    lab.set_dataset("points_reg")
    lab.set_hidden(())
    lab.set_value("learning_rate", 0.1)
    lab.set_value("regularization", regularization)
    lab.set_value("reg_rate", rate)
    lab.add_point(0.0, 0.0, 0.3)
    return lab


@pytest.mark.parametrize(
    ("regularization", "rate", "shrink"),
    [
        ("l2", 0.5, lambda w: w * (1 - 0.1 * 0.5)),
        ("l1", 0.5, lambda w: w - 0.1 * 0.5 * np.sign(w)),
        ("none", 0.5, lambda w: w),  # no regularisation: the rate is not used
        ("l2", 0.0, lambda w: w),
    ],
)
def test_one_epoch_moves_the_weights_by_the_penalty_and_the_bias_by_the_loss(
    regularization: str, rate: float, shrink
) -> None:
    lab = one_point_at_the_origin(regularization, rate)
    assert lab.spec().output == "identity"
    w0, b0 = lab.main.weights[0].copy(), lab.main.biases[0].copy()
    assert lab.step() == 1 and lab.epoch == 1  # one epoch by default
    np.testing.assert_allclose(lab.main.weights[0], shrink(w0), rtol=1e-15, atol=1e-17)
    np.testing.assert_allclose(lab.main.biases[0], b0 - 0.1 * (b0 - 0.3), rtol=1e-15)


def test_a_run_without_test_points_never_keeps_an_infinite_loss() -> None:
    """Running away at learning rate 10, the loss 1/2 z^2 overflows while the weights are still
    finite: that step must stop the run like any other non-finite one."""
    lab = TrainingLab()
    lab.set_dataset("points_reg")
    lab.set_hidden(())
    lab.set_value("batch_size", 1)
    for x, y, value in ((5.0, 4.0, 1.0), (-6.0, 5.5, -1.0), (3.0, -6.0, 0.5)):
        lab.add_point(x, y, value)
    lab.set_learning_rate(10.0)
    lab.step(2000)
    assert lab.main.diverged_at is not None and lab.data.test_x.shape == (0, 2)
    assert all(math.isfinite(row[1]) and row[2] is None for row in lab.main.history)
    assert all(np.all(np.isfinite(w)) for w in lab.main.weights)


def test_a_restart_pauses_and_says_once_that_drawn_points_were_cleared() -> None:
    lab = TrainingLab()
    messages, running = Recorder(), Recorder()
    lab.events.message.connect(messages)
    lab.events.running.connect(running)
    lab.add_point(1.0, 1.0)
    lab.play()
    lab.set_dataset("reg_plane")  # another kind of problem: the drawn class points go
    cleared = "Your drawn points were cleared: the new data set is another kind of problem."
    assert lab.message == cleared and messages.calls == [(cleared,)]
    assert lab.running is False and running.calls == [(True,), (False,)]
    lab.reset()
    assert lab.message == "" and messages.calls == [(cleared,), ("",)]


def test_the_notice_event_carries_the_lessons_sentence() -> None:
    lab = TrainingLab()
    notices = Recorder()
    lab.events.notice.connect(notices)
    lab.apply_preset("relu_vs_tanh")
    sentence = lab.notice
    assert sentence.startswith("Notice: ReLU") and notices.calls == [(sentence,)]
    lab.set_learning_rate(0.1)  # a manual change: the sentence no longer describes what is shown
    assert lab.notice == "" and notices.calls == [(sentence,), ("",)]


def test_six_hidden_layers_are_the_most() -> None:
    lab = TrainingLab()
    lab.set_hidden((1, 2, 3, 4, 5, 6))
    assert lab.hidden == (1, 2, 3, 4, 5, 6)
    assert [w.shape for w in lab.main.weights][-2:] == [(5, 6), (6, 1)]


def test_an_unknown_setting_is_refused_by_name() -> None:
    lab = TrainingLab()
    with pytest.raises(ValueError) as refused:
        lab.set_value("colour", "red")
    assert str(refused.value) == "unknown setting 'colour'"


def test_a_tanh_output_moves_the_bias_by_the_tanh_square_loss_gradient() -> None:
    """Class +1 at the origin: z = b, d/db 1/2 (tanh b - 1)^2 = (tanh b - 1)(1 - tanh^2 b)."""
    lab = TrainingLab()
    lab.set_dataset("points")
    lab.set_hidden(())
    lab.set_value("learning_rate", 0.1)
    lab.add_point(0.0, 0.0, 1.0)
    assert lab.spec().output == "tanh" and lab.spec().loss == "square"
    w0, b0 = lab.main.weights[0].copy(), lab.main.biases[0].copy()
    lab.step(1)
    t = np.tanh(b0)
    np.testing.assert_allclose(lab.main.biases[0], b0 - 0.1 * (t - 1) * (1 - t * t), rtol=1e-14)
    np.testing.assert_array_equal(lab.main.weights[0], w0)


def test_weights_that_overflow_within_the_first_epoch_are_not_kept() -> None:
    """Learning rate 10 with one point a batch: each step scales the error by about
    |1 - 10 |x|^2|, some hundred times on this plane, so 250 steps overflow the weights in the
    first epoch. The run stops in epoch 1 with the weights it started from."""
    lab = TrainingLab()
    lab.set_dataset("reg_plane")
    lab.set_hidden(())
    lab.set_value("batch_size", 1)
    lab.set_learning_rate(10.0)
    w0 = lab.main.weights[0].copy()
    assert lab.step(5) == 0 and lab.epoch == 0 and lab.main.diverged_at == 0
    np.testing.assert_array_equal(lab.main.weights[0], w0)
    assert "diverged in epoch 1 " in lab.message


def test_a_diverged_network_waits_while_its_comparison_trains_on() -> None:
    lab = TrainingLab()
    lab.set_dataset("reg_plane")
    lab.set_hidden(())
    lab.set_value("batch_size", 1)
    lab.set_value("compare_kind", "learning_rate")
    lab.set_value("compare_learning_rate", 0.03)
    lab.set_learning_rate(10.0)  # the network runs away in its first epoch, the twin does not
    trained = Recorder()
    lab.events.trained.connect(trained)
    revision = lab.revision
    assert lab.step(1) == 1 and lab.main.diverged_at == 0 and lab.revision != revision
    assert len(trained.calls) == 1
    assert lab.step(4) == 4 and lab.epoch == 5 and lab.compare is not None
    assert [row[0] for row in lab.compare.history] == [0, 1, 2, 3, 4, 5]
    assert lab.main.diverged_at == 0 and len(lab.main.history) == 1


def test_a_step_that_only_diverges_still_announces_the_change() -> None:
    lab = TrainingLab()
    lab.set_dataset("reg_plane")
    lab.set_hidden(())
    lab.set_value("batch_size", 1)
    lab.set_learning_rate(10.0)
    trained = Recorder()
    lab.events.trained.connect(trained)
    revision = lab.revision
    assert lab.step(3) == 0 and lab.main.diverged_at == 0
    assert len(trained.calls) == 1 and lab.revision != revision  # the message and the map


def test_every_change_gives_a_new_picture() -> None:
    lab = TrainingLab()
    seen = []
    for _ in range(3):
        lab.step(1)
        seen.append(lab.picture(30).decision.copy())
    assert not np.array_equal(seen[0], seen[1]) and not np.array_equal(seen[1], seen[2])


def test_cross_entropy_compares_the_output_with_labels_0_and_1() -> None:
    """bce per row: softplus(z) - t z with t = 1 for class +1 and t = 0 for class -1."""
    lab = TrainingLab()
    lab.set_value("output", "sigmoid")
    lab.set_hidden((3,))
    data = lab.data
    w, b = lab.main.weights, lab.main.biases
    z = (np.tanh(data.train_x @ w[0] + b[0]) @ w[1] + b[1])[:, 0]
    t = (data.train_y > 0).astype(float)
    expected = np.mean(np.logaddexp(0.0, z) - t * z)
    assert lab.main.history[0][0] == 0
    assert lab.main.history[0][1] == pytest.approx(expected, rel=1e-12)


def test_the_function_boundary_labels_by_y_above_g_of_x_blurred_by_the_noise() -> None:
    """Noise moves the point used for the label by up to 5 x noise = 2.5 in x and in y, so a
    point labelled against y >= sin(x) lies within 2.5 + 2.5 of the curve (sin is 1-Lipschitz)."""
    lab = TrainingLab()
    lab.set_dataset("function")
    for noise in (0.0, 0.5):
        lab.set_value("noise", noise)
        data = lab.data
        x = np.vstack([data.train_x, data.test_x])
        labels = np.concatenate([data.train_y, data.test_y])
        gap = x[:, 1] - np.sin(x[:, 0])
        wrong = labels != np.where(gap >= 0.0, 1.0, -1.0)
        if noise == 0.0:
            assert len(x) == 500 and not wrong.any()
        else:
            assert wrong.any() and np.all(np.abs(gap[wrong]) <= 5.0)
