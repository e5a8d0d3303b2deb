"""Installing labs and menu entries: a lab's model at start-up, its views when first shown; the
window opens fast because nothing of a background lab is imported; the layout is remembered."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtWidgets import QLabel, QWidget

from actviz.app import (
    DEFAULT_SIZE,
    ActionSpec,
    LabSpec,
    MainWindow,
    dispose_window,
    fitted_geometry,
    make_action,
)
from actviz.views.classroom.settings_store import LAYOUT_KEY
from actviz.views.explorer.qt_explorer_panel import PLOT, SIDE_COLUMN, SIDE_PANE

ROOT = Path(__file__).resolve().parents[2]

# Imported by a window that shows only the explorer? None of these may be.
NOT_AT_START = (
    "actviz.views.softmax",
    "actviz.views.deepnet",
    "actviz.views.neuron",
    "actviz.core.deepnet.signal_simulation",  # the lab models load only weight_init, toy_data
    "actviz.core.deepnet.plane_bending",
    "scipy",
    "superqt",
    "numpy.random",  # tens of milliseconds (it loads hashlib and secrets too)
    "numpy.ma",  # np.unique's first call loads it
)


def run_python(code: str, *args: str, platform: str = "offscreen") -> list:  # type: ignore[type-arg]
    """Run ``code`` with ``args`` in a fresh interpreter on this checkout; its printed JSON list."""
    env = {**os.environ, "QT_QPA_PLATFORM": platform, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        env=env, cwd=ROOT, capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_background_labs_are_not_imported_until_their_tab_is_shown() -> None:
    loaded = run_python(
        """
        import json, sys
        from PySide6.QtWidgets import QApplication
        app = QApplication(["actviz"])
        from actviz.app import MainWindow
        window = MainWindow()
        window.show()
        app.processEvents()
        wanted = sys.argv[1:]
        def loaded():
            return sorted(n for n in wanted if n in sys.modules)
        before = loaded()
        window.show_lab("softmaxPanel")
        app.processEvents()
        after_softmax = loaded()
        window.show_neuron()
        app.processEvents()
        print(json.dumps([before, after_softmax, loaded()]))
        """,
        *NOT_AT_START,
    )
    before, after_softmax, after_neuron = loaded
    assert before == []
    assert "actviz.views.softmax" in after_softmax
    assert "actviz.views.deepnet" not in after_softmax  # only what was asked for
    assert "actviz.views.neuron" in after_neuron


class CountingModel:
    """A saveable model for a lab of the test's own."""

    state_key = "test_lab"
    made = 0

    def __init__(self) -> None:
        type(self).made += 1
        self.value = 1

    def to_state(self) -> dict[str, int]:
        return {"value": self.value}

    def check_state(self, data: object, notes: list[str]) -> dict[str, int]:
        if not isinstance(data, dict) or not isinstance(data.get("value"), int):
            raise ValueError("test_lab: expected {'value': int}")
        return {"value": data["value"]}

    def apply_state(self, state: dict[str, int]) -> None:
        self.value = state["value"]


class CountingPanel(QLabel):
    built = 0

    def __init__(self, model: CountingModel) -> None:
        super().__init__(f"value {model.value}")
        self.setObjectName("testPanel")
        self.model = model
        type(self).built += 1


SPEC = LabSpec("testPanel", "Test lab", CountingModel, f"{__name__}:CountingPanel")


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    win.show()
    qtbot.waitExposed(win)
    yield win
    dispose_window(win)


def test_a_lab_installs_with_one_spec_and_builds_on_first_show(window, qtbot) -> None:
    CountingModel.made = CountingPanel.built = 0
    lab = window.install_lab(SPEC)
    assert CountingModel.made == 1 and lab.model in window.saveables  # lessons cover it at once
    assert not lab.built and window.findChild(QWidget, "testPanel") is None
    assert window.tabs.tabText(window.tabs.indexOf(lab.page)) == "Test lab"
    window.tabs.setCurrentWidget(lab.page)  # the user opens the tab
    qtbot.waitUntil(lambda: lab.built)
    panel = window.findChild(QWidget, "testPanel")
    assert isinstance(panel, CountingPanel) and panel.model is lab.model and panel.isVisible()
    window.tabs.setCurrentIndex(0)
    window.tabs.setCurrentWidget(lab.page)
    assert CountingPanel.built == 1 and window.lab("testPanel").panel is panel  # built once
    with pytest.raises(ValueError, match="installed already"):
        window.install_lab(SPEC)
    with pytest.raises(KeyError, match="softmaxPanel"):
        window.lab("noSuchPanel")


def test_a_menu_action_can_build_a_lab_that_was_never_shown(window) -> None:
    assert not window.lab("deepNetPanel").built
    panel = window.lab("deepNetPanel").panel  # e.g. "record the deep-network lab"
    assert panel.objectName() == "deepNetPanel" and window.lab("deepNetPanel").built
    assert window.tabs.currentIndex() == 0  # built without taking the user elsewhere
    panel.shutdown()


