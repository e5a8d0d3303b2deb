"""Model behaviour at its declared edges: the softmax lab's random scores, class names and label
lengths; the neuron's step count, loss history limit and the loss kinds an activation allows."""

from __future__ import annotations

import numpy as np
import pytest

from actviz.model.activation_choice import ActivationChoice
from actviz.model.neuron import lab as neuron
from actviz.model.neuron.lab import NeuronModel
from actviz.model.softmax import lab as softmax_lab
from actviz.model.softmax.lab import SoftmaxLabModel


def test_random_scores_are_normal_with_std_2_on_the_sliders_grid() -> None:
    """The docstring's promise: N(0, 2²), rounded to the 0.1 step, within [-20, 20]."""
    model = SoftmaxLabModel(seed=7)
    for _ in range(7):
        model.add_class()
    draws = []
    for _ in range(300):
        model.randomize()
        draws += model.scores
    values = np.array(draws)
    assert abs(values.mean()) < 0.1 and values.std() == pytest.approx(2.0, rel=0.05)
    np.testing.assert_allclose(values * 10, np.round(values * 10), atol=1e-9)
    assert all(v == round(v, 1) for v in values)  # no float noise: 0.30000000000000004
    assert values.min() >= softmax_lab.SCORE_MIN and values.max() <= softmax_lab.SCORE_MAX


def test_the_same_seed_gives_the_same_scores_and_the_default_seed_is_0() -> None:
    a, b = SoftmaxLabModel(), SoftmaxLabModel(seed=0)
    a.randomize()
    b.randomize()
    assert a.scores == b.scores
    c = SoftmaxLabModel(seed=1)
    c.randomize()
    assert c.scores != a.scores


def test_a_label_of_the_maximum_length_is_kept_and_one_more_refused() -> None:
    model = SoftmaxLabModel()
    longest = "x" * softmax_lab.MAX_LABEL_LENGTH
    model.set_label(0, f"  {longest}  ")
    assert model.labels[0] == longest
    with pytest.raises(ValueError, match=f"at most {softmax_lab.MAX_LABEL_LENGTH} characters"):
        model.set_label(0, longest + "y")


def test_saved_scores_up_to_the_maximum_need_no_note_and_missing_names_are_filled() -> None:
    model = SoftmaxLabModel()
    notes: list[str] = []
    state = model.check_state({"scores": [0.0] * softmax_lab.MAX_CLASSES}, notes)
    assert notes == [] and state["labels"] == list(softmax_lab.CLASS_NAMES)
    notes.clear()
    state = model.check_state({"scores": [1.0, 2.0, 3.0], "labels": ["a"]}, notes)
    assert state["labels"] == ["a", "dog", "bird"]
    assert notes == [
        "softmax.labels: no name for class 2, using 'dog'",
        "softmax.labels: no name for class 3, using 'bird'",
    ]
    notes.clear()
    model.check_state({"scores": [1.0, 2.0], "labels": ["a", "b", "c", "d"]}, notes)
    assert notes == ["softmax.labels: ignored 2 names beyond the scores"]


def test_set_scores_needs_one_score_per_class() -> None:
    model = SoftmaxLabModel()
    for wrong in ([1.0, 2.0], [1.0, 2.0, 3.0, 4.0]):
        with pytest.raises(ValueError, match="3"):
            model.set_scores(wrong)
    assert model.scores == softmax_lab.DEFAULT_SCORES


def test_steps_are_counted_and_reset() -> None:
    model = NeuronModel(ActivationChoice("tanh"))
    assert model.steps == 0
    for _ in range(3):
        model.step()
    assert model.steps == 3 and len(model.history) == 3
    model.reset()
    assert model.steps == 0 and model.history == ()


def test_the_loss_history_keeps_the_latest_limit_of_steps(monkeypatch) -> None:
    monkeypatch.setattr(neuron, "HISTORY_LIMIT", 5)
    model = NeuronModel(ActivationChoice("tanh"))
    model.set_mode("target")
    losses = [model.step() for _ in range(8)]
    assert model.history == tuple(losses[-5:]) and model.steps == 8


