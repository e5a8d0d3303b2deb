"""View › Language: follow the system, or one of the languages that ship, each named in itself.

Choosing an entry remembers it (in the store the window gives, at once) and switches the whole
app through :func:`apply_language`; Qt then sends ``QEvent.LanguageChange`` to every widget, and
each re-reads its texts. The language names are not translated: a learner looking for "Deutsch"
finds it whatever the app speaks now.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from actviz.views.language.switch import (
    apply_language,
    available_languages,
    choose_language,
    current_language,
    native_name,
    preferred_language,
)

#: The data of the "System default" entry (and what a store keeps for it).
SYSTEM = ""


class LanguageStore(Protocol):
    """Where the choice is kept between runs (the app's settings store)."""

    def language(self) -> str: ...

    def set_language(self, code: str) -> None: ...


class QtLanguageMenu(QMenu):
    """View › Language, for the app's language switch; objectName ``languageMenu``."""

    def __init__(self, store: LanguageStore | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageMenu")
        self._store = store
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.system_action = self._add_entry(SYSTEM)
        self.addSeparator()
        self.language_actions: dict[str, QAction] = {}
        for language in available_languages():
            action = self._add_entry(language.code)
            action.setText(language.name)
            self.language_actions[language.code] = action
        self.group.triggered.connect(self._on_q_language_triggered)
        self.retranslate()

    def _add_entry(self, code: str) -> QAction:
        action = QAction(self)
        action.setCheckable(True)
        action.setData(code)
        self.group.addAction(action)
        self.addAction(action)
        return action

    def actions_by_choice(self) -> dict[str, QAction]:
        """Every entry by what it stands for: ``SYSTEM`` and each language code."""
        return {SYSTEM: self.system_action, **self.language_actions}

    def set_choice(self, choice: str) -> None:
        """Check the entry of ``choice`` (a code, or ``SYSTEM``); nothing is applied or stored."""
        self.actions_by_choice().get(choice, self.system_action).setChecked(True)

    def choice(self) -> str:
        """What the checked entry stands for: a code, or ``SYSTEM``."""
        checked = self.group.checkedAction()
        choice = checked.data() if checked is not None else SYSTEM
        return choice if isinstance(choice, str) else SYSTEM

    def choose(self, choice: str) -> None:
        """What the entry of ``choice`` does: check it, remember it, speak it from now on."""
        self.set_choice(choice)
        if self._store is not None:
            self._store.set_language(choice)
        code = choose_language(choice)
        if code != current_language():  # "System default" may name the language spoken now
            apply_language(code)

    def _on_q_language_triggered(self, action: QAction) -> None:
        choice = action.data()
        if isinstance(choice, str):
            self.choose(choice)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Language"))
        self.menuAction().setToolTip(self.tr("The language of the app"))
        self.system_action.setText(
            self.tr("&System default ({language})").format(
                language=native_name(preferred_language())
            )
        )
        self.system_action.setToolTip(self.tr("Speak the language the system is set to"))
