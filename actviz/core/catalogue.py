"""The one catalogue of activations that every panel, test and export reads."""

from __future__ import annotations

from functools import cache

from actviz.core.activation import Activation
from actviz.core.families import FAMILY_ORDER, classic, hard, relu, shrinkage, smooth


@cache
def _registry() -> dict[str, Activation]:
    entries = [a for module in (classic, relu, smooth, hard, shrinkage) for a in module.ACTIVATIONS]
    entries.sort(key=lambda a: FAMILY_ORDER.index(a.family))  # stable: keeps each module's order
    registry: dict[str, Activation] = {}
    for activation in entries:
        if activation.key in registry:
            raise RuntimeError(f"duplicate activation key {activation.key!r}")
        registry[activation.key] = activation
    return registry


def names() -> list[str]:
    """Catalogue keys in display order (grouped by family)."""
    return list(_registry())


def get(key: str) -> Activation:
    """The activation called ``key``; ``KeyError`` listing the known keys otherwise."""
    try:
        return _registry()[key]
    except KeyError:
        raise KeyError(f"unknown activation {key!r}; known: {', '.join(_registry())}") from None


def by_family() -> dict[str, list[Activation]]:
    """Activations grouped under their family heading, both in display order."""
    groups: dict[str, list[Activation]] = {family: [] for family in FAMILY_ORDER}
    for activation in _registry().values():
        groups[activation.family].append(activation)
    return {family: members for family, members in groups.items() if members}
