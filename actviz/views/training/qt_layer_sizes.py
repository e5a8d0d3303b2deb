"""Hidden layers: add or remove a layer, and the units of each (0 to 6 layers of 1 to 8 units)."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from actviz.model.training import options as opt
from actviz.model.training.lab import TrainingLab
from actviz.views.training.qt_number_entry import QtNumberEntry

NEW_LAYER_UNITS = 4


class QtLayerSizes(QWidget):
    """Edits ``TrainingLab.hidden``; objectName ``trainingControl:hidden``."""

    def __init__(self, lab: TrainingLab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingControl:hidden")
        self._lab = lab
        self.remove = QToolButton(self)
        self.remove.setText("−")
        self.remove.setObjectName("trainingRemoveLayer")
        self.remove.setToolTip("Remove the last hidden layer")
        self.add = QToolButton(self)
        self.add.setText("+")
        self.add.setObjectName("trainingAddLayer")
        self.add.setToolTip(f"Add a hidden layer of {NEW_LAYER_UNITS} units (at most 6 layers)")
        self.count = QLabel(self)
        self.entries: list[QtNumberEntry] = []
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for i in range(opt.MAX_LAYERS):
            entry = QtNumberEntry(*opt.UNITS_RANGE, 1, decimals=3, parent=self,
                                  tooltip=f"Units in hidden layer {i + 1} (1 to 8)",
                                  label=self.tr("Units in hidden layer {layer}").format(
                                      layer=i + 1))  # fmt: skip
            entry.setObjectName(f"trainingLayerUnits:{i + 1}")
            entry.spin.setObjectName(f"trainingSpin:units{i + 1}")
            entry.valueChanged.connect(self._on_q_units_changed)
            grid.addWidget(entry, i // 3, i % 3)
            self.entries.append(entry)
        top = QHBoxLayout()
        top.addWidget(self.remove)
        top.addWidget(self.count, 1)
        top.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(grid)
        self.remove.clicked.connect(self._on_q_remove)
        self.add.clicked.connect(self._on_q_add)
        lab.events.hidden.connect(self.set_hidden)
        self.set_hidden(lab.hidden)

    # model -> widgets ----------------------------------------------------------------------------
    def set_hidden(self, hidden: tuple[int, ...]) -> None:
        for i, entry in enumerate(self.entries):
            entry.setVisible(i < len(hidden))
            if i < len(hidden):
                entry.setValue(hidden[i])
        layers = len(hidden)
        self.count.setText(
            "no hidden layer" if layers == 0 else f"{layers} hidden layer{'s' * (layers > 1)}"
        )
        self.remove.setEnabled(layers > 0)
        self.add.setEnabled(layers < opt.MAX_LAYERS)

    # widgets -> model ----------------------------------------------------------------------------
    def _on_q_units_changed(self, _value: float) -> None:
        hidden = list(self._lab.hidden)
        for i, entry in enumerate(self.entries[: len(hidden)]):
            value = entry.value()
            sizes = [*hidden[:i], int(value) if value.is_integer() else value, *hidden[i + 1 :]]
            try:
                self._lab.set_hidden(sizes)
                hidden = list(self._lab.hidden)
            except ValueError as error:
                entry.showError(str(error))
                entry.setValue(hidden[i])

    def _on_q_remove(self) -> None:
        self._lab.set_hidden(self._lab.hidden[:-1])

    def _on_q_add(self) -> None:
        if len(self._lab.hidden) < opt.MAX_LAYERS:
            self._lab.set_hidden((*self._lab.hidden, NEW_LAYER_UNITS))
