"""The classics: identity, step, sigmoid, tanh and their relatives (more in classic_extra.py).

The logistic functions are built from one ``np.exp`` of a clipped or non-positive argument, which
never overflows and is several times faster than scipy's expit (see _stable.py). Every form below
is exact to a few ulp and raises no numpy warning for any input, finite or not.
"""

from __future__ import annotations

import numpy as np

from actviz.core.activation import Activation, FloatArray
from actviz.core.families import CLASSIC
from actviz.core.families._stable import EXP_CAP, array_out, nan_where_nan
from actviz.core.families.classic_extra import ARCTAN, GAUSSIAN, SINUSOID
from actviz.core.i18n import QT_TRANSLATE_NOOP
from actviz.core.params import Kink, Properties

# --- identity ----------------------------------------------------------------------------------
# (identity, binary step, tanh's forward: one numpy pass each, so no need for array_out's blocks)


def _identity(x: FloatArray) -> FloatArray:
    return x.copy()  # a copy: callers may write into the result


def _identity_grad(x: FloatArray) -> FloatArray:
    return nan_where_nan(x, 1.0)


IDENTITY = Activation(
    key="identity",
    name=QT_TRANSLATE_NOOP("Activation", "Identity (linear)"),
    family=CLASSIC,
    formula=QT_TRANSLATE_NOOP("Activation", "f(x) = x"),
    derivative_formula=QT_TRANSLATE_NOOP("Activation", "f′(x) = 1"),
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
        "No activation at all: the neuron passes z = w·x + b straight through. It is the right "
        "output for regression, where the target can be any real number. In hidden layers it is "
        "useless, and that is the lesson: a stack of linear layers collapses into a single linear "
        "map, W₃(W₂(W₁x)) = Ax + b, so depth adds nothing without a bend. Every other entry in "
        "this catalogue exists to add that bend. Its gradient is exactly 1 everywhere, so it "
        "neither vanishes nor explodes by itself.",
    ),
    fn=_identity,
    dfn=_identity_grad,
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "The linear unit of ADALINE: Widrow and Hoff, Adaptive switching circuits, 1960",
    ),
)

# --- binary step -------------------------------------------------------------------------------


def _binary_step(x: FloatArray) -> FloatArray:
    return np.heaviside(x, 1.0)  # 1 at x = 0; NaN stays NaN


def _binary_step_grad(x: FloatArray) -> FloatArray:
    return nan_where_nan(x, 0.0)


def _jump_at_zero(**_params: object) -> tuple[Kink, ...]:
    return (Kink(0.0, "jump"),)


BINARY_STEP = Activation(
    key="binary_step",
    name=QT_TRANSLATE_NOOP("Activation", "Binary step (Heaviside)"),
    family=CLASSIC,
    formula=QT_TRANSLATE_NOOP("Activation", "f(x) = 1 if x ≥ 0, else 0"),
    derivative_formula=QT_TRANSLATE_NOOP(
        "Activation",
        "f′(x) = 0 (for x ≠ 0; undefined at the jump, shown as 0)",
    ),
    params=(),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "{0, 1}"),
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
        "The threshold unit of McCulloch and Pitts (1943) and of Rosenblatt's perceptron (1958): "
        "the neuron fires (1) when its input reaches the threshold and stays silent (0) otherwise. "
        "We take f(0) = 1. It shows why gradient descent needs something smoother: the derivative "
        "is 0 everywhere except at the jump, where it does not exist, so backpropagation receives "
        "no signal at all. The perceptron learning rule worked around this for a single layer; "
        "training deep networks had to wait for differentiable units such as the sigmoid. We "
        "return 0 for the derivative at x = 0 as well.",
    ),
    fn=_binary_step,
    dfn=_binary_step_grad,
    kink_fn=_jump_at_zero,
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "McCulloch and Pitts, A logical calculus of the ideas immanent in nervous "
        "activity, 1943",
    ),
)

# --- sigmoid -----------------------------------------------------------------------------------


def _sigmoid(x: FloatArray, out: FloatArray) -> None:
    # σ = p/(1 + p), p = e^min(x, 700): no overflow, no subtraction (see _stable.sigmoid_over).
    np.clip(x, None, EXP_CAP, out=out)
    np.exp(out, out=out)
    out /= out + 1.0


