"""Smooth ReLUs: softplus (the sigmoid's integral) and squareplus (its algebraic cousin).

Kept apart from ``smooth.py`` only for size; ``smooth.ACTIVATIONS`` lists them in display order.
"""

from __future__ import annotations

import math

import numpy as np

from actviz.core.activation import Activation, FloatArray
from actviz.core.families import SMOOTH_GATED
from actviz.core.families._stable import EXP_CAP, array_out
from actviz.core.i18n import QT_TRANSLATE_NOOP
from actviz.core.params import Kink, Param, Properties

_HUGE = 1e300  # clipping here keeps β·x finite for β <= 10

# --- Softplus ----------------------------------------------------------------------------------


def _softplus_arg(x: FloatArray, beta: float) -> FloatArray:
    """t = βx; x is clipped first only when β > 1, the one case where βx can overflow."""
    if beta == 1.0:
        return x
    return beta * (np.clip(x, -_HUGE, _HUGE) if beta > 1.0 else x)


def _softplus(x: FloatArray, out: FloatArray, beta: float, threshold: float) -> None:
    # torch: x where βx > threshold, else log(1 + e^(βx))/β, here as max(t, 0) + log1p(e^−|t|).
    t = _softplus_arg(x, beta)
    np.abs(t, out=out)
    np.negative(out, out=out)
    np.exp(out, out=out)
    np.log1p(out, out=out)
    out += np.maximum(t, 0.0)
    if beta != 1.0:
        out /= beta
    np.copyto(out, x, where=t > threshold)


def _softplus_grad(x: FloatArray, out: FloatArray, beta: float, threshold: float) -> None:
    # σ(t) = p/(1 + p) with p = e^min(t, 700) (see _stable.sigmoid_over), and 1 above the switch.
    t = _softplus_arg(x, beta)
    np.clip(t, None, EXP_CAP, out=out)
    np.exp(out, out=out)
    out /= out + 1.0
    np.copyto(out, 1.0, where=t > threshold)


#: A switch whose jump is at most this fraction of max(1, |x|) is reported as a kink, not a jump: at
#: the default threshold the drop is 2e-9, and breaking the line there would mislead.
_VISIBLE_JUMP = 1e-5


def softplus_switch_jump(beta: float, threshold: float) -> float:
    """How far f drops where torch switches to the line x (at x = threshold/β): ln(1 + e^−thr)/β."""
    return math.log1p(math.exp(-threshold)) / beta


def _softplus_kinks(beta: float, threshold: float, **_params: object) -> tuple[Kink, ...]:
    # The switch to x is always there (f and f′ change rule); whether it shows is a matter of size.
    at = threshold / beta
    visible = softplus_switch_jump(beta, threshold) > _VISIBLE_JUMP * max(1.0, abs(at))
    return (Kink(at, "jump" if visible else "kink"),)


SOFTPLUS = Activation(
    key="softplus",
    name=QT_TRANSLATE_NOOP("Activation", "Softplus"),
    family=SMOOTH_GATED,
    formula=QT_TRANSLATE_NOOP(
        "Activation",
        "f(x) = (1/β) · ln(1 + e<sup>βx</sup>), and x where βx > threshold",
    ),
    derivative_formula=QT_TRANSLATE_NOOP("Activation", "f′(x) = σ(βx), and 1 where βx > threshold"),
    params=(
        Param(
            name="beta",
            label="β",
            default=1.0,
            minimum=0.1,
            maximum=10.0,
            step=0.1,
            log_scale=True,
            tooltip=QT_TRANSLATE_NOOP("Param", "Sharpness: large β approaches ReLU"),
        ),
        Param(
            name="threshold",
            label=QT_TRANSLATE_NOOP("Param", "Threshold"),
            default=20.0,
            minimum=1.0,
            maximum=50.0,
            step=1.0,
            tooltip=QT_TRANSLATE_NOOP(
                "Param",
                "Above βx = threshold the result is x itself (PyTorch's numerical shortcut)",
            ),
        ),
    ),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "(0, ∞)"),
        lower=0.0,
        upper=np.inf,
        bounded=False,
        monotonic=False,
        smooth=False,
        zero_centred=False,
        saturating=False,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "A smooth ReLU: ln(1 + eˣ) is close to 0 on the left and close to x on the right, and its "
        "derivative is exactly the sigmoid. Dugas et al. (2001) proposed it; Glorot, Bordes and "
        "Bengio (2011) found the exact zeros of ReLU trained better, but softplus is still the "
        "standard way to make a network output positive (a variance, a rate). β sharpens it "
        "towards ReLU. Mathematically it is smooth and strictly increasing. Like PyTorch, though, "
        "we return x itself once βx exceeds the threshold, a shortcut that saves the exponential "
        "where the two differ by less than exp(−threshold)/β. At that switch the curve "
        "drops by ln(1 + exp(−threshold))/β (2e-9 at the defaults) and f′ steps from "
        "σ(threshold) to 1, so the curve actually computed is neither smooth nor monotonic "
        "there, and the properties table says so. Lower the threshold to see the jump.",
    ),
    fn=array_out(_softplus),
    dfn=array_out(_softplus_grad),
    kink_fn=_softplus_kinks,
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "Dugas, Bengio, Bélisle, Nadeau and Garcia, Incorporating second-order functional "
        "knowledge for better option pricing, 2001",
    ),
)

