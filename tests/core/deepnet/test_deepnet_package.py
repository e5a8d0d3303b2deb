"""The package's entry point: every name it exports, and what importing a part of it loads."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pytest

import actviz.core.deepnet as deepnet

# The names `from actviz.core.deepnet import ...` offered before the package had modules.
EXPORTED = {
    "BATCH_RANGE", "BLOW_UP_LIMIT", "BLOW_UP_MESSAGES", "DEPTH_RANGE", "SATURATION_THRESHOLD",
    "WIDTH_RANGE", "FloatArray", "SimulationResult", "compose_affine", "input_gradients",
    "layer_forward", "simulate", "warp",
}  # fmt: skip


def test_every_exported_name_is_the_one_its_module_defines() -> None:
    assert set(deepnet.__all__) == EXPORTED
    for name in EXPORTED:
        home = importlib.import_module(f"actviz.core.deepnet.{deepnet._HOMES[name]}")
        assert getattr(deepnet, name) is getattr(home, name)
        assert name in dir(deepnet)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="nonesuch"):
        deepnet.nonesuch  # noqa: B018
    with pytest.raises(ImportError):
        from actviz.core.deepnet import _histogram  # noqa: F401


def test_the_weight_distributions_and_datasets_load_without_the_simulation() -> None:
    """The lab models import these at start-up; the simulation waits for the lab's tab."""
    code = (
        "import json, sys\n"
        "import actviz.core.deepnet.weight_init, actviz.core.deepnet.toy_data\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('actviz.core.deepnet'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout) == [
        "actviz.core.deepnet",
        "actviz.core.deepnet.toy_data",
        "actviz.core.deepnet.weight_init",
    ]


def test_each_name_loads_its_module_on_first_use_and_is_then_cached(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Other tests import these names at collection time; forget each one so that the lazy
    look-up itself runs, then check it cached the very object its module defines."""
    for name, home in deepnet._HOMES.items():
        monkeypatch.delitem(vars(deepnet), name, raising=False)
        value = getattr(deepnet, name)
        assert value is getattr(importlib.import_module(f"actviz.core.deepnet.{home}"), name)
        assert vars(deepnet)[name] is value