def test_an_action_spec_imports_its_function_on_first_trigger(window, tmp_path, monkeypatch):
    (tmp_path / "lazy_feature.py").write_text(
        "calls = []\n\ndef run(window):\n    calls.append(window)\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    action = make_action(ActionSpec("&Lazy…", "lazy_feature:run", "Ctrl+Alt+L", "Tip"), window)
    assert "lazy_feature" not in sys.modules
    assert action.shortcut().toString() == "Ctrl+Alt+L" and action.toolTip() == "Tip"
    action.trigger()
    assert sys.modules["lazy_feature"].calls == [window]
    monkeypatch.delitem(sys.modules, "lazy_feature")
    called: list[bool] = []
    make_action(ActionSpec("&Now", lambda: called.append(True)), window).trigger()
    assert called == [True]


# settings ----------------------------------------------------------------------------------------
@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_splitter_sizes_and_side_tab_are_remembered(qtbot, settings) -> None:
    first = MainWindow(settings=settings)
    first.resize(1366, 768)
    first.show()
    qtbot.waitExposed(first)
    explorer = first.explorer
    explorer.moveSplitter(explorer.sizes()[SIDE_COLUMN] + 40, 1)  # a user's drag
    explorer.pane_action.trigger()  # and the side pane collapsed
    first.show_neuron()  # ... opens it again, on the neuron
    explorer.column_action.trigger()  # the side column collapsed
    saved = explorer.sizes()
    assert saved[SIDE_COLUMN] == 0 and saved[SIDE_PANE] > 0
    dispose_window(first)  # closes it (which saves the settings) and deletes it

    second = MainWindow(settings=settings)
    second.show()
    qtbot.waitExposed(second)
    try:
        assert second.size() == QSize(1366, 768)
        assert second.explorer.sizes() == saved
        assert second.explorer.side_pane.currentWidget() is second.neuron_page
        assert not second.explorer.column_action.isChecked()
        second.explorer.column_action.trigger()  # comes back at its dragged width
        assert second.explorer.sizes()[SIDE_COLUMN] > 0
    finally:
        dispose_window(second)


@pytest.mark.parametrize(
    "stored", ["{not json", json.dumps([1, 2]), json.dumps({"sizes": [-5, 10, 3]}),
               json.dumps({"sizes": [100, 0, 100], "side_tab": 7}), json.dumps({"sizes": "wide"}),
               '{"sizes": [1' + "0" * 400 + ', 100, 100], "side_tab": 1' + "0" * 400 + "}",
               "[" * 100_000 + "]" * 100_000]
)  # fmt: skip
def test_a_damaged_layout_is_ignored(qtbot, settings, stored) -> None:
    settings.setValue(LAYOUT_KEY, stored)
    win = MainWindow(settings=settings)
    win.show()
    qtbot.waitExposed(win)
    try:
        sizes = win.explorer.sizes()
        assert all(size > 0 for size in sizes) and sizes[PLOT] > sizes[SIDE_PANE]
        assert win.explorer.side_pane.currentIndex() == 0
    finally:
        dispose_window(win)


@pytest.mark.parametrize("screen", [(1280, 720), (1366, 768)])
def test_with_no_saved_geometry_the_window_fits_the_screen(tmp_path, screen) -> None:
    config = tmp_path / "screen.json"
    width, height = screen
    screens = {"screens": [{"name": "laptop", "width": width, "height": height}]}
    config.write_text(json.dumps(screens))
    geometry, available = run_python(
        """
        import json, sys
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication
        app = QApplication(["actviz"])
        from actviz.app import MainWindow
        settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)  # empty: a first start
        window = MainWindow(settings=settings)
        window.show()
        app.processEvents()
        rects = window.frameGeometry(), window.screen().availableGeometry()
        print(json.dumps([r.getRect() for r in rects]))
        """,
        str(tmp_path / "settings.ini"),
        platform=f"offscreen:configfile={config}",
    )
    assert QRect(*available).contains(QRect(*geometry)), (geometry, available)
    assert geometry[3] < height  # not taller than the screen


@pytest.mark.parametrize("screen", [(1280, 720), (1366, 768), (1366, 736), (1920, 1080)])
def test_fitted_geometry_leaves_room_for_the_frame(screen) -> None:
    available = QRect(0, 24, *screen)  # a top panel of 24 px
    rect = fitted_geometry(available)
    assert available.contains(rect)
    assert rect.height() <= available.height() - 30 and rect.width() <= available.width() - 8
    assert rect.width() <= DEFAULT_SIZE.width() and rect.height() <= DEFAULT_SIZE.height()
    if screen == (1920, 1080):
        assert rect.size() == DEFAULT_SIZE and rect.center() == available.center()
