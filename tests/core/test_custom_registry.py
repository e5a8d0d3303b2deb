"""Custom activations in the catalogue: looked up by key like any other, never colliding."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest

import actviz.core as core
from actviz.core import parse_activation


def test_a_registered_formula_works_wherever_a_key_does() -> None:
    before = core.names()
    swish = parse_activation("x * sigmoid(beta * x)", key="custom:my-swish", name="My swish")
    core.register_custom(swish)
    assert core.get("custom:my-swish") is swish
    assert core.names() == [*before, "custom:my-swish"]
    assert core.by_family()["Custom"] == [swish]
    assert list(core.by_family())[-1] == "Custom"
    assert core.custom_activations() == [swish]
    core.unregister_custom("custom:my-swish")
    assert core.names() == before
    with pytest.raises(KeyError):
        core.get("custom:my-swish")


def test_custom_keys_cannot_collide_with_the_catalogue() -> None:
    assert not any(core.is_custom_key(key) for key in core.names())
    for bad in (
        "relu",
        "custom:",
        "custom:Bad",
        "custom:a b",
        "custom:-a",
        "x" * 60,
        "custom:a--b",
    ):
        assert not core.is_custom_key(bad)
        with pytest.raises(ValueError):
            core.register_custom(parse_activation("x", key=bad))
    assert core.is_custom_key("custom:leaky-2")
    with pytest.raises(ValueError, match="key"):
        core.register_custom(core.get("relu"))
    with pytest.raises(ValueError, match="family"):
        core.register_custom(dataclasses.replace(core.get("relu"), key="custom:relu"))


def test_replacing_keeps_the_order() -> None:
    first = parse_activation("x", key="custom:a")
    second = parse_activation("x^2", key="custom:b")
    core.register_custom(first)
    core.register_custom(second)
    replaced = parse_activation("x^3", key="custom:a")
    core.register_custom(replaced)
    assert core.custom_activations() == [replaced, second]


def test_staged_activations_are_visible_only_inside_the_block() -> None:
    staged = parse_activation("x^2", key="custom:lesson")
    with core.staged([staged]):
        assert core.get("custom:lesson") is staged
        assert "custom:lesson" in core.names()
    assert "custom:lesson" not in core.names()
    with pytest.raises(RuntimeError), core.staged([staged]):
        raise RuntimeError("a later section failed")
    assert "custom:lesson" not in core.names()


@pytest.mark.parametrize("module", ["actviz.core", "actviz.model", "actviz.app"])
def test_importing_loads_no_sympy(module: str) -> None:
    """sympy (0.4 s) loads with the first formula, not at start-up."""
    code = f"import sys, {module}; print('sympy' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_the_training_core_trains_with_a_typed_activation() -> None:
    """A formula that spells tanh trains exactly as the catalogue's tanh: same losses, epoch by
    epoch (the training lab looks activations up by key, like every lab)."""
    from actviz.core.training import fit

    core.register_custom(parse_activation("tanh(x)", key="custom:typed-tanh"))
    typed = fit("circle", key="custom:typed-tanh", epochs=5, seed=3)
    reference = fit("circle", key="tanh", epochs=5, seed=3)
    assert typed.train_loss == pytest.approx(reference.train_loss, rel=1e-12)
    assert typed.test_loss == pytest.approx(reference.test_loss, rel=1e-12)


def test_a_custom_key_may_be_up_to_48_characters_long() -> None:
    longest = "custom:" + "a" * (48 - len("custom:"))
    assert core.is_custom_key(longest)
    assert not core.is_custom_key(longest + "a")


def test_removing_a_custom_key_that_is_not_there_does_nothing() -> None:
    before = core.names()
    core.unregister_custom("custom:never-added")
    assert core.names() == before
