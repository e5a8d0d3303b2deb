"""The learner's language as the Qt-free layers see it: text translation and number format.

``core`` and ``model`` import no Qt, yet their texts (activation names, teaching notes, error
messages) must reach the screen in the learner's language. This module is the hook: until the app
installs Qt's translator (``actviz.views.language.apply_language``), :func:`translate` returns the
English text and :func:`format_number` writes a dot, so the core, the tests and the command line
behave exactly as if it were not there.

Where texts are translated (the one rule)
-----------------------------------------
1. Every text a person reads is written in English in the source and marked for
   ``pyside6-lupdate`` with a literal context and a literal text: ``QT_TRANSLATE_NOOP(context,
   text)`` where the text is kept in a record (an activation's name, its notes, a label),
   ``translate(context, text)`` where a message is made to be shown at once (an exception text, a
   diagnosis).
2. Record fields keep the English source. They are data: keys, lesson files, settings, CSV
   headers and every other file a program reads back use them and read the same in every
   language. Documents made for people (a figure's title, a handout) are shown text (rule 3).
3. Text is translated when it is shown, by a method named after the field with ``_text``
   (``Activation.notes_text()``, ``Param.label_text()``, ``family_text(family)``, ...) or by a
   method that only ever makes display text (``Properties.rows()``, ``Param.range_text()``,
   ``neuron.diagnose()``); they look the English text up with :func:`translate_marked`. Views
   show what these return, never a raw field, and ask again on ``QEvent.LanguageChange``, so a
   switch of language needs no restart.
4. A text with values is a template with named placeholders, translated first and formatted
   after: ``translate("Neuron", "z = {z} < 0").format(z=format_number(z, ".3g"))``. Never put an
   f-string inside ``translate``: lupdate would extract it, but the running code would look up the
   formatted text and find nothing. A test checks that every marked text is a plain literal.
5. Numbers inside shown text go through :func:`format_number`, so German shows a decimal comma.
   Maths stays maths: symbols, formulas' operators and identifiers (``negative_slope``) are not
   translated, but their words are ("if", "else").

Contexts (the first argument; Qt groups the catalogue by them): ``Activation`` (names, formulas
and notes of the catalogue), ``Reference`` (its citations: titles stay as published), ``Family``
(picker headings), ``Param`` (labels, tooltips, ranges and their errors), ``Properties`` (the
properties table), ``Neuron``, ``DeepNet``, ``WeightInit``, ``ToyData``, ``Softmax``,
``TrainingData``, ``TrainingInit``, ``Checks`` (the training core's argument checks); a view's
own strings use its class name (``self.tr``). The glossary of the German terms is in
``docs/translation.md``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: What the app installs: ``QCoreApplication.translate(context, text, disambiguation)``.
Translator = Callable[[str, str, str | None], str]

_translator: Translator | None = None
_decimal_point = "."

# The C form of a number, strictly: no underscores or group separators (Python's float() takes
# "1_000"), an optional exponent; plus the words float() knows for NaN and infinity.
_C_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_C_SPECIAL = re.compile(r"[+-]?(?:nan|inf|infinity)", re.IGNORECASE)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for the catalogue and return it unchanged; it is translated when shown."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` in the installed language (unchanged until a translator is installed).

    ``context`` and ``text`` must be string literals at the call site, so that lupdate finds them;
    ``disambiguation`` tells apart two meanings of the same English text in one context.
    """
    if _translator is None:
        return text
    return _translator(context, text, disambiguation)


def translate_marked(context: str, text: str) -> str:
    """A text kept in a record (marked where it was written with ``QT_TRANSLATE_NOOP(context,
    ...)``) in the installed language. The one call that takes a variable, not a literal."""
    if _translator is None:
        return text
    return _translator(context, text, None)


def install(translator: Translator | None, decimal_point: str = ".") -> None:
    """Use ``translator`` for :func:`translate` and ``decimal_point`` for numbers (None: English).

    Called by the views' language switch; tests may install a plain function.
    """
    global _translator, _decimal_point
    if len(decimal_point) != 1 or decimal_point.isdigit() or decimal_point in "+-eE":
        raise ValueError(f"decimal_point must be one non-digit character, got {decimal_point!r}")
    _translator = translator
    _decimal_point = decimal_point


def decimal_point() -> str:
    """The decimal sign of the installed language ("." until one is installed)."""
    return _decimal_point


def format_number(value: float, spec: str = "g") -> str:
    """``value`` formatted by the ``format`` ``spec`` (".3g", ".2f", ...) with the language's
    decimal sign. Never groups digits: a shown number can always be typed back."""
    return to_locale_text(format(value, spec), _decimal_point)


def parse_number(text: str) -> float | None:
    """The number in ``text``, written in the language's form (``1,5`` in German) or in the C
    form (``1.5``), which every entry also accepts; None if ``text`` is not a number.

    A dot is always a decimal point, never a thousands separator, and no separator is accepted,
    so ``1.000`` is one in every language. NaN and infinity come back as floats: refusing them,
    with a message, is the caller's business.
    """
    return parse_locale_number(text, _decimal_point)


def to_locale_text(c_text: str, point: str) -> str:
    """A number written in the C form, with its decimal point replaced by ``point``."""
    return c_text if point == "." else c_text.replace(".", point)


def parse_locale_number(text: str, point: str) -> float | None:
    """:func:`parse_number` for a given decimal sign ``point``."""
    cleaned = text.strip().replace("\u2212", "-")  # a typographic minus, as the app shows it
    if point != "." and point in cleaned:
        if "." in cleaned:  # "1.000,5": a grouped number, ambiguous between the two forms
            return None
        cleaned = cleaned.replace(point, ".")
    if _C_NUMBER.fullmatch(cleaned) or _C_SPECIAL.fullmatch(cleaned):
        return float(cleaned)
    return None
