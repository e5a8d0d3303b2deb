"""Shrinkage functions: pull small values to (or towards) zero, the maths of sparsity."""

from __future__ import annotations

import numpy as np

from actviz.core.activation import Activation, FloatArray
from actviz.core.families import SHRINKAGE
from actviz.core.families._piecewise import corners, indicator
from actviz.core.families._stable import array_in
from actviz.core.i18n import QT_TRANSLATE_NOOP
from actviz.core.params import Kink, Param, ParamValue, Properties


def _lambd_param(tooltip: str) -> Param:
    # lambd >= 0 as torch requires; 0 turns either function into the identity.
    return Param("lambd", "λ", 0.5, minimum=0.0, maximum=5.0, step=0.05, tooltip=tooltip)


def _softshrink(x: FloatArray, lambd: float) -> FloatArray:
    # x − clip(x, −λ, λ): x − λ above λ, x + λ below −λ, exactly 0 between; NaN stays NaN.
    out = np.clip(x, -lambd, lambd)
    return np.subtract(x, out, out=out)


def _shrink_grad(x: FloatArray, lambd: float) -> FloatArray:
    return indicator(x, np.abs(x) > lambd)  # autograd: 0 at x = ±λ


def _softshrink_kinks(lambd: ParamValue) -> tuple[Kink, ...]:
    return corners(-float(lambd), float(lambd))


SOFTSHRINK = Activation(
    key="softshrink",
    name=QT_TRANSLATE_NOOP("Activation", "Softshrink"),
    family=SHRINKAGE,
    formula=QT_TRANSLATE_NOOP("Activation", "f(x) = x − λ if x > λ, x + λ if x < −λ, else 0"),
    derivative_formula=QT_TRANSLATE_NOOP("Activation", "f′(x) = 1 if |x| > λ, else 0"),
    params=(_lambd_param(QT_TRANSLATE_NOOP(
        "Param",
        "Inputs with |x| ≤ λ become 0; the rest move λ towards 0",
    )),),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "(−∞, ∞)"),
        lower=-np.inf,
        upper=np.inf,
        bounded=False,
        monotonic=True,
        smooth=False,
        zero_centred=True,
        saturating=False,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "Soft thresholding: every input moves λ towards zero, and the ones closer than λ become "
        "exactly zero. It is the proximal step of the L1 penalty, so it appears wherever a "
        "sparse answer is wanted: wavelet denoising (Donoho, 1995), the ISTA algorithm and its "
        "learned unrolling LISTA (Gregor and LeCun, 2010). As a hidden-layer activation it is "
        "rare; its dead zone passes no gradient. At the corners x = ±λ PyTorch's autograd "
        "returns 0, and so do we.",
    ),
    fn=array_in(_softshrink),
    dfn=array_in(_shrink_grad),
    kink_fn=_softshrink_kinks,
    reference=QT_TRANSLATE_NOOP("Reference", "Donoho, De-noising by soft-thresholding, 1995"),
)


def _hardshrink(x: FloatArray, lambd: float) -> FloatArray:
    out = x.copy()
    np.copyto(out, 0.0, where=np.abs(x) <= lambd)  # False at NaN, which stays NaN
    return out


def _hardshrink_kinks(lambd: ParamValue) -> tuple[Kink, ...]:
    if lambd == 0.0:  # the identity, but autograd still gives f'(0) = 0: mark the point
        return corners(0.0)
    return corners(-float(lambd), float(lambd), kind="jump")


