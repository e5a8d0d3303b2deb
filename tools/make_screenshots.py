"""Take the README's screenshots in a real X window at 1366x768: the explorer (with the neuron
playground open), the neuron playground on a dying ReLU, the softmax lab, the deep-network lab and
the training lab.

Each scene is a lesson file written from the real window (offscreen), opened by ``python main.py``
in a virtual X screen by ``xshot`` (Xvfb + xdotool + ImageMagick), which clicks the scene's tab;
the picture is then cropped to the window. Settings go to a fresh folder, so no saved state leaks
in. Usage::

    python tools/make_screenshots.py --xshot /path/to/xshot [--theme light|dark] [--lang de]
                                     [--out docs]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from actviz.app import MainWindow, dispose_window, fitted_geometry  # noqa: E402

SCREEN = (1366, 768)


def explorer(win: MainWindow) -> None:
    win.session.choice.set_activation("relu")
    win.session.pin_current()
    win.neuron.apply_preset("leaky_relu")  # leaky ReLU, the neuron below zero still learning
    win.session.set_view_range((-4.0, 4.0, -1.5, 3.0))


def neuron(win: MainWindow) -> None:
    win.neuron.apply_preset("dying_relu")  # z < 0 with ReLU: no gradient flows back


def softmax(win: MainWindow) -> None:
    lab = win.lab("softmaxPanel").model
    lab.add_class()
    lab.set_scores([2.0, 1.0, 0.1, 1.6])
    lab.set_temperature(0.5)


def deepnet(win: MainWindow) -> None:
    win.lab("deepNetPanel").model.apply_preset("sigmoid_vanishing")


def training(win: MainWindow) -> None:
    lab = win.lab("trainingPanel").model
    lab.apply_preset("relu_vs_tanh")  # two networks side by side, with what to notice
    lab.set_value("show_test", True)
    lab.step(150)


# name: (how to set the scene, where to click: the tab at 1366x768 in window coordinates)
SCENES: dict[str, tuple[Callable[[MainWindow], None], tuple[int, int]]] = {
    "screenshot": (explorer, (1172, 58)),  # the side pane's "Neuron playground" tab
    "neuron": (neuron, (1172, 58)),
    "softmax": (softmax, (110, 32)),
    "deepnet": (deepnet, (202, 32)),
    "training": (training, (292, 32)),
}


def write_lessons(folder: Path) -> dict[str, Path]:
    app = QApplication.instance() or QApplication(["actviz"])
    paths = {}
    for name, (scene, _click) in SCENES.items():
        win = MainWindow()
        scene(win)
        paths[name] = folder / f"{name}.actviz"
        assert win.classroom.session.save_to(paths[name]), win.classroom.session.last_error
        dispose_window(win)
    del app
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--xshot", required=True, help="the xshot script")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--lang", default="", help="a language code, e.g. de (default: English)")
    parser.add_argument("--out", default=str(ROOT / "docs"))
    args = parser.parse_args()
    suffix = ("" if args.theme == "light" else "-dark") + (f"-{args.lang}" if args.lang else "")
    window = fitted_geometry(QRect(0, 0, *SCREEN))
    with tempfile.TemporaryDirectory() as folder:
        lessons = write_lessons(Path(folder))
        config = Path(folder) / "config"
        (config / "actviz").mkdir(parents=True)
        (config / "actviz" / "actviz.conf").write_text(
            f"[appearance]\ntheme={args.theme}\nlanguage={args.lang or 'en'}\n", encoding="utf-8"
        )
        env = {**os.environ, "XDG_CONFIG_HOME": str(config)}
        env.pop("QT_QPA_PLATFORM")
        for name, (_scene, (x, y)) in SCENES.items():
            raw = Path(folder) / f"{name}.png"
            keys = f"mousemove {window.x() + x} {window.y() + y} click 1 sleep 3"
            subprocess.run(
                [args.xshot, str(raw), "--screen", "x".join(map(str, SCREEN)), "--wait", "6",
                 "--keys", keys, "--", sys.executable, str(ROOT / "main.py"), str(lessons[name])],
                env=env, check=True,
            )  # fmt: skip
            out = Path(args.out) / f"{name}{suffix}.png"
            crop = f"{window.width()}x{window.height()}+{window.x()}+{window.y()}"
            subprocess.run(["convert", str(raw), "-crop", crop, "+repage", str(out)], check=True)
            print(f"wrote {out}")


if __name__ == "__main__":
    main()
