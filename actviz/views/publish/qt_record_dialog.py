"""File > Record animation...: what to record, what plays meanwhile, how long, how fast, how big."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from actviz.core.i18n import format_number
from actviz.model.publish.animation import MAX_FPS, MODES, Motion, mode_text
from actviz.model.publish.movie_file import (
    MAX_GIF_FPS,
    MAX_SIDE,
    MIN_SIDE,
    mp4_available,
)
from actviz.views.publish.recording import RecordingMotion, RecordingSource, record_widget
from actviz.views.theme.qt_text_tint import tint
from actviz.views.widgets.qt_number_spin_box import QtNumberSpinBox
from actviz.views.widgets.signals import signals_blocked

DEFAULT_FPS = 25
MAX_DEFAULT_WIDTH = 800


class QtRecordDialog(QDialog):
    """Records one of ``sources`` while one of ``motions`` plays (objectName ``recordDialog``)."""

    def __init__(
        self,
        sources: Sequence[RecordingSource],
        motions: Sequence[RecordingMotion],
        parent: QWidget | None = None,
        *,
        source_index: int = 0,
        motion_index: int = 0,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordDialog")
        self._sources, self._motions = list(sources), list(motions)
        self._frames: int | None = None  # the summary's count, until settings change
        self.last_error: str | None = None
        self.saved_path: Path | None = None

        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName("recordSource")
        self.source_combo.addItems([s.label for s in self._sources])
        self.motion_combo = QComboBox(self)
        self.motion_combo.setObjectName("recordMotion")
        self.motion_combo.addItems([m.label for m in self._motions])
        self.low = QtNumberSpinBox(self)
        self.low.setObjectName("recordFrom")
        self.high = QtNumberSpinBox(self)
        self.high.setObjectName("recordTo")
        self.mode_combo = QComboBox(self)
        self.mode_combo.setObjectName("recordMode")
        for mode in MODES:
            self.mode_combo.addItem(mode_text(mode), mode)
        self.duration = QDoubleSpinBox(self)
        self.duration.setObjectName("recordDuration")
        self.duration.setRange(0.5, 60.0)
        self.duration.setSingleStep(0.5)
        self.fps = QSpinBox(self)
        self.fps.setObjectName("recordFps")
        self.fps.setRange(1, int(MAX_FPS))
        self.fps.setValue(DEFAULT_FPS)
        self.width_spin, self.height_spin = QSpinBox(self), QSpinBox(self)
        for side, name in ((self.width_spin, "recordWidth"), (self.height_spin, "recordHeight")):
            side.setObjectName(name)
            side.setRange(MIN_SIDE, MAX_SIDE)
            side.setSuffix(" px")
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("recordFormat")
        self.format_combo.addItem("", "gif")
        self.format_combo.addItem("", "mp4")
        if not mp4_available():
            self.format_combo.model().item(1).setEnabled(False)  # type: ignore[attr-defined]
        self.summary = QLabel(self)
        self.summary.setObjectName("recordSummary")
        self.message = QLabel(self)
        self.message.setObjectName("fieldMessage")
        tint(self.message, "error")
        self.message.setWordWrap(True)
        self.message.hide()

        span = QHBoxLayout()
        span.addWidget(self.low)
        self.to_label = QLabel(self)
        span.addWidget(self.to_label)
        span.addWidget(self.high)
        size = QHBoxLayout()
        size.addWidget(self.width_spin)
        size.addWidget(QLabel("×", self))
        size.addWidget(self.height_spin)
        form = QFormLayout()
        self.form_labels = [QLabel(self) for _ in range(8)]
        fields = (
            self.source_combo, self.motion_combo, span, self.mode_combo, self.duration, self.fps,
            size, self.format_combo,
        )  # fmt: skip
        for label, field in zip(self.form_labels, fields, strict=True):
            form.addRow(label, field)
            if isinstance(field, QWidget):  # names its control (addRow with a text did that)
                label.setBuddy(field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        self.record_button = QPushButton(self)
        self.record_button.setObjectName("recordButton")
        self.record_button.setDefault(True)
        buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        buttons.rejected.connect(self.reject)
        self.record_button.clicked.connect(self._on_q_record)
        self.source_combo.currentIndexChanged.connect(self._on_q_source)
        self.motion_combo.currentIndexChanged.connect(self._on_q_motion)
        for spin in (self.duration, self.fps):
            spin.valueChanged.connect(self._update_summary)
        self.mode_combo.currentIndexChanged.connect(self._update_summary)
        self.format_combo.currentIndexChanged.connect(self._on_q_format)
        self.retranslate()
        self.source_combo.setCurrentIndex(source_index)
        self.motion_combo.setCurrentIndex(motion_index)
        self._on_q_source(self.source_combo.currentIndex())
        self._on_q_motion(self.motion_combo.currentIndex())
        self.record_button.setEnabled(bool(self._sources and self._motions))
        if not self._motions:
            self._show_error(self._nothing_plays())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The dialog's own texts in the learner's language (the sources' and motions' names
        were given in the language of the moment it opened)."""
        self.setWindowTitle(self.tr("Record animation"))
        for index in range(self.mode_combo.count()):
            self.mode_combo.setItemText(index, mode_text(self.mode_combo.itemData(index)))
        self.duration.setSuffix(self.tr(" s a pass"))
        self.fps.setSuffix(self.tr(" frames/s"))
        self.format_combo.setItemText(0, self.tr("Animated GIF"))
        self.format_combo.setItemText(1, self.tr("MP4 video"))
        if not mp4_available():  # the same words as VIDEO_EXTRA_HINT, in the learner's language
            hint = self.tr("MP4 needs the video extra: pip install 'actviz[video]'")
            self.format_combo.setItemData(1, hint, 3)  # Qt.ToolTipRole
        self.to_label.setText(self.tr("to"))
        texts = (
            self.tr("Record"), self.tr("While playing"), self.tr("From"), self.tr("Mode"),
            self.tr("Speed"), self.tr("Frame rate"), self.tr("Size"), self.tr("Format"),
        )  # fmt: skip
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        self.record_button.setText(self.tr("Record…"))
        # Words and decimal sign only: counting again would ask the motion, whose parameter may
        # be gone by now (the activation changed while the dialog stayed open).
        self._show_summary()
        if not self._motions:
            self._show_error(self._nothing_plays())

    def _nothing_plays(self) -> str:
        return self.tr("Nothing can play: pick an activation that has a parameter.")

    # settings -> the motion ----------------------------------------------------------------------
    def make_motion(self) -> Motion:
        """The motion with the dialog's settings (``ValueError`` for a bad range)."""
        choice = self._motions[self.motion_combo.currentIndex()]
        return choice.make(
            low=self.low.value(), high=self.high.value(), mode=self.mode_combo.currentData(),
            duration=self.duration.value(),
        )

    def frame_count(self) -> int:
        return self.make_motion().frame_count(self.fps.value())

    def record_to(
        self, path: str | Path, progress: Callable[[int, int], bool] | None = None
    ) -> bool:
        """Record to ``path`` (GIF or MP4 by suffix); False if cancelled or failed (see
        ``last_error``). Without ``progress``, a progress dialog with Cancel is shown."""
        self.last_error = None
        try:
            motion = self.make_motion()
        except ValueError as error:
            self._show_error(str(error))
            return False
        source = self._sources[self.source_combo.currentIndex()]
        size = (self.width_spin.value(), self.height_spin.value())
        fps = self.fps.value()
        frames = motion.frame_count(fps)
        bar: QProgressDialog | None = None
        if progress is None:
            bar = QProgressDialog(self.tr("Recording…"), self.tr("Cancel"), 0, frames, self)
            bar.setObjectName("recordProgress")
            bar.setWindowTitle(self.tr("Record animation"))
            bar.setMinimumDuration(0)

            def progress(done: int, total: int) -> bool:
                assert bar is not None
                bar.setValue(done)
                return not bar.wasCanceled()

        try:
            done = record_widget(source.show(), motion, path, fps=fps, size=size, progress=progress)
        except (OSError, ValueError) as error:
            self.last_error = self.tr("Could not record to {path}:\n{error}").format(
                path=path, error=error
            )
            QMessageBox.critical(self, self.tr("Recording failed"), self.last_error)
            return False
        finally:
            if bar is not None:
                bar.close()
        self.saved_path = Path(path) if done else None
        return done

    # widget -> settings --------------------------------------------------------------------------
    def _on_q_source(self, index: int) -> None:
        if not 0 <= index < len(self._sources):
            return
        widget = self._sources[index].show()
        width, height = max(widget.width(), MIN_SIDE), max(widget.height(), MIN_SIDE)
        scale = min(1.0, MAX_DEFAULT_WIDTH / width)
        with signals_blocked(self.width_spin), signals_blocked(self.height_spin):
            self.width_spin.setValue(max(MIN_SIDE, round(width * scale / 2) * 2))
            self.height_spin.setValue(max(MIN_SIDE, round(height * scale / 2) * 2))

    def _on_q_motion(self, index: int) -> None:
        if not 0 <= index < len(self._motions):
            return
        motion = self._motions[index]
        has_range = motion.value_range is not None and motion.limits is not None
        for spin in (self.low, self.high):
            spin.setEnabled(has_range)
        if has_range:
            assert motion.value_range is not None and motion.limits is not None
            with signals_blocked(self.low), signals_blocked(self.high):
                for spin in (self.low, self.high):
                    spin.setRange(*motion.limits)
                self.low.setValue(motion.value_range[0])
                self.high.setValue(motion.value_range[1])
        with signals_blocked(self.mode_combo), signals_blocked(self.duration):
            self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(motion.mode)))
            self.duration.setValue(motion.duration)
        self._update_summary()

    def _on_q_format(self, _index: int) -> None:
        gif = self.format_combo.currentData() == "gif"
        self.fps.setMaximum(int(MAX_GIF_FPS) if gif else int(MAX_FPS))
        self._update_summary()

    def _update_summary(self, *_args: object) -> None:
        if not self._motions:
            return
        try:
            frames = self.frame_count()
        except ValueError as error:
            self._show_error(str(error))
            return
        self.message.hide()
        self._frames = frames
        self._show_summary()

    def _show_summary(self) -> None:
        """The last counted frames and their length, in the learner's language."""
        if self._frames is None:
            return
        self.summary.setText(
            self.tr("{frames} frames, {seconds} s").format(
                frames=self._frames, seconds=format_number(self._frames / self.fps.value(), ".1f")
            )
        )

    def _on_q_record(self) -> None:
        kind = self.format_combo.currentData()
        filters = {"gif": self.tr("Animated GIF (*.gif)"), "mp4": self.tr("MP4 video (*.mp4)")}
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Record animation"), f"actviz.{kind}", filters[kind]
        )
        if not path:
            return
        if not Path(path).suffix:
            path += f".{kind}"
        if self.record_to(path):
            self.accept()

    def _show_error(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()
