"""What :func:`actviz.core.deepnet.simulate` returns: per-layer statistics and, after a blow-up,
where the signal or the gradient exploded."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from actviz.core.i18n import QT_TRANSLATE_NOOP, translate_marked

FloatArray = npt.NDArray[np.float64]

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
