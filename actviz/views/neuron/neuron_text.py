"""The neuron diagram in words, for screen readers: every number it draws, forward then backward.

The diagram paints its numbers; a screen reader cannot see them, so its accessible description
reads them out in the diagram's order, with each gradient's sign said in words as well as by the
number (the diagram shows the sign by a + or − before the number, the line's colour and dashes).
"""

from __future__ import annotations

from actviz.core.i18n import format_number, translate


def number(value: float) -> str:
    """A number as the diagram writes it (4 significant digits, a true minus sign)."""
    return "0" if value == 0 else format_number(value, ".4g").replace("-", "−")


def signed(value: float) -> str:
    """A gradient as the diagram writes it: its sign always shown (+0.25, −0.25, 0)."""
    return number(value) if value <= 0 else f"+{number(value)}"


def sign_word(value: float) -> str:
    if value > 0:
        return translate("NeuronText", "positive")
    if value < 0:
        return translate("NeuronText", "negative")
    return translate("NeuronText", "zero")


def describe_pass(values: dict[str, float], activation_name: str, inputs: int) -> str:
    """The forward and backward pass drawn by the diagram, as sentences."""
    terms = [
        translate("NeuronText", "x{i} = {x} times w{i} = {w} gives {p}").format(
            i=i, x=number(values[f"x{i}"]), w=number(values[f"w{i}"]), p=number(values[f"p{i}"])
        )
        for i in range(1, inputs + 1)
    ]
    forward = translate(
        "NeuronText", "Forward: {terms}; with bias b = {b}, z = {z}; a = {name}(z) = {a}."
    ).format(
        terms="; ".join(terms),
        b=number(values["b"]),
        z=number(values["z"]),
        name=activation_name,
        a=number(values["a"]),
    )

    def gradient(name: str, key: str) -> str:
        value = values[key]
        return translate("NeuronText", "{name} = {value} ({sign})").format(
            name=name, value=signed(value), sign=sign_word(value)
        )

    grads = [gradient("∂L/∂a", "upstream")]
    grads.append(f"f′(z) = {number(values['local_grad'])}")
    grads.append(gradient("∂L/∂z", "dz"))
    grads += [gradient(f"∂L/∂w{i}", f"dw{i}") for i in range(1, inputs + 1)]
    grads.append(gradient("∂L/∂b", "db"))
    grads += [gradient(f"∂L/∂x{i}", f"dx{i}") for i in range(1, inputs + 1)]
    backward = translate("NeuronText", "Backward: {gradients}.").format(gradients="; ".join(grads))
    return f"{forward} {backward}"
