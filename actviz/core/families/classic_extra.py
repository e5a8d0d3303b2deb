"""Classic relatives worth teaching beside the sigmoid: arctan, the Gaussian bump and the sine.

Kept apart from ``classic.py`` only for size; ``classic.ACTIVATIONS`` lists them in display order.
"""

from __future__ import annotations

import numpy as np

from actviz.core.activation import Activation, FloatArray
from actviz.core.families import CLASSIC
from actviz.core.families._stable import array_out
from actviz.core.i18n import QT_TRANSLATE_NOOP
from actviz.core.params import Properties

# --- arctan ------------------------------------------------------------------------------------


def _arctan(x: FloatArray) -> FloatArray:
    return np.arctan(x)


def _arctan_grad(x: FloatArray, out: FloatArray) -> None:
    # 1/(1+x²) written as w²/(w² + u²) with u = min(|x|, 1), w = 1/max(|x|, 1): x² never overflows
    # and ±inf gives exactly 0.
    a = np.abs(x)
    u = np.minimum(a, 1.0)
    np.maximum(a, 1.0, out=out)
    np.divide(1.0, out, out=out)
    out *= out  # w²
    u *= u
    u += out
    out /= u


ARCTAN = Activation(
    key="arctan",
    name=QT_TRANSLATE_NOOP("Activation", "Arctan"),
    family=CLASSIC,
    formula=QT_TRANSLATE_NOOP("Activation", "f(x) = arctan(x)"),
    derivative_formula=QT_TRANSLATE_NOOP("Activation", "f′(x) = 1 / (1 + x<sup>2</sup>)"),
    params=(),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "(−π/2, π/2)"),
        lower=-np.pi / 2,
        upper=np.pi / 2,
        bounded=True,
        monotonic=True,
        smooth=True,
        zero_centred=True,
        saturating=True,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "Another S-shaped squashing function, zero-centred like tanh, with range (−π/2, π/2). Its "
        "tails approach the limits slowly, like softsign's, and its derivative 1/(1 + x²) (the "
        "Cauchy density, up to a factor π) decays only as 1/x², so it saturates less abruptly "
        "than tanh. It appears in early neural-network texts as an alternative sigmoid; today it "
        "is mostly a point of comparison.",
    ),
    fn=_arctan,
    dfn=array_out(_arctan_grad),
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "Among the sigmoid-type squashing functions of Cybenko's universal approximation "
        "theorem, 1989",
    ),
)

# --- gaussian ----------------------------------------------------------------------------------

_GAUSS_CUT = 40.0  # exp(−1600) is 0 in float64; clipping keeps x² and 2x·f finite for any x


def _gaussian(x: FloatArray, out: FloatArray) -> None:
    np.clip(x, -_GAUSS_CUT, _GAUSS_CUT, out=out)
    out *= out
    np.negative(out, out=out)
    np.exp(out, out=out)


def _gaussian_grad(x: FloatArray, out: FloatArray) -> None:
    c = np.clip(x, -_GAUSS_CUT, _GAUSS_CUT)
    np.multiply(c, c, out=out)
    np.negative(out, out=out)
    np.exp(out, out=out)
    out *= c
    out *= -2.0


GAUSSIAN = Activation(
    key="gaussian",
    name=QT_TRANSLATE_NOOP("Activation", "Gaussian"),
    family=CLASSIC,
    formula=QT_TRANSLATE_NOOP("Activation", "f(x) = e<sup>−x<sup>2</sup></sup>"),
    derivative_formula=QT_TRANSLATE_NOOP("Activation", "f′(x) = −2x · e<sup>−x<sup>2</sup></sup>"),
    params=(),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "(0, 1]"),
        lower=0.0,
        upper=1.0,
        bounded=True,
        monotonic=False,
        smooth=True,
        zero_centred=False,
        saturating=True,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "A bump rather than a ramp: the unit answers most strongly when its input is near 0 and "
        "fades on both sides. It is the basis function of radial-basis-function networks "
        "(Broomhead and Lowe, 1988), where each unit responds to inputs near its own centre. "
        "Because it is not monotonic, one unit can carve out a band, something a single sigmoid "
        "unit cannot. Its gradient vanishes on both sides, so units whose inputs drift far from "
        "0 stop learning.",
    ),
    fn=array_out(_gaussian),
    dfn=array_out(_gaussian_grad),
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "Broomhead and Lowe, Multivariable functional interpolation and adaptive "
        "networks, 1988",
    ),
)

# --- sinusoid ----------------------------------------------------------------------------------


def _sinusoid(x: FloatArray) -> FloatArray:
    # sin(±inf) has no limit: NaN, and sin is not evaluated there (numpy would warn).
    out = np.full_like(x, np.nan)
    return np.sin(x, out=out, where=np.isfinite(x))


def _sinusoid_grad(x: FloatArray) -> FloatArray:
    out = np.full_like(x, np.nan)
    return np.cos(x, out=out, where=np.isfinite(x))


SINUSOID = Activation(
    key="sinusoid",
    name=QT_TRANSLATE_NOOP("Activation", "Sinusoid"),
    family=CLASSIC,
    formula=QT_TRANSLATE_NOOP("Activation", "f(x) = sin(x)"),
    derivative_formula=QT_TRANSLATE_NOOP("Activation", "f′(x) = cos(x)"),
    params=(),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "[−1, 1]"),
        lower=-1.0,
        upper=1.0,
        bounded=True,
        monotonic=False,
        smooth=True,
        zero_centred=True,
        saturating=False,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "A periodic activation. Bounded yet never saturating: its gradient keeps returning to ±1, "
        "however large the input. Networks of sine units (SIREN, Sitzmann et al., 2020) represent "
        "images, sounds and shapes as continuous functions with fine detail, because sines of "
        "many frequencies compose into a Fourier-like basis. The price is a bumpy loss surface "
        "with many equivalent solutions, which makes careful initialisation essential. It has no "
        "limit at ±∞, so ±inf give NaN.",
    ),
    fn=_sinusoid,
    dfn=_sinusoid_grad,
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "Sitzmann et al., Implicit neural representations with periodic activation "
        "functions (SIREN), 2020",
    ),
)
