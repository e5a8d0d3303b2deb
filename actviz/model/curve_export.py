"""Curve data for export: x, f and f' of the current activation and of every pinned curve as CSV.

All curves share one x grid over the visible range, with every kink of every curve inserted
exactly (and its floating-point neighbours), so a spreadsheet shows the same corners the plot does.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np

from actviz import core
from actviz.core.sampling import sample_x
from actviz.model.session import Overlay, Session

CSV_POINTS = 1001


def _curves(session: Session) -> list[tuple[str, core.Activation, dict[str, object]]]:
    current = Overlay(session.choice.key, session.choice.params, -1)
    items = [
        ("current", current),
        *((f"pinned {i + 1}", o) for i, o in enumerate(session.overlays)),
    ]
    return [(f"{tag}: {o.label()}", core.get(o.key), dict(o.params)) for tag, o in items]


def curves_csv(session: Session, points: int = CSV_POINTS) -> str:
    """The CSV text: a header of column names, then one row per x in the visible range.

    Columns: ``x``, then ``f`` and ``f'`` for the current curve and each pinned one, named by the
    activation and its parameter values. Numbers are written with 17 significant digits, so the
    file reads back to the same float64 values.
    """
    x_min, x_max, _, _ = session.view_range
    curves = _curves(session)
    kink_xs = [k.x for _, activation, params in curves for k in activation.kinks(**params)]
    x = sample_x(x_min, x_max, max(points // 2, 1), kink_xs)
    columns = [x]
    header = ["x"]
    for label, activation, params in curves:
        header += [f"f [{label}]", f"f' [{label}]"]
        columns += [activation.forward(x, **params), activation.derivative(x, **params)]
    out = io.StringIO()
    out.write(",".join(_quote(h) for h in header) + "\n")
    np.savetxt(out, np.column_stack(columns), delimiter=",", fmt="%.17g")
    return out.getvalue()


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def write_atomically(path: str | os.PathLike[str], write: Callable[[str], None]) -> None:
    """Call ``write(temp_path)`` for a temporary file beside ``path``, then rename it over ``path``.

    The temporary name keeps the target's suffix (exporters pick the format from it). On any error
    the temporary file is removed and the error re-raised; ``path`` is never left half-written.
    """
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{target.stem}.", suffix=f".tmp{target.suffix}", dir=target.parent
    )
    os.close(fd)
    try:
        write(tmp_name)
        if not Path(tmp_name).stat().st_size:
            raise OSError(f"nothing was written for {target.name}")
        os.chmod(tmp_name, _mode_for(target))  # mkstemp makes 0600; an export is a normal file
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def _mode_for(target: Path) -> int:
    """An existing file keeps its permissions; a new one gets 0666 minus the umask."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_text_atomically(path: str | os.PathLike[str], text: str) -> None:
    def write(tmp: str) -> None:
        Path(tmp).write_text(text, encoding="utf-8")

    write_atomically(path, write)
