"""Keeping a widget's list of activations in step with the custom ones, for as long as it lives.

The custom-activation events are process-wide (:mod:`actviz.model.custom.registry`), while a
widget's C++ side can be deleted long before its Python wrapper is collected; a slot called then
raises "Internal C++ object already deleted" inside the model's change. So the widget is held
weakly, and the connection removes itself at the first announcement after the widget is gone.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

import shiboken6

from actviz.model.custom import registry as custom_registry


def follow_custom_listing(slot: Callable[[], None]) -> None:
    """Call the bound method ``slot`` of a Qt object whenever custom activations are listed anew."""
    method_ref = weakref.WeakMethod(slot)  # type: ignore[arg-type]

    def on_listing() -> None:
        method = method_ref()
        if method is None or not shiboken6.isValid(method.__self__):
            custom_registry.events.listing.disconnect(on_listing)
            return
        method()

    custom_registry.events.listing.connect(on_listing)
