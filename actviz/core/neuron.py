"""One neuron, both passes of backprop, and a gradient-descent step: the maths of the neuron lab.

Forward: ``z = sum_i w_i x_i + b`` and ``a = f(z)``. Backward, given the upstream gradient
``dL/da``: ``dL/dz = f'(z) dL/da``, ``dL/dw_i = x_i dL/dz``, ``dL/db = dL/dz`` and
``dL/dx_i = w_i dL/dz``.

Losses follow ``torch.nn.functional`` so a learner can check a number against PyTorch:
``"squared"`` is ``(a - y)^2`` (``mse_loss``, no factor 1/2, so ``dL/da = 2 (a - y)``) and
``"bce"`` is ``-(y log a + (1 - y) log(1 - a))`` (``binary_cross_entropy``: each log is clamped at
-100 and the gradient's denominator ``a (1 - a)`` at 1e-12, so a saturated output gives a large but
finite number, never inf or NaN).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

import numpy as np
import numpy.typing as npt

from actviz.core.catalogue import get
from actviz.core.families import RELU_FAMILY
from actviz.core.i18n import QT_TRANSLATE_NOOP, format_number, translate, translate_marked

FloatArray = npt.NDArray[np.float64]
LossKind = Literal["squared", "bce"]
LOSS_KINDS: tuple[LossKind, ...] = ("squared", "bce")
#: torch clamps each log in binary_cross_entropy at -100 (log of a probability that rounded to 0).
BCE_LOG_FLOOR = -100.0
#: torch's floor for a (1 - a) in the gradient of binary_cross_entropy.
BCE_GRAD_EPS = 1e-12
#: |f'(z)| below this is "no gradient" for the diagnosis.
FLAT_SLOPE = 1e-3


@dataclass(frozen=True)
class NeuronPass:
    """Every number of one forward and backward pass (what the diagram shows).

    Attributes
    ----------
    x, w, products
        The inputs, the weights and ``w_i * x_i``.
    b, z, a
        Bias, pre-activation ``z = sum(products) + b`` and output ``a = f(z)``.
    local_grad
        ``f'(z)``.
    upstream
        ``dL/da``.
    dz, dw, db, dx
        ``dL/dz``, ``dL/dw_i``, ``dL/db``, ``dL/dx_i``.
    """

    x: FloatArray
    w: FloatArray
    products: FloatArray
    b: float
    z: float
    a: float
    local_grad: float
    upstream: float
    dz: float
    dw: FloatArray
    db: float
    dx: FloatArray


class StepResult(NamedTuple):
    """What :func:`sgd_step` returns: the new weights and bias, and the loss *before* the step."""

    w: FloatArray
    b: float
    loss: float


def _finite_vector(values: npt.ArrayLike, name: str) -> FloatArray:
    """``values`` as a 1-d float64 array; ``name`` is marked with QT_TRANSLATE_NOOP("Neuron")."""
    shown = translate_marked("Neuron", name)
    try:
        arr = np.array(values, dtype=np.float64, ndmin=1)
    except (TypeError, ValueError):
        message = translate("Neuron", "{name} must be numbers, got {values}")
        raise ValueError(message.format(name=shown, values=repr(values))) from None
    if arr.ndim != 1:
        message = translate("Neuron", "{name} must be a 1-D list of numbers, got shape {shape}")
        raise ValueError(message.format(name=shown, shape=arr.shape))
    if arr.size == 0:
        message = translate("Neuron", "{name} must hold at least one number")
        raise ValueError(message.format(name=shown))
    if not np.all(np.isfinite(arr)):
        message = translate("Neuron", "{name} must be finite (no NaN or infinity), got {values}")
        raise ValueError(message.format(name=shown, values=arr.tolist()))
    return arr


def _finite_float(value: object, name: str) -> float:
    """``value`` as a finite float; ``name`` is marked with QT_TRANSLATE_NOOP("Neuron")."""
    number = math.nan
    if not isinstance(value, bool):
        try:
            number = float(value)  # type: ignore[arg-type]  # numpy scalars, numeric strings
        except (TypeError, ValueError):
            pass
    if not math.isfinite(number):
        message = translate("Neuron", "{name} must be a finite number, got {value}")
        raise ValueError(message.format(name=translate_marked("Neuron", name), value=repr(value)))
    return number


_TARGET = QT_TRANSLATE_NOOP("Neuron", "target")
# The symbols of the neuron, named in its messages (marked so every shown name is in the catalogue;
# a language may keep them as they are).
_X, _W, _B, _A = (
    QT_TRANSLATE_NOOP("Neuron", "x"),
    QT_TRANSLATE_NOOP("Neuron", "w"),
    QT_TRANSLATE_NOOP("Neuron", "b"),
    QT_TRANSLATE_NOOP("Neuron", "a"),
)


def check_loss_kind(kind: str) -> LossKind:
    if kind == "squared":
        return "squared"
    if kind == "bce":
        return "bce"
    message = translate("Neuron", "loss kind must be one of {kinds}, got {kind}")
    raise ValueError(message.format(kinds=", ".join(LOSS_KINDS), kind=repr(kind)))


def forward_backward(
    x: npt.ArrayLike,
    w: npt.ArrayLike,
    b: float,
    key: str,
    params: Mapping[str, Any] | None = None,
    upstream: float = 1.0,
) -> NeuronPass:
    """Forward and backward pass of one neuron with activation ``key``.

    Raises ``ValueError`` if ``x`` and ``w`` differ in length, if any value is not finite, or if
    ``params`` are not valid for the activation (``KeyError`` for an unknown ``key``).
    """
    xs, ws = _finite_vector(x, _X), _finite_vector(w, _W)
    if xs.shape != ws.shape:
        message = translate("Neuron", "x and w must have the same length, got {x} and {w}")
        raise ValueError(message.format(x=xs.size, w=ws.size))
    bias = _finite_float(b, _B)
    grad_in = _finite_float(upstream, QT_TRANSLATE_NOOP("Neuron", "upstream gradient dL/da"))
    activation = get(key)
    resolved = activation.resolve_params(params)
    products = ws * xs
    z = float(math.fsum(products.tolist()) + bias)  # products is never empty (_finite_vector)
    if not math.isfinite(z):
        message = translate("Neuron", "z = w·x + b overflowed; use smaller inputs or weights")
        raise ValueError(message)
    a = float(activation.forward(z, **resolved))
    local = float(activation.derivative(z, **resolved))
    dz = local * grad_in
    return NeuronPass(
        x=xs,
        w=ws,
        products=products,
        b=bias,
        z=z,
        a=a,
        local_grad=local,
        upstream=grad_in,
        dz=dz,
        dw=xs * dz,
        db=dz,
        dx=ws * dz,
    )


def _check_bce(a: float, target: float) -> None:
    if not 0.0 <= a <= 1.0:
        message = translate("Neuron", "binary cross-entropy needs an output a in [0, 1], got {a}")
        raise ValueError(message.format(a=format_number(a)))
    if not 0.0 <= target <= 1.0:
        message = translate("Neuron", "binary cross-entropy needs a target in [0, 1], got {target}")
        raise ValueError(message.format(target=format_number(target)))


def loss(a: float, target: float, kind: str) -> float:
    """The loss of output ``a`` against ``target``: ``"squared"`` or ``"bce"`` (see module doc)."""
    out, y, which = _finite_float(a, _A), _finite_float(target, _TARGET), check_loss_kind(kind)
    if which == "squared":
        return (out - y) ** 2
    _check_bce(out, y)
    log_a = max(math.log(out), BCE_LOG_FLOOR) if out > 0 else BCE_LOG_FLOOR
    log_1ma = max(math.log1p(-out), BCE_LOG_FLOOR) if out < 1 else BCE_LOG_FLOOR
    # 0 * (-100) terms vanish as they should; y in {0, 1} is the usual case.
    return -(y * log_a + (1.0 - y) * log_1ma)


def loss_grad(a: float, target: float, kind: str) -> float:
    """``dL/da`` of :func:`loss` (torch's formula for BCE, denominator floored at 1e-12)."""
    out, y, which = _finite_float(a, _A), _finite_float(target, _TARGET), check_loss_kind(kind)
    if which == "squared":
        return 2.0 * (out - y)
    _check_bce(out, y)
    return (out - y) / max(out * (1.0 - out), BCE_GRAD_EPS)


def bce_allowed(key: str) -> bool:
    """Whether the activation's output lies in [0, 1], so binary cross-entropy makes sense."""
    props = get(key).properties
    return props.lower >= 0.0 and props.upper <= 1.0


def with_loss(
    x: npt.ArrayLike,
    w: npt.ArrayLike,
    b: float,
    key: str,
    params: Mapping[str, Any] | None,
    target: float,
    kind: str,
) -> tuple[NeuronPass, float]:
    """The pass with upstream ``dL/da`` of the loss against ``target``, and the loss.

    ``ValueError`` when f is undefined at z (a typed formula's gap): there is no loss there.
    """
    first = forward_backward(x, w, b, key, params, 0.0)
    if not math.isfinite(first.a):
        raise ValueError(undefined_at(first.z, get(key).name_text()))
    grad = loss_grad(first.a, target, kind)
    return forward_backward(x, w, b, key, params, grad), loss(first.a, target, kind)


def sgd_step(
    x: npt.ArrayLike,
    w: npt.ArrayLike,
    b: float,
    key: str,
    params: Mapping[str, Any] | None,
    target: float,
    kind: str,
    lr: float,
) -> StepResult:
    """One gradient-descent step on (w, b): ``w - lr dL/dw``, ``b - lr dL/db``.

    Returns ``StepResult(w, b, loss)`` with the loss before the step. ``ValueError`` for a
    non-finite or negative learning rate, or if the step overflows.
    """
    rate = _finite_float(lr, QT_TRANSLATE_NOOP("Neuron", "learning rate"))
    if rate < 0:
        message = translate("Neuron", "the learning rate must be ≥ 0, got {rate}")
        raise ValueError(message.format(rate=format_number(rate)))
    fb, before = with_loss(x, w, b, key, params, target, kind)
    new_w = fb.w - rate * fb.dw
    new_b = fb.b - rate * fb.db
    if not (np.all(np.isfinite(new_w)) and math.isfinite(new_b)):
        raise ValueError(translate("Neuron", "the step overflowed; use a smaller learning rate"))
    return StepResult(new_w, float(new_b), before)


def tangent_line(z: float, a: float, slope: float, x_lo: float, x_hi: float) -> FloatArray:
    """The tangent at (z, a) with ``slope`` as two points [[x_lo, x_hi], [y_lo, y_hi]]."""
    xs = np.array([x_lo, x_hi], dtype=np.float64)
    return np.vstack([xs, a + slope * (xs - z)])


def undefined_at(z: float, name: str) -> str:
    """The message for a z where a typed formula has no value (or no derivative)."""
    return translate(
        "Neuron", "{name} is undefined at z = {z} (a gap in its formula): no gradient flows back."
    ).format(name=name, z=format_number(z, ".3g"))


def diagnose(fb: NeuronPass, key: str) -> str:
    """A plain-words reason when ``dL/dz`` is (nearly) zero, else "" (in the installed language)."""
    if abs(fb.local_grad) >= FLAT_SLOPE:
        if fb.upstream == 0.0:
            return translate(
                "Neuron",
                "dL/da = 0: the output already matches (nothing to learn from this example).",
            )
        return ""
    activation = get(key)
    if not (math.isfinite(fb.a) and math.isfinite(fb.local_grad)):
        move = translate("Neuron", "Move z (w, x or b) to where f is defined.")
        return f"{undefined_at(fb.z, activation.name_text())} {move}"
    values = {
        "name": activation.name_text(),
        "z": format_number(fb.z, ".3g"),
        "abs_z": format_number(abs(fb.z), ".3g"),
        "slope": format_number(fb.local_grad, ".3g"),
    }
    if fb.local_grad == 0.0 and fb.z < 0 and activation.family == RELU_FAMILY:
        message = translate(
            "Neuron",
            "Dying ReLU: z = {z} < 0, so {name} is flat here (f′(z) = {slope}). No gradient "
            "reaches w or b, so gradient descent cannot move them: the unit has stopped "
            "learning. Leaky ReLU keeps a small slope for z < 0 and recovers.",
        )
    elif activation.properties.saturating and key != "binary_step":
        message = translate(
            "Neuron",
            "Saturated: |z| = {abs_z} is large, so {name} is almost flat (f′(z) = {slope}). "
            "The gradient vanishes and learning crawls. Smaller weights or a bias nearer 0 "
            "bring z back to the steep middle.",
        )
    else:
        message = translate(
            "Neuron",
            "{name} is flat at z = {z} (f′(z) = {slope}): almost no gradient flows back, "
            "so w and b barely change.",
        )
    return message.format(**values)
