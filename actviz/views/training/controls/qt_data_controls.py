"""The training lab's data: which set, its function, noise, training share and seed; the points the
learner draws (class or value of the next click, undo, clear) and a CSV file of their own."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from actviz.model.training import options as opt
from actviz.model.training.lab import TrainingLab
from actviz.views.training.controls.field_texts import set_field_texts
from actviz.views.training.controls.qt_number_entry import QtNumberEntry
from actviz.views.widgets.qt_slider_field import QtSliderField
from actviz.views.widgets.signals import signals_blocked


class QtDataControls(QWidget):
    """Edits the data settings of a ``TrainingLab``; objectName ``trainingDataControls``."""

    loadRequested = Signal()  # "Load CSV…": the panel asks for the file

    def __init__(self, lab: TrainingLab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingDataControls")
        self._lab = lab
        self.dataset = QComboBox(self)
        self.dataset.setObjectName("trainingControl:dataset")
        for name in opt.SOURCES:
            self.dataset.addItem(opt.source_label_text(name), name)
        self.function = QComboBox(self)
        self.function.setObjectName("trainingControl:function")
        for name in opt.FUNCTIONS:
            self.function.addItem(opt.function_label_text(name), name)
        self.noise = QtSliderField("", *opt.NOISE_RANGE, 0.01, parent=self)
        self.train_fraction = QtSliderField("", *opt.TRAIN_FRACTION_RANGE, 0.05, parent=self)
        self.seed = QtNumberEntry(*opt.SEED_RANGE, 1, decimals=10, parent=self)
        self.regenerate = QPushButton(self)
        self.show_test = QCheckBox(self)
        self.discretize = QCheckBox(self)
        self.negative = QRadioButton(self)
        self.positive = QRadioButton(self)
        self.classes = QButtonGroup(self)
        self.classes.addButton(self.negative)
        self.classes.addButton(self.positive)
        self.point_value = QtNumberEntry(*opt.POINT_VALUE_RANGE, 0.1, parent=self)
        self.undo = QPushButton(self)
        self.clear = QPushButton(self)
        self.load = QPushButton(self)
        self.points_hint = QLabel(self)
        self.points_hint.setWordWrap(True)
        for name in ("noise", "train_fraction", "seed", "show_test", "discretize", "point_value"):
            getattr(self, name).setObjectName(f"trainingControl:{name}")
        self.seed.spin.setObjectName("trainingSpin:seed")
        self.point_value.spin.setObjectName("trainingSpin:point_value")
        self.undo.setObjectName("trainingUndoPoint")
        self.clear.setObjectName("trainingClearPoints")
        self.load.setObjectName("trainingLoadCsv")

        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(self.regenerate)
        class_row = QHBoxLayout()
        class_row.addWidget(self.negative)
        class_row.addWidget(self.positive)
        class_row.addWidget(self.point_value)
        buttons = QHBoxLayout()
        for button in (self.undo, self.clear, self.load):
            buttons.addWidget(button)
        self.dataset_label = QLabel(self)
        self.function_label = QLabel(self)
        self.seed_label = QLabel(self)
        self.click_label = QLabel(self)
        self.dataset_label.setBuddy(self.dataset)
        self.function_label.setBuddy(self.function)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.dataset_label, self.dataset)
        form.addRow(self.function_label, self.function)
        form.addRow(self.noise)
        form.addRow(self.train_fraction)
        form.addRow(self.seed_label, seed_row)
        form.addRow(self.show_test)
        form.addRow(self.discretize)
        form.addRow(self.click_label, class_row)
        form.addRow(buttons)
        form.addRow(self.points_hint)
        self._form = form
        self.retranslate()

        self.dataset.currentIndexChanged.connect(self._on_q_dataset_changed)
        self.function.currentIndexChanged.connect(self._on_q_function_changed)
        self.noise.valueChanged.connect(self._on_q_noise_changed)
        self.train_fraction.valueChanged.connect(self._on_q_train_fraction_changed)
        self.seed.valueChanged.connect(self._on_q_seed_changed)
        self.regenerate.clicked.connect(self._on_q_regenerate)
        self.show_test.toggled.connect(self._on_q_show_test_toggled)
        self.discretize.toggled.connect(self._on_q_discretize_toggled)
        self.negative.toggled.connect(self._on_q_class_toggled)
        self.point_value.valueChanged.connect(self._on_q_point_value_changed)
        self.undo.clicked.connect(lab.remove_last_point)
        self.clear.clicked.connect(lab.clear_points)
        self.load.clicked.connect(self.loadRequested)
        events = lab.events
        for name in ("dataset", "function", "noise", "train_fraction", "seed", "show_test",
                     "discretize", "point_value"):  # fmt: skip
            getattr(events, name).connect(getattr(self, f"set_{name}"))
        events.data.connect(self.set_points)
        self.synchronize()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text in the installed language (the widgets keep their values)."""
        for combo, label_text in (
            (self.dataset, opt.source_label_text),
            (self.function, opt.function_label_text),
        ):
            for index in range(combo.count()):
                combo.setItemText(index, label_text(combo.itemData(index)))
        self.dataset_label.setText(self.tr("Data set"))
        self.dataset.setAccessibleName(self.tr("Data set"))
        self.dataset.setToolTip(
            self.tr("The points to learn from (Playground's sets, a function, or yours)")
        )
        self.function_label.setText(self.tr("Function"))
        self.function.setAccessibleName(self.tr("Boundary function"))
        self.function.setToolTip(
            self.tr("Points above y = g(x) are blue (+1), points below orange (−1)")
        )
        set_field_texts(
            self.noise,
            self.tr("Noise"),
            self.tr("How far points are pushed across the boundary (Playground's 0–50 %)"),
        )
        set_field_texts(
            self.train_fraction,
            self.tr("Training share"),
            self.tr("The share of the points used for training; the rest are test points"),
        )
        self.seed_label.setText(self.tr("Seed"))
        self.seed.setTexts(
            self.tr("Seed"), self.tr("The same seed gives the same points and weights")
        )
        self.regenerate.setText(self.tr("New points"))
        self.regenerate.setToolTip(self.tr("Draw new points and weights (the next seed)"))
        self.show_test.setText(self.tr("Show test points (dark outline)"))
        self.discretize.setText(self.tr("Discretize the map"))
        self.discretize.setToolTip(
            self.tr("Show only the predicted class: orange where the output < 0")
        )
        self.click_label.setText(self.tr("Click adds"))
        self.negative.setText(self.tr("orange (−1)"))
        self.positive.setText(self.tr("blue (+1)"))
        self.point_value.setTexts(
            self.tr("Value of a clicked point"),
            self.tr("The value of a point you click onto the map"),
        )
        self.undo.setText(self.tr("Undo point"))
        self.clear.setText(self.tr("Clear points"))
        self.load.setText(self.tr("Load CSV…"))
        self.load.setToolTip(
            self.tr("Rows of x, y, label; labels −1/+1 make classes, other values a regression")
        )
        self.set_points()

    # model -> widgets ----------------------------------------------------------------------------
    def synchronize(self) -> None:
        lab = self._lab
        for name in ("dataset", "function", "noise", "train_fraction", "seed", "show_test",
                     "discretize", "point_value"):  # fmt: skip
            getattr(self, f"set_{name}")(lab.value(name))
        self.set_points()

    def set_dataset(self, name: str) -> None:
        with signals_blocked(self.dataset):
            self.dataset.setCurrentIndex(self.dataset.findData(name))
        self._form.setRowVisible(self.function, name == opt.FUNCTION_SOURCE)
        generated = name not in (opt.POINTS_SOURCE, opt.POINTS_REG_SOURCE)
        self.noise.setEnabled(generated)
        self.set_point_value(self._lab.point_value)

    def set_function(self, name: str) -> None:
        with signals_blocked(self.function):
            self.function.setCurrentIndex(self.function.findData(name))

    def set_noise(self, value: float) -> None:
        self.noise.setValue(value)

    def set_train_fraction(self, value: float) -> None:
        self.train_fraction.setValue(value)

    def set_seed(self, value: int) -> None:
        self.seed.setValue(value)

    def set_show_test(self, on: bool) -> None:
        with signals_blocked(self.show_test):
            self.show_test.setChecked(on)

    def set_discretize(self, on: bool) -> None:
        with signals_blocked(self.discretize):
            self.discretize.setChecked(on)

    def set_point_value(self, value: float) -> None:
        regression = self._lab.regression
        self.negative.setVisible(not regression)
        self.positive.setVisible(not regression)
        self.point_value.setVisible(regression)
        self.point_value.setValue(value)
        with signals_blocked(self.negative), signals_blocked(self.positive):
            (self.negative if value < 0 else self.positive).setChecked(True)

    def set_points(self) -> None:
        count = len(self._lab.drawn_points)
        self.undo.setEnabled(count > 0)
        self.clear.setEnabled(count > 0)
        if self._lab.regression:
            hint = self.tr(
                "Click the map to add a value (right-click or Shift+click: the other one). "
                "Drawn points: {count}; they are all training points."
            )
        else:
            hint = self.tr(
                "Click the map to add a point of the chosen class (right-click or Shift+click: "
                "the other one). Drawn points: {count}; they are all training points."
            )
        self.points_hint.setText(hint.format(count=count))

    # widgets -> model ----------------------------------------------------------------------------
    def _write(self, name: str, value: object, field: QtSliderField | QtNumberEntry) -> None:
        try:
            self._lab.set_value(name, value)
        except ValueError as error:
            field.showError(str(error)[:1].upper() + str(error)[1:])
            field.setValue(self._lab.value(name))

    def _on_q_dataset_changed(self, index: int) -> None:
        self._lab.set_value("dataset", self.dataset.itemData(index))

    def _on_q_function_changed(self, index: int) -> None:
        self._lab.set_value("function", self.function.itemData(index))

    def _on_q_noise_changed(self, value: float) -> None:
        self._write("noise", value, self.noise)

    def _on_q_train_fraction_changed(self, value: float) -> None:
        self._write("train_fraction", value, self.train_fraction)

    def _on_q_seed_changed(self, value: float) -> None:
        self._write("seed", int(value) if float(value).is_integer() else value, self.seed)

    def _on_q_regenerate(self) -> None:
        self._lab.set_value("seed", (self._lab.seed + 1) % (opt.SEED_RANGE[1] + 1))

    def _on_q_show_test_toggled(self, on: bool) -> None:
        self._lab.set_value("show_test", on)

    def _on_q_discretize_toggled(self, on: bool) -> None:
        self._lab.set_value("discretize", on)

    def _on_q_class_toggled(self, _on: bool) -> None:
        self._lab.set_value("point_value", -1.0 if self.negative.isChecked() else 1.0)

    def _on_q_point_value_changed(self, value: float) -> None:
        self._write("point_value", value, self.point_value)
