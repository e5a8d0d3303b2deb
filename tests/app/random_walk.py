"""A seeded random walk over a real window: what a curious (or careless) user could do to every
control of every lab, found generically, so labs added later are walked without a change here.

Each step picks one gesture: a slider to a random value or to its ends, good or bad text typed
into an entry (letters, NaN, inf, 1e400, nothing) and committed, a combo box choice, a click on a
button or check box, a tab, an item in a list or tree, a menu action (its dialogs answered at
random by :func:`answer_dialogs_at_random`), a zoom of a plot by a factor from 1e-6 to 1e6, a key
on the function plot, closing a dialog. Every step is logged, so a failure names the gesture and
the steps before it, and the seed replays it.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QWheelEvent
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
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTabBar,
    QToolButton,
    QWhatsThis,
    QWidget,
)

# Text typed into number entries: good numbers, and everything the entries must refuse calmly.
NUMBER_TEXTS = (
    "0", "1", "-1", "0.5", "-0.001", "2.5e1", "1e-300", "100", "-100", "1e6", "-1e6",
    "abc", "1.2.3", "NaN", "nan", "inf", "-inf", "Infinity", "1e400", "-1e400", "",
    "   ", "-", "+", "e", "1e", "0x10", "1,5", "١٢", "½", "9" * 40, "--1", "1_000",
)  # fmt: skip
# Text typed into other entries (class names, filters).
WORD_TEXTS = (
    "cat", "", "   ", "a" * 80, "<b>bold</b>", "ß∂ƒ", "名前", "x\ty", "relu", "tanh", "🙂", "&&",
)  # fmt: skip
REDISCOVER_EVERY = 10  # steps between two full searches for widgets
ZOOM_FACTORS = (1e-6, 1e-3, 0.1, 0.5, 0.9, 1.1, 2.0, 10.0, 1e3, 1e6)


def answer_dialogs_at_random(monkeypatch, rng: random.Random, folder: Path) -> None:
    """Never block: every static dialog and every exec() answers at once, at random.

    File dialogs return a good path in ``folder``, a path in a folder that does not exist, a
    garbage file, or nothing (cancel).
    """
    garbage = folder / "garbage.actviz"
    garbage.write_text("{not json", encoding="utf-8")
    empty_dir = folder / "a folder.actviz"
    empty_dir.mkdir(exist_ok=True)

    def path_for(suffix: str) -> str:
        return rng.choice(
            [
                "",
                str(folder / f"out{rng.randrange(3)}{suffix}"),
                str(folder / "missing" / f"x{suffix}"),
                str(garbage),
                str(empty_dir),
                str(folder / f"no suffix {rng.randrange(3)}"),
            ]
        )

    def save_name(*_args, **_kwargs):
        return path_for(rng.choice([".png", ".svg", ".csv", ".actviz", ".txt"])), ""

    def open_name(*_args, **_kwargs):
        return path_for(".actviz"), ""

    button = QMessageBox.StandardButton
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([open_name()[0]], ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder))
    )
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(
            QMessageBox,
            name,
            staticmethod(lambda *a, **k: rng.choice([button.Ok, button.Yes, button.No])),
        )
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a, **k: None))
    monkeypatch.setattr(QMessageBox, "aboutQt", staticmethod(lambda *a, **k: None))
    monkeypatch.setattr(
        QInputDialog,
        "getText",
        staticmethod(lambda *a, **k: (rng.choice(WORD_TEXTS), rng.random() < 0.7)),
    )
    monkeypatch.setattr(
        QInputDialog,
        "getInt",
        staticmethod(lambda *a, **k: (rng.randint(-10, 10), rng.random() < 0.7)),
    )
    monkeypatch.setattr(
        QInputDialog,
        "getDouble",
        staticmethod(lambda *a, **k: (rng.uniform(-10, 10), rng.random() < 0.7)),
    )
    monkeypatch.setattr(
        QInputDialog, "getItem", staticmethod(lambda *a, **k: ("", rng.random() < 0.7))
    )
    accepted, rejected = QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected
    for cls in (QDialog, QMessageBox):
        monkeypatch.setattr(cls, "exec", lambda self: rng.choice([accepted, rejected]))
    # A menu shown with popup() is left unshown; one run with exec() (whose instance method
    # PySide does not let a class attribute replace) is answered by answer_popup().
    monkeypatch.setattr(QMenu, "popup", lambda self, *a, **k: None)


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
        return f"slider {_name(slider)} -> {value}"

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
        return f"typed {text!r} into {_name(spin)}, {commit}"

    def step_spin_box(self) -> str | None:
        spin = self._pick(QAbstractSpinBox)
        if spin is None:
            return None
        steps = self.rng.choice([1, -1, 10, -10, 1000, -1000])
        spin.stepBy(steps)
        return f"stepped {_name(spin)} by {steps}"

    def type_into_line_edit(self) -> str | None:
        edit = self._pick(QLineEdit, exclude=_inside_spin_or_combo)
        if edit is None:
            return None
        text = self.rng.choice(WORD_TEXTS)
        edit.selectAll()
        edit.insert(text)
        QTest.keyClick(edit, Qt.Key.Key_Return)
        return f"typed {text!r} into {_name(edit)}"

    def choose_in_combo(self) -> str | None:
        combo = self._pick(QComboBox)
        if combo is None or combo.count() == 0:
            return None
        index = self.rng.randrange(combo.count())
        combo.setCurrentIndex(index)
        return f"chose {combo.itemText(index)!r} in {_name(combo)}"

    def click_button(self) -> str | None:
        button = self._pick(QAbstractButton, exclude=_opens_a_popup_loop)
        if button is None:
            return None
        kind = "check box" if isinstance(button, QCheckBox | QRadioButton) else "button"
        what = f"clicked {kind} {_name(button)} {button.text()!r}"
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
        return f"picked {_item_text(index)!r} in {_name(view)}"

    def trigger_menu_action(self) -> str | None:
        actions = _menu_actions(self.window)
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
        views = [v for v in self.visible(pg.GraphicsView) if _zoomable_boxes(v)]
        if not views:
            return None
        view = self.rng.choice(views)
        box = self.rng.choice(_zoomable_boxes(view))
        factor = (
            self.rng.choice(ZOOM_FACTORS)
            if self.rng.random() < 0.5
            else 10 ** self.rng.uniform(-6, 6)
        )
        how = self.rng.choice(["scaleBy", "wheel", "translateBy"])
        if how == "scaleBy":
            box.scaleBy((factor, factor))
        elif how == "wheel":
            _wheel(view, self.rng.choice([-20, -3, -1, 1, 3, 20]))
        else:
            (x0, x1), (y0, y1) = box.viewRange()
            box.translateBy((factor * (x1 - x0), -factor * (y1 - y0)))
        return f"{how} {_name(view)} by {factor:.3g}"

    def press_plot_key(self) -> str | None:
        plot = self._pick(pg.PlotWidget, exclude=lambda w: w.objectName() != "functionPlot")
        if plot is None:
            return None
        key = self.rng.choice(
            [Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_A]
        )
        QTest.keyClick(plot, key)
        return f"key {key.name} on {_name(plot)}"

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
        return f"closed {_name(dialog)}"


def _name(widget: QWidget) -> str:
    """The widget's class and objectName, or the nearest named ancestor's."""
    named: QWidget | None = widget
    while named is not None and not named.objectName():
        named = named.parentWidget()
    where = named.objectName() if named is not None else "?"
    return f"{type(widget).__name__}:{where}"


def _inside_spin_or_combo(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractSpinBox | QComboBox)


def _opens_a_popup_loop(button: QWidget) -> bool:
    """Qt's own helper buttons (tab scrollers, the menu bar's » overflow) and buttons with a
    menu: clicking them runs a popup's event loop inside Qt, which waits for a real mouse."""
    if button.objectName().startswith("qt_") or isinstance(button.parentWidget(), QTabBar):
        return True
    return isinstance(button, QPushButton | QToolButton) and button.menu() is not None


def _item_text(index: QModelIndex) -> str:
    return str(index.data() or "")


def _menu_actions(window: QMainWindow) -> list[QAction]:
    out: list[QAction] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif not action.isSeparator() and action.isEnabled():
                out.append(action)

    for action in window.menuBar().actions():
        if action.menu() is not None:
            walk(action.menu())
    return out


def _zoomable_boxes(view: pg.GraphicsView) -> list[pg.ViewBox]:
    return [
        i
        for i in view.scene().items()
        if isinstance(i, pg.ViewBox) and any(i.state["mouseEnabled"])
    ]


def _wheel(view: pg.GraphicsView, notches: int) -> None:
    viewport = view.viewport()
    pos = QPointF(viewport.width() / 2, viewport.height() / 2)
    event = QWheelEvent(
        pos,
        QPointF(viewport.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def finite_ranges(view: pg.GraphicsView) -> bool:
    return all(
        math.isfinite(low) and math.isfinite(high)
        for box in _zoomable_boxes(view)
        for low, high in box.viewRange()
    )
