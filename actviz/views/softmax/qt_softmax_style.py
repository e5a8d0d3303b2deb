"""Colours and text shared by the softmax lab's plots, so bars, heat map and sweep read alike."""

from __future__ import annotations

BAR = "#4C72B0"  # an ordinary class
TOP = "#DD8452"  # the most probable class (the arg-max), marked in every chart
BROKEN = "#C44E52"  # a cell where the naive formula overflowed, underflowed or gave NaN
NAIVE = (140, 140, 140, 150)  # the naive result drawn beside the stable one
TEXT = "#222222"

# Titles stay short: each chart is a third of the charts' width (about 300 px on a laptop).
OUTPUT_TITLE = {
    "softmax": "p = exp(z/T) / Σ exp(z/T)",
    "log_softmax": "log-softmax log p",
    "softmin": "softmin p = softmax(−z/T)",
}
TERMS_TITLE = {
    "softmax": "terms exp((z − max z)/T)",
    "log_softmax": "terms exp((z − max z)/T)",
    "softmin": "terms exp((min z − z)/T)",
}
JACOBIAN_TITLE = {
    "softmax": "Jacobian ∂p<sub>i</sub>/∂z<sub>j</sub>",
    "log_softmax": "Jacobian ∂log p<sub>i</sub>/∂z<sub>j</sub>",
    "softmin": "Jacobian ∂softmin<sub>i</sub>/∂z<sub>j</sub>",
}


def number_text(value: float, digits: int = 3) -> str:
    """A short number for a label: 0.659, 1.2e+03, inf, NaN."""
    if value != value:  # NaN
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "inf" if value > 0 else "−inf"
    return f"{value:.{digits}g}".replace("-", "−")


def compact_number(value: float) -> str:
    """At most about five characters, for crowded cells: 0.24, −0.015, 5e−4, 0."""
    if value != value or value in (float("inf"), float("-inf")):
        return number_text(value)
    if value == 0.0 or abs(value) >= 0.01:
        return number_text(value, 2)
    mantissa, exponent = f"{value:.0e}".split("e")
    return f"{mantissa}e{int(exponent)}".replace("-", "−")