def test_bce_clamps_the_target_to_a_probability_and_follows_the_activation() -> None:
    model = NeuronModel(ActivationChoice("sigmoid"))
    model.set_target(-2.0)
    model.set_loss_kind("bce")
    assert model.target == 0.0
    model.set_loss_kind("squared")
    model.set_target(3.0)
    model.set_loss_kind("bce")
    assert model.target == 1.0
    model.choice.set_activation("tanh")  # outputs in (-1, 1): no BCE
    assert model.loss_kind == "squared"
    with pytest.raises(ValueError, match="binary cross-entropy needs outputs in"):
        model.set_loss_kind("bce")
    model.choice.set_activation("hardsigmoid")  # squared stays squared
    assert model.loss_kind == "squared"


def test_a_saved_bce_state_falls_back_to_squared_for_an_activation_without_it() -> None:
    source = NeuronModel(ActivationChoice("sigmoid"))
    source.set_loss_kind("bce")
    source.set_target(0.25)
    state = source.to_state()
    target = NeuronModel(ActivationChoice("relu"))
    target.apply_state(target.check_state(state, []))
    assert target.loss_kind == "squared" and target.target == 0.25
    same = NeuronModel(ActivationChoice("sigmoid"))
    same.apply_state(same.check_state(state, []))
    assert same.loss_kind == "bce" and same.target == 0.25
    notes: list[str] = []
    assert same.check_state({**state, "target": 1.5}, notes)["target"] == 1.0  # BCE: [0, 1]
    assert notes == ["neuron.target: 1.5 is outside [0, 1], clamped to 1"]


def test_every_preset_keeps_its_loss_kind_and_target() -> None:
    for name, preset in neuron.PRESETS.items():
        model = NeuronModel(ActivationChoice("relu"))
        model.apply_preset(name)
        assert model.loss_kind == preset.loss_kind and model.target == preset.target, name
        assert model.lr == preset.lr and model.mode == "target" and model.history == ()


def test_a_simulation_request_runs_exactly_the_lab_settings() -> None:
    from actviz.core.deepnet import simulate
    from actviz.model.deepnet.lab import SIGMA_RANGE, DeepNetLab

    lab = DeepNetLab()
    lab.choice.set_activation("leaky_relu", {"negative_slope": 0.2})
    for setter, value in (
        (lab.set_depth, 3),
        (lab.set_width, 8),
        (lab.set_batch, 16),
        (lab.set_seed, 11),
        (lab.set_init, "normal"),
        (lab.set_sigma, 0.7),
    ):
        setter(value)  # fmt: skip
    main, compare = lab.requests()
    assert compare is None
    got = main.run()
    want = simulate(3, 8, "leaky_relu", {"negative_slope": 0.2}, "normal", 0.7, 16, 11)
    np.testing.assert_array_equal(got.act_std, want.act_std)
    np.testing.assert_array_equal(got.grad_norm, want.grad_norm)
    assert (got.init, got.sigma, got.batch, got.seed) == ("normal", 0.7, 16, 11)
    lab.set_init("he_normal")
    assert lab.requests()[0].sigma is None  # sigma only matters for "normal"
    lab.set_compare_enabled(True)
    assert lab.requests()[1].key == lab.compare.key
    for edge in SIGMA_RANGE:
        lab.set_sigma(edge)
        assert lab.sigma == edge


def test_results_and_errors_are_stored_as_given() -> None:
    from actviz.model.deepnet.lab import DeepNetLab

    lab = DeepNetLab()
    assert lab.results == (None, None) and lab.error == "" and lab.notice == ""
    lab.set_results(None, None, "the signal exploded")
    assert lab.error == "the signal exploded" and lab.results == (None, None)
    lab.set_results(None, None)
    assert lab.error == ""


def test_saved_overlays_are_checked_one_by_one() -> None:
    from actviz.model.session import MAX_OVERLAYS, OVERLAY_COLOURS, Session

    session = Session()
    notes: list[str] = []
    raw = [{"key": "elu"}, {"key": "relu", "colour": 99}]
    state = session.check_state({"overlays": raw}, notes)
    assert state["overlays"] == [
        # colour defaults to the position; an overlay saved before hiding existed is shown
        {"key": "elu", "params": {"alpha": 1.0}, "colour": 0, "visible": True},
        {"key": "relu", "params": {}, "colour": OVERLAY_COLOURS - 1, "visible": True},
    ]
    assert notes == [
        f"explorer.overlays[1].colour: 99 is outside [0, {OVERLAY_COLOURS - 1}], clamped to "
        f"{OVERLAY_COLOURS - 1}"
    ]
    notes.clear()
    exactly = [{"key": "relu"}] * MAX_OVERLAYS
    assert len(session.check_state({"overlays": exactly}, notes)["overlays"]) == MAX_OVERLAYS
    assert notes == []
    session.check_state({"overlays": [*exactly, {"key": "relu"}]}, notes)
    assert notes == [f"explorer.overlays: kept the first {MAX_OVERLAYS} of {MAX_OVERLAYS + 1}"]
    with pytest.raises(ValueError, match=r"^explorer\.overlays\[0\]: expected an object"):
        session.check_state({"overlays": ["elu"]}, [])
    with pytest.raises(ValueError, match=r"^explorer\.overlays\[0\]\.key: unknown activation"):
        session.check_state({"overlays": [{"key": "nope"}]}, [])
    notes.clear()
    session.check_state({"overlays": [{"key": "elu", "params": {"alpha": 9.0}}]}, notes)
    assert notes[0].startswith("explorer.overlays[0].params.alpha: 9.0 is outside")
    session.pin_current()
    assert session.to_state()["overlays"] == [
        {"key": "relu", "params": {}, "colour": 0, "visible": True}
    ]


