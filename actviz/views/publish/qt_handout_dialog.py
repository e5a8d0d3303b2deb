"""File > Export handout (PDF)...: pick activations (all, a family, or by hand), paper and title."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from actviz import core
from actviz.core.families import family_text
from actviz.views.publish.handout import PAGE_SIZES, handout_title, write_handout
from actviz.views.widgets.signals import signals_blocked

KEY_ROLE = Qt.ItemDataRole.UserRole


class QtHandoutDialog(QDialog):
    """Chooses what goes into a handout from the catalogue (objectName ``handoutDialog``):
    tick a family to take all of it, or single activations; every one is ticked at first."""

    def __init__(self, parent: QWidget | None = None, *, selected: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoutDialog")
        self.last_error: str | None = None
        self.saved_path: Path | None = None

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("handoutActivations")
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumHeight(320)
        self.leaves: dict[str, QTreeWidgetItem] = {}
        for family, members in core.by_family().items():
            node = QTreeWidgetItem(self.tree, [family_text(family)])
            node.setData(0, KEY_ROLE, family)
            flags = Qt.ItemFlag.ItemIsAutoTristate | Qt.ItemFlag.ItemIsUserCheckable
            node.setFlags(node.flags() | flags)
            for activation in members:
                leaf = QTreeWidgetItem(node, [_leaf_text(activation.key)])
                leaf.setData(0, KEY_ROLE, activation.key)
                leaf.setFlags(leaf.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = selected is None or activation.key in selected
                leaf.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.leaves[activation.key] = leaf
        self.tree.expandAll()
        self.all_button = QPushButton(self)
        self.all_button.setObjectName("handoutAll")
        self.none_button = QPushButton(self)
        self.none_button.setObjectName("handoutNone")
        self.page_combo = QComboBox(self)
        self.page_combo.setObjectName("handoutPage")
        self.page_combo.addItems(list(PAGE_SIZES))
        self.title_edit = QLineEdit(handout_title(), self)
        self._default_title = self.title_edit.text()  # replaced on a language change if untouched
        self.title_edit.setObjectName("handoutTitle")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("handoutCount")

        picks = QHBoxLayout()
        picks.addWidget(self.all_button)
        picks.addWidget(self.none_button)
        picks.addStretch(1)
        picks.addWidget(self.count_label)
        form = QFormLayout()
        self.paper_label, self.title_label = QLabel(self), QLabel(self)
        form.addRow(self.paper_label, self.page_combo)
        form.addRow(self.title_label, self.title_edit)
        self.paper_label.setBuddy(self.page_combo)  # names it (addRow with a text did that)
        self.title_label.setBuddy(self.title_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("handoutExport")
        self.export_button.setDefault(True)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addLayout(picks)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.all_button.clicked.connect(self._on_q_all)
        self.none_button.clicked.connect(self._on_q_none)
        self.tree.itemChanged.connect(self._update_count)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self._on_q_export)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export handout (PDF)"))
        self.all_button.setText(self.tr("All"))
        self.none_button.setText(self.tr("None"))
        self.paper_label.setText(self.tr("Paper"))
        self.title_label.setText(self.tr("Title"))
        self.export_button.setText(self.tr("Export…"))
        self.intro.setText(self.tr("A title page, then a page for each activation ticked here:"))
        if self.title_edit.text() == self._default_title:  # a title typed by hand stays
            self._default_title = handout_title()
            self.title_edit.setText(self._default_title)
        with signals_blocked(self.tree):
            for row in range(self.tree.topLevelItemCount()):
                node = self.tree.topLevelItem(row)
                node.setText(0, family_text(str(node.data(0, KEY_ROLE))))
                for child in range(node.childCount()):
                    leaf = node.child(child)
                    leaf.setText(0, _leaf_text(str(leaf.data(0, KEY_ROLE))))
        self._update_count()

    def selected_keys(self) -> list[str]:
        """The ticked activations, in catalogue order."""
        checked = Qt.CheckState.Checked
        return [key for key, leaf in self.leaves.items() if leaf.checkState(0) == checked]

    def set_selected(self, keys: list[str]) -> None:
        for key, leaf in self.leaves.items():
            leaf.setCheckState(0, Qt.CheckState.Checked if key in keys else Qt.CheckState.Unchecked)

    def export_to(self, path: str | Path) -> bool:
        """Write the handout; False (with ``last_error``) when nothing is ticked or it failed."""
        keys = self.selected_keys()
        if not keys:
            self.last_error = self.tr("Tick at least one activation.")
            QMessageBox.information(self, self.tr("Export handout"), self.last_error)
            return False
        try:
            self.saved_path = write_handout(
                path, keys, page_size=self.page_combo.currentText(),
                title=self.title_edit.text().strip() or handout_title(),
            )
        except (OSError, ValueError) as error:
            self.last_error = self.tr("Could not write {path}:\n{error}").format(
                path=path, error=error
            )
            QMessageBox.critical(self, self.tr("Export failed"), self.last_error)
            return False
        self.last_error = None
        return True

    def _on_q_all(self) -> None:
        self.set_selected(list(self.leaves))

    def _on_q_none(self) -> None:
        self.set_selected([])

    def _update_count(self, *_args: object) -> None:
        count = len(self.selected_keys())
        if count == 1:
            self.count_label.setText(self.tr("1 activation ticked"))
        else:
            self.count_label.setText(self.tr("{count} activations ticked").format(count=count))
        self.export_button.setEnabled(count > 0)

    def _on_q_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export handout"), "activations.pdf", self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        if Path(path).suffix.lower() != ".pdf":
            path += ".pdf"
        if self.export_to(path):
            self.accept()


def _leaf_text(key: str) -> str:
    """An activation as the tree lists it: its name and its key."""
    return f"{core.get(key).name_text()}  ({key})"
