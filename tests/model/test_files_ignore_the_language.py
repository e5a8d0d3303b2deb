"""Lesson files and CSV exports are data: the same bytes whatever language the app speaks.

A stand-in translator that changes every text and writes a decimal comma is installed while the
files are written; they must equal the ones written in English, and open in English unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from actviz.core import i18n
from actviz.model import curve_export, session_file
from actviz.model.deepnet.lab import DeepNetLab
from actviz.model.neuron.lab import NeuronModel
from actviz.model.session import Session
from actviz.model.softmax.lab import SoftmaxLabModel
from actviz.model.state import Saveable


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.install(None)


def _lesson() -> tuple[Session, list[Saveable]]:
    session = Session()
    session.choice.set_activation("leaky_relu")
    session.choice.set_param("negative_slope", 0.25)
    session.pin_current()
    session.choice.set_activation("gelu")
    neuron = NeuronModel(session.choice)
    neuron.set_b(-1.5)
    softmax = SoftmaxLabModel()
    softmax.set_temperature(2.5)
    deepnet = DeepNetLab()
    deepnet.set_depth(12)
    return session, [session, neuron, softmax, deepnet]


def _install_foreign_language() -> None:
    i18n.install(lambda _context, text, _d: f"«{text}»", ",")


def test_a_lesson_saved_in_another_language_is_byte_for_byte_the_english_one() -> None:
    _session, models = _lesson()
    english = session_file.dumps(models)
    _install_foreign_language()
    foreign = session_file.dumps(models)
    assert foreign == english
    i18n.install(None)
    fresh_session = Session()
    fresh: list[Saveable] = [
        fresh_session,
        NeuronModel(fresh_session.choice),
        SoftmaxLabModel(),
        DeepNetLab(),
    ]
    assert [m.to_state() for m in fresh] != [m.to_state() for m in models]
    assert session_file.loads(foreign, fresh) == []
    assert [m.to_state() for m in fresh] == [m.to_state() for m in models]


def test_a_curve_export_is_the_same_in_every_language() -> None:
    session, _models = _lesson()
    english = curve_export.curves_csv(session, points=21)
    _install_foreign_language()
    assert curve_export.curves_csv(session, points=21) == english
    assert "," in english.splitlines()[1] and "«" not in english
