"""Smooth and gated activations: x times a soft gate (GELU, SiLU, Swish, Mish) and smooth ReLUs.

Each gate tends to exactly 0 far to the left, where x·gate would be −inf·0 = NaN at x = −inf. So
the factor x is first raised to a cut-off −L below which the gate is exactly 0 in float64: the
product is then 0 there, as it should be, with no warning. Inputs to exp-like functions are
clipped for the same reason (β·x overflows at 1e308 when β > 1).
"""

from __future__ import annotations

import math

import numpy as np

from actviz.core.activation import Activation, FloatArray
from actviz.core.families import SMOOTH_GATED
from actviz.core.families._stable import EXP_CAP, array_out, sigmoid_over
from actviz.core.families.softplus import SOFTPLUS, SQUAREPLUS
from actviz.core.i18n import QT_TRANSLATE_NOOP
from actviz.core.params import Param, Properties

_SIGMOID_ZERO = 800.0  # σ(−800) == 0.0 and σ(800) == 1.0 exactly in float64

# --- GELU --------------------------------------------------------------------------------------

_GELU_CUT = 40.0  # Φ(−40) and the tanh form's gate are exactly 0 below −40
_INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)
_GELU_K = math.sqrt(2.0 / math.pi)
_GELU_A = 0.044715


def _gelu(x: FloatArray, out: FloatArray, approximate: str) -> None:
    if approximate == "tanh":
        # ½x(1 + tanh u) = x·σ(2u): the same number as torch's formula, but without the
        # cancellation in 1 + tanh u on the left. u = √(2/π)(c + 0.044715c³) on c = x clipped
        # to ±40, so that c³ stays finite (the gate is exactly 0 or 1 beyond).
        c = np.clip(x, -_GELU_CUT, _GELU_CUT)
        np.multiply(c, c, out=out)
        out *= 2.0 * _GELU_K * _GELU_A
        out += 2.0 * _GELU_K
        out *= c  # 2u
        sigmoid_over(out)
    else:
        from scipy.special import ndtr  # Φ, the standard normal CDF; loaded on first use

        ndtr(x, out=out)
    out *= np.clip(x, -_GELU_CUT, None)  # below −40 the gate is exactly 0: 0, not −inf·0


def _gelu_grad(x: FloatArray, out: FloatArray, approximate: str) -> None:
    c = np.clip(x, -_GELU_CUT, _GELU_CUT)  # the terms below vanish beyond ±40
    c2 = c * c
    if approximate == "tanh":
        # d/dx x·σ(2u) = σ(2u) + x·2u′·σ(2u)σ(−2u), u′ = √(2/π)(1 + 3·0.044715x²). With
        # p = e^(2u) (capped), σ(2u) = p/(1 + p) and σ(2u)σ(−2u) = σ(2u)/(1 + p).
        np.multiply(c2, 2.0 * _GELU_K * _GELU_A, out=out)
        out += 2.0 * _GELU_K
        out *= c  # 2u
        np.clip(out, None, EXP_CAP, out=out)
        np.exp(out, out=out)
        q = out + 1.0
        out /= q  # σ(2u)
        c2 *= 6.0 * _GELU_K * _GELU_A
        c2 += 2.0 * _GELU_K
        c2 *= c  # x·2u′
        c2 *= out
        c2 /= q
        out += c2
        return
    from scipy.special import ndtr

    # d/dx x·Φ(x) = Φ(x) + x·φ(x), φ(x) = e^(−x²/2)/√(2π).
    c2 *= -0.5
    np.exp(c2, out=c2)
    c2 *= c
    c2 *= _INV_SQRT_2PI
    ndtr(x, out=out)
    out += c2


