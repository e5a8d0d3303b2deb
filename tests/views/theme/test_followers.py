"""The appearance's followers, its colours by meaning, and the one-way dependency between the
appearance and the plot styler."""

from __future__ import annotations

import ast
import pathlib
import subprocess
import sys
import weakref

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QColor

import actviz.views.theme.appearance as appearance_module
from actviz.views.theme.appearance import (
    CANVAS,
    OKABE_ITO,
    PLOT_BACKGROUND,
    Appearance,
    follow_appearance,
    themed_colour,
)
from actviz.views.theme.qt_text_tint import tint


def _luminance(colour: QColor) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture(autouse=True)
def fresh_registry(monkeypatch):
    """No Appearance and no followers left over from other tests (both are application-wide)."""
    monkeypatch.setattr(appearance_module, "_current", None)
    monkeypatch.setattr(appearance_module, "_followers", weakref.WeakSet())


class Recorder:
    def __init__(self) -> None:
        self.seen: list[bool] = []

    def apply_appearance(self, appearance: Appearance) -> None:
        self.seen.append(appearance.is_dark())


def test_a_follower_made_before_the_appearance_is_brought_in_line(qapp, app_look_restored):
    early = Recorder()
    follow_appearance(early)  # a lab built before the classroom features
    assert early.seen == []
    appearance = Appearance()
    appearance.set_theme("dark")
    late = Recorder()
    follow_appearance(late)  # a lab built when its tab is first shown
    assert early.seen == [True] and late.seen == [True]
    appearance.set_theme("light")
    assert early.seen == [True, False] and late.seen == [True, False]


def test_a_half_torn_down_view_does_not_stop_the_others(qtbot, qapp, app_look_restored):
    class ReadoutView(pg.PlotWidget):  # keeps its plot item, as the function plot does
        def __init__(self) -> None:
            super().__init__()
            self.item = self.getPlotItem()

        def apply_appearance(self, appearance: Appearance) -> None:
            self.item.titleLabel.setText("x", size="20pt")

    closed = ReadoutView()
    follow_appearance(closed)
    closed.close()  # pyqtgraph's close() deletes the view's items, not the view
    alive = Recorder()
    follow_appearance(alive)
    appearance = Appearance()
    appearance.set_theme("dark")
    appearance.set_theme("light")
    assert alive.seen == [True, False]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_canvas_colours_keep_contrast(theme: str) -> None:
    colours = CANVAS[theme]
    background = colours.background
    window = QColor("#1F2227" if theme == "dark" else "#EFEFEF")  # the Fusion window colours
    for role in ("text", "muted"):
        assert _contrast(getattr(colours, role), background) >= 4.5, role
    for role in ("error", "warning"):  # text on the window
        assert _contrast(getattr(colours, role), window) >= 4.5, role
    for role in ("positive", "negative", "neutral", "low", "high"):  # graphics
        assert _contrast(getattr(colours, role), background) >= 3.0, role
    okabe = {c.upper() for c in OKABE_ITO.values()}
    for role in ("positive", "negative", "low", "high"):
        assert getattr(colours, role).name().upper() in okabe, role


@pytest.mark.parametrize("grey", ["#DCDCDC", "#808080", "#5A5A5A", "#888888", "#8C8C8C"])
def test_greys_keep_their_contrast_in_the_dark_theme(grey: str) -> None:
    base = QColor(grey)
    dark = themed_colour(base, dark=True)
    on_white = _contrast(base, QColor("#FFFFFF"))
    assert _contrast(dark, QColor(PLOT_BACKGROUND["dark"])) == pytest.approx(on_white, rel=0.03)
    assert themed_colour(base, dark=False) == base


def test_text_tint_follows_the_theme(qtbot, qapp, app_look_restored) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel("refused")
    qtbot.addWidget(label)
    message = tint(label, "error")
    assert CANVAS["light"].error.name() in label.styleSheet()
    appearance = Appearance()
    appearance.set_theme("dark")
    assert CANVAS["dark"].error.name() in label.styleSheet()
    message.set_role(None)
    assert "color" not in label.styleSheet()
    with pytest.raises(ValueError, match="unknown text role"):
        message.set_role("loud")


def test_appearance_does_not_depend_on_the_plot_styler() -> None:
    source = pathlib.Path(appearance_module.__file__).read_text(encoding="utf-8")
    imported = {
        alias.name if isinstance(node, ast.Import) else node.module
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in (node.names if isinstance(node, ast.Import) else [node])
    }
    assert not any("plot_styler" in (name or "") for name in imported)
    assert "pyqtgraph" not in imported
    code = (
        "import sys, actviz.views.theme.appearance\n"
        "print('actviz.views.theme.plot_styler' in sys.modules, 'pyqtgraph' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False"]
