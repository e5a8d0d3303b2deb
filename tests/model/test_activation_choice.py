import pytest

from actviz import core
from actviz.model.activation_choice import ActivationChoice


def _first_with_float_param() -> tuple[str, core.Param]:
    for key in core.names():
        for param in core.get(key).params:
            if not param.is_choice:
                return key, param
    raise AssertionError("the catalogue has no activation with a float param")


def test_switching_activation_emits_key_then_default_params():
    choice = ActivationChoice("relu")
    seen = []
    choice.events.activation.connect(lambda key: seen.append(("activation", key)))
    choice.events.params.connect(lambda params: seen.append(("params", params)))
    choice.set_activation("sigmoid")
    assert seen == [("activation", "sigmoid"), ("params", core.get("sigmoid").defaults())]
    choice.set_activation("sigmoid")
    assert len(seen) == 2  # unchanged: silent


def test_unknown_activation_raises_and_keeps_state():
    choice = ActivationChoice("relu")
    with pytest.raises(KeyError, match="relu"):
        choice.set_activation("nonesuch")
    assert choice.key == "relu"


def test_bad_param_raises_and_keeps_previous_value():
    key, param = _first_with_float_param()
    choice = ActivationChoice(key)
    before = choice.params
    for bad in (float("nan"), float("inf"), param.maximum + 1, "text"):
        with pytest.raises(ValueError, match=param.name):
            choice.set_param(param.name, bad)
    assert choice.params == before


def test_state_round_trip_and_clamping():
    key, param = _first_with_float_param()
    choice = ActivationChoice(key)
    notes: list[str] = []
    state = choice.check_state(
        {"key": key, "params": {param.name: param.maximum * 10 + 10, "bogus": 1}, "extra": 0}, notes
    )
    assert state["params"][param.name] == param.maximum
    assert any("bogus" in n for n in notes) and any("extra" in n for n in notes)
    other = ActivationChoice("relu")
    other.apply_state(state)
    assert other.key == key and other.params[param.name] == param.maximum


@pytest.mark.parametrize("bad", [None, [], {"key": "nonesuch"}, {"key": "relu", "params": 3}])
def test_check_state_refuses_corrupt_data(bad):
    with pytest.raises(ValueError):
        ActivationChoice().check_state(bad, [])
