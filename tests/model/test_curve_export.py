"""Curve CSV export and atomic writes, without Qt: the file a teacher opens in a spreadsheet.

References: Python's csv module reads the file back, the catalogue's forward and derivative give
the values at the x written, and the README's promise (every kink exactly, 17 digits) the rest.
"""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

import numpy as np
import pytest

from actviz import core
from actviz.model import curve_export
from actviz.model.curve_export import curves_csv, write_atomically, write_text_atomically
from actviz.model.session import Session


def _read(text: str) -> tuple[list[str], np.ndarray]:
    rows = list(csv.reader(io.StringIO(text)))
    return rows[0], np.array([[float(v) for v in row] for row in rows[1:]])


def test_csv_has_x_then_f_and_derivative_of_current_and_pinned_curves() -> None:
    session = Session("leaky_relu", {"negative_slope": 0.2})
    session.pin_current()
    session.choice.set_activation("elu", {"alpha": 1.5})
    session.set_view_range((-3.0, 2.0, -1.0, 1.0))
    header, data = _read(curves_csv(session))
    elu, leaky = core.get("elu"), core.get("leaky_relu")
    current, pinned = f"{elu.name} (alpha=1.5)", f"{leaky.name} (negative_slope=0.2)"
    assert header == [
        "x",
        f"f [current: {current}]",
        f"f' [current: {current}]",
        f"f [pinned 1: {pinned}]",
        f"f' [pinned 1: {pinned}]",
    ]
    x = data[:, 0]
    assert x[0] == -3.0 and x[-1] == 2.0 and np.all(np.diff(x) > 0)
    assert 0.0 in x  # the kink of both curves, exactly
    np.testing.assert_array_equal(data[:, 1], elu.forward(x, alpha=1.5))
    np.testing.assert_array_equal(data[:, 2], elu.derivative(x, alpha=1.5))
    np.testing.assert_array_equal(data[:, 3], leaky.forward(x, negative_slope=0.2))
    np.testing.assert_array_equal(data[:, 4], leaky.derivative(x, negative_slope=0.2))


def test_csv_numbers_read_back_to_the_same_float64() -> None:
    session = Session("sigmoid")
    session.set_view_range((-0.1, 0.3, 0.0, 1.0))
    _, data = _read(curves_csv(session, points=301))
    x = data[:, 0]
    np.testing.assert_array_equal(data[:, 1], core.get("sigmoid").forward(x))
    np.testing.assert_array_equal(x, np.linspace(-0.1, 0.3, 301))  # sigmoid has no kink to add


@pytest.mark.parametrize("points", [2, 3, 41, 1000, 1001])
def test_csv_has_the_points_asked_for_plus_each_kink_and_its_neighbours(points: int) -> None:
    session = Session("relu")
    session.set_view_range((-1.0, 2.0, 0.0, 1.0))
    _, data = _read(curves_csv(session, points=points))
    x = data[:, 0]
    kink_and_neighbours = np.array([np.nextafter(0.0, -1.0), 0.0, np.nextafter(0.0, 1.0)])
    expected = np.union1d(np.linspace(-1.0, 2.0, points), kink_and_neighbours)
    np.testing.assert_array_equal(x, expected)


def test_csv_by_default_has_about_a_thousand_rows_and_quotes_labels() -> None:
    session = Session("relu")
    text = curves_csv(session)
    header, data = _read(text)
    assert curve_export.CSV_POINTS - 5 <= len(data) <= curve_export.CSV_POINTS + 5
    assert text.splitlines()[0] == '"x","f [current: ReLU]","f\' [current: ReLU]"'
    assert header == ["x", "f [current: ReLU]", "f' [current: ReLU]"]


def test_a_quote_in_a_label_is_doubled() -> None:
    assert curve_export._quote('say "hi"') == '"say ""hi"""'


def test_write_text_atomically_writes_the_whole_text_and_leaves_no_temporary(tmp_path) -> None:
    target = tmp_path / "curves.csv"
    write_text_atomically(target, "x,y\n1,2\n")
    assert target.read_text(encoding="utf-8") == "x,y\n1,2\n"
    assert [p.name for p in tmp_path.iterdir()] == ["curves.csv"]


def test_the_temporary_file_sits_beside_the_target_with_its_suffix(tmp_path) -> None:
    seen: list[Path] = []

    def write(tmp: str) -> None:
        seen.append(Path(tmp))
        Path(tmp).write_bytes(b"data")

    write_atomically(tmp_path / "plot.svg", write)
    assert seen[0].parent == tmp_path and seen[0].suffix == ".svg"
    assert seen[0].name.startswith(".plot.") and ".tmp" in seen[0].name


@pytest.mark.parametrize("fail", ["raise", "empty"])
def test_a_failed_write_keeps_the_old_file_and_removes_the_temporary(tmp_path, fail) -> None:
    target = tmp_path / "curves.csv"
    target.write_text("old", encoding="utf-8")

    def write(tmp: str) -> None:
        if fail == "raise":
            Path(tmp).write_text("half", encoding="utf-8")
            raise OSError("disk full")

    with pytest.raises(OSError, match="disk full" if fail == "raise" else "nothing was written"):
        write_atomically(target, write)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["curves.csv"]


def test_a_new_file_gets_normal_permissions_and_an_old_one_keeps_its_own(tmp_path) -> None:
    umask = os.umask(0o022)
    try:
        fresh = tmp_path / "new.csv"
        write_text_atomically(fresh, "a")
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
        kept = tmp_path / "kept.csv"
        kept.write_text("b", encoding="utf-8")
        kept.chmod(0o600)
        write_text_atomically(kept, "c")
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600
        assert kept.read_text(encoding="utf-8") == "c"
    finally:
        os.umask(umask)


def test_the_writers_own_error_comes_through_when_the_temporary_is_already_gone(tmp_path) -> None:
    def write(tmp: str) -> None:
        os.unlink(tmp)  # the clean-up then finds nothing to remove
        raise ValueError("the figure could not be drawn")

    with pytest.raises(ValueError, match="could not be drawn"):
        write_atomically(tmp_path / "plot.png", write)
    assert list(tmp_path.iterdir()) == []
