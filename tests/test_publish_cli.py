"""The headless commands: each writes what it says, refuses bad arguments with status 2 and a
message naming the argument, exits 1 on a file it cannot write, and leaves nothing behind.
``import actviz`` stays light; the old command line keeps working (``actviz ./render``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtGui import QImage

from actviz import core
from actviz.app import main

ROOT = Path(__file__).resolve().parent.parent


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_render_writes_png_svg_and_pdf(qapp, tmp_path: Path, capsys) -> None:
    for name in ("f.png", "f.svg", "f.pdf"):
        out = tmp_path / name
        code, printed, _ = run(
            capsys, "render", "leaky_relu", "--param", "negative_slope=0.2", "--out", str(out),
            "--size", "400x300", "--range", "-3:3", "--theme", "dark", "--no-derivative",
        )
        assert code == 0
        assert printed.strip() == str(out)
    image = QImage(str(tmp_path / "f.png"))
    assert (image.width(), image.height()) == (400, 300)
    assert (tmp_path / "f.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert (tmp_path / "f.pdf").read_bytes().startswith(b"%PDF")


def test_handout_and_cheatsheet_write_pdfs(qapp, tmp_path: Path, capsys) -> None:
    code, _, _ = run(capsys, "handout", "relu", "tanh", "--page", "Letter", "--out",
                     str(tmp_path / "h.pdf"))
    assert code == 0
    assert len(PdfReader(tmp_path / "h.pdf").pages) == 3
    code, _, _ = run(capsys, "handout", "--family", "Shrinkage", "--out", str(tmp_path / "s.pdf"))
    assert code == 0
    assert len(PdfReader(tmp_path / "s.pdf").pages) == 1 + len(core.by_family()["Shrinkage"])
    code, _, _ = run(capsys, "cheatsheet", "--out", str(tmp_path / "c.png"))
    assert code == 0
    with Image.open(tmp_path / "c.png") as sheet:
        assert sheet.size[0] > 1000


def test_animate_writes_the_frames_asked_for(qapp, tmp_path: Path, capsys) -> None:
    out = tmp_path / "a.gif"
    code, _, err = run(
        capsys, "animate", "elu", "--sweep", "alpha=0.1:2", "--frames", "12", "--fps", "20",
        "--size", "240x160", "--out", str(out),
    )
    assert code == 0, err
    with Image.open(out) as gif:
        assert gif.n_frames == 12 and gif.size == (240, 160)
        first = gif.convert("RGB").tobytes()
        gif.seek(11)
        assert gif.convert("RGB").tobytes() != first


def test_animate_an_mp4(qapp, tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "animate", "softplus", "--sweep", "beta=0.5:5", "--frames", "6",
                       "--mode", "bounce", "--out", str(tmp_path / "a.mp4"))
    assert code == 0, err
    assert (tmp_path / "a.mp4").stat().st_size > 0


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["render", "nope", "--out", "x.png"], "KEY"),
        (["render", "relu"], "--out"),
        (["render", "relu", "--out", "x.bmp"], "--out"),
        (["render", "relu", "--out", "x.png", "--param", "alpha=1"], "--param"),
        (["render", "elu", "--out", "x.png", "--param", "alpha=abc"], "--param alpha"),
        (["render", "elu", "--out", "x.png", "--param", "alpha=-1"], "--param"),
        (["render", "relu", "--out", "x.png", "--size", "800"], "--size"),
        (["render", "relu", "--out", "x.png", "--size", "0x500"], "--size"),
        (["render", "relu", "--out", "x.png", "--range", "5:-5"], "--range"),
        (["render", "relu", "--out", "x.png", "--range", "a:b"], "--range"),
        (["render", "relu", "--out", "x.png", "--range", "-inf:1"], "--range"),
        (["render", "relu", "--out", "x.png", "--theme", "pink"], "--theme"),
        (["handout", "relu", "nope", "--out", "h.pdf"], "KEY"),
        (["handout", "--family", "Odd", "--out", "h.pdf"], "--family"),
        (["handout", "relu", "--family", "Classic", "--out", "h.pdf"], "--family"),
        (["handout", "--out", "h.png"], "--out"),
        (["handout", "--page", "A3", "--out", "h.pdf"], "--page"),
        (["cheatsheet", "--out", "c.gif"], "--out"),
        (["animate", "elu", "--out", "a.gif"], "--sweep"),
        (["animate", "elu", "--sweep", "alpha", "--out", "a.gif"], "--sweep"),
        (["animate", "elu", "--sweep", "beta=0:1", "--out", "a.gif"], "--sweep"),
        (["animate", "gelu", "--sweep", "approximate=0:1", "--out", "a.gif"], "--sweep"),
        (["animate", "elu", "--sweep", "alpha=2:1", "--out", "a.gif"], "--sweep alpha"),
        (["animate", "elu", "--sweep", "alpha=0:99", "--out", "a.gif"], "--sweep alpha"),
        (["animate", "hardtanh", "--sweep", "min_val=-2:0", "--param", "max_val=0",
          "--out", "a.gif"], "--sweep min_val"),
        (["animate", "elu", "--sweep", "alpha=0.5:2", "--frames", "1", "--out", "a.gif"],
         "--frames"),
        (["animate", "elu", "--sweep", "alpha=0.5:2", "--frames", "2.5", "--out", "a.gif"],
         "--frames"),
        (["animate", "elu", "--sweep", "alpha=0.5:2", "--fps", "0", "--out", "a.gif"], "--fps"),
        (["animate", "elu", "--sweep", "alpha=0.5:2", "--fps", "55", "--out", "a.gif"], "--fps"),
        (["animate", "elu", "--sweep", "alpha=0.5:2", "--out", "a.png"], "--out"),
        (["animate", "elu", "--sweep", "alpha=0.5:2", "--param", "alpha=1", "--out", "a.gif"],
         "--param alpha"),
    ],
)
def test_bad_arguments_exit_2_naming_the_argument(
    qapp, tmp_path: Path, capsys, monkeypatch, argv: list[str], named: str
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, *argv)
    assert code == 2
    last = err.strip().splitlines()[-1]
    assert last.startswith(f"actviz {argv[0]}: error:") and named in last, err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["render", "relu", "--out"],
        ["handout", "relu", "--out"],
        ["cheatsheet", "--out"],
        ["animate", "elu", "--sweep", "alpha=0.5:2", "--frames", "4", "--out"],
    ],
)
def test_a_file_that_cannot_be_written_exits_1_and_leaves_nothing(
    qapp, tmp_path: Path, capsys, argv: list[str]
) -> None:
    suffix = {"render": "png", "handout": "pdf", "cheatsheet": "svg", "animate": "gif"}[argv[0]]
    blocked = tmp_path / f"blocked.{suffix}"
    blocked.mkdir()  # a folder stands where the file should go
    for target in (blocked, tmp_path / "missing" / f"x.{suffix}"):
        code, _, err = run(capsys, *argv, str(target))
        assert code == 1, err
        assert "cannot write" in err
    assert [p.name for p in tmp_path.iterdir()] == [blocked.name]
    assert list(blocked.iterdir()) == []


def test_help_exits_0(capsys) -> None:
    for command in ("render", "handout", "cheatsheet", "animate"):
        code, out, _ = run(capsys, command, "--help")
        assert code == 0 and f"actviz {command}" in out
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "actviz render" in out


def test_a_lesson_file_called_render_still_opens_by_its_path(
    qapp, tmp_path: Path, capsys, monkeypatch
) -> None:
    shutil.copy(ROOT / "examples" / "lessons" / "dying-relu.actviz", tmp_path / "render")
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "./render", "--screenshot", "shot.png")
    assert code == 0, err
    assert QImage(str(tmp_path / "shot.png")).width() > 100


def test_the_commands_run_with_no_display_at_all(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "r.svg"
    result = subprocess.run(
        [sys.executable, "-m", "actviz", "render", "swish", "--out", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 1000


def test_import_actviz_stays_light_and_finds_the_api_on_use() -> None:
    code = (
        "import sys, actviz\n"
        "heavy = sorted(m for m in ('PySide6', 'pyqtgraph', 'PIL', 'scipy') if m in sys.modules)\n"
        "print(heavy, callable(actviz.render), callable(actviz.handout),\n"
        "      callable(actviz.cheatsheet), callable(actviz.animate))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    assert result.stdout.split() == ["[]", "True", "True", "True", "True"]
    with pytest.raises(AttributeError):
        import actviz

        actviz.no_such_thing  # noqa: B018


# an activation of one's own (--formula, actviz.custom_activation) ---------------------------------
SWISH_BETA = "x * sigmoid(beta * x)"


def test_a_typed_formula_renders_animates_and_joins_a_handout(
    qapp, tmp_path: Path, capsys
) -> None:
    import numpy as np

    import actviz

    code, printed, _ = run(
        capsys, "render", "--formula", SWISH_BETA, "--name", "Swish-beta", "--param", "beta=2",
        "--size", "300x200", "--out", str(tmp_path / "s.png"),
    )
    assert code == 0 and printed.strip() == str(tmp_path / "s.png")
    image = QImage(str(tmp_path / "s.png"))
    assert (image.width(), image.height()) == (300, 200)
    # What was drawn is x·σ(βx): the same text and name give the same activation back.
    key = actviz.custom_activation(SWISH_BETA, name="Swish-beta")
    activation = core.get(key)
    x = np.linspace(-20.0, 20.0, 401)
    closed_form = x / (1.0 + np.exp(-2.0 * x))
    np.testing.assert_allclose(activation.forward(x, beta=2.0), closed_form, rtol=1e-13, atol=0)
    step = 1e-6
    central = (activation.forward(x + step, beta=2.0) - activation.forward(x - step, beta=2.0))
    np.testing.assert_allclose(
        activation.derivative(x, beta=2.0), central / (2 * step), rtol=1e-6, atol=1e-8
    )

    code, _, _ = run(
        capsys, "handout", "relu", "--formula", SWISH_BETA, "--formula", "x^3 - x",
        "--out", str(tmp_path / "h.pdf"),
    )
    assert code == 0
    pages = PdfReader(tmp_path / "h.pdf").pages
    assert len(pages) == 1 + 3  # the title page, relu, then the two formulas
    for page, key in ((pages[2], "custom:x-sigmoid-beta-x"), (pages[3], "custom:x-3-x")):
        assert key in page.extract_text()  # each typed activation has its own page, by its key

    code, _, _ = run(
        capsys, "animate", "--formula", SWISH_BETA, "--sweep", "beta=0.5:4", "--frames", "6",
        "--size", "200x120", "--out", str(tmp_path / "a.gif"),
    )
    assert code == 0
    with Image.open(tmp_path / "a.gif") as gif:
        assert gif.n_frames == 6 and gif.size == (200, 120)


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["--formula", "x * ("], "--formula 'x * (': column"),
        (["--formula", "__import__('os')"], "--formula"),
        (["--formula", "x.real"], "--formula"),
        (["relu", "--formula", "x"], "KEY and --formula"),
        ([], "KEY"),
        (["--formula", SWISH_BETA, "--param", "gamma=2"], "--param"),
        (["relu", "--name", "Mine"], "--name"),
        (["--formula", "x ** 2", "--name", "   "], "--name"),
        (["--formula", "x ** 2", "--name", "n" * 41], "--name"),
    ],
)
def test_a_refused_formula_or_name_exits_2_naming_it(
    qapp, tmp_path: Path, capsys, argv: list[str], named: str
) -> None:
    out = tmp_path / "f.svg"
    code, printed, err = run(capsys, "render", *argv, "--out", str(out))
    assert code == 2 and printed == ""
    assert f"error: {named}" in err
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_the_same_name_for_another_formula_is_refused() -> None:
    import actviz

    first = actviz.custom_activation("x ** 2", name="Square")
    assert actviz.custom_activation("x ** 2", name="square") == first
    with pytest.raises(ValueError, match="taken"):
        actviz.custom_activation("x ** 3", name="Square")
    with pytest.raises(ValueError, match="column"):
        actviz.custom_activation("exp(", name="Broken")
