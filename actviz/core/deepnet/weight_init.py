"""Weight initialisation schemes for dense layers, named as in ``torch.nn.init``.

Each scheme fixes the spread of a layer's weights from its fan-in and fan-out, which decides
whether a signal keeps its scale through many layers (He et al. 2015; Glorot and Bengio 2010).
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from actviz.core.i18n import QT_TRANSLATE_NOOP, translate, translate_marked

FloatArray = npt.NDArray[np.float64]

INITS: tuple[str, ...] = (
    "he_normal",
    "he_uniform",
    "xavier_normal",
    "xavier_uniform",
    "lecun_normal",
    "normal",
)

#: English labels (shown through :func:`init_label_text`).
INIT_LABELS: dict[str, str] = {
    "he_normal": QT_TRANSLATE_NOOP("WeightInit", "He normal  (std √(2/fan_in))"),
    "he_uniform": QT_TRANSLATE_NOOP("WeightInit", "He uniform  (±√(6/fan_in))"),
    "xavier_normal": QT_TRANSLATE_NOOP(
        "WeightInit", "Xavier/Glorot normal  (std √(2/(fan_in+fan_out)))"
    ),
    "xavier_uniform": QT_TRANSLATE_NOOP(
        "WeightInit", "Xavier/Glorot uniform  (±√(6/(fan_in+fan_out)))"
    ),
    "lecun_normal": QT_TRANSLATE_NOOP("WeightInit", "LeCun normal  (std √(1/fan_in))"),
    "normal": QT_TRANSLATE_NOOP("WeightInit", "Normal with std σ"),
}


def init_label_text(init: str) -> str:
    """The label of scheme ``init`` (one of :data:`INITS`) in the installed language."""
    return translate_marked("WeightInit", INIT_LABELS[init])


def unknown_init(init: str) -> ValueError:
    """The error for a scheme that is not one of :data:`INITS`."""
    message = translate("WeightInit", "unknown weight initialisation {init}; known: {known}")
    return ValueError(message.format(init=repr(init), known=", ".join(INITS)))


def sigma_needed() -> ValueError:
    """The error for ``init="normal"`` without a ``sigma``."""
    return ValueError(
        translate("WeightInit", "init 'normal' needs sigma (the weights' standard deviation)")
    )


def check_sigma(sigma: object) -> float:
    """``sigma`` as a float, or ``ValueError`` unless it is a finite number > 0."""
    value = math.nan
    if not isinstance(sigma, bool) and isinstance(sigma, int | float | np.floating | np.integer):
        value = float(sigma)
    if not math.isfinite(value) or value <= 0.0:
        message = translate("WeightInit", "sigma must be a finite number > 0, got {sigma}")
        raise ValueError(message.format(sigma=repr(sigma)))
    return value


def weight_std(init: str, fan_in: int, fan_out: int, sigma: float | None = None) -> float:
    """The standard deviation of a weight drawn by ``init`` (uniform schemes included).

    Raises ``ValueError`` for an unknown scheme, or for ``"normal"`` without a valid ``sigma``.
    """
    if init == "normal":
        if sigma is None:
            raise sigma_needed()
        return check_sigma(sigma)
    if init in ("he_normal", "he_uniform"):
        return math.sqrt(2.0 / fan_in)
    if init in ("xavier_normal", "xavier_uniform"):
        return math.sqrt(2.0 / (fan_in + fan_out))
    if init == "lecun_normal":
        return math.sqrt(1.0 / fan_in)
    raise unknown_init(init)


def draw_weights(
    rng: np.random.Generator, init: str, fan_in: int, fan_out: int, sigma: float | None = None
) -> FloatArray:
    """A ``(fan_out, fan_in)`` weight matrix drawn by ``init`` (y = W x convention).

    Uniform schemes draw from [-a, a] with a = std * sqrt(3), which has the stated std.
    """
    std = weight_std(init, fan_in, fan_out, sigma)
    if init.endswith("_uniform"):
        bound = std * math.sqrt(3.0)
        return rng.uniform(-bound, bound, size=(fan_out, fan_in))
    return rng.standard_normal((fan_out, fan_in)) * std
