"""``signals_blocked``: the view contract's guard, so a model-to-widget update never echoes back.

The same context manager as ``superqt.utils.signals_blocked``, kept here because importing
superqt loads its whole widget collection (about 70 ms, with qtpy and pygments) before the first
window can paint, for these six lines.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject


@contextmanager
def signals_blocked(obj: QObject) -> Iterator[None]:
    """Block ``obj``'s signals inside the ``with`` block, then restore what was there before."""
    previous = obj.blockSignals(True)
    try:
        yield
    finally:
        obj.blockSignals(previous)
