"""Test-wide set-up: Qt renders offscreen (set QT_QPA_PLATFORM yourself to watch on a display).

The offscreen screen is a 1920x1080 desktop (Qt's own default, 800x800, is narrower than the
window's minimum width, so restored geometries would be squeezed).
"""

import atexit
import faulthandler
import json
import os
import shutil
import tempfile
from collections.abc import Iterator

import pytest

if "QT_QPA_PLATFORM" not in os.environ:
    _folder = tempfile.mkdtemp(prefix="actviz-screen-")
    atexit.register(shutil.rmtree, _folder, ignore_errors=True)
    _config = os.path.join(_folder, "screen.json")
    with open(_config, "w", encoding="utf-8") as file:
        json.dump({"screens": [{"name": "desktop", "width": 1920, "height": 1080}]}, file)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_config}"

import pyqtgraph as pg  # after the platform is chosen
from PySide6.QtWidgets import QApplication

# A test stuck where no Python runs (a deadlock with the GIL held) escapes pytest-timeout, whose
# timer is a Python thread. faulthandler's watchdog is not: past this limit it prints every
# thread's stack to the terminal and ends the run, so CI fails at once instead of hanging.
HARD_LIMIT_S = 900  # beyond pytest-timeout's 600 s, which reports more readably when it can
_terminal_fd: int | None = None


def pytest_configure(config: pytest.Config) -> None:
    global _terminal_fd
    _terminal_fd = os.dup(2)  # the capture plugin swaps fd 2 during each test


def pytest_make_parametrize_id(config: pytest.Config, val: object, argname: str) -> str | None:
    """String parameters get ids in plain ASCII (tests/ascii_ids.py says why)."""
    from ascii_ids import ascii_id

    return ascii_id(val) if isinstance(val, str) and ascii_id(val) != val else None


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> object:
    faulthandler.dump_traceback_later(HARD_LIMIT_S, exit=True, file=_terminal_fd or 2)
    try:
        return (yield)
    finally:
        faulthandler.cancel_dump_traceback_later()


@pytest.fixture(autouse=True)
def _no_custom_activations_leak() -> Iterator[None]:
    """Custom activations live in a process-wide registry: each test starts and ends without any."""
    from actviz.core import catalogue

    catalogue._custom.clear()
    yield
    catalogue._custom.clear()
    catalogue._staged.clear()


_QT_FREE_TESTS = ("core", "model")


@pytest.fixture(autouse=True)
def _texts_in_the_catalogue(request: pytest.FixtureRequest) -> Iterator[None]:
    """Around each Qt-free test, every text the core or the model asks to translate must be in
    the German catalogue (tests/catalogue_check.py): a wrong context or an edited text fails."""
    from actviz.core import i18n

    tests = os.path.dirname(__file__)
    if os.path.relpath(str(request.node.path), tests).split(os.sep)[0] not in _QT_FREE_TESTS:
        yield
        return
    from catalogue_check import CatalogueCheck

    check = CatalogueCheck()
    i18n.install(check)
    yield
    i18n.install(None)
    assert check.misses == [], "texts the German catalogue does not have (context, text, note)"


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """The language is app-wide: a test that switches it (View › Language, the random walk's
    menu entries) leaves English behind, as every other test expects."""
    yield
    from actviz.views.language import switch

    if switch.current_language() != switch.SOURCE_LANGUAGE:
        switch.apply_language(switch.SOURCE_LANGUAGE)


@pytest.fixture(autouse=True)
def _garbage_collected_in_gui_thread() -> Iterator[None]:
    """As in the app (actviz/gui_thread_gc.py): once a test made the QApplication, cyclic garbage
    is collected in the GUI thread only, never in a formula or simulation worker. (The Qt-free
    tests make none, so mutmut's process stays Qt-free.) The timer needs a running event loop,
    which many tests never start: what is due is also collected after each test."""
    from actviz.gui_thread_gc import collect_garbage_in_gui_thread

    app = QApplication.instance()  # the session-wide qapp is made before this, if asked for
    collector = None if app is None else collect_garbage_in_gui_thread(app)
    yield
    if collector is not None:
        collector.collect_due()


@pytest.fixture
def app_look_restored(qapp: QApplication) -> Iterator[None]:
    """A test that applies a theme changes application-wide things; put them back afterwards."""
    font, palette, style = qapp.font(), qapp.palette(), qapp.style().name()
    background, foreground = pg.getConfigOption("background"), pg.getConfigOption("foreground")
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)
    pg.setConfigOptions(background=background, foreground=foreground)
