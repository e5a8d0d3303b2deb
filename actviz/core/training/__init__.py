"""The training lab's core: data sets, network inputs and weights, the network maths, the epoch of
mini-batch gradient descent, dead and saturated units.

The contract lives here: ``actviz.core.training.make_dataset``, ``loss_and_grads``, ``fit`` and
every name of :mod:`actviz.core.training.fitting` (the lab's entry point, where they are
defined or gathered). They load on first use, so that the cheap modules of this package (the
data sets, read at start-up) come without the network maths.
"""

from __future__ import annotations

from typing import Any

_ENTRY = "actviz.core.training.fitting"


def __getattr__(name: str) -> Any:
    import importlib
    import importlib.util

    if name.startswith("__") or importlib.util.find_spec(f"{__name__}.{name}") is not None:
        # a submodule being imported (``from actviz.core.training import sgd``): not ours to load
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    fitting = importlib.import_module(_ENTRY)
    if name in fitting.__all__:
        return getattr(fitting, name)
    raise AttributeError(f"module 'actviz.core.training' has no attribute {name!r}")


def __dir__() -> list[str]:
    import importlib

    return sorted([*globals(), *importlib.import_module(_ENTRY).__all__])