def test_overlays_are_removed_by_position_and_the_derivative_toggle_takes_booleans() -> None:
    from actviz.model.session import Session

    session = Session()
    session.pin_current()
    session.choice.set_activation("elu")
    session.pin_current()
    session.remove_overlay(0)
    assert [o.key for o in session.overlays] == ["elu"]
    with pytest.raises(ValueError, match="1"):
        session.remove_overlay(1)
    with pytest.raises(ValueError, match=r"^show_derivative must be true or false, got 'yes'$"):
        session.set_show_derivative("yes")


def test_saved_params_of_the_wrong_kind_are_refused_naming_their_path() -> None:
    choice = ActivationChoice()
    with pytest.raises(ValueError, match=r"^activation\.params\.approximate: 'fast' is not one of"):
        choice.check_state({"key": "gelu", "params": {"approximate": "fast"}}, [])
    with pytest.raises(ValueError, match=r"^activation\.params\.approximate: 3 is not one of"):
        choice.check_state({"key": "gelu", "params": {"approximate": 3}}, [])
    with pytest.raises(ValueError, match=r"^activation\.params\.alpha: expected a number, found"):
        choice.check_state({"key": "elu", "params": {"alpha": True}}, [])
    state = choice.check_state({"key": "gelu", "params": {"approximate": "tanh"}}, [])
    assert state == {"key": "gelu", "params": {"approximate": "tanh"}}


@pytest.mark.parametrize(
    ("text", "found"),
    [("null", "null"), ("true", "true/false"), ("3.5", "a number"), ('"x"', "a string"),
     ("[1]", "a list")],
)  # fmt: skip
def test_a_file_that_is_not_an_object_says_what_it_found(text: str, found: str) -> None:
    from actviz.model import session_file

    with pytest.raises(
        session_file.SessionFileError, match=f"expected a JSON object, found {found}$"
    ):
        session_file.loads(text, [])


def test_applying_a_state_clears_the_notice_and_emits_settings_once() -> None:
    from actviz.model.deepnet.lab import DeepNetLab

    lab = DeepNetLab()
    lab.apply_preset(lab.presets[0].name)
    assert lab.notice != ""
    state = DeepNetLab().to_state()
    seen: list[str] = []
    lab.events.settings.connect(lambda: seen.append("settings"))
    lab.apply_state(lab.check_state(state, []))
    assert lab.notice == "" and seen == ["settings"]
    seen.clear()
    lab.set_depth(9)  # after applying, a change emits again
    assert seen == ["settings"]


def _bender_state(weights=None, biases=None) -> dict:
    from actviz.model.deepnet.space_bender import SpaceBender

    state = SpaceBender().to_state()
    if weights is not None:
        state["weights"] = weights
    if biases is not None:
        state["biases"] = biases
    return state


