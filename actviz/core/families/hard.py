"""Hard, piecewise-linear stand-ins for the smooth classics: hardtanh, hardsigmoid, hardswish.

They replace an exponential by a clip, which is cheaper and exact in low precision; the price is
corners, where the derivative jumps (autograd's values there are noted per function).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from actviz.core.activation import Activation, FloatArray
from actviz.core.families import HARD_PIECEWISE
from actviz.core.families._piecewise import corners, indicator
from actviz.core.families._stable import array_in
from actviz.core.i18n import QT_TRANSLATE_NOOP, format_number, translate
from actviz.core.params import Kink, Param, ParamValue, Properties


def _hardtanh(x: FloatArray, min_val: float, max_val: float) -> FloatArray:
    return np.clip(x, min_val, max_val)  # np.clip propagates NaN


def _hardtanh_grad(x: FloatArray, min_val: float, max_val: float) -> FloatArray:
    return indicator(x, (x > min_val) & (x < max_val))  # autograd: 0 at both bounds


def _hardtanh_kinks(min_val: ParamValue, max_val: ParamValue) -> tuple[Kink, ...]:
    return corners(float(min_val), float(max_val))


def _check_hardtanh(params: Mapping[str, ParamValue]) -> None:
    if not float(params["max_val"]) > float(params["min_val"]):
        message = translate(
            "Param",
            "hardtanh needs max_val > min_val, got min_val = {min_val}, max_val = {max_val}",
        )
        raise ValueError(
            message.format(
                min_val=format_number(float(params["min_val"])),
                max_val=format_number(float(params["max_val"])),
            )
        )


HARDTANH = Activation(
    key="hardtanh",
    name=QT_TRANSLATE_NOOP("Activation", "Hardtanh"),
    family=HARD_PIECEWISE,
    formula=QT_TRANSLATE_NOOP(
        "Activation",
        "f(x) = min(max(x, a), b)   (a = min_val, b = max_val)",
    ),
    derivative_formula=QT_TRANSLATE_NOOP("Activation", "f′(x) = 1 if a < x < b, else 0"),
    params=(
        # a <= 0 <= b keeps f(0) = 0 for every setting; hardtanh(0, 6) is ReLU6.
        Param(
            "min_val",
            QT_TRANSLATE_NOOP("Param", "Lower bound a"),
            -1.0,
            minimum=-10.0,
            maximum=0.0,
            step=0.1,
            tooltip=QT_TRANSLATE_NOOP("Param", "Inputs below a are clipped to a"),
        ),
        Param(
            "max_val",
            QT_TRANSLATE_NOOP("Param", "Upper bound b"),
            1.0,
            minimum=0.0,
            maximum=10.0,
            step=0.1,
            tooltip=QT_TRANSLATE_NOOP("Param", "Inputs above b are clipped to b; b must exceed a"),
        ),
    ),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "[a, b]"),
        lower=-1.0,
        upper=1.0,
        bounded=True,
        monotonic=True,
        smooth=False,
        zero_centred=True,
        saturating=True,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "A piecewise-linear tanh: the identity between a and b, clipped outside (Collobert and "
        "colleagues used it for language models, 2011). It is zero-centred and bounded like tanh "
        "and costs two comparisons. Its saturation is total rather than gradual: outside [a, b] "
        "the gradient is exactly 0, so a unit pushed there stops learning until its input comes "
        "back. At the corners x = a and x = b PyTorch's autograd returns 0, and so do we.",
    ),
    fn=array_in(_hardtanh),
    dfn=array_in(_hardtanh_grad),
    kink_fn=_hardtanh_kinks,
    check=_check_hardtanh,
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "Collobert, Weston, Bottou, Karlen, Kavukcuoglu and Kuksa, Natural language "
        "processing (almost) from scratch, 2011",
    ),
)


def _hardsigmoid(x: FloatArray) -> FloatArray:
    return np.clip(x + 3.0, 0.0, 6.0) / 6.0


def _hardsigmoid_grad(x: FloatArray) -> FloatArray:
    return indicator(x, (x > -3.0) & (x < 3.0), 1.0 / 6.0)  # autograd: 0 at both corners


def _kinks_at_plus_minus_3() -> tuple[Kink, ...]:
    return corners(-3.0, 3.0)


HARDSIGMOID = Activation(
    key="hardsigmoid",
    name=QT_TRANSLATE_NOOP("Activation", "Hardsigmoid"),
    family=HARD_PIECEWISE,
    formula=QT_TRANSLATE_NOOP("Activation", "f(x) = min(max(x + 3, 0), 6) / 6"),
    derivative_formula=QT_TRANSLATE_NOOP("Activation", "f′(x) = 1/6 if −3 < x < 3, else 0"),
    params=(),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "[0, 1]"),
        lower=0.0,
        upper=1.0,
        bounded=True,
        monotonic=True,
        smooth=False,
        zero_centred=False,
        saturating=True,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "A straight-line sigmoid: 0 below −3, 1 above 3, a ramp of slope 1/6 between, so "
        "f(0) = 1/2 like the sigmoid. It needs no exponential, which matters on phones; this "
        "version is the gate of MobileNetV3 (Howard et al., 2019), and BinaryConnect used a "
        "similar clip (Courbariaux et al., 2015). Like sigmoid it is not zero-centred, and outside "
        "[−3, 3] the gradient is exactly 0. At the corners PyTorch's autograd returns 0, as we do.",
    ),
    fn=array_in(_hardsigmoid),
    dfn=array_in(_hardsigmoid_grad),
    kink_fn=_kinks_at_plus_minus_3,
    reference=QT_TRANSLATE_NOOP("Reference", "Howard et al., Searching for MobileNetV3, 2019"),
)


def _hardswish(x: FloatArray) -> FloatArray:
    # x·relu6(x + 3)/6 on the clipped input, then x itself above 3: x·6 would overflow at 1e308.
    out = np.clip(x, -3.0, 3.0)  # NaN stays NaN
    out *= out + 3.0
    out /= 6.0
    np.copyto(out, x, where=x >= 3.0)
    return out


def _hardswish_grad(x: FloatArray) -> FloatArray:
    # x/3 + 1/2 between the corners; autograd: 0 at x = -3 (right slope is -1/2), 1 at x = 3
    # (left slope is 3/2).
    out = np.clip(x, -3.0, 3.0)  # NaN stays NaN
    out /= 3.0
    out += 0.5
    np.copyto(out, 0.0, where=x <= -3.0)
    np.copyto(out, 1.0, where=x >= 3.0)
    return out


HARDSWISH = Activation(
    key="hardswish",
    name=QT_TRANSLATE_NOOP("Activation", "Hardswish"),
    family=HARD_PIECEWISE,
    formula=QT_TRANSLATE_NOOP("Activation", "f(x) = x · min(max(x + 3, 0), 6) / 6"),
    derivative_formula=QT_TRANSLATE_NOOP(
        "Activation",
        "f′(x) = 0 if x ≤ −3, x/3 + 1/2 if −3 < x < 3, 1 if x ≥ 3",
    ),
    params=(),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "[−3/8, ∞)"),
        lower=-0.375,
        upper=np.inf,
        bounded=False,
        monotonic=False,
        smooth=False,
        zero_centred=False,
        saturating=False,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "x gated by hardsigmoid(x): a cheap piecewise copy of swish (x·sigmoid(x)) from "
        "MobileNetV3 (Howard et al., 2019), where it gave swish's accuracy at a fraction of the "
        "cost on mobile hardware. Like swish it dips below zero (to −3/8 at x = −3/2) before "
        "rising, so it is not monotonic, and it is exactly 0 for x ≤ −3, where no gradient flows. "
        "At the corners PyTorch's autograd returns 0 at x = −3 and 1 at x = 3, and so do we.",
    ),
    fn=array_in(_hardswish),
    dfn=array_in(_hardswish_grad),
    kink_fn=_kinks_at_plus_minus_3,
    reference=QT_TRANSLATE_NOOP("Reference", "Howard et al., Searching for MobileNetV3, 2019"),
)

ACTIVATIONS: tuple[Activation, ...] = (HARDTANH, HARDSIGMOID, HARDSWISH)
