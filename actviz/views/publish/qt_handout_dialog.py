"""File > Export handout (PDF)...: pick activations (all, a family, or by hand), paper and title."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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
from actviz.views.publish.handout import DEFAULT_TITLE, PAGE_SIZES, write_handout

KEY_ROLE = Qt.ItemDataRole.UserRole


class QtHandoutDialog(QDialog):
    """Chooses what goes into a handout from the catalogue (objectName ``handoutDialog``):
    tick a family to take all of it, or single activations; every one is ticked at first."""

    def __init__(self, parent: QWidget | None = None, *, selected: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoutDialog")
        self.setWindowTitle("Export handout (PDF)")
        self.last_error: str | None = None
        self.saved_path: Path | None = None

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("handoutActivations")
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumHeight(320)
        self.leaves: dict[str, QTreeWidgetItem] = {}
        for family, members in core.by_family().items():
            node = QTreeWidgetItem(self.tree, [family])
            flags = Qt.ItemFlag.ItemIsAutoTristate | Qt.ItemFlag.ItemIsUserCheckable
            node.setFlags(node.flags() | flags)
            for activation in members:
                leaf = QTreeWidgetItem(node, [f"{activation.name}  ({activation.key})"])
                leaf.setData(0, KEY_ROLE, activation.key)
                leaf.setFlags(leaf.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = selected is None or activation.key in selected
                leaf.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.leaves[activation.key] = leaf
        self.tree.expandAll()
        self.all_button = QPushButton("All", self)
        self.all_button.setObjectName("handoutAll")
        self.none_button = QPushButton("None", self)
        self.none_button.setObjectName("handoutNone")
        self.page_combo = QComboBox(self)
        self.page_combo.setObjectName("handoutPage")
        self.page_combo.addItems(list(PAGE_SIZES))
        self.title_edit = QLineEdit(DEFAULT_TITLE, self)
        self.title_edit.setObjectName("handoutTitle")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("handoutCount")

        picks = QHBoxLayout()
        picks.addWidget(self.all_button)
        picks.addWidget(self.none_button)
        picks.addStretch(1)
        picks.addWidget(self.count_label)
        form = QFormLayout()
        form.addRow("Paper", self.page_combo)
        form.addRow("Title", self.title_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.export_button = QPushButton("Export…", self)
        self.export_button.setObjectName("handoutExport")
        self.export_button.setDefault(True)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("A title page, then a page for each activation ticked here:", self))
        layout.addWidget(self.tree, 1)
        layout.addLayout(picks)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.all_button.clicked.connect(self._on_q_all)
        self.none_button.clicked.connect(self._on_q_none)
        self.tree.itemChanged.connect(self._update_count)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self._on_q_export)
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
            self.last_error = "Tick at least one activation."
            QMessageBox.information(self, "Export handout", self.last_error)
            return False
        try:
            self.saved_path = write_handout(
                path, keys, page_size=self.page_combo.currentText(),
                title=self.title_edit.text().strip() or DEFAULT_TITLE,
            )
        except (OSError, ValueError) as error:
            self.last_error = f"Could not write {path}:\n{error}"
            QMessageBox.critical(self, "Export failed", self.last_error)
            return False
        self.last_error = None
        return True

    def _on_q_all(self) -> None:
        self.set_selected(list(self.leaves))

    def _on_q_none(self) -> None:
        self.set_selected([])

    def _update_count(self, *_args: object) -> None:
        count = len(self.selected_keys())
        self.count_label.setText(f"{count} activation{'s' if count != 1 else ''} ticked")
        self.export_button.setEnabled(count > 0)

    def _on_q_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export handout", "activations.pdf", "PDF (*.pdf)"
        )
        if not path:
            return
        if Path(path).suffix.lower() != ".pdf":
            path += ".pdf"
        if self.export_to(path):
            self.accept()
