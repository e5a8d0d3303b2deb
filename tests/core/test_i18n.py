"""The Qt-free translation hook: texts through their accessors, numbers in the language's form.

A stand-in translator (a dict) plays the part of Qt's, so these run without Qt; the real
catalogue is tested in tests/test_translations.py.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from actviz import core
from actviz.core import i18n, neuron
from actviz.core.deepnet import simulate, toy_data, weight_init
from actviz.core.families import FAMILY_ORDER, family_text


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.install(None)


def install_shouting(decimal_point: str = ",") -> list[tuple[str, str]]:
    """A translator that upper-cases every text but its {placeholders}, recording what was asked."""
    asked: list[tuple[str, str]] = []

    def shout(context: str, text: str, _disambiguation: str | None) -> str:
        asked.append((context, text))
        parts = re.split(r"(\{[a-z_]+\})", text)
        return "".join(p if p.startswith("{") and p.endswith("}") else p.upper() for p in parts)

    i18n.install(shout, decimal_point)
    return asked


def test_without_a_translator_everything_reads_as_written() -> None:
    i18n.install(None)
    relu = core.get("relu")
    assert relu.name_text() == relu.name == "ReLU"
    assert relu.notes_text() == relu.notes
    assert i18n.translate("Any", "text") == "text"
    assert i18n.format_number(0.25) == "0.25"
    assert core.get("leaky_relu").params[0].range_text() == "[0, 1]"


def test_accessors_ask_the_installed_translator_and_the_records_stay_english() -> None:
    asked = install_shouting()
    gelu = core.get("gelu")
    assert gelu.name_text() == "GELU"
    assert gelu.notes_text() == gelu.notes.upper()
    assert gelu.formula_text() == gelu.formula.upper()
    assert gelu.reference_text() == gelu.reference.upper()
    assert gelu.family_text() == gelu.family.upper()
    assert gelu.params[0].label_text() == "APPROXIMATION"
    assert gelu.properties.output_range_text() == gelu.properties.output_range.upper()
    assert ("Activation", gelu.notes) in asked
    assert ("Reference", gelu.reference) in asked
    # The records themselves are data: untouched by the language.
    assert gelu.name == "GELU"
    assert gelu.params[0].label == "Approximation"
    assert gelu.notes.startswith("The Gaussian Error Linear Unit")


def test_switching_back_to_english_restores_every_text() -> None:
    install_shouting()
    swish = core.get("swish")
    assert swish.notes_text() != swish.notes
    i18n.install(None)
    assert swish.notes_text() == swish.notes
    assert swish.params[0].range_text() == "[0.1, 10]"


def test_properties_rows_and_headings_are_translated_when_asked() -> None:
    install_shouting()
    rows = core.get("tanh").properties.rows()
    assert rows[0] == ("OUTPUT RANGE", "(−1, 1)")
    assert ("MONOTONIC", "YES") in rows
    assert [family_text(f) for f in FAMILY_ORDER][1] == "RELU FAMILY"


def test_ranges_and_refusals_use_the_language_s_decimal_sign() -> None:
    install_shouting(",")
    beta = core.get("swish").param("beta")
    assert beta.range_text() == "[0,1, 10]"  # the German catalogue turns the comma into "; "
    with pytest.raises(
        ValueError, match=r"^beta MUST BE A FINITE NUMBER IN \[0,1, 10\], GOT 99.0$"
    ):
        beta.validate(99.0)


def test_core_messages_are_made_in_the_installed_language() -> None:
    install_shouting()
    with pytest.raises(ValueError, match="THE TEMPERATURE MUST BE"):
        core.softmax([1.0, 2.0], temperature=0.0)
    with pytest.raises(ValueError, match=r"SIGMA MUST BE A FINITE NUMBER > 0, GOT -1\.0"):
        weight_init.check_sigma(-1.0)
    with pytest.raises(ValueError, match=r"RRELU NEEDS LOWER ≤ UPPER, GOT LOWER = 0,5"):
        core.get("rrelu").forward(1.0, lower=0.5, upper=0.2)
    dead = neuron.forward_backward([1.0], [-2.0], -0.5, "relu")
    assert neuron.diagnose(dead, "relu").startswith("DYING RELU: Z = -2,5 < 0")
    assert weight_init.init_label_text("he_normal") == "HE NORMAL  (STD √(2/FAN_IN))"
    assert toy_data.dataset_label_text("two_moons") == "TWO MOONS"


def test_a_blow_up_is_kept_in_english_and_shown_in_the_language_of_the_moment() -> None:
    install_shouting()
    result = simulate(100, 64, "relu", init="normal", sigma=100.0, batch=8, seed=0)
    first_nan = int(np.argmax(np.isnan(result.act_std)))
    assert result.blow_up_kind == "signal" and result.blow_up_layer == first_nan + 1
    assert result.blow_up.startswith(f"The signal exploded at layer {first_nan + 1} ")
    assert result.blow_up_text() == result.blow_up.upper()
    i18n.install(None)
    assert result.blow_up_text() == result.blow_up
    calm = simulate(3, 8, "tanh", batch=8)
    assert calm.blow_up == calm.blow_up_text() == ""


def test_install_refuses_a_decimal_sign_that_would_garble_numbers() -> None:
    for bad in ("", "1", "e", "E", "-", "+", ",,"):
        with pytest.raises(ValueError, match="decimal_point must be one non-digit character"):
            i18n.install(None, bad)


def test_any_other_single_character_is_a_decimal_sign() -> None:
    """Only digits, signs and the exponent letters are refused: 'X' would do (if oddly)."""
    i18n.install(None, "X")
    assert i18n.format_number(1.5) == "1X5"
    assert i18n.parse_number("1X5") == 1.5


@pytest.mark.parametrize(
    ("text", "point", "expected"),
    [
        ("0,5", ",", 0.5),
        ("0.5", ",", 0.5),  # the C form, accepted in every language
        (" -2,25 ", ",", -2.25),
        ("\u22122,5", ",", -2.5),  # the typographic minus the app shows
        (",5", ",", 0.5),
        ("1,5e3", ",", 1500.0),
        ("1e-3", ",", 0.001),
        ("1.000", ",", 1.0),  # a dot is a decimal point, never a thousands separator
        ("0.5", ".", 0.5),
        ("+7", ".", 7.0),
    ],
)
def test_parse_accepts_the_language_s_form_and_the_c_form(
    text: str, point: str, expected: float
) -> None:
    assert i18n.parse_locale_number(text, point) == expected


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("1,5", "."),  # a comma is no decimal sign in English
        ("1.000,5", ","),  # grouped: ambiguous
        ("1,000.5", "."),
        ("1_000", "."),  # Python's float() would read 1000
        ("1,5,3", ","),
        ("", ","),
        ("abc", ","),
        ("0x10", "."),
        ("1 000", ","),
    ],
)
def test_parse_refuses_what_is_not_a_plain_number(text: str, point: str) -> None:
    assert i18n.parse_locale_number(text, point) is None


def test_parse_returns_nan_and_infinity_for_the_caller_to_refuse() -> None:
    assert math.isnan(i18n.parse_locale_number("nan", ","))  # type: ignore[arg-type]
    assert i18n.parse_locale_number("-inf", ",") == -math.inf
    assert i18n.parse_locale_number("Infinity", ".") == math.inf


@given(st.floats(allow_nan=False, allow_infinity=False), st.sampled_from([".", ","]))
def test_a_shown_number_reads_back_exactly(value: float, point: str) -> None:
    i18n.install(None, point)
    shown = i18n.format_number(value, ".17g")  # 17 significant digits name a float64 exactly
    assert "_" not in shown and " " not in shown
    assert i18n.parse_number(shown) == value
    assert i18n.parse_number(repr(value)) == value  # and the C form, in every language


def test_format_number_writes_the_decimal_comma_and_never_groups_digits() -> None:
    i18n.install(None, ",")
    assert i18n.format_number(0.5) == "0,5"
    assert i18n.format_number(-2.5, ".3g") == "-2,5"
    assert i18n.format_number(1234.5, ".3g") == "1,23e+03"
    assert i18n.format_number(1234567.25, ".2f") == "1234567,25"
    assert i18n.format_number(3) == "3"
