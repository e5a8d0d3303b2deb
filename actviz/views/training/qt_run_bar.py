"""Play / Pause, Step, Reset, the speed, the epoch and the current losses of the training lab."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from actviz.core.i18n import format_number
from actviz.model.training import options as opt
from actviz.model.training.lab import TrainingLab
from actviz.views.widgets.signals import signals_blocked


def _loss(value: float | None) -> str:
    if value is None:
        return "–"
    return format_number(value, ".4f" if value >= 1e-3 else ".2e")


class QtRunBar(QWidget):
    """Runs ``TrainingLab`` (play, pause, step, reset) and shows its epoch; objectName
    ``trainingRunBar``."""

    def __init__(self, lab: TrainingLab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingRunBar")
        self._lab = lab
        self.play = QPushButton(self)
        self.play.setObjectName("trainingPlay")
        self.play.setCheckable(True)
        self.step = QPushButton(self)
        self.step.setObjectName("trainingStep")
        self.reset = QPushButton(self)
        self.reset.setObjectName("trainingReset")
        self.speed = QComboBox(self)
        self.speed.setObjectName("trainingControl:speed")
        for name in opt.SPEEDS:
            self.speed.addItem(opt.speed_label_text(name), name)
        self.epoch = QLabel(self)
        self.epoch.setObjectName("trainingEpoch")
        font = QFont(self.epoch.font())
        font.setBold(True)
        self.epoch.setFont(font)
        self.losses = QLabel(self)
        self.losses.setObjectName("trainingLosses")
        # Its own line under the buttons (the panel places it); wraps if it must.
        self.losses.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.losses.setWordWrap(True)
        self.losses.setMinimumWidth(160)
        layout = QHBoxLayout(self)  # the losses go on their own line, placed by the panel
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.play, self.step, self.reset, self.speed):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.epoch)
        layout.addStretch(1)
        self.play.toggled.connect(self._on_q_play_toggled)
        self.step.clicked.connect(self._on_q_step)
        self.reset.clicked.connect(lab.reset)
        self.speed.currentIndexChanged.connect(self._on_q_speed_changed)
        lab.events.running.connect(self.set_running)
        lab.events.speed.connect(self.set_speed)
        self.retranslate()
        self.set_speed(lab.speed)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presentation mode: room for bigger text
            self._fit_labels()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """Every text in the installed language (the run goes on as it was)."""
        self.play.setToolTip(self.tr("Train until paused (Space)"))
        self.step.setText(self.tr("Step"))
        self.step.setToolTip(self.tr("Train one epoch: one pass over the training points"))
        self.reset.setText(self.tr("Reset"))
        self.reset.setToolTip(self.tr("New weights from the seed, epoch 0"))
        for index in range(self.speed.count()):
            self.speed.setItemText(index, opt.speed_label_text(self.speed.itemData(index)))
        self.speed.setToolTip(self.tr("How fast Play trains"))
        self.speed.setAccessibleName(self.tr("Training speed"))
        self._fit_labels()
        self.set_running(self._lab.running)
        self.set_progress()

    def _fit_labels(self) -> None:
        widest = self.tr("Epoch {epoch}").format(epoch="0000000")
        self.epoch.setFixedWidth(self.epoch.fontMetrics().horizontalAdvance(widest) + 8)

    # model -> widgets ----------------------------------------------------------------------------
    def set_running(self, running: bool) -> None:
        with signals_blocked(self.play):
            self.play.setChecked(running)
        self.play.setText(self.tr("❚❚ Pause") if running else self.tr("▶ Play"))
        self.step.setEnabled(not running)

    def set_speed(self, name: str) -> None:
        with signals_blocked(self.speed):
            self.speed.setCurrentIndex(self.speed.findData(name))

    def set_progress(self) -> None:
        lab = self._lab
        self.epoch.setText(self.tr("Epoch {epoch}").format(epoch=lab.epoch))
        parts = []
        for run, line in (
            (lab.main, self.tr("loss: training {train}, test {test}")),
            (lab.compare, self.tr("compared: training {train}, test {test}")),
        ):
            if run is None or not run.history:
                continue
            _, train, test = run.history[-1]
            parts.append(line.format(train=_loss(train), test=_loss(test)))
        self.losses.setText(" · ".join(parts))

    # widgets -> model ----------------------------------------------------------------------------
    def _on_q_play_toggled(self, on: bool) -> None:
        if on:
            self._lab.play()
        else:
            self._lab.pause()
        self.set_running(self._lab.running)

    def _on_q_step(self) -> None:
        self._lab.step(1)

    def _on_q_speed_changed(self, index: int) -> None:
        self._lab.set_value("speed", self.speed.itemData(index))
