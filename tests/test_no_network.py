"""actviz never touches the network: the whole app smoke path runs with sockets disabled.

In-process: every way Python opens a connection raises, and the app is built, driven through every
activation and every lab tab, saved to a lesson file and restored from it. In a fresh interpreter:
the same blocking is installed before actviz is imported, and the real ``main()`` renders a
screenshot, so an import-time connection would be caught too.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTabWidget

ROOT = Path(__file__).resolve().parent.parent

_BLOCKER = """
import socket

class NetworkUsed(RuntimeError):
    pass

class _NoSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        raise NetworkUsed(f"socket.socket{args!r} was called")

def _refuse(*args, **kwargs):
    raise NetworkUsed(f"network call with {args!r}")

socket.socket = _NoSocket
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
socket.gethostbyname = _refuse
"""


class NetworkUsed(RuntimeError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    class NoSocket(socket.socket):
        def __init__(self, *args: object, **kwargs: object) -> None:
            attempts.append(f"socket.socket{args!r}")
            raise NetworkUsed("socket.socket was called")

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(f"connection {args!r}")
        raise NetworkUsed("a network call was made")

    monkeypatch.setattr(socket, "socket", NoSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse)
    return attempts


def test_blocker_really_blocks(no_network: list[str]) -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(NetworkUsed):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    assert len(no_network) == 2
    no_network.clear()


def test_whole_app_smoke_path_without_network(no_network: list[str], qtbot, tmp_path: Path) -> None:
    from actviz import core
    from actviz.app import MainWindow, dispose_window

    window = MainWindow()  # no settings store: nothing read or written outside tmp_path
    window.show()
    qtbot.waitExposed(window)
    try:
        choice = window.session.choice
        for key in core.names():
            choice.set_activation(key)
            qtbot.wait(1)
        tabs = window.findChild(QTabWidget, "labTabs")
        assert tabs is not None
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.wait(20)
        tabs.setCurrentIndex(0)

        choice.set_activation("leaky_relu", {"negative_slope": 0.2})
        lesson = tmp_path / "lesson.actviz"
        assert window.classroom.session.save_to(lesson)
        choice.set_activation("tanh")
        assert window.classroom.session.open_path(lesson)
        assert choice.key == "leaky_relu"
        actions = window.classroom.actions
        for action in (
            actions.presentation_action,
            actions.cycle_theme_action,
            actions.presentation_action,
            actions.tour_action,
            actions.shortcuts_action,
        ):
            action.trigger()
            qtbot.wait(1)
        window.curve_plot.grab()
    finally:
        dispose_window(window)
    assert no_network == []


def test_main_renders_a_screenshot_with_sockets_blocked_from_the_start(tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    script = _BLOCKER + (
        "import sys\n"
        "from actviz.app import main\n"
        f"sys.exit(main(['--screenshot', {str(shot)!r}]))\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert "NetworkUsed" not in result.stderr, result.stderr[-3000:]
    assert result.returncode == 0, result.stderr[-3000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
