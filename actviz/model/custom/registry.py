"""Announcements about custom activations, for every model and picker that names one by key.

The catalogue's registry (:mod:`actviz.core.catalogue`) is process-wide, so are these events.
Only :class:`~actviz.model.custom.activations.CustomActivations` writes through :func:`publish`
and :func:`withdraw`; every :class:`~actviz.model.activation_choice.ActivationChoice` listens, so
that editing a custom activation updates each place that shows it, and deleting one moves each
of them back to a catalogue activation: no key is ever left dangling. Pickers listen to
``listing`` to show the custom activations live. psygnal holds bound methods weakly, so a model
or widget that goes away is simply dropped from the listeners.
"""

from __future__ import annotations

from psygnal import Signal, SignalGroup

from actviz import core


class CustomRegistryEvents(SignalGroup):
    changed = Signal(str)  # this key now names a different activation (its formula was edited)
    removed = Signal(str)  # this key no longer exists
    listing = Signal()  # custom activations were added, removed or renamed: lists rebuild


events = CustomRegistryEvents()


def publish(activation: core.Activation) -> None:
    """Register ``activation`` under its key (replacing an older one) and announce it."""
    replacing = activation.key in {a.key for a in core.custom_activations()}
    core.register_custom(activation)
    if replacing:
        events.changed.emit(activation.key)
    events.listing.emit()


def withdraw(key: str) -> None:
    """Remove the custom activation ``key`` and announce it (everything using it falls back)."""
    if key not in {a.key for a in core.custom_activations()}:
        return
    core.unregister_custom(key)
    events.removed.emit(key)
    events.listing.emit()