# --- Squareplus --------------------------------------------------------------------------------


_SQUAREPLUS_CUT = 1e154  # x² + b stays finite; beyond, f′ is 1 or below 1e-307


def _squareplus(x: FloatArray, out: FloatArray, b: float) -> None:
    # h = (|x| + r)/2 with r = √(x² + b), which is f(x) for x >= 0. For x < 0, (x + r)/2 cancels;
    # the same value is b/(2(r + |x|)) = b/(4h). Beyond the cut, r is |x| to float precision.
    a = np.abs(x)
    np.clip(a, None, _SQUAREPLUS_CUT, out=out)
    out *= out
    out += b
    np.sqrt(out, out=out)
    np.maximum(out, a, out=out)
    out *= 0.5
    a *= 0.5
    out += a  # h, halved before adding: |x| + r would overflow at 1e308
    np.copyto(out, np.divide(0.25 * b, out), where=x < 0.0)


def _squareplus_grad(x: FloatArray, out: FloatArray, b: float) -> None:
    # f′ = (1 + x/r)/2 for x >= 0 (x/r on the clipped x: ±inf/inf would be NaN). For x < 0 that
    # cancels; the same value is b/(2r(r + |x|)), computed as (½b/(r + |x|))/r so as not to
    # overflow, and exactly 0 at −inf.
    a = np.abs(x)
    np.clip(a, None, _SQUAREPLUS_CUT, out=out)
    r = out * out
    r += b
    np.sqrt(r, out=r)
    out /= r
    out *= 0.5
    out += 0.5
    a += r
    np.divide(0.5 * b, a, out=a)
    a /= r
    np.copyto(out, a, where=x < 0.0)


SQUAREPLUS = Activation(
    key="squareplus",
    name=QT_TRANSLATE_NOOP("Activation", "Squareplus"),
    family=SMOOTH_GATED,
    formula=QT_TRANSLATE_NOOP("Activation", "f(x) = (x + √(x<sup>2</sup> + b)) / 2"),
    derivative_formula=QT_TRANSLATE_NOOP(
        "Activation",
        "f′(x) = (1 + x / √(x<sup>2</sup> + b)) / 2",
    ),
    params=(
        Param(
            name="b",
            label="b",
            default=4.0,
            minimum=0.01,
            maximum=20.0,
            step=0.01,
            log_scale=True,
            tooltip=QT_TRANSLATE_NOOP(
                "Param",
                "Curvature near 0: f(0) = √b/2; as b → 0 it becomes ReLU",
            ),
        ),
    ),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "(0, ∞)"),
        lower=0.0,
        upper=np.inf,
        bounded=False,
        monotonic=True,
        smooth=True,
        zero_centred=False,
        saturating=False,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "Softplus's shape from algebra alone: (x + √(x² + b))/2 needs a square root instead of an "
        "exponential and a logarithm, so it is cheaper, especially on hardware without fast "
        "transcendental functions. It approaches 0 on the left more slowly than softplus (like "
        "b/(4|x|) instead of eˣ) and x on the right. b sets how round the corner is: "
        "f(0) = √b/2, and b → 0 gives ReLU. Barron, 2021.",
    ),
    fn=array_out(_squareplus),
    dfn=array_out(_squareplus_grad),
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "Barron, Squareplus: A softplus-like algebraic rectifier, 2021",
    ),
)
