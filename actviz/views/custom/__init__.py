"""Your own activations: the editor (formula, f and f′, preview, name, parameter ranges) and the
actions that open it (Edit menu, the explorer picker's "New activation…")."""

from actviz.views.custom.qt_activation_editor import QtActivationEditor
from actviz.views.custom.qt_custom_actions import CustomActivationActions
from actviz.views.custom.qt_custom_setup import install_custom_activations

__all__ = ["CustomActivationActions", "QtActivationEditor", "install_custom_activations"]
