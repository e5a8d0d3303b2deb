"""Weight initialisation schemes for dense layers, named as in ``torch.nn.init``.

Each scheme fixes the spread of a layer's weights from its fan-in and fan-out, which decides
whether a signal keeps its scale through many layers (He et al. 2015; Glorot and Bengio 2010).
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

INITS: tuple[str, ...] = (
    "he_normal",
    "he_uniform",
    "xavier_normal",
    "xavier_uniform",
    "lecun_normal",
    "normal",
)

INIT_LABELS: dict[str, str] = {
    "he_normal": "He normal  (std √(2/fan_in))",
    "he_uniform": "He uniform  (±√(6/fan_in))",
    "xavier_normal": "Xavier/Glorot normal  (std √(2/(fan_in+fan_out)))",
    "xavier_uniform": "Xavier/Glorot uniform  (±√(6/(fan_in+fan_out)))",
    "lecun_normal": "LeCun normal  (std √(1/fan_in))",
    "normal": "Normal with std σ",
}


def check_sigma(sigma: object) -> float:
    """``sigma`` as a float, or ``ValueError`` unless it is a finite number > 0."""
    if isinstance(sigma, bool) or not isinstance(sigma, int | float | np.floating | np.integer):
        raise ValueError(f"sigma must be a finite number > 0, got {sigma!r}")
    value = float(sigma)
    if not math.isfinite(value) or value <= 0.0:
        raise ValueError(f"sigma must be a finite number > 0, got {sigma!r}")
    return value


def weight_std(init: str, fan_in: int, fan_out: int, sigma: float | None = None) -> float:
    """The standard deviation of a weight drawn by ``init`` (uniform schemes included).

    Raises ``ValueError`` for an unknown scheme, or for ``"normal"`` without a valid ``sigma``.
    """
    if init == "normal":
        if sigma is None:
            raise ValueError("init 'normal' needs sigma (the weights' standard deviation)")
        return check_sigma(sigma)
    if init in ("he_normal", "he_uniform"):
        return math.sqrt(2.0 / fan_in)
    if init in ("xavier_normal", "xavier_uniform"):
        return math.sqrt(2.0 / (fan_in + fan_out))
    if init == "lecun_normal":
        return math.sqrt(1.0 / fan_in)
    raise ValueError(f"unknown init {init!r}; known: {', '.join(INITS)}")


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
