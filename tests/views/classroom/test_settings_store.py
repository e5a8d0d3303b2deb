"""The settings store: a good store restores every model; a damaged one applies nothing at all.

The damaged stores here hold sections with values far from the defaults beside the broken one,
so a restore that applied the good parts while saying "started with the defaults" is caught.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

from actviz.model.deepnet.lab import DeepNetLab
from actviz.model.neuron.lab import NeuronModel
from actviz.model.session import Session
from actviz.model.softmax.lab import SoftmaxLabModel
from actviz.model.state import Saveable
from actviz.views.classroom.settings_store import GEOMETRY_KEY, STATE_KEY, SettingsStore


def fresh_models() -> list[Saveable]:
    session = Session()
    return [session, NeuronModel(session.choice), SoftmaxLabModel(), DeepNetLab()]


def changed_models() -> list[Saveable]:
    """Every model moved away from its defaults."""
    models = fresh_models()
    session, neuron, softmax, deepnet = models
    session.choice.set_activation("elu", {"alpha": 1.7})
    session.set_show_derivative(False)
    session.set_view_range((-2.0, 3.0, -1.0, 2.5))
    neuron.set_b(-1.25)
    neuron.set_mode("target")
    softmax.set_temperature(0.05)
    softmax.set_label(0, "lion")
    deepnet.set_depth(7)
    deepnet.set_seed(42)
    return models


def states(models: list[Saveable]) -> dict:
    return {m.state_key: m.to_state() for m in models}


@pytest.fixture
def store(tmp_path) -> SettingsStore:
    return SettingsStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot) -> QMainWindow:
    win = QMainWindow()
    qtbot.addWidget(win)
    return win


def test_the_changed_models_differ_from_the_defaults_in_every_section() -> None:
    defaults, changed = states(fresh_models()), states(changed_models())
    assert all(changed[key] != defaults[key] for key in defaults)


def test_a_good_store_restores_every_model(store, window) -> None:
    store.save(window, changed_models())
    restored = fresh_models()
    assert store.restore(restored) is None
    assert states(restored) == states(changed_models())


#: One value per section that its model refuses (a wrong type, not merely out of range).
DAMAGE = {
    "explorer": {"show_derivative": "yes"},
    "neuron": {"mode": ["not", "a", "mode"]},
    "softmax": {"scores": "1,2"},
    "deepnet": {"depth": "deep"},
}


def _damaged(broken_section: str) -> str:
    data = states(changed_models())
    data[broken_section] = {**data[broken_section], **DAMAGE[broken_section]}
    return json.dumps(data)


@pytest.mark.parametrize("broken_section", list(DAMAGE))
def test_a_damaged_store_applies_nothing_and_says_so(store, window, broken_section) -> None:
    text = _damaged(broken_section)
    store.settings.setValue(STATE_KEY, text)
    store.settings.setValue(GEOMETRY_KEY, "garbage")
    models = fresh_models()
    assert store.restore_geometry(window) is False
    message = store.restore(models)
    assert message is not None and "started with the defaults" in message
    assert broken_section in message
    assert states(models) == states(fresh_models())


@pytest.mark.parametrize("stored", ["{not json", json.dumps([1, 2]), 17])
def test_an_unreadable_store_applies_nothing_and_says_so(store, window, stored) -> None:
    store.settings.setValue(STATE_KEY, stored)
    models = fresh_models()
    message = store.restore(models)
    assert message is not None and "started with the defaults" in message
    assert states(models) == states(fresh_models())
