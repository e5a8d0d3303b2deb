"""Menu entries as data: an :class:`ActionSpec` record and the :class:`SpecAction` made from it.

A spec keeps its texts in English, marked for the catalogue with
``QT_TRANSLATE_NOOP("MainWindow", ...)`` where it is written (``actviz.app`` declares them);
the action shows them in the language of the moment, and :meth:`SpecAction.retranslate` (which
the window calls on ``QEvent.LanguageChange``: an action is no widget and gets no such event)
shows them again after a switch.
"""

from __future__ import annotations

import importlib
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from actviz.core.i18n import translate_marked


@dataclass(frozen=True)
class ActionSpec:
    """A menu entry as data. ``run`` is a callable taking no argument, or ``"module:function"``,
    imported on the first trigger and called with the window (heavy dialogs load when used).
    ``text`` and ``tip`` are English, marked with ``QT_TRANSLATE_NOOP("MainWindow", ...)``."""

    text: str
    run: Callable[[], object] | str
    shortcut: str = ""
    tip: str = ""
    menu: str = "&File"  # where an entry of ACTIONS goes (the English title, as marked)


def import_object(path: str) -> Any:
    """The object named by ``"package.module:attribute"``."""
    module_name, _, attribute = path.partition(":")
    return getattr(importlib.import_module(module_name), attribute)


class _CallWithWindow:
    """Imports ``"module:function"`` on first use and calls it with the window (held weakly)."""

    def __init__(self, path: str, window: QMainWindow) -> None:
        self._path = path
        self._window = weakref.ref(window)

    def __call__(self) -> None:
        window = self._window()
        if window is not None:
            import_object(self._path)(window)


class SpecAction(QAction):
    """The QAction of an :class:`ActionSpec`; its texts follow the language."""

    def __init__(self, spec: ActionSpec, window: QMainWindow) -> None:
        super().__init__(window)
        self.spec = spec
        if spec.shortcut:
            self.setShortcut(QKeySequence(spec.shortcut))
        run = _CallWithWindow(spec.run, window) if isinstance(spec.run, str) else spec.run
        self.triggered.connect(run)
        self.retranslate()

    def retranslate(self) -> None:
        text = translate_marked("MainWindow", self.spec.text)
        tip = translate_marked("MainWindow", self.spec.tip) if self.spec.tip else ""
        self.setText(text)
        self.setToolTip(tip or text.replace("&", ""))
        self.setStatusTip(tip)


def make_action(spec: ActionSpec, window: QMainWindow) -> SpecAction:
    """The action for ``spec``, owned by ``window``."""
    return SpecAction(spec, window)
