"""The labs as tabs of the window: a lab declared as data (:class:`LabSpec`, one line in
``actviz.app.LABS``), and what the window keeps of an installed one (:class:`Lab`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from actviz.model.state import Saveable
from actviz.views.classroom.action_spec import import_object
from actviz.views.widgets.qt_lab_page import QtLabPage


@dataclass(frozen=True)
class LabSpec:
    """A lab in its own tab, installed by one line in :data:`LABS`.

    ``name`` is the objectName of the lab's panel ("softmaxPanel") and its handle:
    ``window.lab(name)``. ``title`` is the tab's text, in English, marked with
    ``QT_TRANSLATE_NOOP("MainWindow", ...)`` and shown in the language of the moment. ``model``
    makes the lab's state; it runs at start-up, so keep it cheap (its module must not import the
    lab's views or heavy maths); it joins ``window.saveables`` (settings and lesson files).
    ``panel`` names the panel class as ``"package.module:Class"``; it is imported, and called as
    ``Class(model)``, only when the tab is first shown or the panel is asked for.
    """

    name: str
    title: str
    model: Callable[[], Saveable]
    panel: str


@dataclass
class Lab:
    """An installed lab: its spec, its model (made at start-up) and its page in the tab widget."""

    spec: LabSpec
    model: Saveable
    page: QtLabPage

    @property
    def panel(self) -> QWidget:
        """The lab's panel, built now if its tab was never shown."""
        return self.page.ensure_built()

    @property
    def built(self) -> bool:
        return self.page.panel is not None


class PanelFactory:
    """Imports a lab's panel class when first needed and builds it for the lab's model."""

    def __init__(self, path: str, model: Saveable) -> None:
        self._path = path
        self._model = model

    def __call__(self) -> QWidget:
        panel = import_object(self._path)(self._model)
        assert isinstance(panel, QWidget), self._path
        return panel
