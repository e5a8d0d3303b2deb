"""A room for a panel that is built the first time it is shown (a tab, a page of a side pane).

Start-up pays only for what is on screen: a lab in a background tab is neither imported nor built
until its page is first shown, or until someone asks for it (:meth:`QtLabPage.ensure_built`, for a
menu action or the tour). The page knows nothing of the lab: it is given a function that builds
the panel.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

#: The Qt property naming the panel a page will hold; the tour uses it to find unbuilt panels.
PANEL_PROPERTY = "labPanel"


class QtLabPage(QWidget):
    """Holds the panel called ``<panel name>`` once built; objectName ``<panel name>Page``."""

    built = Signal(QWidget)  # the new panel, once, after it is in the page

    def __init__(
        self, panel_name: str, build: Callable[[], QWidget], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{panel_name}Page")
        self.setProperty(PANEL_PROPERTY, panel_name)
        self._build = build
        self._panel: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def panel(self) -> QWidget | None:
        """The panel, or None while it is not built."""
        return self._panel

    def ensure_built(self) -> QWidget:
        """Build the panel now if it is not built yet; return it."""
        if self._panel is None:
            panel = self._build()
            self._panel = panel
            layout = self.layout()
            assert layout is not None
            layout.addWidget(panel)
            if self.isVisible():
                panel.show()  # a child added to a shown page would otherwise appear a frame late
            self.built.emit(panel)
        return self._panel

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_built()
