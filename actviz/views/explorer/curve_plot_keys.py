"""The function plot's own keys while it has focus: the arrow keys pan, + and − zoom, Home
restores the default view, all through the model (``Session.pan_view``, ``zoom_view``,
``reset_view``), so a saved lesson keeps what the keys did."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent

from actviz.model.session import Session

KEY_ZOOM = 1.25  # one + or - key press
KEY_PAN = 0.1  # of the view, one arrow key press
PLOT_KEYS = frozenset(
    {
        Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home,
        Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus, Qt.Key.Key_Underscore,
    }
)  # fmt: skip
_PAN_STEPS = {
    Qt.Key.Key_Left: (-KEY_PAN, 0.0),
    Qt.Key.Key_Right: (KEY_PAN, 0.0),
    Qt.Key.Key_Up: (0.0, KEY_PAN),
    Qt.Key.Key_Down: (0.0, -KEY_PAN),
}


def claims_shortcut(event: QEvent) -> bool:
    """Whether ``event`` is a ShortcutOverride for one of the plot's keys (Home and + / − are
    the plot's own while it has focus, not the window's shortcuts)."""
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return bool(plain and Qt.Key(event.key()) in PLOT_KEYS)


def zoom_in(session: Session) -> None:
    session.zoom_view(1 / KEY_ZOOM)


def zoom_out(session: Session) -> None:
    session.zoom_view(KEY_ZOOM)


def apply_key(session: Session, key: Qt.Key) -> bool:
    """Pan, zoom or reset ``session``'s view for ``key``; False for a key that is not the plot's."""
    if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
        zoom_in(session)
    elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
        zoom_out(session)
    elif key in _PAN_STEPS:
        session.pan_view(*_PAN_STEPS[key])
    elif key == Qt.Key.Key_Home:
        session.reset_view()
    else:
        return False
    return True


def key_help() -> list[tuple[str, str]]:
    """The plot's own keys as (what, keys) for Help › Keyboard shortcuts (Home, the window's
    "Default view", is listed with the View menu)."""
    return [
        (QCoreApplication.translate("QtCurvePlot", "Pan the view"),
         QCoreApplication.translate("QtCurvePlot", "Arrow keys")),
        (QCoreApplication.translate("QtCurvePlot", "Zoom in"), "+"),
        (QCoreApplication.translate("QtCurvePlot", "Zoom out"), "−"),
    ]  # fmt: skip
