"""What an activation does to a whole network: signal and gradient statistics through depth, and
how a few 2-unit layers bend the plane.

Conventions: a layer maps a row of inputs h to f(h W^T + b), with W of shape (fan_out, fan_in)
(so a single column vector x goes to f(W x + b), as written in the panel). Everything is float64
and deterministic for a given seed. Only the activation's ``forward`` and ``derivative`` from the
catalogue are used.

The package's modules, each with one job:

- :mod:`~actviz.core.deepnet.layers`: dense layers forward, and gradients back through them;
- :mod:`~actviz.core.deepnet.signal_simulation`: :func:`simulate`, statistics through depth;
- :mod:`~actviz.core.deepnet.simulation_result`: what it returns (:class:`SimulationResult`);
- :mod:`~actviz.core.deepnet.layer_statistics`: spread, norm and histogram of a layer's values;
- :mod:`~actviz.core.deepnet.plane_bending`: :func:`warp` and :func:`compose_affine`;
- :mod:`~actviz.core.deepnet.weight_init` and :mod:`~actviz.core.deepnet.toy_data`: the weights'
  distributions and the 2-D datasets.

The names below load their module on first use: the lab models import ``weight_init`` and
``toy_data`` at start-up, which must not load the simulation and the catalogue with them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from actviz.core.deepnet.layers import input_gradients, layer_forward
    from actviz.core.deepnet.plane_bending import compose_affine, warp
    from actviz.core.deepnet.signal_simulation import (
        BATCH_RANGE,
        BLOW_UP_LIMIT,
        DEPTH_RANGE,
        SATURATION_THRESHOLD,
        WIDTH_RANGE,
        simulate,
    )
    from actviz.core.deepnet.simulation_result import (
        BLOW_UP_MESSAGES,
        FloatArray,
        SimulationResult,
    )

#: The module of the package that holds each exported name.
_HOMES = {
    "input_gradients": "layers",
    "layer_forward": "layers",
    "compose_affine": "plane_bending",
    "warp": "plane_bending",
    "BATCH_RANGE": "signal_simulation",
    "BLOW_UP_LIMIT": "signal_simulation",
    "DEPTH_RANGE": "signal_simulation",
    "SATURATION_THRESHOLD": "signal_simulation",
    "WIDTH_RANGE": "signal_simulation",
    "simulate": "signal_simulation",
    "BLOW_UP_MESSAGES": "simulation_result",
    "FloatArray": "simulation_result",
    "SimulationResult": "simulation_result",
}

__all__ = [
    "BATCH_RANGE",
    "BLOW_UP_LIMIT",
    "BLOW_UP_MESSAGES",
    "DEPTH_RANGE",
    "SATURATION_THRESHOLD",
    "WIDTH_RANGE",
    "FloatArray",
    "SimulationResult",
    "compose_affine",
    "input_gradients",
    "layer_forward",
    "simulate",
    "warp",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])