def _sigmoid_grad(x: FloatArray, out: FloatArray) -> None:
    # σ' = σ(x)σ(−x) = e/(1+e)² with e = exp(−|x|): exact, where σ(1 − σ) cancels for large x.
    np.abs(x, out=out)
    np.negative(out, out=out)
    np.exp(out, out=out)
    d = out + 1.0
    d *= d
    out /= d


SIGMOID = Activation(
    key="sigmoid",
    name=QT_TRANSLATE_NOOP("Activation", "Sigmoid"),
    family=CLASSIC,
    formula=QT_TRANSLATE_NOOP("Activation", "σ(x) = 1 / (1 + e<sup>−x</sup>)"),
    derivative_formula=QT_TRANSLATE_NOOP("Activation", "σ′(x) = σ(x) · (1 − σ(x))"),
    params=(),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "(0, 1)"),
        lower=0.0,
        upper=1.0,
        bounded=True,
        monotonic=True,
        smooth=True,
        zero_centred=False,
        saturating=True,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "The logistic function squashes any number into (0, 1), which is why it is the output of a "
        "binary classifier: read it as a probability. In hidden layers it has fallen out of use: "
        "its derivative is at most 1/4 (at x = 0) and vanishes as |x| grows, so gradients shrink "
        "layer by layer (vanishing gradients), and its outputs are all positive, not zero-centred. "
        "It was the neuron of early backpropagation (Rumelhart, Hinton and Williams, 1986).",
    ),
    fn=array_out(_sigmoid),
    dfn=array_out(_sigmoid_grad),
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "Rumelhart, Hinton and Williams, Learning representations by back-propagating "
        "errors, 1986",
    ),
)

# --- tanh --------------------------------------------------------------------------------------


def _tanh(x: FloatArray) -> FloatArray:
    return np.tanh(x)


def _tanh_grad(x: FloatArray, out: FloatArray) -> None:
    # sech²(x) = 4e²/(1+e²)² with e = exp(−|x|); 1 − tanh² would cancel to 0 long before it is.
    np.abs(x, out=out)
    np.negative(out, out=out)
    np.exp(out, out=out)
    out *= out
    d = out + 1.0
    d *= d
    out /= d
    out *= 4.0


TANH = Activation(
    key="tanh",
    name=QT_TRANSLATE_NOOP("Activation", "Tanh"),
    family=CLASSIC,
    formula=QT_TRANSLATE_NOOP(
        "Activation",
        "tanh(x) = (e<sup>x</sup> − e<sup>−x</sup>) / (e<sup>x</sup> + e<sup>−x</sup>)",
    ),
    derivative_formula=QT_TRANSLATE_NOOP("Activation", "tanh′(x) = 1 − tanh²(x)"),
    params=(),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "(−1, 1)"),
        lower=-1.0,
        upper=1.0,
        bounded=True,
        monotonic=True,
        smooth=True,
        zero_centred=True,
        saturating=True,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "A rescaled sigmoid, tanh(x) = 2σ(2x) − 1, that runs from −1 to 1 and passes through the "
        "origin. Being zero-centred, it keeps the next layer's inputs balanced around zero, which "
        "made it the preferred hidden unit of the 1990s and 2000s (LeCun et al., Efficient "
        "BackProp, 1998) and it is still the squashing function inside LSTM and GRU cells. Its "
        "slope is 1 at the origin, four times the sigmoid's, but it saturates just the same: for "
        "|x| beyond 3 the derivative is below 0.01 and deep stacks of tanh units suffer vanishing "
        "gradients.",
    ),
    fn=_tanh,
    dfn=array_out(_tanh_grad),
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "LeCun, Bottou, Orr and Müller, Efficient BackProp, 1998",
    ),
)

# --- log-sigmoid -------------------------------------------------------------------------------


def _logsigmoid(x: FloatArray, out: FloatArray) -> None:
    # log σ(x) = min(x, 0) − log(1 + e^−|x|): no overflow, and exactly x for very negative x.
    np.abs(x, out=out)
    np.negative(out, out=out)
    np.exp(out, out=out)
    np.log1p(out, out=out)
    np.subtract(np.minimum(x, 0.0), out, out=out)


