"""One network run of the training lab: its lesson-file part read back (damaged and whole), and
what it shows (each layer's output, dead and saturated units).

References: NetworkRun.check_state's docstring (wrong types or non-finite numbers raise ValueError
naming the field; weights of another shape are dropped with a note and the network starts
afresh), the history rows [epoch, train loss, test loss] with an epoch >= 0 (diverged_at is an
epoch too, and the first epoch is epoch 0), and hand-computed layers f(a W + b) with the
activity rules of actviz.core.training.activity (dead: f'(z) = 0 on every point; saturated:
|f'(z)| < 0.01 on at least 90 % of them).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from actviz.model.training.data import DataSplit
from actviz.model.training.run import NetworkRun
from actviz.model.training.spec import NetworkSpec

SIZES = (2, 3, 1)  # two inputs, one hidden layer of three units, one output
WEIGHTS = [[[1, 2, 3], [4, 5, 6]], [[1], [0], [-1]]]  # whole numbers, as JSON may hold them
BIASES = [[0, 0.5, -0.5], [0.25]]
FRESH = {"weights": None, "biases": None, "history": [], "diverged_at": None}


def spec(key: str = "tanh", params: dict | None = None, output: str = "tanh") -> NetworkSpec:
    return NetworkSpec(
        features=("x1", "x2"), hidden=(SIZES[1],), keys=(key,), params=(params or {},),
        init="playground", seed=0, output=output, loss="bce" if output == "sigmoid" else "square",
        learning_rate=0.03, batch_size=10, regularization="none", reg_rate=0.0,
    )  # fmt: skip


def saved(**changes: object) -> dict:
    state: dict = {
        "weights": WEIGHTS,
        "biases": BIASES,
        "history": [[0, 0.5, None], [3, 0.25, 0.75]],
        "diverged_at": None,
    }
    state.update(changes)
    return state


def check(data: object) -> tuple[dict, list[str]]:
    notes: list[str] = []
    return NetworkRun.check_state(data, SIZES, "net", notes), notes


def test_a_whole_state_reads_back_as_float64_arrays_and_clean_history() -> None:
    state, notes = check(saved(diverged_at=0))  # diverged in the very first epoch
    assert notes == []
    assert [w.dtype for w in state["weights"]] == [np.float64, np.float64]
    assert [b.dtype for b in state["biases"]] == [np.float64, np.float64]
    np.testing.assert_array_equal(state["weights"][0], [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    np.testing.assert_array_equal(state["biases"][1], [0.25])
    assert state["history"] == [(0, 0.5, None), (3, 0.25, 0.75)]
    assert state["diverged_at"] == 0


def test_missing_parts_are_empty_not_errors() -> None:
    state, notes = check({"weights": WEIGHTS, "biases": BIASES})
    assert notes == [] and state["history"] == [] and state["diverged_at"] is None
    assert check({}) == (FRESH, [])  # nothing saved, nothing lost: no note
    fit = "net: the saved weights do not fit a network of sizes [2, 3, 1]; the network starts "
    for partial in ({"weights": WEIGHTS}, {"biases": BIASES}):
        state, notes = check(partial)
        assert state == FRESH and notes == [fit + "from fresh weights"]


@pytest.mark.parametrize(
    ("data", "note"),
    [
        (saved(weights=[[[1, 2], [3]], WEIGHTS[1]]),
         "net.weights[0]: expected a rectangular list of rows"),
        (saved(weights=[[1.0, 2.0], WEIGHTS[1]]),
         "net.weights[0]: expected a rectangular list of rows"),
        (saved(weights=[WEIGHTS[0], []]), "net.weights[1]: expected a rectangular list of rows"),
        (saved(biases=[[[0.1]], [0.25]]), "net.biases[0]: expected a flat list of numbers"),
        (saved(biases=[[0.0, 0.5], [0.25]]),
         "net: the saved weights do not fit a network of sizes [2, 3, 1]"),
        (saved(weights=[WEIGHTS[0]], biases=[BIASES[0]]),
         "net: the saved weights do not fit a network of sizes [2, 3, 1]"),
    ],
)  # fmt: skip
def test_weights_of_another_shape_start_afresh_with_a_note(data: dict, note: str) -> None:
    state, notes = check(data)
    assert state == FRESH
    assert notes == [note + "; the network starts from fresh weights"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([1, 2], "net: expected an object, found list"),
        (saved(weights="w"), "net.weights: expected a list, found str"),
        (saved(biases=5), "net.biases: expected a list, found int"),
        (saved(weights=[5, WEIGHTS[1]]), "net.weights[0]: expected a list, found int"),
        (saved(biases=[BIASES[0], None]), "net.biases[1]: expected a list, found NoneType"),
        (saved(weights=[[["0.1", 0, 0], [0, 0, 0]], WEIGHTS[1]]),
         "net.weights[0]: expected numbers, found '0.1'"),
        (saved(weights=[WEIGHTS[0], [[True], [0], [0]]]),
         "net.weights[1]: expected numbers, found True"),
        (saved(biases=[BIASES[0], [math.inf]]), "net.biases[1]: inf is not a finite number"),
        (saved(history={}), "net.history: expected a list, found dict"),
        (saved(history=[[1, 0.5]]), "net.history[0]: expected [epoch, train loss, test loss]"),
        (saved(history=[[0, 1, 1], "row"]),
         "net.history[1]: expected [epoch, train loss, test loss]"),
        (saved(history=[[-1, 0.5, None]]),
         "net.history[0]: the epoch must be a whole number >= 0, found -1"),
        (saved(history=[[1.5, 0.5, None]]),
         "net.history[0]: the epoch must be a whole number >= 0, found 1.5"),
        (saved(history=[[True, 0.5, None]]),
         "net.history[0]: the epoch must be a whole number >= 0, found True"),
        (saved(history=[[2, "low", None]]), "net.history[0]: expected numbers, found 'low'"),
        (saved(history=[[2, 0.5, "x"]]), "net.history[0]: expected numbers, found 'x'"),
        (saved(history=[[2, 0.5, math.nan]]), "net.history[0]: nan is not a finite number"),
        (saved(biases=[BIASES[0], [math.inf]]), "net.biases[1]: inf is not a finite number"),
        (saved(diverged_at=-1), "net.diverged_at: expected an epoch or null, found -1"),
        (saved(diverged_at=1.5), "net.diverged_at: expected an epoch or null, found 1.5"),
        (saved(diverged_at=True), "net.diverged_at: expected an epoch or null, found True"),
        (saved(diverged_at="soon"), "net.diverged_at: expected an epoch or null, found 'soon'"),
    ],
)  # fmt: skip
def test_wrong_types_and_numbers_are_refused_naming_the_field(data: object, message: str) -> None:
    notes: list[str] = []
    with pytest.raises(ValueError) as refused:
        NetworkRun.check_state(data, SIZES, "net", notes)
    assert str(refused.value) == message and notes == []


def test_a_state_without_weights_gives_the_specs_fresh_network() -> None:
    run = NetworkRun(spec())
    run.weights = [w + 1.0 for w in run.weights]
    run.history = [(0, 1.0, None)]
    run.apply_state(FRESH, spec())
    fresh = NetworkRun(spec())
    for got, expected in zip(run.weights + run.biases, fresh.weights + fresh.biases, strict=True):
        np.testing.assert_array_equal(got, expected)
    assert run.history == [] and run.diverged_at is None


def run_with(weights: list, biases: list, network: NetworkSpec) -> NetworkRun:
    run = NetworkRun(network)
    run.weights = [np.array(w, dtype=np.float64) for w in weights]
    run.biases = [np.array(b, dtype=np.float64) for b in biases]
    return run


def split(train_x: list) -> DataSplit:
    x = np.array(train_x, dtype=np.float64).reshape(-1, 2)
    empty = np.zeros((0, 2))
    return DataSplit(x, np.ones(len(x)), empty, np.zeros(0), regression=False)


def test_the_output_layer_is_the_specs_output_unit() -> None:
    """A sigmoid output gives 1 / (1 + e^-z) of the last layer, not the default tanh."""
    w0, b0 = [[0.5, -1.0, 2.0], [1.5, 0.25, -0.5]], [0.1, 0.0, -0.2]
    w1, b1 = [[1.0], [-2.0], [0.5]], [0.3]
    run = run_with([w0, w1], [b0, b1], spec(output="sigmoid"))
    x = np.array([[1.0, -2.0], [0.5, 0.5]])
    hidden = np.tanh(x @ np.array(w0) + np.array(b0))
    z = hidden @ np.array(w1) + np.array(b1)
    outputs = run.layer_outputs(spec(output="sigmoid"), x)
    assert [o.dtype for o in outputs] == [np.float64, np.float64]
    np.testing.assert_allclose(outputs[0], hidden, rtol=1e-14)
    np.testing.assert_allclose(outputs[1], 1.0 / (1.0 + np.exp(-z)), rtol=1e-14)


def test_a_unit_silent_on_the_one_training_point_is_dead_with_the_layers_own_slope() -> None:
    """Leaky ReLU with negative slope 0 is ReLU: unit 1 (z = -1) never passes a gradient; unit 0
    (z = x1 = 2) does. With the default slope 0.01 nothing is dead."""
    w0, b0 = [[1.0, 0.0, 0.0], [0.0, 0.0, 0.0]], [0.0, -1.0, 0.5]
    weights, biases = [w0, [[1.0], [1.0], [1.0]]], [b0, [0.0]]
    data = split([[2.0, 0.0]])
    relu = spec("leaky_relu", {"negative_slope": 0.0})
    dead, saturated = run_with(weights, biases, relu).activity(relu, data)
    assert [d.tolist() for d in dead] == [[False, True, False]]
    assert [s.tolist() for s in saturated] == [[False, False, False]]
    leaky = spec("leaky_relu", {"negative_slope": 0.01})
    dead, _ = run_with(weights, biases, leaky).activity(leaky, data)
    assert [d.tolist() for d in dead] == [[False, False, False]]


def test_a_tanh_unit_driven_far_out_is_saturated() -> None:
    """tanh'(20) = 1 - tanh(20)^2 < 1e-16 < 0.01 on every point; tanh'(0) = 1."""
    w0, b0 = [[10.0, 0.0, 0.0], [0.0, 0.0, 0.0]], [0.0, 0.0, -30.0]
    run = run_with([w0, [[1.0], [1.0], [1.0]]], [b0, [0.0]], spec())
    dead, saturated = run.activity(spec(), split([[2.0, 1.0], [2.5, -1.0]]))
    assert [s.dtype for s in saturated] == [np.bool_] and [d.dtype for d in dead] == [np.bool_]
    assert [s.tolist() for s in saturated] == [[True, False, True]]
    assert [d.tolist() for d in dead] == [[False, False, False]]


def test_without_training_points_no_unit_is_dead_or_saturated() -> None:
    run = NetworkRun(spec())
    dead, saturated = run.activity(spec(), split([]))
    assert [d.dtype for d in dead + saturated] == [np.bool_, np.bool_]
    assert [d.tolist() for d in dead + saturated] == [[False] * 3, [False] * 3]
