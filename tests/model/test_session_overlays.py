"""Pinned curves: legend labels that read well for every kind of parameter, colours that stay
valid slots when more curves are pinned than there are colours, and the CSV export's text.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from actviz.model.curve_export import curves_csv
from actviz.model.session import MAX_OVERLAYS, OVERLAY_COLOURS, Overlay, Session


def test_a_legend_shows_a_float_parameter_without_float_noise() -> None:
    label = Overlay("elu", {"alpha": 0.1 + 0.2}, 0).label()  # 0.30000000000000004
    assert "alpha=0.3)" in label


def test_a_legend_shows_a_choice_parameter_by_name() -> None:
    assert "approximate=tanh" in Overlay("gelu", {"approximate": "tanh"}, 0).label()


def test_every_pinned_curve_gets_a_colour_slot_even_beyond_the_palette() -> None:
    assert MAX_OVERLAYS > OVERLAY_COLOURS  # the case worth testing exists
    session = Session("relu")
    for _ in range(MAX_OVERLAYS):
        session.pin_current()
    colours = [overlay.colour for overlay in session.overlays]
    assert all(isinstance(c, int) and 0 <= c < OVERLAY_COLOURS for c in colours)
    assert sorted(colours[:OVERLAY_COLOURS]) == list(range(OVERLAY_COLOURS))


def test_the_csv_is_utf8_whatever_the_locale(tmp_path: Path) -> None:
    """Under an ASCII (C) locale without UTF-8 mode, a non-ASCII label is still written as UTF-8."""
    path = tmp_path / "curves.csv"
    text = "x,f [current: GELU (approximate=tanh) – σ]\n"
    script = (  # the text goes in as an ASCII escape: argv itself is decoded with the locale
        "import sys; from actviz.model.curve_export import write_text_atomically; "
        f"write_text_atomically(sys.argv[1], {text!a})"
    )
    env = {**os.environ, "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    env.pop("LANG", None)
    subprocess.run(
        [sys.executable, "-c", script, str(path)], check=True, cwd=os.getcwd(), env=env,
        capture_output=True,
    )  # fmt: skip
    assert path.read_bytes() == text.encode("utf-8")


def test_csv_numbers_have_at_most_17_significant_digits() -> None:
    """17 significant digits round-trip every float64; more is only noise in a spreadsheet."""
    rows = curves_csv(Session("elu", {"alpha": 0.7}), points=200).splitlines()[1:]
    fields = [field for row in rows for field in row.split(",")]
    assert len(fields) > 100
    for field in fields:
        mantissa = re.split("[eE]", field.lstrip("+-"))[0].replace(".", "").lstrip("0")
        assert len(mantissa.rstrip("0") if "." in field else mantissa) <= 17, field
