"""The training lab's status line: what just happened (a file loaded, a run diverged, an export
written), as an error or as information, made again in the new language after a switch.

A status is kept as a callable that makes its sentence, not as the sentence: after a switch of
language the line asks it again. Sentences made elsewhere and handed over finished (a map's
refusal, an export's result) are kept as they came.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from actviz.views.theme.qt_text_tint import tint

Sentence = Callable[[], str]


class QtTrainingStatus(QLabel):
    """Shows ``TrainingLab.message_text()`` and the panel's own news; objectName
    ``trainingStatus``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingStatus")
        self.setWordWrap(True)
        self._tint = tint(self, None)
        self._sentence: Sentence | None = None
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self._sentence is not None:
            self.setText(self._sentence())

    def show_sentence(self, role: str | None, sentence: Sentence) -> None:
        """Show what ``sentence`` makes, as an error (``role`` "error") or as information."""
        self._tint.set_role(role)
        self._sentence = sentence
        text = sentence()
        self.setText(text)
        self.setVisible(bool(text))

    def show_error(self, text: str) -> None:
        self.show_sentence("error", _Finished(text))

    def show_info(self, text: str) -> None:
        self.show_sentence(None, _Finished(text))

    def clear_status(self) -> None:
        self._sentence = None
        self.clear()
        self.hide()


class _Finished:
    """A sentence made elsewhere, shown as it came."""

    def __init__(self, text: str) -> None:
        self._text = text

    def __call__(self) -> str:
        return self._text
