"""The softmax lab's charts in words, for screen readers: the numbers each chart draws.

Each chart sets its accessible description from these whenever it shows a new snapshot, so a
screen reader reads the same numbers a sighted learner sees: every class's logit and output with
the most probable class named, the Jacobian row by row, and the sweep's current point.
"""

from __future__ import annotations

import numpy as np

from actviz.core.i18n import translate
from actviz.model.softmax.snapshot import SoftmaxSnapshot, SweepCurve
from actviz.views.softmax import qt_softmax_style as style

_OUTPUT_NAME = {"softmax": "p", "log_softmax": "log p", "softmin": "p"}
_MODE_NAME = {"softmax": "softmax", "log_softmax": "log-softmax", "softmin": "softmin"}
TOP_MARK = "★"  # the most probable class, in every chart's class names as well as in colour


def class_ticks(snap: SoftmaxSnapshot) -> list[tuple[int, str]]:
    """The class names under the bars, the most probable one marked with a star."""
    top = snap.top
    return [(i, f"{TOP_MARK} {name}" if i == top else name) for i, name in enumerate(snap.labels)]


def bars_text(snap: SoftmaxSnapshot, naive_on: bool) -> str:
    """Every class's logit and output, the most probable class named."""
    output = _OUTPUT_NAME[snap.mode]
    rows = []
    for i, label in enumerate(snap.labels):
        row = translate("SoftmaxText", "{name}: logit {logit}, {output} = {value}").format(
            name=label,
            logit=style.number_text(float(snap.logits[i])),
            output=output,
            value=style.number_text(float(snap.output[i])),
        )
        if naive_on and not np.isfinite(snap.naive.output[i]):
            row += translate("SoftmaxText", " (naive: {value})").format(
                value=style.number_text(float(snap.naive.output[i]))
            )
        rows.append(row)
    lead = translate("SoftmaxText", "{count} classes at T = {temperature} ({mode}).").format(
        count=snap.n, temperature=style.number_text(snap.temperature), mode=_MODE_NAME[snap.mode]
    )
    top = translate("SoftmaxText", "Most probable: {name}, p = {p}.").format(
        name=snap.labels[snap.top], p=style.number_text(snap.top_probability)
    )
    return f"{lead} {'; '.join(rows)}. {top}"


def jacobian_text(snap: SoftmaxSnapshot) -> str:
    """The Jacobian row by row: row i is output i, its entries the derivatives by z_1 ... z_n."""
    rows = [
        translate("SoftmaxText", "row {name}: {values}").format(
            name=label,
            values=", ".join(style.compact_number(float(v)) for v in snap.jacobian[i]),
        )
        for i, label in enumerate(snap.labels)
    ]
    lead = translate(
        "SoftmaxText",
        "Jacobian of the outputs by the logits, {count} by {count}, columns {names}.",
    ).format(count=snap.n, names=", ".join(snap.labels))
    return f"{lead} {'; '.join(rows)}."


def sweep_text(sweep: SweepCurve, labels: tuple[str, ...], mode: str) -> str:
    """The sweep's range and where the class's logit is now."""
    name = labels[sweep.index]
    return translate(
        "SoftmaxText",
        "{output}({name}) as the logit of {name} sweeps from {low} to {high}, the others fixed; "
        "now z = {z}, {output} = {value}.",
    ).format(
        output=_OUTPUT_NAME[mode],
        name=name,
        low=style.number_text(float(sweep.values[0])),
        high=style.number_text(float(sweep.values[-1])),
        z=style.number_text(sweep.current),
        value=style.number_text(sweep.current_output),
    )