def test_saved_bending_weights_are_checked_layer_by_layer() -> None:
    from actviz.model.deepnet.space_bender import MAX_LAYERS, SpaceBender

    bender = SpaceBender()
    good = [[[0.5, -1.0], [2.0, 0.0]]] * MAX_LAYERS
    notes: list[str] = []
    assert bender.check_state(_bender_state(weights=good), notes)["weights"] == good
    assert notes == []
    wild = [[[9.0, float("nan")], [-7.0, 1.0]], *good[1:]]
    state = bender.check_state(_bender_state(weights=wild), notes)
    assert state["weights"][0] == [[3.0, 0.0], [-3.0, 1.0]]  # clamped, NaN to 0
    assert notes == [
        "deepnet.bending.weights[0]: values outside [-3, 3] or not finite were clamped"
    ]
    for bad, message in (
        (good[:-1], rf"^deepnet\.bending\.weights: expected a list of {MAX_LAYERS} layers$"),
        ("weights", "expected a list of"),
        ([["a", "b"], *good[1:]], r"^deepnet\.bending\.weights\[0\]: expected numbers$"),
        ([[[1.0, 2.0]], *good[1:]], r"^deepnet\.bending\.weights\[0\]: expected numbers of shape"),
        ([[[True, 0.0], [0.0, 1.0]], *good[1:]], r"weights\[0\]: expected numbers of shape"),
    ):
        with pytest.raises(ValueError, match=message):
            bender.check_state(_bender_state(weights=bad), [])
    with pytest.raises(ValueError, match=r"^deepnet\.bending\.biases\[2\]: expected numbers of"):
        bender.check_state(_bender_state(biases=[[0.0, 0.0]] * 2 + [[0.0]] * 4), [])


def test_random_bending_weights_have_two_decimals_and_stay_in_range() -> None:
    from actviz.model.deepnet.space_bender import MAX_LAYERS, WEIGHT_LIMIT, SpaceBender

    bender = SpaceBender()
    values = []
    for seed in range(1, 40):
        bender.set_seed(seed)
        bender.set_layers(MAX_LAYERS)
        weights, biases = bender.active_layers()
        values += [v for w in weights for v in w.ravel()] + [v for b in biases for v in b]
    arr = np.array(values)
    np.testing.assert_allclose(arr * 100, np.round(arr * 100), atol=1e-9)
    assert arr.min() >= -WEIGHT_LIMIT and arr.max() <= WEIGHT_LIMIT
    assert arr.min() < -1.0 and arr.max() > 1.0  # the draws use the range
    first = SpaceBender()
    first.set_seed(5)
    again = SpaceBender()
    again.set_seed(7)
    again.set_seed(5)
    assert first.to_state() == again.to_state()
    with pytest.raises(ValueError, match="seed must be a whole number from 0 to"):
        bender.set_seed(-1)
    with pytest.raises(ValueError, match="seed must be a whole number"):
        bender.set_seed(2.0)


def test_the_bending_snapshot_warps_the_grid_and_the_data_through_the_active_layers() -> None:
    from actviz.core.deepnet import compose_affine, warp
    from actviz.core.deepnet.toy_data import grid_lines, make_dataset
    from actviz.model.deepnet.space_bender import POINTS, SpaceBender

    bender = SpaceBender()
    bender.set_layers(2)
    bender.set_dataset("xor")
    snap = bender.snapshot()
    weights, biases = bender.active_layers()
    grid, connect = grid_lines(extent=2.0, lines=17)
    points, labels = make_dataset("xor", POINTS, seed=0)
    assert len(snap.grid) == len(snap.points) == 3  # the input, then each layer
    np.testing.assert_array_equal(snap.grid[0], grid)
    np.testing.assert_array_equal(snap.connect, connect)
    np.testing.assert_array_equal(snap.points[0], points)
    np.testing.assert_array_equal(snap.labels, labels)
    for got, want in zip(snap.points[1:], warp(points, weights, biases, "tanh"), strict=True):
        np.testing.assert_array_equal(got, want)
    a, b = compose_affine(weights, biases)
    np.testing.assert_array_equal(snap.affine_a, a)
    np.testing.assert_array_equal(snap.affine_b, b)
    assert not snap.is_linear
    bender.choice.set_activation("identity")
    assert bender.snapshot().is_linear


def test_notes_from_the_deepnet_labs_nested_parts_are_kept_with_their_paths() -> None:
    from actviz.model.deepnet.lab import DeepNetLab

    lab = DeepNetLab()
    state = lab.to_state()
    state["activation"] = {"key": "elu", "params": {"alpha": 50.0}}
    state["compare"] = {"key": "elu", "params": {"alpha": -1.0}}
    state["bending"] = {**state["bending"], "layers": 60}
    notes: list[str] = []
    cleaned = lab.check_state(state, notes)
    assert [n.split(":")[0] for n in notes] == [
        "deepnet.activation.params.alpha",
        "deepnet.compare.params.alpha",
        "deepnet.bending.layers",
    ]
    assert cleaned["activation"]["params"]["alpha"] == 5.0 and cleaned["bending"]["layers"] == 6
