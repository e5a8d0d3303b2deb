"""Colours and text shared by the softmax lab's plots, so bars, heat map and sweep read alike.

Colours are light-theme Okabe-Ito members (3:1 or more on white); the views draw them through
``Appearance.themed``, which moves each to its dark-theme partner (blue to orange, vermillion to
sky blue, black to yellow), so every chart of the lab changes together.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from actviz.core.i18n import format_number
from actviz.views.theme.appearance import Appearance

BAR = "#0072B2"  # an ordinary class (Okabe-Ito blue)
TOP = "#D55E00"  # the most probable class (the arg-max), marked in every chart (vermillion)
BROKEN = "#000000"  # where the naive formula overflowed, underflowed or gave NaN (black)
NAIVE = (140, 140, 140, 150)  # the naive result drawn beside the stable one (a grey)
TEXT = "#202124"  # numbers on the charts (ink)

# Titles stay short: each chart is a third of the charts' width (about 300 px on a laptop).
# Formulas only (the same in every language) or words through the translator.
OUTPUT_TITLE = {
    "softmax": "p = exp(z/T) / Σ exp(z/T)",
    "log_softmax": "log-softmax log p",
    "softmin": "softmin p = softmax(−z/T)",
}


def terms_title(mode: str) -> str:
    """The middle chart's title for ``mode``, in the learner's language."""
    if mode == "softmin":
        return QCoreApplication.translate("SoftmaxStyle", "terms exp((min z − z)/T)")
    return QCoreApplication.translate("SoftmaxStyle", "terms exp((z − max z)/T)")


def jacobian_title(mode: str) -> str:
    """The heat map's title for ``mode``, in the learner's language."""
    if mode == "log_softmax":
        return QCoreApplication.translate(
            "SoftmaxStyle", "Jacobian ∂log p<sub>i</sub>/∂z<sub>j</sub>"
        )
    if mode == "softmin":
        return QCoreApplication.translate(
            "SoftmaxStyle", "Jacobian ∂softmin<sub>i</sub>/∂z<sub>j</sub>"
        )
    return QCoreApplication.translate("SoftmaxStyle", "Jacobian ∂p<sub>i</sub>/∂z<sub>j</sub>")


def themed(appearance: Appearance | None, colour: str | tuple[int, ...]) -> QColor:
    """``colour`` as the current theme draws it (as designed when there is no Appearance yet)."""
    base = QColor(colour) if isinstance(colour, str) else QColor(*colour)
    return appearance.themed(base) if appearance is not None else base


def number_text(value: float, digits: int = 3) -> str:
    """A short number for a label: 0.659, 1.2e+03, inf, NaN."""
    if value != value:  # NaN
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "inf" if value > 0 else "−inf"
    return format_number(value, f".{digits}g").replace("-", "−")


def compact_number(value: float) -> str:
    """At most about five characters, for crowded cells: 0.24, −0.015, 5e−4, 0."""
    if value != value or value in (float("inf"), float("-inf")):
        return number_text(value)
    if value == 0.0 or abs(value) >= 0.01:
        return number_text(value, 2)
    mantissa, exponent = f"{value:.0e}".split("e")
    return f"{mantissa}e{int(exponent)}".replace("-", "−")
