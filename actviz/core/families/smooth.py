"""Smooth and gated activations: x times a soft gate (GELU, SiLU, Swish, Mish) and smooth ReLUs.

Each gate tends to exactly 0 far to the left, where x·gate would be −inf·0 = NaN at x = −inf. So
the factor x is first raised to a cut-off −L below which the gate is exactly 0 in float64: the
product is then 0 there, as it should be, with no warning. Inputs to exp-like functions are
clipped for the same reason (β·x overflows at 1e308 when β > 1).
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from actviz.core.activation import Activation, FloatArray
from actviz.core.families import SMOOTH_GATED
from actviz.core.families._stable import (
    array_in,
    exp_neg_abs,
    times_sigmoid,
)
from actviz.core.families.softplus import SOFTPLUS, SQUAREPLUS
from actviz.core.params import Param, Properties

BoolArray = npt.NDArray[np.bool_]

_SIGMOID_ZERO = 800.0  # σ(−800) == 0.0 and σ(800) == 1.0 exactly in float64

# --- GELU --------------------------------------------------------------------------------------

_GELU_CUT = 40.0  # Φ(−40) and the tanh form's gate are exactly 0 below −40
_INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)
_GELU_K = math.sqrt(2.0 / math.pi)
_GELU_A = 0.044715


def _gelu_two_u(x: FloatArray) -> tuple[FloatArray, FloatArray]:
    """(2u, c) with u = √(2/π)(c + 0.044715c³) on c = x clipped to ±40 (so c³ stays finite)."""
    c = np.clip(x, -_GELU_CUT, _GELU_CUT)
    two_u = c * c
    two_u *= 2.0 * _GELU_K * _GELU_A
    two_u += 2.0 * _GELU_K
    two_u *= c
    return two_u, c


def _gelu(x: FloatArray, approximate: str) -> FloatArray:
    if approximate == "tanh":
        # ½x(1 + tanh u) = x·σ(2u): the same number as torch's formula, but without the
        # cancellation in 1 + tanh u on the left.
        return times_sigmoid(np.maximum(x, -_GELU_CUT), _gelu_two_u(x)[0])
    from scipy.special import ndtr  # Φ, the standard normal CDF; loaded on first use

    gate = ndtr(x)
    return np.multiply(np.maximum(x, -_GELU_CUT), gate, out=gate)  # type: ignore[no-any-return]


def _gelu_grad(x: FloatArray, approximate: str) -> FloatArray:
    if approximate == "tanh":
        # d/dx x·σ(2u) = σ(2u) + x·2u′·σ(2u)σ(−2u), u′ = √(2/π)(1 + 3·0.044715x²). With
        # e = exp(−|2u|), σ(2u) = g/(1 + e) (g = 1 or e) and σ(2u)σ(−2u) = e/(1 + e)².
        two_u, c = _gelu_two_u(x)
        e = exp_neg_abs(two_u)
        out = np.where(two_u >= 0.0, 1.0, e)
        slope = c * c  # x·2u′, on the clipped x (e is exactly 0 beyond ±40)
        slope *= 6.0 * _GELU_K * _GELU_A
        slope += 2.0 * _GELU_K
        slope *= c
        slope *= e
        e += 1.0
        out *= e
        out += slope
        e *= e
        return np.divide(out, e, out=out)
    from scipy.special import ndtr

    # d/dx x·Φ(x) = Φ(x) + x·φ(x); φ on the clipped x so that x² and ±inf·0 cannot occur.
    c = np.clip(x, -_GELU_CUT, _GELU_CUT)
    pdf = np.multiply(c, c)
    pdf *= -0.5
    np.exp(pdf, out=pdf)
    pdf *= c
    pdf *= _INV_SQRT_2PI
    return np.add(ndtr(x), pdf, out=pdf)  # type: ignore[no-any-return]  # scipy is untyped


GELU = Activation(
    key="gelu",
    name="GELU",
    family=SMOOTH_GATED,
    formula=(
        "f(x) = x · Φ(x) = x · ½(1 + erf(x/√2))<br>"
        "tanh form: ½x(1 + tanh(√(2/π)(x + 0.044715x<sup>3</sup>)))"
    ),
    derivative_formula="f′(x) = Φ(x) + x · φ(x), φ(x) = e<sup>−x²/2</sup>/√(2π)",
    params=(
        Param(
            name="approximate",
            label="Approximation",
            default="none",
            choices=("none", "tanh"),
            tooltip="'none': the exact x·Φ(x); 'tanh': the faster tanh approximation of BERT "
            "and GPT-2",
        ),
    ),
    properties=Properties(
        output_range="[≈ −0.170, ∞)",
        lower=-0.16997120747990366,
        upper=np.inf,
        bounded=False,
        monotonic=False,
        smooth=True,
        zero_centred=False,
        saturating=True,
    ),
    notes=(
        "The Gaussian Error Linear Unit weighs its input by the probability Φ(x) that a standard "
        "normal variable falls below it: large positive inputs pass almost unchanged, large "
        "negative ones are switched off, and in between the gate opens smoothly. It is the "
        "activation of BERT, GPT and most Transformers. Unlike ReLU it is smooth and has a small "
        "dip below zero (minimum ≈ −0.17 near x ≈ −0.75), so it is not monotonic, and negative "
        "inputs still pass a little gradient. It costs more than ReLU: the exact form needs the "
        "error function, hence the tanh approximation, which differs from it by less than 5e-4. "
        "Hendrycks and Gimpel, 2016."
    ),
    fn=array_in(_gelu),
    dfn=array_in(_gelu_grad),
    reference="Hendrycks and Gimpel, Gaussian Error Linear Units (GELUs), 2016",
)

# --- SiLU and Swish ----------------------------------------------------------------------------


def _swish_arg(x: FloatArray, beta: float) -> tuple[FloatArray, float]:
    """(t = βx, cut): x clipped to ±cut = ±800/β, where σ(βx) is already exactly 0 or 1."""
    cut = _SIGMOID_ZERO / beta
    t = np.clip(x, -cut, cut)
    if beta != 1.0:
        t *= beta
    return t, cut


def _swish(x: FloatArray, beta: float) -> FloatArray:
    t, cut = _swish_arg(x, beta)
    return times_sigmoid(np.clip(x, -cut, None), t)  # below −cut the gate is exactly 0


def _swish_grad(x: FloatArray, beta: float) -> FloatArray:
    # d/dx x·σ(βx) = σ(t)(1 + t·σ(−t)), t = βx. With e = exp(−|t|) and q = 1 + e this is
    # (q + t·e)/q² for t >= 0 and e·(q + t)/q² = (t·e + q·e)/q² for t < 0: one exponential and
    # no cancellation.
    t, _cut = _swish_arg(x, beta)
    e = exp_neg_abs(t)
    t_e = t * e
    q_g = e + 1.0
    q_g *= e  # q·e
    e += 1.0  # q
    np.copyto(q_g, e, where=t >= 0.0)
    t_e += q_g
    e *= e
    return np.divide(t_e, e, out=t_e)


def _silu(x: FloatArray) -> FloatArray:
    return _swish(x, 1.0)


def _silu_grad(x: FloatArray) -> FloatArray:
    return _swish_grad(x, 1.0)


SILU = Activation(
    key="silu",
    name="SiLU",
    family=SMOOTH_GATED,
    formula="f(x) = x · σ(x) = x / (1 + e<sup>−x</sup>)",
    derivative_formula="f′(x) = σ(x) · (1 + x · (1 − σ(x)))",
    params=(),
    properties=Properties(
        output_range="[≈ −0.278, ∞)",
        lower=-0.27846454276107385,
        upper=np.inf,
        bounded=False,
        monotonic=False,
        smooth=True,
        zero_centred=False,
        saturating=True,
    ),
    notes=(
        "The Sigmoid-weighted Linear Unit gates its input by its own sigmoid: x · σ(x). It "
        "behaves like ReLU far from zero (x on the right, 0 on the left) but is smooth, dips to "
        "about −0.28 near x ≈ −1.28 and so is not monotonic, and keeps a small gradient for "
        "negative inputs, so units do not die the way ReLU units can. Elfwing, Uchibe and Doya "
        "proposed it in 2017 for reinforcement learning; the same year Ramachandran et al. found "
        "it by automated search and called it Swish. It is used in EfficientNet, YOLO and many "
        "language models (inside SwiGLU). It costs an exponential per element."
    ),
    fn=array_in(_silu),
    dfn=array_in(_silu_grad),
    reference="Elfwing, Uchibe and Doya, Sigmoid-weighted linear units for neural network "
    "function approximation in reinforcement learning, 2017",
)

SWISH = Activation(
    key="swish",
    name="Swish",
    family=SMOOTH_GATED,
    formula="f(x) = x · σ(βx)",
    derivative_formula="f′(x) = σ(βx) · (1 + βx · (1 − σ(βx)))",
    params=(
        Param(
            name="beta",
            label="β",
            default=1.0,
            minimum=0.1,
            maximum=10.0,
            step=0.1,
            log_scale=True,
            tooltip="Gate sharpness: small β tends to the line x/2, large β to ReLU; β = 1 is SiLU",
        ),
    ),
    properties=Properties(
        output_range="[≈ −0.278/β, ∞)",
        lower=-0.27846454276107385,
        upper=np.inf,
        bounded=False,
        monotonic=False,
        smooth=True,
        zero_centred=False,
        saturating=True,
    ),
    notes=(
        "Swish adds a sharpness β to SiLU: x · σ(βx). It interpolates between a straight line "
        "(β → 0 gives x/2) and ReLU (β → ∞), and can be learned per channel. Ramachandran, Zoph "
        "and Le (2017) found it with an automated search over activation functions, where it "
        "beat ReLU on deep image and translation models. The minimum is −0.278/β, at "
        "x ≈ −1.28/β. Like SiLU it is smooth, not monotonic, and never fully blocks the "
        "gradient."
    ),
    fn=array_in(_swish),
    dfn=array_in(_swish_grad),
    reference="Ramachandran, Zoph and Le, Searching for activation functions, 2017",
)

# --- Mish --------------------------------------------------------------------------------------


def _mish_parts(x: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray, BoolArray]:
    """(N, D, e, x ≥ 0) with tanh(softplus(x)) = N/D, from e = exp(−|x|) ≤ 1 only.

    tanh(ln(1 + eˣ)) = (e²ˣ + 2eˣ)/(e²ˣ + 2eˣ + 2). For x ≥ 0, dividing by e²ˣ gives
    (1 + 2e)/(1 + 2e + 2e²); for x < 0 it is (e² + 2e)/(e² + 2e + 2) as written. So
    N = (1 or e²) + 2e and D = N + 2·(e² or 1): one exponential, no overflow, and full relative
    precision on both sides.
    """
    e = exp_neg_abs(x)
    non_negative = x >= 0.0
    numerator = e * e
    denominator = numerator * 2.0
    np.copyto(denominator, 2.0, where=x < 0.0)  # copyto with a mask: cheaper than np.where
    np.copyto(numerator, 1.0, where=non_negative)
    numerator += e
    numerator += e
    denominator += numerator
    return numerator, denominator, e, non_negative


def _mish(x: FloatArray) -> FloatArray:
    numerator, denominator, _e, _non_negative = _mish_parts(x)
    numerator *= np.clip(x, -_SIGMOID_ZERO, None)  # below −800, N is exactly 0: 0, not −inf·0
    return np.divide(numerator, denominator, out=numerator)


def _mish_grad(x: FloatArray) -> FloatArray:
    # f′ = t + x·σ(x)·(1 − t²) with t = N/D. In this form σ(x)(1 − t²) = 4e(1 + e)·g/D² with
    # g = e for x ≥ 0 and 1 for x < 0, so f′ = (N·D + 4x·e(1 + e)·g)/D²: no cancellation.
    numerator, denominator, e, non_negative = _mish_parts(x)
    term = e * e
    np.copyto(term, e, where=~non_negative)
    e += 1.0
    term *= e
    term *= np.clip(x, -_SIGMOID_ZERO, _SIGMOID_ZERO)  # e == 0 beyond: 0, not ±inf·0
    term *= 4.0
    numerator *= denominator
    term += numerator
    denominator *= denominator
    return np.divide(term, denominator, out=term)


MISH = Activation(
    key="mish",
    name="Mish",
    family=SMOOTH_GATED,
    formula="f(x) = x · tanh(softplus(x)) = x · tanh(ln(1 + e<sup>x</sup>))",
    derivative_formula="f′(x) = tanh(sp(x)) + x · σ(x) · (1 − tanh²(sp(x))), sp = softplus",
    params=(),
    properties=Properties(
        output_range="[≈ −0.309, ∞)",
        lower=-0.3088434130172505,
        upper=np.inf,
        bounded=False,
        monotonic=False,
        smooth=True,
        zero_centred=False,
        saturating=True,
    ),
    notes=(
        "Mish gates x by tanh(softplus(x)): a close cousin of SiLU with a slightly deeper dip "
        "(minimum ≈ −0.31 near x ≈ −1.19) and a gate that opens a little more smoothly. Misra "
        "(2019) reported small accuracy gains over Swish and ReLU in image classification, and "
        "it became the activation of YOLOv4's backbone. Like SiLU it is smooth, unbounded above, "
        "bounded below, not monotonic, and keeps some gradient for negative inputs. It is among "
        "the more expensive activations: an exponential, a logarithm and a tanh in its textbook "
        "form."
    ),
    fn=array_in(_mish),
    dfn=array_in(_mish_grad),
    reference="Misra, Mish: A self regularized non-monotonic activation function, 2019",
)

ACTIVATIONS: tuple[Activation, ...] = (GELU, SILU, SWISH, MISH, SOFTPLUS, SQUAREPLUS)
