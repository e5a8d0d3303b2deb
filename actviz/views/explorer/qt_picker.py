"""The activation picker: the catalogue grouped by family; type to filter, arrows switch live.

Custom activations are listed live under "Custom" (the list is rebuilt when one is added, renamed
or deleted). "New activation…" below the list, and a right-click (or double-click) on a custom one,
ask for the editor through signals that the window connects (the picker opens no dialog itself).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QMenu,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from actviz import core
from actviz.core.families import family_text
from actviz.model.activation_choice import ActivationChoice
from actviz.views.widgets.custom_listing import follow_custom_listing
from actviz.views.widgets.signals import signals_blocked

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def build_activation_model(parent: QWidget | None = None) -> QStandardItemModel:
    """A two-level item model: family headings, each with its activations (key in ``KEY_ROLE``)."""
    model = QStandardItemModel(parent)
    fill_activation_model(model)
    return model


def fill_activation_model(model: QStandardItemModel) -> None:
    """Replace the rows of ``model`` with the catalogue's families and the custom activations."""
    model.clear()
    for family, members in core.by_family().items():
        heading = QStandardItem(family_text(family))
        heading.setSelectable(False)
        heading.setEditable(False)
        for activation in members:
            item = QStandardItem(activation.name_text())
            item.setEditable(False)
            item.setData(activation.key, KEY_ROLE)
            tip = QCoreApplication.translate("QtPicker", "{name} ({key}): {formula}").format(
                name=activation.name_text(), key=activation.key, formula=activation.formula_text()
            )
            if core.is_custom_key(activation.key):
                own = QCoreApplication.translate(
                    "QtPicker", "Your own activation: right-click to edit, duplicate or delete it"
                )
                tip += f"<br>{own}"
            item.setToolTip(tip)
            heading.appendRow(item)
        model.appendRow(heading)


class _FilterEdit(QLineEdit):
    """Down/Up in the filter box move the selection in the list without leaving the box."""

    def __init__(self, picker: QtPicker) -> None:
        super().__init__(picker)
        self._picker = picker

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self._picker.step(1 if event.key() == Qt.Key.Key_Down else -1)
            return
        super().keyPressEvent(event)


class QtPicker(QWidget):
    """Shows an ActivationChoice as a filterable tree; objectName ``activationPicker``."""

    newActivationRequested = Signal()
    editActivationRequested = Signal(str)
    duplicateActivationRequested = Signal(str)
    deleteActivationRequested = Signal(str)

    def __init__(self, choice: ActivationChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activationPicker")
        self._choice = choice
        self.item_model = build_activation_model(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.item_model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter_edit = _FilterEdit(self)
        self.filter_edit.setObjectName("activationFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.tree = QTreeView(self)
        self.tree.setObjectName("activationList")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(12)  # a narrow side column: names, not indentation, get the room
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.expandAll()
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newActivationButton")
        self._retranslate_controls()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree)
        layout.addWidget(self.new_button)

        self.set_activation(choice.key)
        choice.events.activation.connect(self.set_activation)
        follow_custom_listing(self.set_listing)
        self.tree.selectionModel().currentChanged.connect(self._on_q_current_changed)
        self.tree.customContextMenuRequested.connect(self._on_q_context_menu)
        self.tree.doubleClicked.connect(self._on_q_double_clicked)
        self.filter_edit.textChanged.connect(self._on_q_filter_changed)
        self.new_button.clicked.connect(self.newActivationRequested)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts, and the list's names and headings, in the learner's language."""
        self._retranslate_controls()
        self.set_listing()  # the filter, unchanged, now matches the new names

    def _retranslate_controls(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter activations…"))
        self.filter_edit.setToolTip(
            self.tr("Type part of a name to filter the list; ↑/↓ switch activation")
        )
        self.filter_edit.setAccessibleName(self.tr("Filter activations"))
        self.tree.setToolTip(self.tr("Pick an activation function; arrow keys switch it live"))
        self.tree.setAccessibleName(self.tr("Activation functions"))
        self.new_button.setText(self.tr("New activation…"))
        self.new_button.setToolTip(
            self.tr("Type your own activation as a formula; actviz derives f′")
        )

    # model -> widget -------------------------------------------------------------------------
    def set_activation(self, key: str) -> None:
        index = self._proxy_index_of(key)
        with signals_blocked(self.tree.selectionModel()):
            if index.isValid():
                self.tree.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                self.tree.scrollTo(index)
            else:
                self.tree.selectionModel().clearSelection()

    def set_listing(self) -> None:
        """Rebuild the list (custom activations were added, renamed or deleted)."""
        with signals_blocked(self.tree.selectionModel()):
            fill_activation_model(self.item_model)
        self.tree.expandAll()
        self.set_activation(self._choice.key)

    # widget -> model -------------------------------------------------------------------------
    def _on_q_context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(self.tree.indexAt(pos).data(KEY_ROLE))
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def context_menu(self, key: object) -> QMenu:
        """The right-click menu for the item with ``key`` (edit, duplicate, delete if custom)."""
        menu = QMenu(self)
        if isinstance(key, str) and core.is_custom_key(key):
            name = core.get(key).name_text()
            for verb, text in (
                ("edit", self.tr("Edit “{name}”…")),
                ("duplicate", self.tr("Duplicate “{name}”")),
                ("delete", self.tr("Delete “{name}”…")),
            ):
                menu.addAction(text.format(name=name)).setData(f"{verb} {key}")
            menu.addSeparator()
        menu.addAction(self.tr("New activation…")).setData("new ")
        menu.triggered.connect(self._on_q_menu_triggered)
        return menu

    def _on_q_menu_triggered(self, action: QAction) -> None:
        verb, _, key = str(action.data()).partition(" ")
        signal = {
            "edit": self.editActivationRequested,
            "duplicate": self.duplicateActivationRequested,
            "delete": self.deleteActivationRequested,
        }.get(verb)
        if signal is not None:
            signal.emit(key)
        elif verb == "new":
            self.newActivationRequested.emit()

    def _on_q_double_clicked(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if isinstance(key, str) and core.is_custom_key(key):
            self.editActivationRequested.emit(key)

    def _on_q_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(KEY_ROLE)
        if isinstance(key, str):
            self._choice.set_activation(key)

    def _on_q_filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.tree.expandAll()
        if not self._proxy_index_of(self._choice.key).isValid():
            keys = self.visible_keys()
            if keys:  # the current one was filtered out: show the first match
                self._choice.set_activation(keys[0])
                return
        self.set_activation(self._choice.key)

    # helpers ---------------------------------------------------------------------------------
    def visible_keys(self) -> list[str]:
        """Keys of the activations the filter lets through, in display order."""
        keys = []
        for row in range(self.proxy.rowCount()):
            heading = self.proxy.index(row, 0)
            for child in range(self.proxy.rowCount(heading)):
                key = self.proxy.index(child, 0, heading).data(KEY_ROLE)
                if isinstance(key, str):
                    keys.append(key)
        return keys

    def step(self, delta: int) -> None:
        """Switch to the next (``delta=1``) or previous visible activation."""
        keys = self.visible_keys()
        if not keys:
            return
        pos = keys.index(self._choice.key) if self._choice.key in keys else -delta
        self._choice.set_activation(keys[min(max(pos + delta, 0), len(keys) - 1)])

    def _proxy_index_of(self, key: str) -> QModelIndex:
        for row in range(self.item_model.rowCount()):
            heading = self.item_model.item(row)
            for child in range(heading.rowCount()):
                item = heading.child(child)
                if item.data(KEY_ROLE) == key:
                    return self.proxy.mapFromSource(item.index())
        return QModelIndex()
