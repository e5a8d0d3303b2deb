"""The exponential members of the ReLU family: ELU, SELU and CELU.

All three are x (times a scale) for x > 0 and a scaled ``expm1`` for x <= 0, which tends to a
negative constant. ``expm1`` is exact near 0, where ``exp(x) - 1`` would lose digits; its argument
is capped at 0 so that no branch overflows, even where ``np.where`` discards it.
"""

from __future__ import annotations

import numpy as np

from actviz.core.activation import Activation, FloatArray
from actviz.core.families import RELU_FAMILY
from actviz.core.families._piecewise import corners
from actviz.core.families._stable import array_in
from actviz.core.i18n import QT_TRANSLATE_NOOP
from actviz.core.params import Kink, Param, ParamValue, Properties

#: Klambauer et al. (2017), eq. 14, to the digits PyTorch uses.
SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946


def _alpha_param(tooltip: str) -> Param:
    return Param("alpha", "α", 1.0, minimum=0.1, maximum=5.0, step=0.05, tooltip=tooltip)


# The functions below work in place on one temporary (the blocks of ``array_in`` are 1-d, so
# ``out=`` is safe): the negative branch for every element, then the positive one copied over.
# NaN stays NaN through min, expm1 and exp, and x > 0 is False there.


def _elu(x: FloatArray, alpha: float) -> FloatArray:
    out = np.minimum(x, 0.0)
    np.expm1(out, out=out)
    out *= alpha
    np.copyto(out, x, where=x > 0.0)
    return out


def _elu_grad(x: FloatArray, alpha: float) -> FloatArray:
    # autograd takes the left branch at 0: alpha * exp(0) = alpha.
    out = np.minimum(x, 0.0)
    np.exp(out, out=out)
    out *= alpha
    np.copyto(out, 1.0, where=x > 0.0)
    return out


def _elu_kinks(alpha: ParamValue) -> tuple[Kink, ...]:
    # The slopes meet (1 and alpha) only when alpha == 1; otherwise there is a corner at 0.
    return () if alpha == 1.0 else corners(0.0)


ELU = Activation(
    key="elu",
    name=QT_TRANSLATE_NOOP("Activation", "ELU"),
    family=RELU_FAMILY,
    formula=QT_TRANSLATE_NOOP("Activation", "f(x) = x if x > 0, else α·(e<sup>x</sup> − 1)"),
    derivative_formula=QT_TRANSLATE_NOOP("Activation", "f′(x) = 1 if x > 0, else α·e<sup>x</sup>"),
    params=(_alpha_param(QT_TRANSLATE_NOOP("Param", "The value f tends to as x → −∞ is −α")),),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "(−α, ∞)"),
        lower=-1.0,
        upper=np.inf,
        bounded=False,
        monotonic=True,
        smooth=False,
        zero_centred=True,
        saturating=False,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "The exponential linear unit (Clevert, Unterthiner and Hochreiter, 2015) is the identity "
        "for x > 0, like ReLU, but bends smoothly down to −α for x < 0. The negative outputs pull "
        "the mean activation towards zero, which the authors found speeds up learning, and the "
        "gradient α·eˣ never becomes exactly zero, so units do not die. It costs an exponential, "
        "and it saturates softly for very negative x. With α = 1 the slope is continuous at 0; "
        "for other α there is a corner, where PyTorch's autograd returns the left slope α, as "
        "we do.",
    ),
    fn=array_in(_elu),
    dfn=array_in(_elu_grad),
    kink_fn=_elu_kinks,
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "Clevert, Unterthiner and Hochreiter, Fast and accurate deep network learning by "
        "exponential linear units (ELUs), 2015",
    ),
)


def _selu(x: FloatArray) -> FloatArray:
    out = np.minimum(x, 0.0)
    np.expm1(out, out=out)
    out *= SELU_ALPHA * SELU_SCALE
    with np.errstate(over="ignore"):  # scale·x exceeds the largest float only above 1.71e308
        np.multiply(x, SELU_SCALE, out=out, where=x > 0.0)
    return out


def _selu_grad(x: FloatArray) -> FloatArray:
    out = np.minimum(x, 0.0)
    np.exp(out, out=out)
    out *= SELU_ALPHA * SELU_SCALE
    np.copyto(out, SELU_SCALE, where=x > 0.0)
    return out


