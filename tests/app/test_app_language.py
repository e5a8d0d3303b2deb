"""The learner's language in the whole window: View › Language, a switch at run time that keeps
every state, the choice remembered between runs, lessons that do not depend on it, ``--lang``.

What German should read is asked of Qt's translator (``QCoreApplication.translate`` with the
context and English text of the source), so the tests follow the catalogue, not a copy of it; and
each such text is checked to differ from the English, so a missing translation cannot pass.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt

from actviz import core
from actviz.app import LABS, MainWindow, dispose_window, main
from actviz.cli import parse_options
from actviz.views.classroom.qt_tour_dialog import STEPS
from actviz.views.classroom.settings_store import LANGUAGE_KEY
from actviz.views.language import apply_language, current_language, preferred_language
from actviz.views.language.qt_language_menu import SYSTEM

ROOT = Path(__file__).resolve().parents[2]
MENUS = ("&File", "&Edit", "&View", "&Help")


def german(context: str, text: str, *, name: bool = False) -> str:
    """``text`` as the German catalogue has it (German must be active), checked to differ from
    the English unless it is a ``name`` ("Softmax" stays "Softmax")."""
    assert current_language() == "de"
    translated = QCoreApplication.translate(context, text)
    assert translated != text or name, (context, text)
    return translated


@pytest.fixture(autouse=True)
def english_afterwards(qapp) -> Iterator[None]:
    apply_language("en")
    yield
    apply_language("en")


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot) -> Iterator:
    windows: list[MainWindow] = []

    def make(**kwargs) -> MainWindow:
        window = MainWindow(**kwargs)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if shiboken6.isValid(window):  # not disposed of by the test itself
            dispose_window(window)


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(index) for index in range(window.tabs.count())]


def choose(window: MainWindow, choice: str) -> None:
    """Pick the entry of View › Language that stands for ``choice``, as a user would."""
    window.language_menu.actions_by_choice()[choice].trigger()


def shipped_codes() -> set[str]:
    """The languages whose catalogues the repository holds (English needs none)."""
    return {"en"} | {
        path.stem.removeprefix("actviz_")
        for path in (ROOT / "resources" / "translations").glob("actviz_*.ts")
    }


# The menu ----------------------------------------------------------------------------------------
def test_the_language_menu_offers_the_system_and_every_catalogue_each_in_its_own_name(
    make_window, settings
) -> None:
    window = make_window(settings=settings)
    menu = window.language_menu
    assert menu in [a.menu() for a in window.view_menu.actions()]
    entries = [a for a in menu.actions() if not a.isSeparator()]
    assert entries[0] is menu.system_action
    assert {a.data() for a in entries[1:]} == shipped_codes()
    assert menu.group.isExclusive() and all(a.isCheckable() for a in entries)
    names = {a.data(): a.text() for a in entries[1:]}
    assert names["en"] == "English" and names["de"] == "Deutsch"
    for code, name in names.items():  # each in its own language, whatever the app speaks
        assert name.lower() == QLocale(code).nativeLanguageName().lower() or code == "en"
    # A first start (nothing stored) follows the system, and says which language that is.
    assert menu.system_action.isChecked()
    assert names[preferred_language()] in menu.system_action.text()


# Switching at run time ---------------------------------------------------------------------------
def test_switching_language_retranslates_the_window_and_keeps_every_state(
    make_window, qtbot
) -> None:
    window = make_window()
    choice = window.session.choice
    choice.set_activation("leaky_relu", {"negative_slope": 0.3})
    softmax = window.lab("softmaxPanel")
    softmax_panel = softmax.panel  # a lab built before the switch
    softmax.model.set_temperature(2.5)
    window.show_lab("deepNetPanel")
    window.classroom.actions.show_tour()
    tour = window.classroom.actions.tour_dialog
    assert tour is not None
    tour.next()
    window.classroom.actions.show_shortcuts()
    shortcuts = window.classroom.actions.shortcuts_dialog
    assert shortcuts is not None
    explorer_panel, tab = window.explorer, window.tabs.currentIndex()
    states = {m.state_key: m.to_state() for m in window.saveables}
    english_menus, english_tabs = menu_titles(window), tab_titles(window)
    assert english_menus == list(MENUS)

    choose(window, "de")
    assert current_language() == "de"
    german_menus = [german("MainWindow", title) for title in MENUS]
    qtbot.waitUntil(lambda: menu_titles(window) == german_menus)
    tabs = [german("MainWindow", "Explorer", name=True)]
    tabs += [german("MainWindow", spec.title, name=True) for spec in LABS]
    assert tab_titles(window) == tabs != english_tabs
    side = window.explorer.side_pane
    neuron_title = side.tabText(side.indexOf(window.neuron_page))
    assert neuron_title == german("MainWindow", "Neuron playground")
    assert window.quit_action.text() == german("MainWindow", "&Quit")
    actions = window.classroom.actions
    assert actions.presentation_action.text() == german("ClassroomActions", "P&resentation mode")
    assert actions.theme_menu.title() == german("ClassroomActions", "&Theme")
    assert window.classroom.session.open_action.text() == german(
        "SessionActions", "&Open session…"
    )
    assert window.language_menu.title() == german("QtLanguageMenu", "&Language")
    # A lab built before the switch: the explorer's formula pane speaks German now.
    pane = window.explorer.formula_pane
    qtbot.waitUntil(lambda: german("QtFormulaPane", "Properties") in pane.plain_text())
    notes = german("Activation", core.get("leaky_relu").notes)
    assert notes[:40] in pane.plain_text()
    # Dialogs already open follow too, and the tour stays on its step.
    assert tour.title.text() == german("TourStep", tour.step.title)
    assert tour.windowTitle() == german("QtTourDialog", "Tour of actviz")
    assert tour.index == 1 and tour.step is STEPS[1]
    qtbot.waitUntil(lambda: german("QtShortcutsDialog", "Menus") in {r[0] for r in shortcuts.rows})
    opening = german("QtShortcutsDialog", "Open the {title} menu").format(title="Ansicht")
    assert opening in {r[1] for r in shortcuts.rows}
    # Nothing was rebuilt or reset.
    assert window.explorer is explorer_panel and softmax.panel is softmax_panel
    assert window.tabs.currentIndex() == tab
    assert {m.state_key: m.to_state() for m in window.saveables} == states

    choose(window, "en")
    qtbot.waitUntil(lambda: menu_titles(window) == english_menus)
    assert tab_titles(window) == english_tabs
    assert tour.title.text() == STEPS[1].title
    assert window.classroom.session.open_action.text() == "&Open session…"
    qtbot.waitUntil(lambda: "Properties" in pane.plain_text())
    assert {m.state_key: m.to_state() for m in window.saveables} == states


def test_a_dialog_opened_after_the_switch_speaks_the_new_language(make_window, qtbot) -> None:
    window = make_window()
    choose(window, "de")
    qtbot.waitUntil(lambda: menu_titles(window) != list(MENUS))  # as the event loop would
    window.classroom.actions.show_shortcuts()
    dialog = window.classroom.actions.shortcuts_dialog
    assert dialog is not None
    assert dialog.windowTitle() == german("QtShortcutsDialog", "Keyboard shortcuts")
    what = {row[1] for row in dialog.rows}
    assert german("ClassroomActions", "&Full screen").replace("&", "") in what
    dialog.close()


def test_german_menus_keep_one_mnemonic_per_menu_bar_entry(make_window, qtbot) -> None:
    from actviz.views.classroom.qt_shortcuts_dialog import mnemonic

    window = make_window()
    choose(window, "de")
    qtbot.waitUntil(lambda: menu_titles(window) != list(MENUS))
    letters = [mnemonic(title) for title in menu_titles(window)]
    assert None not in letters and len(set(letters)) == len(letters)


# Remembered between runs -------------------------------------------------------------------------
def test_the_choice_is_remembered_and_applied_on_the_next_start(make_window, settings) -> None:
    first = make_window(settings=settings)
    assert current_language() == preferred_language()  # nothing stored: the system's
    choose(first, "de")
    assert settings.value(LANGUAGE_KEY) == "de"  # at once, not only when the window closes
    dispose_window(first)
    apply_language("en")  # a new process starts in English

    second = make_window(settings=settings)
    assert current_language() == "de"  # applied before any text was set: no switch needed
    assert menu_titles(second) == [german("MainWindow", title) for title in MENUS]
    assert second.language_menu.language_actions["de"].isChecked()
    choose(second, SYSTEM)
    assert settings.value(LANGUAGE_KEY) == SYSTEM
    dispose_window(second)
    apply_language("de")

    third = make_window(settings=settings)
    assert current_language() == preferred_language()
    assert third.language_menu.system_action.isChecked()


@pytest.mark.parametrize("stored", ["xx", "", 42])
def test_a_stored_language_that_does_not_ship_follows_the_system(
    make_window, settings, stored
) -> None:
    settings.setValue(LANGUAGE_KEY, stored)
    window = make_window(settings=settings)
    assert current_language() == preferred_language()
    assert window.language_menu.system_action.isChecked()


# Lessons do not depend on the language -----------------------------------------------------------
def _set_up_a_lesson(window: MainWindow) -> None:
    """The same lesson in any language; every panel built (a panel could write shown texts into
    its model), then state away from the defaults."""
    for spec in LABS:
        window.show_lab(spec.name)
    window.show_neuron()
    window.session.choice.set_activation("elu", {"alpha": 0.75})
    window.session.set_show_derivative(False)
    softmax = window.lab("softmaxPanel").model
    softmax.set_temperature(0.5)
    softmax.set_label(0, "lion")
    window.neuron.set_b(-1.25)
    window.lab("deepNetPanel").model.set_depth(7)


def test_a_lesson_saved_in_german_opens_in_english_unchanged(
    make_window, tmp_path, qtbot
) -> None:
    english = make_window()
    _set_up_a_lesson(english)
    assert english.classroom.session.save_to(tmp_path / "english.actviz")

    teacher = make_window()
    choose(teacher, "de")
    qtbot.waitUntil(lambda: menu_titles(teacher) != list(MENUS))
    _set_up_a_lesson(teacher)
    assert teacher.classroom.session.save_to(tmp_path / "deutsch.actviz")
    saved = {m.state_key: m.to_state() for m in teacher.saveables}

    # The same state gives the same file in both languages: keys, params and labels as data.
    in_german = json.loads((tmp_path / "deutsch.actviz").read_text(encoding="utf-8"))
    in_english = json.loads((tmp_path / "english.actviz").read_text(encoding="utf-8"))
    assert in_german == in_english
    choose(teacher, "en")
    learner = make_window()
    assert learner.classroom.session.open_path(tmp_path / "deutsch.actviz")
    assert {m.state_key: m.to_state() for m in learner.saveables} == saved
    assert learner.session.choice.key == "elu"
    assert learner.session.choice.params == {"alpha": 0.75}
    assert learner.lab("softmaxPanel").model.to_state() == saved["softmax"]


# Numbers in the learner's form -------------------------------------------------------------------
def _type(spin, text: str, qtbot) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


def test_a_german_parameter_entry_takes_a_comma_and_a_dot_and_shows_a_comma(
    make_window, qtbot
) -> None:
    window = make_window()
    choice = window.session.choice
    choice.set_activation("leaky_relu", {"negative_slope": 0.125})
    spin = window.explorer.param_panel.controls["negative_slope"].field.spin
    assert spin.lineEdit().text() == "0.125"
    choose(window, "de")
    qtbot.waitUntil(lambda: spin.lineEdit().text() == "0,125")  # shown again, in German
    _type(spin, "0,5", qtbot)
    assert choice.params["negative_slope"] == 0.5
    _type(spin, "0.25", qtbot)  # the C form is always accepted
    assert choice.params["negative_slope"] == 0.25
    qtbot.waitUntil(lambda: spin.lineEdit().text() == "0,25")
    _type(spin, "1.000,5", qtbot)  # ambiguous: refused, the last good value stays
    assert choice.params["negative_slope"] == 0.25
    choose(window, "en")
    qtbot.waitUntil(lambda: spin.lineEdit().text() == "0.25")


# The command line --------------------------------------------------------------------------------
def test_lang_picks_a_shipped_language_for_one_run(capsys) -> None:
    assert parse_options(["--lang", "de"]).language == "de"
    assert parse_options(["--lang", "de-AT"]).language == "de"  # a regional tag of a shipped one
    assert parse_options([]).language is None
    assert main(["--lang", "xx"]) == 2
    error = capsys.readouterr().err
    assert "--lang" in error and "'xx'" in error and "de" in error


def test_lang_wins_over_the_stored_choice_without_replacing_it(make_window, settings) -> None:
    settings.setValue(LANGUAGE_KEY, "en")
    window = make_window(settings=settings, language="de")
    assert current_language() == "de"
    assert menu_titles(window) == [german("MainWindow", title) for title in MENUS]
    assert window.language_menu.language_actions["de"].isChecked()
    assert settings.value(LANGUAGE_KEY) == "en"
