"""Puts custom activations into a main window in one call.

``install_custom_activations(window, customs, explorer_choice)`` adds New/Edit/Duplicate/Delete
activation to the window's Edit menu (creating it, between File and View, if missing) and connects
the explorer picker's requests to the same actions. The model must be in the window's saveables
*before* any model that may name a custom activation (see :mod:`actviz.model.session_file`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMenu

from actviz.model.activation_choice import ActivationChoice
from actviz.model.custom.activations import CustomActivations
from actviz.views.custom.qt_custom_actions import CustomActivationActions

MADE_HERE = "madeForCustomActivations"  # a property of an Edit menu this module made


def _is_menu(action: object, name: str, title: str) -> bool:
    """Whether a menu bar ``action`` opens the menu called ``name`` (``editMenu``...), known by
    its objectName or, for a window that names none, by its English ``title``."""
    menu = getattr(action, "menu", lambda: None)()
    if not isinstance(menu, QMenu):
        return False
    return menu.objectName() == name or menu.title().replace("&", "") == title


def edit_menu(window: QMainWindow) -> QMenu:
    """The window's Edit menu (objectName ``editMenu``), made before View, or before Help, if
    there is none."""
    bar = window.menuBar()
    after_edit = None
    for action in bar.actions():
        if _is_menu(action, "editMenu", "Edit"):
            return action.menu()  # type: ignore[return-value]
        if after_edit is None and (
            _is_menu(action, "viewMenu", "View") or _is_menu(action, "helpMenu", "Help")
        ):
            after_edit = action
    menu = QMenu(QCoreApplication.translate("CustomActivationActions", "&Edit"), window)
    menu.setObjectName("editMenu")
    menu.setProperty(MADE_HERE, True)
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
    menu = edit_menu(window)
    actions.add_to_menu(menu)
    if menu.property(MADE_HERE):
        actions.own_menu = menu  # made here: its title follows the language with the actions
    return actions