GELU = Activation(
    key="gelu",
    name=QT_TRANSLATE_NOOP("Activation", "GELU"),
    family=SMOOTH_GATED,
    formula=QT_TRANSLATE_NOOP(
        "Activation",
        "f(x) = x · Φ(x) = x · ½(1 + erf(x/√2))<br>"
        "tanh form: ½x(1 + tanh(√(2/π)(x + 0.044715x<sup>3</sup>)))",
    ),
    derivative_formula=QT_TRANSLATE_NOOP(
        "Activation",
        "f′(x) = Φ(x) + x · φ(x), φ(x) = e<sup>−x²/2</sup>/√(2π)",
    ),
    params=(
        Param(
            name="approximate",
            label=QT_TRANSLATE_NOOP("Param", "Approximation"),
            default="none",
            choices=("none", "tanh"),
            tooltip=QT_TRANSLATE_NOOP(
                "Param",
                "'none': the exact x·Φ(x); 'tanh': the faster tanh approximation of BERT "
                "and GPT-2",
            ),
        ),
    ),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "[≈ −0.170, ∞)"),
        lower=-0.16997120747990366,
        upper=np.inf,
        bounded=False,
        monotonic=False,
        smooth=True,
        zero_centred=False,
        saturating=False,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "The Gaussian Error Linear Unit weighs its input by the probability Φ(x) that a standard "
        "normal variable falls below it: large positive inputs pass almost unchanged, large "
        "negative ones are switched off, and in between the gate opens smoothly. It is the "
        "activation of BERT, GPT and most Transformers. Unlike ReLU it is smooth and has a small "
        "dip below zero (minimum ≈ −0.17 near x ≈ −0.75), so it is not monotonic, and negative "
        "inputs still pass a little gradient. It costs more than ReLU: the exact form needs the "
        "error function, hence the tanh approximation, which differs from it by less than 5e-4. "
        "Hendrycks and Gimpel, 2016.",
    ),
    fn=array_out(_gelu),
    dfn=array_out(_gelu_grad),
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "Hendrycks and Gimpel, Gaussian Error Linear Units (GELUs), 2016",
    ),
)

# --- SiLU and Swish ----------------------------------------------------------------------------


def _swish_bounds(beta: float) -> tuple[float, float]:
    """x is clipped to [−800/β, 700/β]: below, the gate σ(βx) is exactly 0 (so x·σ is 0, not
    −inf·0); above, it is 1, and e^(βx) stays finite."""
    return -_SIGMOID_ZERO / beta, EXP_CAP / beta


def _swish(x: FloatArray, out: FloatArray, beta: float) -> None:
    low, high = _swish_bounds(beta)
    np.clip(x, low, high, out=out)
    if beta != 1.0:
        out *= beta
    sigmoid_over(out)
    out *= np.clip(x, low, None)


def _swish_grad(x: FloatArray, out: FloatArray, beta: float) -> None:
    # d/dx x·σ(βx) = σ(t)(1 + t·σ(−t)), t = βx. With p = e^t: σ(t) = p/(1 + p), σ(−t) = 1/(1 + p),
    # so this is p/(1 + p) · (1 + p + t)/(1 + p): one exponential, no subtraction, no overflow.
    t = np.clip(x, *_swish_bounds(beta))
    if beta != 1.0:
        t *= beta
    np.exp(t, out=out)
    q = out + 1.0
    t += q
    t /= q
    out /= q
    out *= t


def _silu(x: FloatArray, out: FloatArray) -> None:
    _swish(x, out, 1.0)


def _silu_grad(x: FloatArray, out: FloatArray) -> None:
    _swish_grad(x, out, 1.0)


SILU = Activation(
    key="silu",
    name=QT_TRANSLATE_NOOP("Activation", "SiLU"),
    family=SMOOTH_GATED,
    formula=QT_TRANSLATE_NOOP("Activation", "f(x) = x · σ(x) = x / (1 + e<sup>−x</sup>)"),
    derivative_formula=QT_TRANSLATE_NOOP("Activation", "f′(x) = σ(x) · (1 + x · (1 − σ(x)))"),
    params=(),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "[≈ −0.278, ∞)"),
        lower=-0.27846454276107385,
        upper=np.inf,
        bounded=False,
        monotonic=False,
        smooth=True,
        zero_centred=False,
        saturating=False,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "The Sigmoid-weighted Linear Unit gates its input by its own sigmoid: x · σ(x). It "
        "behaves like ReLU far from zero (x on the right, 0 on the left) but is smooth, dips to "
        "about −0.28 near x ≈ −1.28 and so is not monotonic, and keeps a small gradient for "
        "negative inputs, so units do not die the way ReLU units can. Elfwing, Uchibe and Doya "
        "proposed it in 2017 for reinforcement learning; the same year Ramachandran et al. found "
        "it by automated search and called it Swish. It is used in EfficientNet, YOLO and many "
        "language models (inside SwiGLU). It costs an exponential per element.",
    ),
    fn=array_out(_silu),
    dfn=array_out(_silu_grad),
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "Elfwing, Uchibe and Doya, Sigmoid-weighted linear units for neural network "
        "function approximation in reinforcement learning, 2017",
    ),
)

