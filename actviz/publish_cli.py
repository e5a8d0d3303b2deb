"""The headless commands: ``actviz render | handout | cheatsheet | animate ...``.

``actviz KEYWORD ...`` runs a command when the first argument is one of :data:`COMMANDS`; a
lesson file with such a name opens by its path (``actviz ./render``). Parsing checks every
argument before anything is drawn: a bad one exits with status 2 and a message naming it. A file
that cannot be written exits with status 1 and leaves nothing behind. No window opens: the
commands always use Qt's offscreen platform (unless ``QT_QPA_PLATFORM`` says otherwise).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from actviz import core
from actviz.cli import parse_param_items
from actviz.publish_arguments import (
    check_figure_path,
    chosen_activation,
    read_activation,
    read_size,
    read_sweep,
    read_whole,
    read_x_range,
    typed_activation,
)

COMMANDS = ("render", "handout", "cheatsheet", "animate")
THEMES = ("light", "dark")
PAGES = ("A4", "Letter")
# Options whose value may start with a minus sign ("--range -5:5"); argparse would take it for
# an option, so such a value is glued to its flag first.
_SIGNED_VALUES = ("--range", "--sweep")


def run(argv: Sequence[str]) -> int:
    """Run the command ``argv[0]`` with its arguments; returns the exit status."""
    args = list(argv)
    command, rest = args[0], _glue_signed_values(args[1:])
    parser = _PARSERS[command]()
    try:
        parsed = parser.parse_args(rest)
        job = _CHECKERS[command](parser, parsed)
    except SystemExit as stop:  # --help (0) or a bad argument (2): argparse has printed why
        return stop.code if isinstance(stop.code, int) else 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        path = job()
    except OSError as error:  # the reason, not the name of the temporary file that failed
        reason = error.strerror or str(error)
        print(f"actviz {command}: error: cannot write {parsed.out}: {reason}", file=sys.stderr)
        return 1
    except (ValueError, KeyError) as error:  # a check only the writer could make
        print(f"actviz {command}: error: {str(error).strip(chr(39))}", file=sys.stderr)
        return 2
    print(path)
    return 0


def _glue_signed_values(args: list[str]) -> list[str]:
    out: list[str] = []
    index = 0
    while index < len(args):
        item = args[index]
        if item in _SIGNED_VALUES and index + 1 < len(args) and args[index + 1].startswith("-"):
            out.append(f"{item}={args[index + 1]}")
            index += 2
            continue
        out.append(item)
        index += 1
    return out


# parsers -----------------------------------------------------------------------------------------
def _parser(command: str, description: str) -> argparse.ArgumentParser:
    return argparse.ArgumentParser(
        prog=f"actviz {command}",
        description=description,
        epilog="Activations: " + ", ".join(core.names())
        + "; or your own with --formula, e.g. --formula 'x * sigmoid(beta * x)'",
    )


def _figure_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "key", metavar="KEY", nargs="?", help="the activation, e.g. leaky_relu (or --formula)"
    )
    _formula_options(parser, "your own activation instead of KEY, e.g. 'x * sigmoid(beta * x)'")
    parser.add_argument(
        "--param", metavar="NAME=VALUE", action="append", default=[],
        help="a parameter value (repeatable), e.g. --param negative_slope=0.1",
    )
    parser.add_argument("--size", metavar="WxH", help="size in pixels, e.g. 800x500")
    parser.add_argument("--theme", choices=THEMES, default="light", help="light (default) or dark")
    parser.add_argument(
        "--no-derivative", dest="derivative", action="store_false", help="draw f only, not f′"
    )
    parser.add_argument(
        "--range", metavar="XMIN:XMAX", dest="x_range", help="the x range, e.g. -5:5 (default)"
    )


def _formula_options(
    parser: argparse.ArgumentParser, help_text: str, *, many: bool = False
) -> None:
    parser.add_argument(
        "--formula", metavar="TEXT", action="append" if many else "store",
        default=[] if many else None, help=help_text,
    )
    parser.add_argument(
        "--name", metavar="NAME", help="the name a --formula is shown by (default: its text)"
    )


def _render_parser() -> argparse.ArgumentParser:
    parser = _parser("render", "Draw an activation's f and f′ to a PNG, SVG or PDF file.")
    _figure_options(parser)
    parser.add_argument("--out", metavar="FILE", required=True, help="FILE.png, .svg or .pdf")
    return parser


def _handout_parser() -> argparse.ArgumentParser:
    parser = _parser(
        "handout",
        "A PDF handout: a title page, then a page per activation with its plot, formulas, "
        "properties and teaching notes.",
    )
    parser.add_argument("keys", metavar="KEY", nargs="*", help="activations (default: all)")
    parser.add_argument("--family", metavar="NAME", help="every activation of one family")
    _formula_options(parser, "your own activation, as a formula in x (repeatable)", many=True)
    parser.add_argument("--page", choices=PAGES, default="A4", help="A4 (default) or Letter")
    parser.add_argument("--title", help="the title on the first page")
    parser.add_argument("--out", metavar="FILE.pdf", required=True)
    return parser


def _cheatsheet_parser() -> argparse.ArgumentParser:
    parser = _parser(
        "cheatsheet", "One page with every activation as a small plot of f and f′ (a poster)."
    )
    parser.add_argument("--theme", choices=THEMES, default="light", help="light (default) or dark")
    parser.add_argument("--page", choices=PAGES, default="A4", help="A4 (default) or Letter")
    parser.add_argument("--out", metavar="FILE", required=True, help="FILE.pdf, .svg or .png")
    return parser


def _animate_parser() -> argparse.ArgumentParser:
    parser = _parser(
        "animate", "An animated GIF (or MP4) of an activation while one parameter sweeps."
    )
    _figure_options(parser)
    parser.add_argument(
        "--sweep", metavar="NAME=LO:HI", required=True,
        help="the parameter to play and its range, e.g. negative_slope=0:0.5",
    )
    parser.add_argument("--frames", metavar="N", default="50", help="number of frames (50)")
    parser.add_argument("--fps", metavar="F", default="25", help="frames per second (25)")
    parser.add_argument(
        "--mode", choices=("once", "bounce", "loop"), default="once",
        help="once from LO to HI (default), bounce there and back, or loop",
    )
    parser.add_argument("--out", metavar="FILE", required=True, help="FILE.gif (or .mp4)")
    return parser


# checks: each returns the job to run ------------------------------------------------------------
def _check_render(parser: argparse.ArgumentParser, args: argparse.Namespace) -> Callable[[], Path]:
    from actviz import headless

    activation = chosen_activation(parser, args)
    params = parse_param_items(parser, activation, args.param)
    size = read_size(parser, args.size, headless.DEFAULT_SIZE, headless.MAX_FIGURE_SIDE)
    x_range = read_x_range(parser, args.x_range)
    check_figure_path(parser, args.out)

    def job() -> Path:
        return headless.render(
            activation.key, args.out, params=params, size=size, theme=args.theme,
            derivative=args.derivative, x_range=x_range,
        )

    return job


def _check_handout(parser: argparse.ArgumentParser, args: argparse.Namespace) -> Callable[[], Path]:
    from actviz import headless

    for key in args.keys:
        read_activation(parser, key)
    if args.keys and args.family:
        parser.error("KEY and --family: give activations or a family, not both")
    families = core.by_family()
    if args.family is not None and args.family not in families:
        parser.error(f"--family: unknown family {args.family!r}; families: {', '.join(families)}")
    if Path(args.out).suffix.lower() != ".pdf":
        parser.error(f"--out: a handout is a .pdf file, got {args.out!r}")
    if args.title is not None and not args.title.strip():
        parser.error("--title: the title is empty")
    if args.name is not None and len(args.formula) != 1:
        parser.error("--name: names one --formula; give exactly one --formula with it")
    if args.formula and args.family:
        parser.error("--formula and --family: give activations or a family, not both")
    typed = [typed_activation(parser, text, args.name).key for text in args.formula]
    keys = [*args.keys, *typed] or None

    def job() -> Path:
        return headless.handout(
            args.out, keys, family=args.family, page_size=args.page, title=args.title
        )

    return job


def _check_cheatsheet(
    parser: argparse.ArgumentParser, args: argparse.Namespace
) -> Callable[[], Path]:
    from actviz import headless

    check_figure_path(parser, args.out)

    def job() -> Path:
        return headless.cheatsheet(args.out, theme=args.theme, page_size=args.page)

    return job


def _check_animate(parser: argparse.ArgumentParser, args: argparse.Namespace) -> Callable[[], Path]:
    from actviz import headless
    from actviz.model.publish.movie_file import MAX_GIF_FPS, MovieFormatError, check_movie_path
    from actviz.model.publish.playback_settings import check_fps

    activation = chosen_activation(parser, args)
    params = parse_param_items(parser, activation, args.param)
    name, low, high = read_sweep(parser, activation, args.sweep, params)
    if name in params:
        parser.error(f"--param {name}: this parameter is the one --sweep plays")
    frames = read_whole(parser, "--frames", args.frames, headless.MIN_FRAMES, headless.MAX_FRAMES)
    try:
        fps = check_fps(args.fps)
    except ValueError as error:
        parser.error(f"--fps: {error}")
    size = read_size(parser, args.size, headless.DEFAULT_ANIMATION_SIZE, None)
    x_range = read_x_range(parser, args.x_range)
    try:
        kind = check_movie_path(args.out)
    except MovieFormatError as error:
        parser.error(f"--out: {error}")
    if kind == "gif" and fps > MAX_GIF_FPS:
        parser.error(f"--fps: a GIF plays at most {MAX_GIF_FPS:g} frames per second, got {fps:g}")

    def job() -> Path:
        return headless.animate(
            activation.key, args.out, name, low=low, high=high, frames=frames, fps=fps,
            mode=args.mode, params=params, size=size, theme=args.theme,
            derivative=args.derivative, x_range=x_range,
        )

    return job


_PARSERS: dict[str, Callable[[], argparse.ArgumentParser]] = {
    "render": _render_parser,
    "handout": _handout_parser,
    "cheatsheet": _cheatsheet_parser,
    "animate": _animate_parser,
}
Checker = Callable[[argparse.ArgumentParser, argparse.Namespace], Callable[[], Path]]
_CHECKERS: dict[str, Checker] = {
    "render": _check_render,
    "handout": _check_handout,
    "cheatsheet": _check_cheatsheet,
    "animate": _check_animate,
}
