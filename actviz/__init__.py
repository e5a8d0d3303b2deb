"""actviz: see and touch neural-network activation functions.

For scripts and notebooks, without a window (each loads Qt and the painters on first use):
``actviz.render(key, path, **options)``, ``actviz.handout(path, keys)``,
``actviz.cheatsheet(path)`` and ``actviz.animate(key, path, param, **options)``, and
``actviz.custom_activation(formula, name)`` for an activation of one's own; see
:mod:`actviz.headless`.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["__version__", "animate", "cheatsheet", "custom_activation", "handout", "render"]

_HEADLESS = ("render", "handout", "cheatsheet", "animate", "custom_activation")


def __getattr__(name: str) -> Any:
    # Lazy, so that ``import actviz`` (and the app's start-up) does not load the painters.
    if name in _HEADLESS:
        from actviz import headless

        return getattr(headless, name)
    raise AttributeError(f"module 'actviz' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_HEADLESS])
