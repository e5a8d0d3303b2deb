"""Activations of this family; see actviz/core/families/__init__.py for the family order."""

from __future__ import annotations

from actviz.core.activation import Activation

ACTIVATIONS: tuple[Activation, ...] = ()
