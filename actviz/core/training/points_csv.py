"""Points as CSV text, rows ``x, y, label``: read strictly (all or nothing), written exactly.

Reading never half-loads: every bad row is reported with its 1-based line number in one
``ValueError``, and nothing is returned unless every row is good. Blank lines and lines starting
with ``#`` are skipped; the first content line may be a header (a line with no number in it).
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from actviz.core.i18n import translate

FloatArray = npt.NDArray[np.float64]

HEADER = "x,y,label"
MAX_REPORTED = 20  # bad lines listed in the message; the rest are counted


def _number(field: str) -> float | None:
    """``field`` as a finite float, or None if it is not one (text, NaN, inf, empty)."""
    try:
        value = float(field)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _is_header(fields: list[str]) -> bool:
    """A header holds no number at all (not even NaN or inf, which are bad data instead)."""
    for field in fields:
        try:
            float(field)
        except ValueError:
            continue
        return False
    return True


def _problem(fields: list[str]) -> str | None:
    """What is wrong with one row, in the installed language, or None."""
    if len(fields) != 3:
        message = translate("TrainingData", "expected 3 values (x, y, label), got {count}")
        return message.format(count=len(fields))
    for name, field in zip(("x", "y", "label"), fields, strict=True):
        if _number(field) is None:
            if not field:
                return translate("TrainingData", "{column} empty").format(column=name)
            message = translate("TrainingData", "{column} {field} is not a finite number")
            return message.format(column=name, field=repr(field))
    return None


def parse_points_csv(text: str) -> tuple[FloatArray, FloatArray]:
    """``(points (n, 2), labels (n,))`` from CSV text with rows ``x, y, label``.

    Fields may be quoted and padded with spaces. Raises ``ValueError`` listing every bad line
    ("line 4: y 'abc' is not a finite number", wrong column counts, NaN or inf) if any is bad,
    or if there is no data row at all.
    """
    rows: list[tuple[float, float, float]] = []
    errors: list[str] = []
    seen_content = False
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        fields = [f.strip().strip("\"'").strip() for f in stripped.split(",")]
        first = not seen_content
        seen_content = True
        if first and _is_header(fields):
            continue
        problem = _problem(fields)
        if problem is not None:
            line_problem = translate("TrainingData", "line {number}: {problem}")
            errors.append(line_problem.format(number=number, problem=problem))
            continue
        x, y, label = (float(f) for f in fields)
        rows.append((x, y, label))
    if errors:
        shown = "; ".join(errors[:MAX_REPORTED])
        more = len(errors) - MAX_REPORTED
        tail = ""
        if more > 0:
            tail = translate("TrainingData", "; and {more} more bad lines").format(more=more)
        message = translate("TrainingData", "{count} bad line(s), nothing loaded: {lines}")
        raise ValueError(message.format(count=len(errors), lines=shown) + tail)
    if not rows:
        raise ValueError(translate("TrainingData", "no data rows: expected lines of x, y, label"))
    table = np.array(rows, dtype=np.float64)
    return np.ascontiguousarray(table[:, :2]), table[:, 2].copy()


def format_points_csv(points: npt.ArrayLike, labels: npt.ArrayLike) -> str:
    """CSV text with a header and one ``x,y,label`` row per point, every float written exactly
    (shortest repr that reads back to the same float64)."""
    xy = np.asarray(points, dtype=np.float64)
    values = np.asarray(labels, dtype=np.float64)
    if xy.ndim != 2 or xy.shape[1] != 2 or values.shape != (len(xy),):
        raise ValueError(
            f"points must have shape (n, 2) and labels (n,), got {xy.shape} and {values.shape}"
        )
    if not (np.isfinite(xy).all() and np.isfinite(values).all()):
        raise ValueError("points and labels must be finite to be written")
    lines = [HEADER]
    rows = zip(xy[:, 0].tolist(), xy[:, 1].tolist(), values.tolist(), strict=True)
    lines.extend(f"{x!r},{y!r},{v!r}" for x, y, v in rows)
    return "\n".join(lines) + "\n"
