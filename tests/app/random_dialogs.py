"""Dialogs that never block a random walk: each answers at once, at random."""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
)
from random_texts import WORD_TEXTS


def answer_dialogs_at_random(monkeypatch, rng: random.Random, folder: Path) -> None:
    """Never block: every static dialog and every exec() answers at once, at random.

    File dialogs return a good path in ``folder``, a path in a folder that does not exist, a
    garbage file, or nothing (cancel).
    """
    garbage = folder / "garbage.actviz"
    garbage.write_text("{not json", encoding="utf-8")
    empty_dir = folder / "a folder.actviz"
    empty_dir.mkdir(exist_ok=True)

    def path_for(suffix: str) -> str:
        return rng.choice(
            [
                "",
                str(folder / f"out{rng.randrange(3)}{suffix}"),
                str(folder / "missing" / f"x{suffix}"),
                str(garbage),
                str(empty_dir),
                str(folder / f"no suffix {rng.randrange(3)}"),
            ]
        )

    def save_name(*_args, **_kwargs):
        return path_for(rng.choice([".png", ".svg", ".csv", ".actviz", ".txt"])), ""

    def open_name(*_args, **_kwargs):
        return path_for(".actviz"), ""

    button = QMessageBox.StandardButton
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([open_name()[0]], ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder))
    )
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(
            QMessageBox,
            name,
            staticmethod(lambda *a, **k: rng.choice([button.Ok, button.Yes, button.No])),
        )
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a, **k: None))
    monkeypatch.setattr(QMessageBox, "aboutQt", staticmethod(lambda *a, **k: None))
    monkeypatch.setattr(
        QInputDialog,
        "getText",
        staticmethod(lambda *a, **k: (rng.choice(WORD_TEXTS), rng.random() < 0.7)),
    )
    monkeypatch.setattr(
        QInputDialog,
        "getInt",
        staticmethod(lambda *a, **k: (rng.randint(-10, 10), rng.random() < 0.7)),
    )
    monkeypatch.setattr(
        QInputDialog,
        "getDouble",
        staticmethod(lambda *a, **k: (rng.uniform(-10, 10), rng.random() < 0.7)),
    )
    monkeypatch.setattr(
        QInputDialog, "getItem", staticmethod(lambda *a, **k: ("", rng.random() < 0.7))
    )
    accepted, rejected = QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected
    for cls in (QDialog, QMessageBox):
        monkeypatch.setattr(cls, "exec", lambda self: rng.choice([accepted, rejected]))
    # A menu shown with popup() is left unshown; one run with exec() (whose instance method
    # PySide does not let a class attribute replace) is answered by answer_popup().
    monkeypatch.setattr(QMenu, "popup", lambda self, *a, **k: None)
