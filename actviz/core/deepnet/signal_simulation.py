"""Signal and gradient statistics through depth: a batch of random inputs pushed through many
random dense layers of one activation and a random gradient pushed back.

Everything is float64 and deterministic for a given seed. Layers are built one at a time and
only the numbers the backward pass needs are kept, so 100 layers of 1024 units fit in memory.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import numpy.typing as npt

from actviz.core.activation import Activation
from actviz.core.deepnet.layer_statistics import layer_histogram, scaled_norm, scaled_std
from actviz.core.deepnet.layers import activation_for
from actviz.core.deepnet.simulation_result import BLOW_UP_MESSAGES, SimulationResult
from actviz.core.deepnet.weight_init import (
    INITS,
    check_sigma,
    draw_weights,
    sigma_needed,
    unknown_init,
)
from actviz.core.i18n import QT_TRANSLATE_NOOP, translate, translate_marked

FloatArray = npt.NDArray[np.float64]

DEPTH_RANGE = (1, 100)
WIDTH_RANGE = (2, 1024)
BATCH_RANGE = (2, 512)
SATURATION_THRESHOLD = 0.01  # |f'(z)| below this counts as saturated
# A signal above this is reported as exploded: one more product with a weight matrix of width
# 1024 and weights up to ~1e2 could otherwise overflow float64.
BLOW_UP_LIMIT = 1e150
# Keep every weight matrix when they fit in this many floats; otherwise redraw them for the
# backward pass from their per-layer generators (same numbers, less memory).
_KEEP_WEIGHTS_LIMIT = 2**25


def simulate(
    depth: int,
    width: int,
    key: str,
    params: Mapping[str, Any] | None = None,
    init: str = "he_normal",
    sigma: float | None = None,
    batch: int = 256,
    seed: int = 0,
    bins: int = 40,
) -> SimulationResult:
    """Push a batch of standard-normal inputs through ``depth`` dense layers of ``width`` units
    (biases zero), then back-propagate a standard-normal upstream gradient.

    Parameters
    ----------
    depth, width, batch
        Layers (1 to 100), units per layer (2 to 1024), samples (2 to 512).
    key, params
        The activation from the catalogue and its params (defaults filled in).
    init, sigma
        One of :data:`actviz.core.deepnet.weight_init.INITS`; ``sigma`` is the std for ``"normal"``.
    seed
        Inputs, weights and the upstream gradient come from ``np.random.default_rng`` children
        of this seed, so a result is reproducible: of ``SeedSequence(seed).spawn(depth + 2)``,
        child 0 draws the (batch, width) standard-normal inputs, child 1 the upstream gradient
        and child 2 + l layer l's weights by ``draw_weights(rng, init, width, width, sigma)``.

    Raises
    ------
    ValueError
        For any argument out of range, an unknown activation, init or parameter.
    """
    depth = _check_int(QT_TRANSLATE_NOOP("DeepNet", "depth"), depth, DEPTH_RANGE)
    width = _check_int(QT_TRANSLATE_NOOP("DeepNet", "width"), width, WIDTH_RANGE)
    batch = _check_int(QT_TRANSLATE_NOOP("DeepNet", "batch"), batch, BATCH_RANGE)
    bins = _check_int(QT_TRANSLATE_NOOP("DeepNet", "bins"), bins, (2, 1000))
    if isinstance(seed, bool) or not isinstance(seed, int | np.integer) or seed < 0:
        message = translate("DeepNet", "the seed must be a whole number ≥ 0, got {seed}")
        raise ValueError(message.format(seed=repr(seed)))
    if init not in INITS:
        raise unknown_init(init)
    if init == "normal" or sigma is not None:
        if sigma is None:
            raise sigma_needed()
        sigma = check_sigma(sigma)
    activation = activation_for(key)
    resolved = activation.resolve_params(params)
    return _Simulation(
        activation, resolved, depth, width, batch, init, sigma, int(seed), bins
    ).run()


class _Simulation:
    """One run of :func:`simulate`, layer by layer, holding only what the backward pass needs."""

    def __init__(
        self,
        activation: Activation,
        params: dict[str, Any],
        depth: int,
        width: int,
        batch: int,
        init: str,
        sigma: float | None,
        seed: int,
        bins: int,
    ) -> None:
        self.f, self.params = activation, params
        self.depth, self.width, self.batch = depth, width, batch
        self.init, self.sigma, self.seed, self.bins = init, sigma, seed, bins
        children = np.random.SeedSequence(seed).spawn(depth + 2)
        self.input_rng = np.random.default_rng(children[0])
        self.upstream_rng = np.random.default_rng(children[1])
        self.layer_seeds = children[2:]
        self.keep_weights = depth * width * width <= _KEEP_WEIGHTS_LIMIT
        self.weights: dict[int, FloatArray] = {}
        nan = np.full(depth, np.nan)
        self.stats = {name: nan.copy() for name in _STAT_NAMES}
        self.act_hist = np.full((depth, bins), np.nan)
        self.act_edges = np.full((depth, bins + 1), np.nan)
        self.grad_hist = np.full((depth, bins), np.nan)
        self.grad_edges = np.full((depth, bins + 1), np.nan)
        #: Where it happened: "signal" (forward) or "gradient" (backward), and the 1-based layer.
        self.blow_up_kind = ""
        self.blow_up_layer = 0

    def _blow_up_english(self) -> str:
        if not self.blow_up_kind:
            return ""
        return BLOW_UP_MESSAGES[self.blow_up_kind].format(layer=self.blow_up_layer)

    def _weight(self, layer: int) -> FloatArray:
        if layer in self.weights:
            return self.weights[layer]
        rng = np.random.default_rng(self.layer_seeds[layer])
        w = draw_weights(rng, self.init, self.width, self.width, self.sigma)
        if self.keep_weights:
            self.weights[layer] = w
        return w

    def run(self) -> SimulationResult:
        derivatives = self._forward()
        if derivatives is not None:
            self._backward(derivatives)
        s = self.stats
        return SimulationResult(
            key=self.f.key, params=dict(self.params), depth=self.depth, width=self.width,
            batch=self.batch, init=self.init, sigma=self.sigma, seed=self.seed,
            pre_mean=s["pre_mean"], pre_std=s["pre_std"], act_mean=s["act_mean"],
            act_std=s["act_std"], dead_fraction=s["dead_fraction"],
            saturated_fraction=s["saturated_fraction"], grad_norm=s["grad_norm"],
            act_hist=self.act_hist, act_edges=self.act_edges, grad_hist=self.grad_hist,
            grad_edges=self.grad_edges, blow_up=self._blow_up_english(),
            blow_up_kind=self.blow_up_kind, blow_up_layer=self.blow_up_layer,
        )  # fmt: skip

    def _forward(self) -> list[FloatArray] | None:
        """Fill the forward statistics; return f'(z) per layer, or None after a blow-up."""
        h = self.input_rng.standard_normal((self.batch, self.width))
        derivatives: list[FloatArray] = []
        s = self.stats
        for layer in range(self.depth):
            z = h @ self._weight(layer).T
            if not float(np.max(np.abs(z))) <= BLOW_UP_LIMIT:
                self.blow_up_kind, self.blow_up_layer = "signal", layer + 1
                return None
            h = np.asarray(self.f.forward(z, **self.params), dtype=np.float64)
            d = np.asarray(self.f.derivative(z, **self.params), dtype=np.float64)
            if not (np.all(np.isfinite(h)) and np.all(np.isfinite(d))):  # a typed formula's gap
                self.blow_up_kind, self.blow_up_layer = "undefined", layer + 1
                return None
            s["pre_mean"][layer], s["pre_std"][layer] = float(np.mean(z)), scaled_std(z)
            s["act_mean"][layer], s["act_std"][layer] = float(np.mean(h)), scaled_std(h)
            s["dead_fraction"][layer] = float(np.mean(np.all(d == 0.0, axis=0)))
            s["saturated_fraction"][layer] = float(np.mean(np.abs(d) < SATURATION_THRESHOLD))
            self.act_hist[layer], self.act_edges[layer] = layer_histogram(h, self.bins)
            derivatives.append(d)
        return derivatives

    def _backward(self, derivatives: list[FloatArray]) -> None:
        g = self.upstream_rng.standard_normal((self.batch, self.width))
        for layer in range(self.depth - 1, -1, -1):
            g = (g * derivatives[layer]) @ self._weight(layer)
            derivatives[layer] = np.empty(0)  # free memory as we go
            scale = float(np.max(np.abs(g)))
            if not scale <= BLOW_UP_LIMIT:
                self.blow_up_kind, self.blow_up_layer = "gradient", layer + 1
                return
            self.stats["grad_norm"][layer] = scaled_norm(g)
            self.grad_hist[layer], self.grad_edges[layer] = layer_histogram(g, self.bins)


_STAT_NAMES = (
    "pre_mean",
    "pre_std",
    "act_mean",
    "act_std",
    "dead_fraction",
    "saturated_fraction",
    "grad_norm",
)


def _check_int(name: str, value: object, bounds: tuple[int, int]) -> int:
    """``value`` as an int in ``bounds``; ``name`` is marked with QT_TRANSLATE_NOOP("DeepNet")."""
    lo, hi = bounds
    if isinstance(value, bool) or not isinstance(value, int | np.integer):
        message = translate(
            "DeepNet", "{name} must be a whole number from {lo} to {hi}, got {value}"
        )
    elif not lo <= int(value) <= hi:
        message = translate("DeepNet", "{name} must be from {lo} to {hi}, got {value}")
    else:
        return int(value)
    shown = translate_marked("DeepNet", name)
    raise ValueError(message.format(name=shown, lo=lo, hi=hi, value=repr(value)))
