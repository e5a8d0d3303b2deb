"""Every label function of the core asks the translator with the context its texts were marked in.

Reference: the marking contract of actviz.core.i18n and of each record's docstring: a text kept in
a record is marked with ``QT_TRANSLATE_NOOP(context, ...)`` where it is written and shown with
``translate_marked(context, text)`` in the same context (Activation: "Reference"; families:
"Family"; Param: "Param"; toy data: "ToyData"; weight init: "WeightInit"; deep-net blow-ups:
"DeepNet"). A translator that records each request shows the context and text asked for (it
stands in for the catalogue check of tests/conftest.py, which bare symbols such as "λ" would
fail: they are shown as they are); "" is asked for nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from actviz.core import catalogue, i18n, parse_activation
from actviz.core.deepnet import simulate
from actviz.core.deepnet.toy_data import DATASET_LABELS, DATASETS, dataset_label_text
from actviz.core.deepnet.weight_init import INIT_LABELS, INITS, init_label_text
from actviz.core.families import FAMILY_ORDER, family_text

Request = tuple[str, str]


@pytest.fixture
def asked() -> Iterator[list[Request]]:
    """The (context, text) pairs asked for; each answer is "<context|text>"."""
    requests: list[Request] = []
    outer = i18n._translator

    def recorder(context: str, text: str, disambiguation: str | None) -> str:
        requests.append((context, text))
        return f"<{context}|{text}>"

    i18n.install(recorder)
    yield requests
    i18n.install(outer)


def test_reference_text_asks_in_the_reference_context(asked: list[Request]) -> None:
    for key in catalogue.names():
        activation = catalogue.get(key)
        assert activation.reference  # every catalogue entry cites its source
        assert activation.reference_text() == f"<Reference|{activation.reference}>"


def test_no_reference_reads_as_empty_and_asks_nothing(asked: list[Request]) -> None:
    typed = parse_activation("x")
    assert typed.reference == ""
    assert typed.reference_text() == ""
    cited = catalogue.get("tanh")
    assert dataclasses.replace(cited, reference="").reference_text() == ""
    assert asked == []


def test_family_text_asks_in_the_family_context(asked: list[Request]) -> None:
    for family in FAMILY_ORDER:
        assert family_text(family) == f"<Family|{family}>"


def test_param_label_text_asks_in_the_param_context(asked: list[Request]) -> None:
    params = [p for key in catalogue.names() for p in catalogue.get(key).params]
    assert params
    for param in params:
        assert param.label_text() == f"<Param|{param.label}>"


def test_dataset_and_init_labels_ask_in_their_contexts(asked: list[Request]) -> None:
    for name in DATASETS:
        assert dataset_label_text(name) == f"<ToyData|{DATASET_LABELS[name]}>"
    for init in INITS:
        assert init_label_text(init) == f"<WeightInit|{INIT_LABELS[init]}>"


@pytest.mark.parametrize("kind", ["signal", "gradient", "undefined"])
def test_blow_up_text_asks_in_the_deepnet_context(kind: str, asked: list[Request]) -> None:
    from actviz.core.deepnet import BLOW_UP_MESSAGES

    calm = simulate(1, 2, "tanh", batch=2)
    assert calm.blow_up_text() == ""
    exploded = dataclasses.replace(calm, blow_up_kind=kind, blow_up_layer=3)
    template = BLOW_UP_MESSAGES[kind]
    assert exploded.blow_up_text() == f"<DeepNet|{template}>".format(layer=3)
    assert ("DeepNet", template) in asked
