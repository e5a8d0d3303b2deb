"""ReLU and its descendants: piecewise linear or exponential for x < 0, identity for x > 0.

The exponential members (ELU, SELU, CELU) live in ``elu.py``; this module lists the whole family
in display order.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from actviz.core.activation import Activation, FloatArray
from actviz.core.families import RELU_FAMILY
from actviz.core.families._piecewise import corners, indicator, keep_nan, leaky, leaky_grad
from actviz.core.families._stable import array_in
from actviz.core.families.elu import CELU, ELU, SELU
from actviz.core.i18n import QT_TRANSLATE_NOOP, format_number, translate
from actviz.core.params import Kink, Param, ParamValue, Properties


def _relu(x: FloatArray) -> FloatArray:
    return np.maximum(x, 0.0)  # NaN propagates through np.maximum


def _relu_grad(x: FloatArray) -> FloatArray:
    # autograd's threshold_backward gives 0 at x == 0; NaN in gives NaN out.
    return np.where(x > 0.0, 1.0, np.where(np.isnan(x), np.nan, 0.0))


def _kink_at_zero(**_params: object) -> tuple[Kink, ...]:
    return (Kink(0.0, "kink"),)


RELU = Activation(
    key="relu",
    name=QT_TRANSLATE_NOOP("Activation", "ReLU"),
    family=RELU_FAMILY,
    formula=QT_TRANSLATE_NOOP("Activation", "f(x) = max(0, x)"),
    derivative_formula=QT_TRANSLATE_NOOP("Activation", "f′(x) = 1 if x > 0, else 0"),
    params=(),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "[0, ∞)"),
        lower=0.0,
        upper=np.inf,
        bounded=False,
        monotonic=True,
        smooth=False,
        zero_centred=False,
        saturating=False,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "The default choice for hidden layers since AlexNet (Nair and Hinton, 2010). It costs a "
        "comparison, and for x > 0 its gradient is exactly 1, so deep stacks do not shrink the "
        "signal the way sigmoid does. Its weakness is the flat half: a unit whose input stays "
        "below zero passes no gradient at all and stops learning (a dying ReLU). Outputs are never "
        "negative, so they are not zero-centred. At x = 0 the derivative is undefined; PyTorch's "
        "autograd uses 0 there, and so do we.",
    ),
    fn=array_in(_relu),
    dfn=array_in(_relu_grad),
    kink_fn=_kink_at_zero,
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "Nair and Hinton, Rectified linear units improve restricted Boltzmann machines, 2010",
    ),
)


def _relu6(x: FloatArray) -> FloatArray:
    return np.clip(x, 0.0, 6.0)  # np.clip propagates NaN


def _relu6_grad(x: FloatArray) -> FloatArray:
    return indicator(x, (x > 0.0) & (x < 6.0))  # autograd: 0 at both corners


def _relu6_kinks(**_params: object) -> tuple[Kink, ...]:
    return corners(0.0, 6.0)


RELU6 = Activation(
    key="relu6",
    name=QT_TRANSLATE_NOOP("Activation", "ReLU6"),
    family=RELU_FAMILY,
    formula=QT_TRANSLATE_NOOP("Activation", "f(x) = min(max(0, x), 6)"),
    derivative_formula=QT_TRANSLATE_NOOP("Activation", "f′(x) = 1 if 0 < x < 6, else 0"),
    params=(),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "[0, 6]"),
        lower=0.0,
        upper=6.0,
        bounded=True,
        monotonic=True,
        smooth=False,
        zero_centred=False,
        saturating=True,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "ReLU capped at 6. The cap keeps activations in a small fixed range, which suits "
        "low-precision (8-bit) arithmetic on phones; MobileNet (Howard et al., 2017) made it "
        "popular, after Krizhevsky used it on CIFAR-10 in 2010. The price is a second flat part: "
        "above 6 the gradient is 0 as well, so a unit can saturate at the top as well as die at "
        "the bottom. At the corners x = 0 and x = 6 PyTorch's autograd returns 0, and so do we.",
    ),
    fn=array_in(_relu6),
    dfn=array_in(_relu6_grad),
    kink_fn=_relu6_kinks,
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "Krizhevsky, Convolutional deep belief networks on CIFAR-10, 2010",
    ),
)


def _leaky_relu(x: FloatArray, negative_slope: float) -> FloatArray:
    return leaky(x, negative_slope)


def _leaky_relu_grad(x: FloatArray, negative_slope: float) -> FloatArray:
    return leaky_grad(x, negative_slope)


def _slope_param(name: str, label: str, default: float, tooltip: str) -> Param:
    # Slopes in [0, 1] keep every member monotonic, and |a·x| <= |x| never overflows.
    return Param(name, label, default, minimum=0.0, maximum=1.0, step=0.01, tooltip=tooltip)


LEAKY_RELU = Activation(
    key="leaky_relu",
    name=QT_TRANSLATE_NOOP("Activation", "Leaky ReLU"),
    family=RELU_FAMILY,
    formula=QT_TRANSLATE_NOOP("Activation", "f(x) = x if x > 0, else a·x   (a = negative_slope)"),
    derivative_formula=QT_TRANSLATE_NOOP("Activation", "f′(x) = 1 if x > 0, else a"),
    params=(
        _slope_param(
            "negative_slope",
            QT_TRANSLATE_NOOP("Param", "Negative slope a"),
            0.01,
            QT_TRANSLATE_NOOP("Param", "Slope for x < 0: 0 gives ReLU, 1 gives the identity"),
        ),
    ),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "(−∞, ∞) (a > 0); [0, ∞) (a = 0)"),
        lower=-np.inf,
        upper=np.inf,
        bounded=False,
        monotonic=True,
        smooth=False,
        zero_centred=False,
        saturating=False,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "A cure for dying ReLUs (Maas, Hannun and Ng, 2013): for x < 0 the output is a small "
        "multiple a·x instead of 0, so a unit pushed below zero still gets a gradient of a and can "
        "recover. It is as cheap as ReLU and a common drop-in for hidden layers, notably in GAN "
        "discriminators. With a = 0.01 the outputs are still almost all positive, so not "
        "zero-centred. At x = 0 PyTorch's autograd returns the slope a, and so do we.",
    ),
    fn=array_in(_leaky_relu),
    dfn=array_in(_leaky_relu_grad),
    kink_fn=_kink_at_zero,
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "Maas, Hannun and Ng, Rectifier nonlinearities improve neural network acoustic "
        "models, 2013",
    ),
)


def _prelu(x: FloatArray, weight: float) -> FloatArray:
    return leaky(x, weight)


def _prelu_grad(x: FloatArray, weight: float) -> FloatArray:
    return leaky_grad(x, weight)


PRELU = Activation(
    key="prelu",
    name=QT_TRANSLATE_NOOP("Activation", "PReLU"),
    family=RELU_FAMILY,
    formula=QT_TRANSLATE_NOOP("Activation", "f(x) = x if x > 0, else a·x   (a = weight, learned)"),
    derivative_formula=QT_TRANSLATE_NOOP("Activation", "f′(x) = 1 if x > 0, else a"),
    params=(
        _slope_param(
            "weight",
            QT_TRANSLATE_NOOP("Param", "Learned slope a"),
            0.25,
            QT_TRANSLATE_NOOP(
                "Param",
                "In a network this slope is learned, one per channel; 0.25 is its start value",
            ),
        ),
    ),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "(−∞, ∞) (a > 0); [0, ∞) (a = 0)"),
        lower=-np.inf,
        upper=np.inf,
        bounded=False,
        monotonic=True,
        smooth=False,
        zero_centred=False,
        saturating=False,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "Parametric ReLU (He, Zhang, Ren and Sun, 2015): a leaky ReLU whose negative slope is a "
        "parameter the network learns by backprop, usually one per channel, starting at 0.25. "
        "It helped the first image classifier to beat human accuracy on ImageNet, at almost no "
        "extra cost. The extra parameters can overfit a small data set. Here you set the slope by "
        "hand to see what training would adjust. At x = 0 PyTorch's autograd returns the slope, "
        "and so do we.",
    ),
    fn=array_in(_prelu),
    dfn=array_in(_prelu_grad),
    kink_fn=_kink_at_zero,
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "He, Zhang, Ren and Sun, Delving deep into rectifiers, 2015",
    ),
)


def _rrelu_slope(lower: float, upper: float) -> float:
    return (lower + upper) / 2.0  # the evaluation-mode slope, as torch computes it


def _rrelu(x: FloatArray, lower: float, upper: float) -> FloatArray:
    return leaky(x, _rrelu_slope(lower, upper))


def _rrelu_grad(x: FloatArray, lower: float, upper: float) -> FloatArray:
    return leaky_grad(x, _rrelu_slope(lower, upper))


def _check_rrelu(params: Mapping[str, ParamValue]) -> None:
    if float(params["lower"]) > float(params["upper"]):
        message = translate(
            "Param", "rrelu needs lower ≤ upper, got lower = {lower} > upper = {upper}"
        )
        raise ValueError(
            message.format(
                lower=format_number(float(params["lower"])),
                upper=format_number(float(params["upper"])),
            )
        )


RRELU = Activation(
    key="rrelu",
    name=QT_TRANSLATE_NOOP("Activation", "RReLU (evaluation mode)"),
    family=RELU_FAMILY,
    formula=QT_TRANSLATE_NOOP(
        "Activation",
        "f(x) = x if x > 0, else a·x   (a = (lower + upper) / 2)",
    ),
    derivative_formula=QT_TRANSLATE_NOOP(
        "Activation",
        "f′(x) = 1 if x > 0, else (lower + upper) / 2",
    ),
    params=(
        _slope_param(
            "lower",
            QT_TRANSLATE_NOOP("Param", "Lower slope bound"),
            1.0 / 8.0,
            QT_TRANSLATE_NOOP("Param", "Training draws the slope uniformly from [lower, upper]"),
        ),
        _slope_param(
            "upper",
            QT_TRANSLATE_NOOP("Param", "Upper slope bound"),
            1.0 / 3.0,
            QT_TRANSLATE_NOOP("Param", "Must not be below lower"),
        ),
    ),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "(−∞, ∞) (a > 0); [0, ∞) (a = 0)"),
        lower=-np.inf,
        upper=np.inf,
        bounded=False,
        monotonic=True,
        smooth=False,
        zero_centred=False,
        saturating=False,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "Randomized leaky ReLU (Xu, Wang, Chen and Li, 2015): during training every negative "
        "input gets a slope drawn at random from [lower, upper], a noise that acts as a "
        "regulariser; at evaluation the slope is fixed to the mean (lower + upper) / 2. Only that "
        "deterministic evaluation curve can be drawn, so this is a leaky ReLU with slope "
        "(1/8 + 1/3) / 2 ≈ 0.23 by default. At x = 0 PyTorch's autograd returns that slope, and "
        "so do we.",
    ),
    fn=array_in(_rrelu),
    dfn=array_in(_rrelu_grad),
    kink_fn=_kink_at_zero,
    check=_check_rrelu,
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "Xu, Wang, Chen and Li, Empirical evaluation of rectified activations in "
        "convolutional network, 2015",
    ),
)


def _threshold(x: FloatArray, threshold: float, value: float) -> FloatArray:
    return keep_nan(x, np.where(x > threshold, x, value))


def _threshold_grad(x: FloatArray, threshold: float, value: float) -> FloatArray:
    return indicator(x, x > threshold)  # autograd: 0 at x == threshold


def _threshold_kinks(threshold: ParamValue, value: ParamValue) -> tuple[Kink, ...]:
    # A jump of size threshold - value, unless value == threshold: then only a corner.
    return corners(float(threshold), kind="kink" if value == threshold else "jump")


THRESHOLD = Activation(
    key="threshold",
    name=QT_TRANSLATE_NOOP("Activation", "Threshold"),
    family=RELU_FAMILY,
    formula=QT_TRANSLATE_NOOP(
        "Activation",
        "f(x) = x if x > θ, else v   (θ = threshold, v = value)",
    ),
    derivative_formula=QT_TRANSLATE_NOOP("Activation", "f′(x) = 1 if x > θ, else 0"),
    params=(
        Param(
            "threshold",
            QT_TRANSLATE_NOOP("Param", "Threshold θ"),
            1.0,
            minimum=-10.0,
            maximum=10.0,
            step=0.1,
            tooltip=QT_TRANSLATE_NOOP("Param", "Inputs at or below θ are replaced"),
        ),
        Param(
            "value",
            QT_TRANSLATE_NOOP("Param", "Replacement v"),
            0.0,
            minimum=-10.0,
            maximum=10.0,
            step=0.1,
            tooltip=QT_TRANSLATE_NOOP(
                "Param",
                "What replaces inputs at or below θ; v = θ = 0 gives ReLU",
            ),
        ),
    ),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "{v} ∪ (θ, ∞)"),
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
        "Passes x through when it exceeds the threshold θ and replaces it with a constant v "
        "otherwise. With θ = v = 0 it is ReLU; with θ > v it jumps at θ, as the thresholded "
        "rectifier of zero-bias autoencoders does (Konda, Memisevic and Krueger, 2015), which "
        "keeps small, noisy inputs out. The jump gives no gradient to learn θ, and below θ no "
        "gradient at all, as in a dying ReLU. It is monotonic only when v ≤ θ. At x = θ the output "
        "is v (the left side), and PyTorch's autograd gives derivative 0 there, as do we.",
    ),
    fn=array_in(_threshold),
    dfn=array_in(_threshold_grad),
    kink_fn=_threshold_kinks,
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "Konda, Memisevic and Krueger, Zero-bias autoencoders and the benefits of "
        "co-adapting features, 2015",
    ),
)

ACTIVATIONS: tuple[Activation, ...] = (
    RELU,
    RELU6,
    LEAKY_RELU,
    PRELU,
    RRELU,
    ELU,
    SELU,
    CELU,
    THRESHOLD,
)
