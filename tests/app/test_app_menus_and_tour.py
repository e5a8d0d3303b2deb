"""The real window's menus and tour: every action reachable by keyboard (unique shortcuts and
mnemonics), and the tour visits every panel, building a lab's page when it gets there.
"""

from __future__ import annotations


def test_every_action_of_the_real_window_is_reachable_by_keyboard(main_window) -> None:
    from PySide6.QtWidgets import QMenu

    from actviz.views.classroom.qt_shortcuts_dialog import collect_shortcuts, mnemonic

    win = main_window()
    rows = collect_shortcuts(win)
    keys = [k for _where, _what, k in rows if k]
    duplicates = {k for k in keys if keys.count(k) > 1}
    assert duplicates == set()
    top = [a for a in win.menuBar().actions() if isinstance(a.menu(), QMenu)]
    letters = [mnemonic(a.text()) for a in top]
    assert None not in letters and len(set(letters)) == len(letters)

    # Every menu entry is reachable with Alt+letter and the arrow keys; the entries added here
    # also have a mnemonic of their own within their menu.
    mine = [win.classroom.session.open_action, win.classroom.session.save_action]
    mine += [win.classroom.session.save_as_action, win.classroom.session.recent_menu.menuAction()]
    mine += [win.classroom.actions.presentation_action, win.classroom.actions.full_screen_action]
    mine += [win.classroom.actions.theme_menu.menuAction(), win.classroom.actions.tour_action]
    mine += [win.classroom.actions.shortcuts_action, win.classroom.actions.whats_this_action]
    for action in top:
        entries = [a for a in action.menu().actions() if not a.isSeparator()]
        letters = [mnemonic(a.text()) for a in entries]
        for entry, letter in zip(entries, letters, strict=True):
            if entry in mine:
                assert letter is not None and letters.count(letter) == 1, entry.text()
    wanted = {"Open session…", "Save session", "Presentation mode", "Full screen", "Tour"}
    assert mnemonic(win.classroom.actions.presentation_action.text()) == "Alt+R"
    assert wanted <= {what for _where, what, _k in rows}


def test_tour_of_the_real_window_visits_every_panel(main_window) -> None:
    win = main_window()
    win.classroom.actions.tour_action.trigger()
    tour = win.classroom.actions.tour_dialog
    targets = [step.target for step in tour.steps]
    assert targets == [
        None,
        "activationPicker",
        "paramPanel",
        "functionPlot",
        "neuronPanel",
        "softmaxPanel",
        "deepNetPanel",
        None,
    ]
    while tour.step.target != "softmaxPanel":
        tour.next()
    assert win.tabs.currentWidget() is win.lab("softmaxPanel").page
    assert win.lab("softmaxPanel").built  # the tour built it by showing its page
    assert win.lab("softmaxPanel").panel.isVisible()
    tour.next()
    assert win.tabs.currentWidget() is win.lab("deepNetPanel").page
    tour.back()
    tour.back()  # the neuron lives in the explorer's side pane
    assert tour.step.target == "neuronPanel"
    assert win.tabs.currentWidget() is win.explorer
    assert win.findChild(object, "neuronPanel").isVisible()
    tour.back()
    assert win.tabs.currentWidget() is win.explorer
    for name in ("neuronPanel", "softmaxPanel", "deepNetPanel", "activationPicker"):
        assert win.findChild(object, name).whatsThis(), name  # per-panel "what to try"
    tour.close()


def test_the_tour_unfolds_a_folded_side_to_show_its_panel(main_window) -> None:
    from actviz.views.explorer.qt_explorer_panel import SIDE_COLUMN, SIDE_PANE

    win = main_window()
    explorer = win.explorer
    explorer.set_side_open(SIDE_COLUMN, False)
    explorer.set_side_open(SIDE_PANE, False)
    assert explorer.sizes()[SIDE_COLUMN] == 0 and explorer.sizes()[SIDE_PANE] == 0
    win.classroom.actions.tour_action.trigger()
    tour = win.classroom.actions.tour_dialog
    while tour.step.target != "activationPicker":
        tour.next()
    picker = win.findChild(object, "activationPicker")
    assert explorer.side_open(SIDE_COLUMN) and explorer.sizes()[SIDE_COLUMN] > 0
    assert picker.isVisible() and picker.width() > 0
    assert not explorer.side_open(SIDE_PANE)  # only what the step names is opened
    while tour.step.target != "neuronPanel":
        tour.next()
    assert explorer.side_open(SIDE_PANE) and explorer.sizes()[SIDE_PANE] > 0
    assert win.findChild(object, "neuronPanel").visibleRegion().boundingRect().width() > 0
    tour.close()