def _kink_at_zero() -> tuple[Kink, ...]:
    return corners(0.0)


SELU = Activation(
    key="selu",
    name=QT_TRANSLATE_NOOP("Activation", "SELU"),
    family=RELU_FAMILY,
    formula=QT_TRANSLATE_NOOP(
        "Activation",
        "f(x) = λ·x if x > 0, else λ·α·(e<sup>x</sup> − 1)   (λ ≈ 1.0507, α ≈ 1.6733)",
    ),
    derivative_formula=QT_TRANSLATE_NOOP(
        "Activation",
        "f′(x) = λ if x > 0, else λ·α·e<sup>x</sup>",
    ),
    params=(),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "(−λα, ∞) ≈ (−1.7581, ∞)"),
        lower=-SELU_ALPHA * SELU_SCALE,
        upper=np.inf,
        bounded=False,
        monotonic=True,
        smooth=False,
        zero_centred=True,
        saturating=False,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "The scaled ELU of self-normalising networks (Klambauer, Unterthiner, Mayr and "
        "Hochreiter, 2017). Its two constants are chosen so that, with LeCun-normal weights, "
        "activations with mean 0 and variance 1 keep mean 0 and variance 1 after every layer: "
        "deep plain (fully connected) stacks train without batch normalisation. The guarantee "
        "needs that initialisation and alpha-dropout, and is lost with ordinary dropout or skip "
        "connections. At the corner x = 0 PyTorch's autograd returns the left slope λα ≈ 1.758, "
        "and so do we.",
    ),
    fn=array_in(_selu),
    dfn=array_in(_selu_grad),
    kink_fn=_kink_at_zero,
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "Klambauer, Unterthiner, Mayr and Hochreiter, Self-normalizing neural networks, 2017",
    ),
)


def _celu_scaled_negative(x: FloatArray, alpha: float) -> FloatArray:
    # min(x, 0) / alpha, floored at -800 (where exp is already 0) so the division cannot overflow.
    out = np.minimum(x, 0.0)
    np.maximum(out, -800.0 * alpha, out=out)
    out /= alpha
    return out


def _celu(x: FloatArray, alpha: float) -> FloatArray:
    out = _celu_scaled_negative(x, alpha)
    np.expm1(out, out=out)
    out *= alpha
    np.copyto(out, x, where=x > 0.0)
    return out


def _celu_grad(x: FloatArray, alpha: float) -> FloatArray:
    # e^(min(x, 0)/α): for x > 0 that is e^0, exactly the 1 of the linear part.
    out = _celu_scaled_negative(x, alpha)
    np.exp(out, out=out)
    return out


CELU = Activation(
    key="celu",
    name=QT_TRANSLATE_NOOP("Activation", "CELU"),
    family=RELU_FAMILY,
    formula=QT_TRANSLATE_NOOP("Activation", "f(x) = x if x > 0, else α·(e<sup>x/α</sup> − 1)"),
    derivative_formula=QT_TRANSLATE_NOOP("Activation", "f′(x) = 1 if x > 0, else e<sup>x/α</sup>"),
    params=(_alpha_param(QT_TRANSLATE_NOOP(
        "Param",
        "The value f tends to as x → −∞ is −α; the slope at 0 is 1 for every α",
    )),),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "(−α, ∞)"),
        lower=-1.0,
        upper=np.inf,
        bounded=False,
        monotonic=True,
        smooth=True,
        zero_centred=True,
        saturating=False,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "The continuously differentiable ELU (Barron, 2017). ELU with α ≠ 1 has a corner at 0; "
        "dividing x by α inside the exponential makes the slope 1 from both sides for every α, so "
        "the derivative is continuous and the curve has no corner (the second derivative still "
        "jumps). Otherwise it behaves like ELU: negative outputs pull the mean towards zero, the "
        "gradient never vanishes exactly, and it costs an exponential. At x = 0 PyTorch's "
        "autograd returns 1, as we do.",
    ),
    fn=array_in(_celu),
    dfn=array_in(_celu_grad),
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "Barron, Continuously differentiable exponential linear units, 2017",
    ),
)
