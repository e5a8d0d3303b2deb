"""fit: deterministic, every epoch recorded, regression and custom data, bad arguments named."""

from __future__ import annotations

import math

import numpy as np
import pytest

from actviz.core import training as T


def test_fit_is_deterministic_and_records_every_epoch() -> None:
    a = T.fit("xor", epochs=12, seed=3, noise=0.1)
    b = T.fit("xor", epochs=12, seed=3, noise=0.1)
    assert a.train_loss == b.train_loss and a.test_accuracy == b.test_accuracy
    assert all(np.array_equal(x, y) for x, y in zip(a.weights, b.weights, strict=True))
    assert len(a.train_loss) == len(a.test_loss) == len(a.test_accuracy) == 12
    assert a.output == "tanh" and not a.regression and not a.diverged
    assert len(a.train_x) == len(a.test_x) == 250
    # the recorded figures are the network's own: recompute the last ones from the result
    assert a.test_loss[-1] == pytest.approx(
        T.mean_loss(a.weights, a.biases, a.test_x, a.test_y, "tanh")
    )
    assert a.test_accuracy[-1] == pytest.approx(
        T.accuracy(a.weights, a.biases, a.test_x, a.test_y, "tanh")
    )
    assert T.fit("xor", epochs=12, seed=4, noise=0.1).train_loss != a.train_loss


def test_fit_regression_and_custom_data() -> None:
    result = T.fit("reg_gauss", epochs=3, train_fraction=0.3)
    assert result.regression and result.output == "identity" and result.test_accuracy == []
    assert len(result.train_x) == 360
    points, labels = T.function_boundary("sin", n=80, seed=1)
    custom = T.fit((points, labels), epochs=5, features=T.FEATURES, hidden=())
    assert not custom.regression and len(custom.test_accuracy) == 5
    assert T.fit((points, labels * 0.5), epochs=1).regression
    with pytest.raises(ValueError, match="-1 or \\+1"):
        T.fit((points, labels * 0.5), epochs=1, regression=False)
    assert T.fit("circle", epochs=0).train_loss == []


@pytest.mark.parametrize(
    ("kwargs", "word"),
    [
        ({"dataset": "ring"}, "data set"),
        ({"hidden": (4,) * 7}, "hidden"),
        ({"key": "nope"}, "key"),
        ({"features": ("x1", "z")}, "feature"),
        ({"lr": math.nan}, "lr"),
        ({"batch_size": 0}, "batch_size"),
        ({"epochs": -1}, "epochs"),
        ({"noise": 0.9}, "noise"),
        ({"train_fraction": 1.0}, "train_fraction"),
        ({"l1": -1.0}, "l1"),
        ({"l2": math.nan}, "l2"),
        ({"init": "ones"}, "init"),
        ({"dataset": (np.zeros((0, 2)), np.zeros(0))}, "points"),
    ],
)
def test_fit_refuses_bad_arguments(kwargs: dict[str, object], word: str) -> None:
    arguments: dict[str, object] = {"dataset": "circle", "epochs": 1, **kwargs}
    dataset = arguments.pop("dataset")
    with pytest.raises(ValueError, match=word):
        T.fit(dataset, **arguments)  # type: ignore[arg-type]
