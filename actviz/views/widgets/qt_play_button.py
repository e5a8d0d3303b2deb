"""A play/pause button for one parameter, with a menu arrow for how it plays."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QStyle, QToolButton, QWidget

from actviz.model.publish.animation import ParamAnimation, ParamTarget
from actviz.views.widgets.qt_animation_menu import QtAnimationMenu


class QtPlayButton(QToolButton):
    """Shows whether ``animation`` plays this button's target; objectName ``paramPlay:<name>``
    (or the owner's choice). A click plays that target (taking the clock over from any other
    parameter of the same panel) or pauses it; the arrow opens :class:`QtAnimationMenu`."""

    def __init__(
        self,
        animation: ParamAnimation,
        make_target: Callable[[], ParamTarget],
        label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._animation = animation
        self._make_target = make_target
        self._label = label
        self.setAutoRaise(True)
        self.setCheckable(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.animation_menu = QtAnimationMenu(animation, make_target, self)
        self.setMenu(self.animation_menu)
        self.set_playing(False)
        self.clicked.connect(self._on_q_clicked)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.set_playing(self.isChecked())  # its tip and names in the new language
        super().changeEvent(event)

    def set_label(self, label: str) -> None:
        """Name the parameter ``label`` from now on (the learner's language changed)."""
        self._label = label
        self.set_playing(self.isChecked())

    # model -> widget -------------------------------------------------------------------------
    def set_playing(self, playing: bool) -> None:
        """Show ⏸ while this target plays, ▶ otherwise (never writes back)."""
        pixmaps = QStyle.StandardPixmap
        icon = pixmaps.SP_MediaPause if playing else pixmaps.SP_MediaPlay
        self.setIcon(self.style().standardIcon(icon))
        self.setChecked(playing)
        if playing:
            name = self.tr("Pause {label}").format(label=self._label)
        else:
            name = self.tr("Play {label}").format(label=self._label)
        how = self.tr("sweep it between its ends (the arrow sets how)")
        self.setToolTip(self.tr("{name}: {how}").format(name=name, how=how))
        self.setAccessibleName(name)
        self.setAccessibleDescription(how)

    @property
    def animation(self) -> ParamAnimation:
        """The live clock this button plays on."""
        return self._animation

    @property
    def label(self) -> str:
        return self._label

    def target(self) -> ParamTarget:
        """The parameter this button plays (made fresh: the activation may have changed)."""
        return self._make_target()

    def shows(self, target: ParamTarget | None) -> bool:
        """Whether ``target`` is the parameter this button plays."""
        return self._make_target().same_as(target)

    # widget -> model -------------------------------------------------------------------------
    def _on_q_clicked(self) -> None:
        animation = self._animation
        if animation.playing and self.shows(animation.target):
            animation.pause()
        else:
            animation.pause()
            animation.set_target(self._make_target())
            animation.play()
        self.set_playing(animation.playing and self.shows(animation.target))