HARDSHRINK = Activation(
    key="hardshrink",
    name=QT_TRANSLATE_NOOP("Activation", "Hardshrink"),
    family=SHRINKAGE,
    formula=QT_TRANSLATE_NOOP("Activation", "f(x) = x if |x| > λ, else 0"),
    derivative_formula=QT_TRANSLATE_NOOP("Activation", "f′(x) = 1 if |x| > λ, else 0"),
    params=(_lambd_param(QT_TRANSLATE_NOOP(
        "Param",
        "Inputs with |x| ≤ λ become 0; the rest pass unchanged",
    )),),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "(−∞, −λ) ∪ {0} ∪ (λ, ∞)"),
        lower=-np.inf,
        upper=np.inf,
        bounded=False,
        monotonic=True,
        smooth=False,
        zero_centred=True,
        saturating=False,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "Hard thresholding: inputs closer to zero than λ are set to zero, the others pass "
        "unchanged, so the curve jumps at ±λ. It keeps large values unbiased, where softshrink "
        "shifts them, and is the keep-or-kill rule of wavelet denoising (Donoho and Johnstone, "
        "1994) and of sparse coding. The jumps and the dead zone give no gradient to learn "
        "from. At x = ±λ the output is 0 (the inner side) and PyTorch's autograd returns "
        "derivative 0, as we do.",
    ),
    fn=array_in(_hardshrink),
    dfn=array_in(_shrink_grad),
    kink_fn=_hardshrink_kinks,
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "Donoho and Johnstone, Ideal spatial adaptation by wavelet shrinkage, 1994",
    ),
)

# x - tanh(x) = x³/3 − 2x⁵/15 + 17x⁷/315 − ...: coefficients of x³·t^k with t = x², k = 0..5.
_TANHSHRINK_SERIES = (1 / 3, -2 / 15, 17 / 315, -62 / 2835, 1382 / 155925, -21844 / 6081075)
_SERIES_BELOW = 0.1  # next term is < 1e-15 relative there; above it the subtraction loses < 1e-13


def _tanhshrink(x: FloatArray) -> FloatArray:
    out = np.tanh(x)
    np.subtract(x, out, out=out)
    # x − tanh(x) cancels catastrophically near 0 (x³/3 out of x): use the series there, only
    # on those few elements (evaluating it everywhere would double the cost).
    small = np.flatnonzero(np.abs(x) < _SERIES_BELOW)
    if small.size:
        xs = x[small]
        t = xs * xs
        series = np.full_like(t, _TANHSHRINK_SERIES[-1])
        for coefficient in reversed(_TANHSHRINK_SERIES[:-1]):
            series *= t
            series += coefficient
        out[small] = xs * t * series
    return out


def _tanhshrink_grad(x: FloatArray) -> FloatArray:
    out = np.tanh(x)
    return np.multiply(out, out, out=out)  # 1 − (1 − tanh²), without the subtraction


TANHSHRINK = Activation(
    key="tanhshrink",
    name=QT_TRANSLATE_NOOP("Activation", "Tanhshrink"),
    family=SHRINKAGE,
    formula=QT_TRANSLATE_NOOP("Activation", "f(x) = x − tanh(x)"),
    derivative_formula=QT_TRANSLATE_NOOP("Activation", "f′(x) = tanh²(x)"),
    params=(),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "(−∞, ∞)"),
        lower=-np.inf,
        upper=np.inf,
        bounded=False,
        monotonic=True,
        smooth=True,
        zero_centred=True,
        saturating=False,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "What is left of x after tanh has taken its share: near zero it is tiny (about x³/3, "
        "flat to third order), far out it is x ∓ 1. So it is a smooth shrinkage, a soft cousin "
        "of softshrink: small inputs are suppressed, large ones pass shifted by 1. The flat "
        "middle means small inputs barely get a gradient (f′ = tanh² ≈ x²). It comes from the "
        "original Torch library's nn package (Collobert, Kavukcuoglu and Farabet, 2011) and is "
        "rarely used in modern networks. It is smooth everywhere, so there is no point where the "
        "derivative is undefined.",
    ),
    fn=array_in(_tanhshrink),
    dfn=array_in(_tanhshrink_grad),
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "Collobert, Kavukcuoglu and Farabet, Torch7: a Matlab-like environment for "
        "machine learning, 2011",
    ),
)

ACTIVATIONS: tuple[Activation, ...] = (SOFTSHRINK, HARDSHRINK, TANHSHRINK)
