"""A label's text colour by meaning (an error, a diagnosis, a hint), legible in either theme.

A fixed colour cannot be: a red that reads on white is too dark on near-black. The tint follows
the :class:`~actviz.views.theme.appearance.Appearance` and sets the label's colour from the
theme's :class:`~actviz.views.theme.appearance.CanvasColours`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from actviz.views.theme.appearance import Appearance, canvas_colours, follow_appearance

ROLES = ("error", "warning", "muted")


class QtTextTint(QObject):
    """Colours one label's text by ``role`` (None: the palette's own); child of the label."""

    def __init__(self, label: QWidget, role: str | None, extra_css: str = "") -> None:
        super().__init__(label)
        self.setObjectName("textTint")
        self._label = label
        self._extra_css = extra_css
        self._role = self._checked(role)
        self._appearance: Appearance | None = None  # light until an Appearance is applied
        self._apply()
        follow_appearance(self)

    @property
    def role(self) -> str | None:
        return self._role

    def set_role(self, role: str | None) -> None:
        role = self._checked(role)
        if role != self._role:
            self._role = role
            self._apply()

    def apply_appearance(self, appearance: Appearance) -> None:
        self._appearance = appearance
        self._apply()

    def _apply(self) -> None:
        css = self._extra_css
        if self._role is not None:
            colour = getattr(canvas_colours(self._appearance), self._role)
            css = f"color: {colour.name()}; {css}"
        self._label.setStyleSheet(css.strip())

    @staticmethod
    def _checked(role: str | None) -> str | None:
        if role is not None and role not in ROLES:
            raise ValueError(f"unknown text role {role!r}; choose one of {', '.join(ROLES)}")
        return role


def tint(label: QWidget, role: str | None, extra_css: str = "") -> QtTextTint:
    """Give ``label`` a themed text colour for ``role``; returns the tint (keep it to change it)."""
    return QtTextTint(label, role, extra_css)
