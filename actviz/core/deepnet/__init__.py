"""What an activation does to a whole network: signal and gradient statistics through depth, and
how a few 2-unit layers bend the plane.

Conventions: a layer maps a row of inputs h to f(h W^T + b), with W of shape (fan_out, fan_in)
(so a single column vector x goes to f(W x + b), as written in the panel). Everything is float64
and deterministic for a given seed. Only the activation's ``forward`` and ``derivative`` from the
catalogue are used.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from actviz.core.activation import Activation
from actviz.core.catalogue import get
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
#: What a blow-up says, by where it happened (English; :meth:`SimulationResult.blow_up_text`).
BLOW_UP_MESSAGES = {
    "signal": QT_TRANSLATE_NOOP(
        "DeepNet",
        "The signal exploded at layer {layer} (|z| > 1e150): the weights are too large for this "
        "activation. Later layers and all gradients are not shown.",
    ),
    "gradient": QT_TRANSLATE_NOOP(
        "DeepNet",
        "The gradient exploded at layer {layer} (> 1e150): earlier layers' gradients are not "
        "shown.",
    ),
    "undefined": QT_TRANSLATE_NOOP(
        "DeepNet",
        "f or f′ is undefined for some inputs of layer {layer} (a gap in the typed formula): "
        "later layers and all gradients are not shown.",
    ),
}


@dataclass(frozen=True, eq=False)
class SimulationResult:
    """Per-layer statistics of one forward and backward pass (arrays have length ``depth``).

    Layer l (0-based) is the l-th dense layer: ``pre_*`` describe z = h W^T, ``act_*`` f(z),
    ``grad_norm[l]`` is the Frobenius norm over the batch of dL/dh for the layer's *input* h,
    where L = sum(upstream * output). ``dead_fraction[l]`` is the share of units whose f'(z) is 0
    for every sample; ``saturated_fraction[l]`` the share of (sample, unit) entries with
    |f'(z)| < 0.01 (for ReLU this counts its flat half). Histograms have ``bins`` counts per
    layer over that layer's own edges (shape (depth, bins + 1)). After a blow-up (see
    ``blow_up``), the affected layers hold NaN. ``blow_up`` is the English message ("" if none)
    for logs and files; :meth:`blow_up_text` shows it in the installed language.
    """

    key: str
    params: dict[str, Any]
    depth: int
    width: int
    batch: int
    init: str
    sigma: float | None
    seed: int
    pre_mean: FloatArray
    pre_std: FloatArray
    act_mean: FloatArray
    act_std: FloatArray
    dead_fraction: FloatArray
    saturated_fraction: FloatArray
    grad_norm: FloatArray
    act_hist: FloatArray
    act_edges: FloatArray
    grad_hist: FloatArray
    grad_edges: FloatArray
    blow_up: str = ""
    #: Where it happened: "signal" (forward) or "gradient" (backward), and the 1-based layer.
    blow_up_kind: str = ""
    blow_up_layer: int = 0

    @property
    def act_second_moment(self) -> FloatArray:
        """E[f(z)^2] per layer: the quantity He initialisation keeps constant for ReLU."""
        return np.asarray(self.act_mean**2 + self.act_std**2, dtype=np.float64)

    def blow_up_text(self) -> str:
        """The blow-up message in the installed language, or "" if nothing exploded."""
        if not self.blow_up_kind:
            return ""
        template = translate_marked("DeepNet", BLOW_UP_MESSAGES[self.blow_up_kind])
        return template.format(layer=self.blow_up_layer)


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


def _activation(key: str) -> Activation:
    try:
        return get(key)
    except KeyError as error:
        raise ValueError(str(error.args[0])) from None


def _scaled_std(x: FloatArray) -> float:
    """np.std that neither overflows for huge values nor underflows to 0 for tiny ones."""
    scale = float(np.max(np.abs(x)))
    if scale == 0.0:
        return 0.0
    return scale * float(np.std(x / scale))


def _scaled_norm(x: FloatArray) -> float:
    scale = float(np.max(np.abs(x))) if x.size else 0.0
    if scale == 0.0:
        return 0.0
    return scale * math.sqrt(float(np.sum(np.square(x / scale))))


def _histogram(x: FloatArray, bins: int) -> tuple[FloatArray, FloatArray]:
    lo, hi = float(np.min(x)), float(np.max(x))
    if not hi - lo > 1e-290 * max(1.0, abs(lo), abs(hi)):  # one value, or too narrow to split
        half = max(abs(lo) * 1e-3, 1e-290)
        lo, hi = lo - half, hi + half
    # Equal-width bins: the bin index is arithmetic, then one bincount (faster than np.histogram's
    # general path). The guard above keeps bins / (hi - lo) finite; values are finite here.
    index = ((x - lo) * (bins / (hi - lo))).astype(np.intp)
    np.clip(index, 0, bins - 1, out=index)
    counts = np.bincount(index.ravel(), minlength=bins)
    return counts.astype(np.float64), np.linspace(lo, hi, bins + 1)


def layer_forward(
    x: npt.ArrayLike,
    weights: Sequence[npt.ArrayLike],
    biases: Sequence[npt.ArrayLike] | None,
    key: str,
    params: Mapping[str, Any] | None = None,
) -> tuple[list[FloatArray], list[FloatArray]]:
    """Push rows ``x`` through the layers; return (pre-activations z_l, activations f(z_l)).

    ``biases`` may be None (all zero). Shapes are checked: layer l's weight must have as many
    columns as layer l-1 has outputs.
    """
    activation = _activation(key)
    resolved = activation.resolve_params(params)
    h = np.asarray(x, dtype=np.float64)
    if h.ndim != 2:
        raise ValueError(f"x must be a 2-D array of rows, got shape {h.shape}")
    mats = _check_layers(weights, biases, h.shape[1])
    pre: list[FloatArray] = []
    post: list[FloatArray] = []
    for w, b in mats:
        z = h @ w.T + b
        h = np.asarray(activation.forward(z, **resolved), dtype=np.float64)
        pre.append(z)
        post.append(h)
    return pre, post


def input_gradients(
    pre: Sequence[FloatArray],
    weights: Sequence[npt.ArrayLike],
    upstream: npt.ArrayLike,
    key: str,
    params: Mapping[str, Any] | None = None,
) -> list[FloatArray]:
    """Back-propagate ``upstream`` = dL/d(output); return dL/d(input of layer l) for each l.

    ``pre`` are the pre-activations from :func:`layer_forward`; the result has the same length.
    """
    activation = _activation(key)
    resolved = activation.resolve_params(params)
    g = np.asarray(upstream, dtype=np.float64)
    grads: list[FloatArray] = [np.empty(0)] * len(pre)
    for index in range(len(pre) - 1, -1, -1):
        w = np.asarray(weights[index], dtype=np.float64)
        g = (g * activation.derivative(pre[index], **resolved)) @ w
        grads[index] = g
    return grads


def _check_layers(
    weights: Sequence[npt.ArrayLike], biases: Sequence[npt.ArrayLike] | None, n_in: int
) -> list[tuple[FloatArray, FloatArray]]:
    if len(weights) == 0:
        raise ValueError("need at least one layer")
    if biases is not None and len(biases) != len(weights):
        raise ValueError(f"{len(weights)} weight matrices but {len(biases)} bias vectors")
    mats = []
    for index, raw in enumerate(weights):
        w = np.asarray(raw, dtype=np.float64)
        if w.ndim != 2 or w.shape[1] != n_in:
            raise ValueError(
                f"layer {index + 1}: weight of shape {w.shape} cannot take {n_in} inputs"
            )
        b = np.zeros(w.shape[0]) if biases is None else np.asarray(biases[index], dtype=np.float64)
        if b.shape != (w.shape[0],):
            raise ValueError(
                f"layer {index + 1}: bias of shape {b.shape}, expected ({w.shape[0]},)"
            )
        if not (np.all(np.isfinite(w)) and np.all(np.isfinite(b))):
            raise ValueError(f"layer {index + 1}: weights and biases must be finite")
        mats.append((w, b))
        n_in = w.shape[0]
    return mats


def compose_affine(
    weights: Sequence[npt.ArrayLike], biases: Sequence[npt.ArrayLike]
) -> tuple[FloatArray, FloatArray]:
    """The single affine map (A, B) equal to the stack x -> W_k(...(W_1 x + b_1)...) + b_k.

    A = W_k ... W_1 and B = W_k(...(W_2 b_1 + b_2)...) + b_k: without an activation, depth adds
    nothing a single layer could not do.
    """
    first = np.asarray(weights[0], dtype=np.float64) if len(weights) else np.zeros((0, 0))
    mats = _check_layers(weights, biases, first.shape[1] if first.ndim == 2 else -1)
    a = np.eye(mats[0][0].shape[1])
    b_total = np.zeros(mats[0][0].shape[1])
    for w, b in mats:
        a = w @ a
        b_total = w @ b_total + b
    return a, b_total


def warp(
    points: npt.ArrayLike,
    weights: Sequence[npt.ArrayLike],
    biases: Sequence[npt.ArrayLike],
    key: str,
    params: Mapping[str, Any] | None = None,
) -> list[FloatArray]:
    """``points`` (n, d) after each layer y = f(W x + b): a list of ``len(weights)`` arrays."""
    pts = np.asarray(points, dtype=np.float64)
    if pts.ndim != 2:
        raise ValueError(f"points must have shape (n, d), got {pts.shape}")
    _, post = layer_forward(pts, weights, biases, key, params)
    return post


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
    bins = _check_int("bins", bins, (2, 1000))
    if isinstance(seed, bool) or not isinstance(seed, int | np.integer) or seed < 0:
        message = translate("DeepNet", "the seed must be a whole number ≥ 0, got {seed}")
        raise ValueError(message.format(seed=repr(seed)))
    if init not in INITS:
        raise unknown_init(init)
    if init == "normal" or sigma is not None:
        if sigma is None:
            raise sigma_needed()
        sigma = check_sigma(sigma)
    activation = _activation(key)
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
            s["pre_mean"][layer], s["pre_std"][layer] = float(np.mean(z)), _scaled_std(z)
            s["act_mean"][layer], s["act_std"][layer] = float(np.mean(h)), _scaled_std(h)
            s["dead_fraction"][layer] = float(np.mean(np.all(d == 0.0, axis=0)))
            s["saturated_fraction"][layer] = float(np.mean(np.abs(d) < SATURATION_THRESHOLD))
            self.act_hist[layer], self.act_edges[layer] = _histogram(h, self.bins)
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
            self.stats["grad_norm"][layer] = _scaled_norm(g)
            self.grad_hist[layer], self.grad_edges[layer] = _histogram(g, self.bins)


_STAT_NAMES = (
    "pre_mean",
    "pre_std",
    "act_mean",
    "act_std",
    "dead_fraction",
    "saturated_fraction",
    "grad_norm",
)

