"""Close every pyqtgraph view before the interpreter finalises.

A plot still alive when Python exits (a panel kept in a script's global, a notebook kernel
shutting down) is destroyed by shiboken during finalisation, when pyqtgraph's Python overrides
(``resizeEvent`` and friends, called as the items are taken apart) can no longer run: the
process crashed at exit about one run in fifteen. Closing a view clears its scene while Python
still works, so nothing is left to take apart that late.
"""

from __future__ import annotations

import atexit

_registered = False


def close_plots_at_exit() -> None:
    """Close every open pyqtgraph view at exit (idempotent; registered on the first call)."""
    global _registered
    if not _registered:
        atexit.register(_close_every_plot)
        _registered = True


def _close_every_plot() -> None:
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    import pyqtgraph as pg

    for widget in QApplication.allWidgets():
        if isinstance(widget, pg.GraphicsView) and not widget.closed:
            widget.close()
