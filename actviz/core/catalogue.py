"""The one catalogue of activations that every panel, test and export reads, plus custom ones.

Custom activations (typed formulas, :mod:`actviz.core.expression`) are registered here under keys
that start with ``custom:``; catalogue keys are identifiers and never contain a colon, so the two
can never collide. :func:`get`, :func:`names` and :func:`by_family` see both, custom ones last under
the family "Custom", so everything that looks activations up by key works with either.

The registry is written by the model layer (``actviz.model.custom.activations``), which also tells
the models that hold a key when it changes. While a lesson file is being checked, the custom
activations it defines are *staged* (:func:`staged`): visible to lookups, not yet registered.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Sequence
from functools import cache

from actviz.core.activation import Activation
from actviz.core.families import CUSTOM_FAMILY, FAMILY_ORDER, classic, hard, relu, shrinkage, smooth

CUSTOM_PREFIX = "custom:"
CUSTOM_KEY = re.compile(r"custom:[a-z0-9]+(?:-[a-z0-9]+)*\Z")
MAX_CUSTOM_KEY = 48

_custom: dict[str, Activation] = {}
_staged: dict[str, Activation] = {}


@cache
def _registry() -> dict[str, Activation]:
    entries = [a for module in (classic, relu, smooth, hard, shrinkage) for a in module.ACTIVATIONS]
    entries.sort(key=lambda a: FAMILY_ORDER.index(a.family))  # stable: keeps each module's order
    registry: dict[str, Activation] = {}
    for activation in entries:
        if activation.key in registry:
            raise RuntimeError(f"duplicate activation key {activation.key!r}")
        if ":" in activation.key:
            raise RuntimeError(f"catalogue key {activation.key!r} must not contain ':'")
        registry[activation.key] = activation
    return registry


def _all() -> dict[str, Activation]:
    return {**_registry(), **_custom, **_staged}


def names() -> list[str]:
    """Keys in display order: the catalogue grouped by family, then custom activations."""
    return list(_all())


def get(key: str) -> Activation:
    """The activation called ``key``; ``KeyError`` listing the known keys otherwise."""
    found = _staged.get(key) or _custom.get(key) or _registry().get(key)
    if found is None:
        raise KeyError(f"unknown activation {key!r}; known: {', '.join(_all())}")
    return found


def by_family() -> dict[str, list[Activation]]:
    """Activations grouped under their family heading, both in display order ("Custom" last)."""
    groups: dict[str, list[Activation]] = {family: [] for family in (*FAMILY_ORDER, CUSTOM_FAMILY)}
    for activation in _all().values():
        groups[activation.family].append(activation)
    return {family: members for family, members in groups.items() if members}


# --- custom activations --------------------------------------------------------------------------


def is_custom_key(key: object) -> bool:
    """Whether ``key`` has the form of a custom activation's key (``custom:<slug>``)."""
    return isinstance(key, str) and len(key) <= MAX_CUSTOM_KEY and bool(CUSTOM_KEY.match(key))


def register_custom(activation: Activation) -> None:
    """Add ``activation`` (or replace the one with its key). ``ValueError`` for a bad key/family."""
    if not is_custom_key(activation.key):
        raise ValueError(
            f"a custom activation's key looks like 'custom:name', not {activation.key!r}"
        )
    if activation.family != CUSTOM_FAMILY:
        raise ValueError(f"a custom activation's family is {CUSTOM_FAMILY!r}")
    _custom[activation.key] = activation


def unregister_custom(key: str) -> None:
    """Remove the custom activation ``key`` (nothing happens if there is none)."""
    _custom.pop(key, None)


def custom_activations() -> list[Activation]:
    """The registered custom activations, in the order they were first added."""
    return list(_custom.values())


@contextlib.contextmanager
def staged(activations: Sequence[Activation]) -> Iterator[None]:
    """Make ``activations`` visible to :func:`get` and :func:`names` for the ``with`` block only.

    Used while a lesson file is checked, so that its explorer part can name a custom activation
    the same file defines, before anything is applied.
    """
    for activation in activations:
        if not is_custom_key(activation.key):
            raise ValueError(f"not a custom activation key: {activation.key!r}")
    saved = dict(_staged)
    _staged.update({a.key: a for a in activations})
    try:
        yield
    finally:
        _staged.clear()
        _staged.update(saved)
