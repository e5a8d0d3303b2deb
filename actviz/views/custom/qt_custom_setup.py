"""Puts custom activations into a main window in one call.

``install_custom_activations(window, customs, explorer_choice)`` adds New/Edit/Duplicate/Delete
activation to the window's Edit menu (creating it, between File and View, if missing) and connects
the explorer picker's requests to the same actions. The model must be in the window's saveables
*before* any model that may name a custom activation (see :mod:`actviz.model.session_file`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu

from actviz.model.activation_choice import ActivationChoice
from actviz.model.custom.activations import CustomActivations
from actviz.views.custom.qt_custom_actions import CustomActivationActions


def edit_menu(window: QMainWindow) -> QMenu:
    """The window's Edit menu, made (before View, or before Help) if there is none."""
    bar = window.menuBar()
    after_edit = None
    for action in bar.actions():
        title = action.text().replace("&", "")
        if title == "Edit" and isinstance(action.menu(), QMenu):
            return action.menu()  # type: ignore[return-value]
        if after_edit is None and title in ("View", "Help"):
            after_edit = action
    menu = QMenu("&Edit", window)
    if after_edit is not None:
        bar.insertMenu(after_edit, menu)
    else:
        bar.addMenu(menu)
    return menu


def install_custom_activations(
    window: QMainWindow, customs: CustomActivations, explorer_choice: ActivationChoice
) -> CustomActivationActions:
    """Menu actions and picker requests for ``customs``; the window keeps the returned actions."""
    actions = CustomActivationActions(window, customs, explorer_choice)
    actions.add_to_menu(edit_menu(window))
    return actions