SWISH = Activation(
    key="swish",
    name=QT_TRANSLATE_NOOP("Activation", "Swish"),
    family=SMOOTH_GATED,
    formula=QT_TRANSLATE_NOOP("Activation", "f(x) = x · σ(βx)"),
    derivative_formula=QT_TRANSLATE_NOOP("Activation", "f′(x) = σ(βx) · (1 + βx · (1 − σ(βx)))"),
    params=(
        Param(
            name="beta",
            label="β",
            default=1.0,
            minimum=0.1,
            maximum=10.0,
            step=0.1,
            log_scale=True,
            tooltip=QT_TRANSLATE_NOOP(
                "Param",
                "Gate sharpness: small β tends to the line x/2, large β to ReLU; β = 1 is SiLU",
            ),
        ),
    ),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "[≈ −0.278/β, ∞)"),
        lower=-0.27846454276107385,
        upper=np.inf,
        bounded=False,
        monotonic=False,
        smooth=True,
        zero_centred=False,
        saturating=False,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "Swish adds a sharpness β to SiLU: x · σ(βx). It interpolates between a straight line "
        "(β → 0 gives x/2) and ReLU (β → ∞), and can be learned per channel. Ramachandran, Zoph "
        "and Le (2017) found it with an automated search over activation functions, where it "
        "beat ReLU on deep image and translation models. The minimum is −0.278/β, at "
        "x ≈ −1.28/β. Like SiLU it is smooth, not monotonic, and never fully blocks the "
        "gradient.",
    ),
    fn=array_out(_swish),
    dfn=array_out(_swish_grad),
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "Ramachandran, Zoph and Le, Searching for activation functions, 2017",
    ),
)

# --- Mish --------------------------------------------------------------------------------------


_MISH_CAP = 300.0  # e^300 squared stays finite; tanh(softplus(300)) is 1 to float precision


def _mish(x: FloatArray, out: FloatArray) -> None:
    # tanh(softplus(x)) = tanh(ln(1 + p)) = n/(n + 2), p = eˣ, n = (1 + p)² − 1 = p(p + 2). x is
    # clipped to [−800, 300] first: p is 0 or finite, n stays finite, and n/(n + 2) keeps its
    # relative precision on the left, where it is about p. One exponential, no subtraction.
    np.clip(x, -_SIGMOID_ZERO, _MISH_CAP, out=out)
    np.exp(out, out=out)
    n = out + 2.0
    n *= out
    np.add(n, 2.0, out=out)
    np.divide(n, out, out=out)
    out *= np.clip(x, -_SIGMOID_ZERO, None)  # below −800, n is exactly 0: 0, not −inf·0


def _mish_grad(x: FloatArray, out: FloatArray) -> None:
    # f′ = t + x·σ(x)·(1 − t²), t = n/d, d = n + 2. Since n + 1 = (1 + p)², 1 − t² = 4(1 + p)²/d²
    # and σ(x) = p/(1 + p), so σ(x)(1 − t²) = 4p(1 + p)/d²: no cancellation, and (·/d)/d, not /d²,
    # so that nothing overflows.
    p = np.clip(x, -_SIGMOID_ZERO, _MISH_CAP)
    np.exp(p, out=p)
    n = p + 2.0
    n *= p
    d = n + 2.0
    np.add(p, 1.0, out=out)
    out *= p
    out /= d
    out /= d
    out *= np.clip(x, -_SIGMOID_ZERO, _MISH_CAP, out=p)  # e^x(…) is 0 beyond: 0, not ±inf·0
    out *= 4.0
    n /= d
    out += n


MISH = Activation(
    key="mish",
    name=QT_TRANSLATE_NOOP("Activation", "Mish"),
    family=SMOOTH_GATED,
    formula=QT_TRANSLATE_NOOP(
        "Activation",
        "f(x) = x · tanh(softplus(x)) = x · tanh(ln(1 + e<sup>x</sup>))",
    ),
    derivative_formula=QT_TRANSLATE_NOOP(
        "Activation",
        "f′(x) = tanh(sp(x)) + x · σ(x) · (1 − tanh²(sp(x))), sp = softplus",
    ),
    params=(),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "[≈ −0.309, ∞)"),
        lower=-0.3088434130172505,
        upper=np.inf,
        bounded=False,
        monotonic=False,
        smooth=True,
        zero_centred=False,
        saturating=False,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "Mish gates x by tanh(softplus(x)): a close cousin of SiLU with a slightly deeper dip "
        "(minimum ≈ −0.31 near x ≈ −1.19) and a gate that opens a little more smoothly. Misra "
        "(2019) reported small accuracy gains over Swish and ReLU in image classification, and "
        "it became the activation of YOLOv4's backbone. Like SiLU it is smooth, unbounded above, "
        "bounded below, not monotonic, and keeps some gradient for negative inputs. It is among "
        "the more expensive activations: an exponential, a logarithm and a tanh in its textbook "
        "form.",
    ),
    fn=array_out(_mish),
    dfn=array_out(_mish_grad),
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "Misra, Mish: A self regularized non-monotonic activation function, 2019",
    ),
)

ACTIVATIONS: tuple[Activation, ...] = (GELU, SILU, SWISH, MISH, SOFTPLUS, SQUAREPLUS)