def _logsigmoid_grad(x: FloatArray, out: FloatArray) -> None:
    # d/dx log σ(x) = 1 − σ(x) = σ(−x) = p/(1 + p), p = e^min(−x, 700): no subtraction, and
    # exactly 0 at +inf.
    np.negative(x, out=out)
    np.clip(out, None, EXP_CAP, out=out)
    np.exp(out, out=out)
    out /= out + 1.0


LOGSIGMOID = Activation(
    key="logsigmoid",
    name=QT_TRANSLATE_NOOP("Activation", "Log-sigmoid"),
    family=CLASSIC,
    formula=QT_TRANSLATE_NOOP("Activation", "f(x) = log σ(x) = −log(1 + e<sup>−x</sup>)"),
    derivative_formula=QT_TRANSLATE_NOOP("Activation", "f′(x) = 1 − σ(x) = σ(−x)"),
    params=(),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "(−∞, 0)"),
        lower=-np.inf,
        upper=0.0,
        bounded=False,
        monotonic=True,
        smooth=True,
        zero_centred=False,
        saturating=False,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "The logarithm of the sigmoid, that is −softplus(−x). It rarely serves as a hidden unit; "
        "it matters because losses are written with it: binary cross-entropy is −log σ(z) for a "
        "positive example, and computing it as log(sigmoid(z)) fails (log 0 = −∞) once σ(z) rounds "
        "to 0, while the fused form stays exact (log σ(−1000) = −1000). It saturates towards 0 on "
        "the right, and is a line of slope 1 on the left.",
    ),
    fn=array_out(_logsigmoid),
    dfn=array_out(_logsigmoid_grad),
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "The log-likelihood of logistic regression (Cox, 1958)",
    ),
)

# --- softsign ----------------------------------------------------------------------------------

_HUGE = 1e300  # |x| beyond this changes no result below, and keeps 1 + |x| finite


def _softsign(x: FloatArray, out: FloatArray) -> None:
    c = np.clip(x, -_HUGE, _HUGE)  # so that ±inf give ±1 instead of inf/inf
    np.abs(c, out=out)
    out += 1.0
    np.divide(c, out, out=out)


def _softsign_grad(x: FloatArray, out: FloatArray) -> None:
    np.clip(x, -_HUGE, _HUGE, out=out)
    np.abs(out, out=out)
    out += 1.0
    np.divide(1.0, out, out=out)
    out *= out  # 1/(1+|x|)², squared after dividing: no overflow


SOFTSIGN = Activation(
    key="softsign",
    name=QT_TRANSLATE_NOOP("Activation", "Softsign"),
    family=CLASSIC,
    formula=QT_TRANSLATE_NOOP("Activation", "f(x) = x / (1 + |x|)"),
    derivative_formula=QT_TRANSLATE_NOOP("Activation", "f′(x) = 1 / (1 + |x|)<sup>2</sup>"),
    params=(),
    properties=Properties(
        output_range=QT_TRANSLATE_NOOP("Properties", "(−1, 1)"),
        lower=-1.0,
        upper=1.0,
        bounded=True,
        monotonic=True,
        smooth=True,
        zero_centred=True,
        saturating=True,
    ),
    notes=QT_TRANSLATE_NOOP(
        "Activation",
        "Shaped like tanh but approaching ±1 polynomially (like 1 − 1/|x|) instead of "
        "exponentially, so it saturates more gently and its gradient decays like 1/x² rather than "
        "exp(−2|x|). Glorot and Bengio (2010) found it less prone than tanh to units stuck "
        "in saturation. It needs no exponential, which makes it cheap. Its second derivative "
        "jumps at 0 (|x| has a corner there), though f and f′ are continuous.",
    ),
    fn=array_out(_softsign),
    dfn=array_out(_softsign_grad),
    reference=QT_TRANSLATE_NOOP(
        "Reference",
        "Glorot and Bengio, Understanding the difficulty of training deep feedforward "
        "neural networks, 2010",
    ),
)

ACTIVATIONS: tuple[Activation, ...] = (
    IDENTITY,
    BINARY_STEP,
    SIGMOID,
    TANH,
    LOGSIGMOID,
    SOFTSIGN,
    ARCTAN,
    GAUSSIAN,
    SINUSOID,
)
