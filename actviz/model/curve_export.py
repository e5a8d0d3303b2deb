"""Curve data for export: x, f and f' of the current activation and of every pinned curve as CSV.

All curves share one x grid over the visible range, with every kink of every curve inserted
exactly (and its floating-point neighbours), so a spreadsheet shows the same corners the plot does.
"""

from __future__ import annotations

import io

import numpy as np

from actviz import core
from actviz.core.sampling import grid_x
from actviz.model.atomic_files import write_atomically as write_atomically
from actviz.model.atomic_files import write_text_atomically as write_text_atomically
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

    Rows: ``points`` evenly spaced x from the left edge to the right one, and each kink in view
    with its two float64 neighbours. Columns: ``x``, then ``f`` and ``f'`` for the current curve
    and each pinned one, named by the activation and its parameter values. Numbers are written
    with 17 significant digits, so the file reads back to the same float64 values.
    """
    x_min, x_max, _, _ = session.view_range
    curves = _curves(session)
    kink_xs = [k.x for _, activation, params in curves for k in activation.kinks(**params)]
    x = grid_x(x_min, x_max, points, kink_xs)
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


