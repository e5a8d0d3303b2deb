"""The function plot in words, for screen readers: what it shows, and the readout under the cursor.

``plot_description(session)`` is what the plot's accessible description says ("Leaky ReLU
(Negative slope a = 0.01) f and f′, x from −5 to 5, y from −1.5 to 3.5. Pinned: ReLU,
dotted line."); the plot sets it again whenever the model changes what it shows. The texts are
in the learner's language, numbers written as the language writes them.
"""

from __future__ import annotations

from actviz import core
from actviz.core.i18n import format_number, translate
from actviz.core.params import ParamValue
from actviz.model.session import Overlay, Session
from actviz.views.theme import palette


def number(value: float) -> str:
    """A number as the plot's texts write it: three significant digits, a true minus sign."""
    return format_number(value, ".3g").replace("-", "−")


def curve_name(key: str, params: dict[str, ParamValue]) -> str:
    """An activation with its parameters, as a person reads it: "ELU (α = 1.5)"."""
    activation = core.get(key)
    values = []
    for param in activation.params:
        value = params.get(param.name, param.default)
        shown = number(value) if isinstance(value, float | int) else str(value)
        values.append(f"{param.label_text()} = {shown}")
    name = activation.name_text()
    return f"{name} ({', '.join(values)})" if values else name


def pinned_text(overlays: tuple[Overlay, ...]) -> str:
    """The pinned curves and their line styles ("" when none is pinned)."""
    if not overlays:
        return ""
    items = [
        translate("CurvePlotText", "{curve}, {style}").format(
            curve=curve_name(overlay.key, overlay.params),
            style=palette.overlay_style_text(overlay.colour),
        )
        for overlay in overlays
    ]
    return translate("CurvePlotText", "Pinned: {curves}.").format(
        curves="; ".join(items)
    )


def plot_description(session: Session) -> str:
    """What the plot shows now: the curve, whether f′ is drawn, the visible ranges, the pins."""
    x_min, x_max, y_min, y_max = session.view_range
    values = {
        "curve": curve_name(session.choice.key, session.choice.params),
        "x_min": number(x_min),
        "x_max": number(x_max),
        "y_min": number(y_min),
        "y_max": number(y_max),
    }
    if session.show_derivative:
        shown = translate(
            "CurvePlotText",
            "{curve} f and f′, x from {x_min} to {x_max}, y from {y_min} to {y_max}.",
        )
    else:
        shown = translate(
            "CurvePlotText",
            "{curve} f, x from {x_min} to {x_max}, y from {y_min} to {y_max}.",
        )
    pinned = pinned_text(session.overlays)
    return shown.format(**values) + (f" {pinned}" if pinned else "")


def readout_text(x: float, f: float, df: float | None) -> str:
    """The values under the cursor: "x = 1.5    f(x) = 1.5    f′(x) = 1" (f′ when shown)."""
    text = f"x = {format_number(x, '.4g')}    f(x) = {format_number(f, '.4g')}"
    if df is not None:
        text += f"    f′(x) = {format_number(df, '.4g')}"
    return text


def spoken_readout(readout: str) -> str:
    """The readout as a sentence for the accessible description ("" for none)."""
    if not readout:
        return ""
    values = ", ".join(part for part in readout.split("    ") if part)
    return translate("CurvePlotText", "Under the cursor: {values}.").format(
        values=values
    )
