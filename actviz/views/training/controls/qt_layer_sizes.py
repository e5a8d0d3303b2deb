"""Hidden layers: add or remove a layer, and the units of each (0 to 6 layers of 1 to 8 units)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from actviz.model.training import options as opt
from actviz.model.training.lab import TrainingLab
from actviz.views.training.controls.qt_number_entry import QtNumberEntry

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
        self.add = QToolButton(self)
        self.add.setText("+")
        self.add.setObjectName("trainingAddLayer")
        self.count = QLabel(self)
        self.entries: list[QtNumberEntry] = []
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for i in range(opt.MAX_LAYERS):
            entry = QtNumberEntry(*opt.UNITS_RANGE, 1, decimals=3, parent=self)
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
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text in the installed language (the widgets keep their values)."""
        self.remove.setToolTip(self.tr("Remove the last hidden layer"))
        self.remove.setAccessibleName(self.tr("Remove the last hidden layer"))
        add = self.tr("Add a hidden layer of {units} units (at most {limit} layers)").format(
            units=NEW_LAYER_UNITS, limit=opt.MAX_LAYERS
        )
        self.add.setToolTip(add)
        self.add.setAccessibleName(add)
        low, high = opt.UNITS_RANGE
        for i, entry in enumerate(self.entries):
            entry.setTexts(
                self.tr("Units in hidden layer {layer}").format(layer=i + 1),
                self.tr("Units in hidden layer {layer} ({low} to {high})").format(
                    layer=i + 1, low=low, high=high
                ),
            )
        self.set_hidden(self._lab.hidden)

    # model -> widgets ----------------------------------------------------------------------------
    def set_hidden(self, hidden: tuple[int, ...]) -> None:
        for i, entry in enumerate(self.entries):
            entry.setVisible(i < len(hidden))
            if i < len(hidden):
                entry.setValue(hidden[i])
        layers = len(hidden)
        if layers == 0:
            self.count.setText(self.tr("no hidden layer"))
        elif layers == 1:
            self.count.setText(self.tr("1 hidden layer"))
        else:
            self.count.setText(self.tr("{count} hidden layers").format(count=layers))
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
