"""A seeded random walk over a real window: what a curious (or careless) user could do to every
control of every lab, found generically, so labs added later are walked without a change here.

Each step picks one gesture: a slider to a random value or to its ends, good or bad text typed
into an entry (letters, NaN, inf, 1e400, nothing) and committed, a combo box choice, a click on a
button or check box, a tab, an item in a list or tree, a menu action (its dialogs answered at
random by ``answer_dialogs_at_random`` of random_dialogs.py), a zoom of a plot by a factor from
1e-6 to 1e6, a key on the function plot, closing a dialog. Every step is logged, so a failure
names the gesture and the steps before it, and the seed replays it.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TextIO

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QRadioButton,
    QTabBar,
    QWhatsThis,
    QWidget,
)
from random_texts import NUMBER_TEXTS, WORD_TEXTS
from walk_widgets import (
    inside_spin_or_combo,
    item_text,
    menu_actions,
    opens_a_popup_loop,
    wheel,
    widget_name,
    zoomable_boxes,
)

REDISCOVER_EVERY = 10  # steps between two full searches for widgets


ZOOM_FACTORS = (1e-6, 1e-3, 0.1, 0.5, 0.9, 1.1, 2.0, 10.0, 1e3, 1e6)


class RandomWalk:
    """Random gestures over ``window`` and whatever dialogs it opens; ``log`` keeps each one."""

    def __init__(self, window: QMainWindow, rng: random.Random) -> None:
        self.window = window
        self.rng = rng
        self.log: list[str] = []
        self._widgets: list[QWidget] = []
        self._widgets_until = 0
        self.trace: TextIO | None = None  # a stream to print each gesture to, before it runs
        self.kinds: dict[str, int] = {}
        gestures: list[tuple[Callable[[], str | None], int]] = [
            (self.move_slider, 12),
            (self.type_into_spin_box, 16),
            (self.step_spin_box, 5),
            (self.type_into_line_edit, 5),
            (self.choose_in_combo, 8),
            (self.click_button, 14),
            (self.switch_tab, 6),
            (self.pick_item, 6),
            (self.trigger_menu_action, 6),
            (self.zoom_plot, 10),
            (self.press_plot_key, 3),
            (self.close_a_dialog, 2),
        ]
        self._gestures = [g for g, _w in gestures]
        self._weights = [w for _g, w in gestures]

    # discovery -----------------------------------------------------------------------------
    def visible(self, kind: type) -> list:
        """Visible, enabled widgets of ``kind`` in the window and the dialogs it opened (they
        are its children). The list of all widgets is taken afresh every few steps: wrapping a
        thousand children for Python costs more than most gestures."""
        if len(self.log) >= self._widgets_until:
            self._widgets = self.window.findChildren(QWidget)
            self._widgets_until = len(self.log) + REDISCOVER_EVERY
        return [
            w
            for w in self._widgets
            if isinstance(w, kind) and shiboken6.isValid(w) and w.isVisible() and w.isEnabled()
        ]

    def _pick(self, kind: type, exclude: Callable[[QWidget], bool] = lambda _w: False):
        choices = [w for w in self.visible(kind) if not exclude(w)]
        return self.rng.choice(choices) if choices else None

    # gestures --------------------------------------------------------------------------------
    def doing(self, what: str) -> None:
        """Say what is about to happen (a hang inside Qt names its gesture)."""
        if self.trace is not None:
            print(f"{len(self.log)}: {what}", file=self.trace, flush=True)

    def step(self) -> str:
        gesture = self.rng.choices(self._gestures, self._weights)[0]
        what = gesture() or f"{gesture.__name__}: nothing to do"
        self.kinds[gesture.__name__] = self.kinds.get(gesture.__name__, 0) + 1
        self.log.append(what)
        return what

    def move_slider(self) -> str | None:
        slider = self._pick(QAbstractSlider)
        if slider is None:
            return None
        value = self.rng.choice(
            [
                slider.minimum(),
                slider.maximum(),
                self.rng.randint(slider.minimum(), slider.maximum()),
            ]
        )
        slider.setValue(value)
        return f"slider {widget_name(slider)} -> {value}"

    def type_into_spin_box(self) -> str | None:
        spin = self._pick(QAbstractSpinBox)
        if spin is None:
            return None
        edit = spin.findChild(QLineEdit)
        text = self.rng.choice(NUMBER_TEXTS)
        if edit is not None:
            edit.selectAll()
            edit.insert(text)
        commit = self.rng.choice(["enter", "focus out"])
        if commit == "enter":
            QTest.keyClick(spin, Qt.Key.Key_Return)
        else:
            spin.editingFinished.emit()
        return f"typed {text!r} into {widget_name(spin)}, {commit}"

    def step_spin_box(self) -> str | None:
        spin = self._pick(QAbstractSpinBox)
        if spin is None:
            return None
        steps = self.rng.choice([1, -1, 10, -10, 1000, -1000])
        spin.stepBy(steps)
        return f"stepped {widget_name(spin)} by {steps}"

    def type_into_line_edit(self) -> str | None:
        edit = self._pick(QLineEdit, exclude=inside_spin_or_combo)
        if edit is None:
            return None
        text = self.rng.choice(WORD_TEXTS)
        edit.selectAll()
        edit.insert(text)
        QTest.keyClick(edit, Qt.Key.Key_Return)
        return f"typed {text!r} into {widget_name(edit)}"

    def choose_in_combo(self) -> str | None:
        combo = self._pick(QComboBox)
        if combo is None or combo.count() == 0:
            return None
        index = self.rng.randrange(combo.count())
        combo.setCurrentIndex(index)
        return f"chose {combo.itemText(index)!r} in {widget_name(combo)}"

    def click_button(self) -> str | None:
        button = self._pick(QAbstractButton, exclude=opens_a_popup_loop)
        if button is None:
            return None
        kind = "check box" if isinstance(button, QCheckBox | QRadioButton) else "button"
        what = f"clicked {kind} {widget_name(button)} {button.text()!r}"
        self.doing(what)
        button.click()
        return what

    def switch_tab(self) -> str | None:
        bars = self.visible(QTabBar)
        bar = self.rng.choice(bars) if bars else None
        if bar is None or bar.count() == 0:
            return None
        index = self.rng.randrange(bar.count())
        bar.setCurrentIndex(index)
        return f"tab {bar.tabText(index)!r}"

    def pick_item(self) -> str | None:
        view = self._pick(QAbstractItemView)
        model = view.model() if view is not None else None
        if view is None or model is None or model.rowCount() == 0:
            return None
        index = model.index(self.rng.randrange(model.rowCount()), 0)
        if model.rowCount(index) > 0 and self.rng.random() < 0.7:
            index = model.index(self.rng.randrange(model.rowCount(index)), 0, index)
        view.setCurrentIndex(index)
        if index.flags() & Qt.ItemFlag.ItemIsUserCheckable and self.rng.random() < 0.5:
            state = index.data(Qt.ItemDataRole.CheckStateRole)
            checked = state in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
            new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
            model.setData(index, new.value, Qt.ItemDataRole.CheckStateRole)
        if (
            self.rng.random() < 0.3
            and view.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
        ):
            QTimer.singleShot(0, self.answer_popup)  # runs inside a menu's own event loop
            view.customContextMenuRequested.emit(view.visualRect(index).center())
        return f"picked {item_text(index)!r} in {widget_name(view)}"

    def trigger_menu_action(self) -> str | None:
        actions = menu_actions(self.window)
        if not actions:
            return None
        action = self.rng.choice(actions)
        what = f"menu {action.text().replace('&', '')!r}"  # an Open recent entry goes on trigger
        self.doing(what)
        action.trigger()
        if QWhatsThis.inWhatsThisMode():
            QWhatsThis.leaveWhatsThisMode()
        if not self.window.isVisible():  # Quit closes the window: a user would start it again
            self.window.show()
        return what

    def zoom_plot(self) -> str | None:
        views = [v for v in self.visible(pg.GraphicsView) if zoomable_boxes(v)]
        if not views:
            return None
        view = self.rng.choice(views)
        box = self.rng.choice(zoomable_boxes(view))
        factor = (
            self.rng.choice(ZOOM_FACTORS)
            if self.rng.random() < 0.5
            else 10 ** self.rng.uniform(-6, 6)
        )
        how = self.rng.choice(["scaleBy", "wheel", "translateBy"])
        if how == "scaleBy":
            box.scaleBy((factor, factor))
        elif how == "wheel":
            wheel(view, self.rng.choice([-20, -3, -1, 1, 3, 20]))
        else:
            (x0, x1), (y0, y1) = box.viewRange()
            box.translateBy((factor * (x1 - x0), -factor * (y1 - y0)))
        return f"{how} {widget_name(view)} by {factor:.3g}"

    def press_plot_key(self) -> str | None:
        plot = self._pick(pg.PlotWidget, exclude=lambda w: w.objectName() != "functionPlot")
        if plot is None:
            return None
        key = self.rng.choice(
            [Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_A]
        )
        QTest.keyClick(plot, key)
        return f"key {key.name} on {widget_name(plot)}"

    def answer_popup(self) -> None:
        """Close the menu that is up, after choosing one of its entries half of the time."""
        popup = QApplication.activePopupWidget()
        if not isinstance(popup, QMenu):
            return
        entries = [a for a in popup.actions() if a.isEnabled() and not a.isSeparator()]
        if entries and self.rng.random() < 0.5:
            chosen = self.rng.choice(entries)
            self.doing(f"menu entry {chosen.text()!r}")
            popup.close()
            chosen.trigger()
        else:
            popup.close()

    def close_a_dialog(self) -> str | None:
        dialogs = self.visible(QDialog)
        if not dialogs:
            return None
        dialog = self.rng.choice(dialogs)
        dialog.close()
        return f"closed {widget_name(dialog)}"
