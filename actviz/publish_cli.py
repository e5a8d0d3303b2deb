"""The headless commands: ``actviz render | handout | cheatsheet | animate ...``.

``actviz KEYWORD ...`` runs a command when the first argument is one of :data:`COMMANDS`; a
lesson file with such a name opens by its path (``actviz ./render``). Parsing checks every
argument before anything is drawn: a bad one exits with status 2 and a message naming it. A file
that cannot be written exits with status 1 and leaves nothing behind. No window opens: the
commands always use Qt's offscreen platform (unless ``QT_QPA_PLATFORM`` says otherwise).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from actviz import core
from actviz.cli import parse_param_items

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

    activation = _chosen_activation(parser, args)
    params = parse_param_items(parser, activation, args.param)
    size = _size(parser, args.size, headless.DEFAULT_SIZE, headless.MAX_FIGURE_SIDE)
    x_range = _x_range(parser, args.x_range)
    _figure_path(parser, args.out)

    def job() -> Path:
        return headless.render(
            activation.key, args.out, params=params, size=size, theme=args.theme,
            derivative=args.derivative, x_range=x_range,
        )

    return job


def _check_handout(parser: argparse.ArgumentParser, args: argparse.Namespace) -> Callable[[], Path]:
    from actviz import headless

    for key in args.keys:
        _activation(parser, key)
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
    typed = [_typed_activation(parser, text, args.name).key for text in args.formula]
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

    _figure_path(parser, args.out)

    def job() -> Path:
        return headless.cheatsheet(args.out, theme=args.theme, page_size=args.page)

    return job


def _check_animate(parser: argparse.ArgumentParser, args: argparse.Namespace) -> Callable[[], Path]:
    from actviz import headless
    from actviz.model.publish.movie_file import MAX_GIF_FPS, MovieFormatError, check_movie_path
    from actviz.model.publish.playback_settings import check_fps

    activation = _chosen_activation(parser, args)
    params = parse_param_items(parser, activation, args.param)
    name, low, high = _sweep(parser, activation, args.sweep, params)
    if name in params:
        parser.error(f"--param {name}: this parameter is the one --sweep plays")
    frames = _whole(parser, "--frames", args.frames, headless.MIN_FRAMES, headless.MAX_FRAMES)
    try:
        fps = check_fps(args.fps)
    except ValueError as error:
        parser.error(f"--fps: {error}")
    size = _size(parser, args.size, headless.DEFAULT_ANIMATION_SIZE, None)
    x_range = _x_range(parser, args.x_range)
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


# argument helpers --------------------------------------------------------------------------------
def _chosen_activation(
    parser: argparse.ArgumentParser, args: argparse.Namespace
) -> core.Activation:
    """KEY's activation, or the one --formula types (exactly one of them)."""
    if args.formula is not None:
        if args.key is not None:
            parser.error("KEY and --formula: give one activation, not both")
        return _typed_activation(parser, args.formula, args.name)
    if args.name is not None:
        parser.error("--name: names a --formula; there is none")
    if args.key is None:
        parser.error("KEY: give an activation's key, e.g. leaky_relu, or --formula TEXT")
    return _activation(parser, args.key)


def _typed_activation(
    parser: argparse.ArgumentParser, text: str, name: str | None
) -> core.Activation:
    from actviz import headless
    from actviz.core import ExpressionError

    try:
        return core.get(headless.custom_activation(text, name))
    except ExpressionError as error:
        parser.error(f"--formula {text!r}: {error}")
    except ValueError as error:  # the name
        parser.error(f"--name: {error}")


def _activation(parser: argparse.ArgumentParser, key: str) -> core.Activation:
    try:
        return core.get(key)
    except KeyError:
        parser.error(f"KEY: unknown activation {key!r}; choose one of {', '.join(core.names())}")


def _figure_path(parser: argparse.ArgumentParser, out: str) -> None:
    from actviz.views.publish.figure_files import FIGURE_SUFFIXES

    suffix = Path(out).suffix.lower()
    if suffix not in FIGURE_SUFFIXES:
        parser.error(f"--out: the file name must end in .png, .svg or .pdf, got {out!r}")


def _size(
    parser: argparse.ArgumentParser,
    text: str | None,
    default: tuple[int, int],
    max_side: int | None,
) -> tuple[int, int]:
    from actviz.model.publish.movie_file import MAX_SIDE, check_frame_size

    if text is None:
        return default
    width, sep, height = text.lower().partition("x")
    try:
        size = (int(width), int(height)) if sep else None
    except ValueError:
        size = None
    if size is None:
        parser.error(f"--size: expected WIDTHxHEIGHT in pixels, such as 800x500, got {text!r}")
    try:
        return check_frame_size(size, max_side or MAX_SIDE)
    except ValueError as error:
        parser.error(f"--size: {error}")


def _x_range(parser: argparse.ArgumentParser, text: str | None) -> tuple[float, float]:
    from actviz.core.figure import DEFAULT_X_RANGE, check_range

    if text is None:
        return DEFAULT_X_RANGE
    low, sep, high = text.partition(":")
    try:
        numbers = (float(low), float(high)) if sep else None
    except ValueError:
        numbers = None
    if numbers is None:
        parser.error(f"--range: expected XMIN:XMAX, such as -5:5, got {text!r}")
    try:
        return check_range(numbers, "the x range")
    except ValueError as error:
        parser.error(f"--range: {error}")


def _sweep(
    parser: argparse.ArgumentParser,
    activation: core.Activation,
    text: str,
    others: dict[str, float | str],
) -> tuple[str, float, float]:
    from actviz.model.activation_choice import ActivationChoice
    from actviz.model.publish.param_animation import ParamAnimation
    from actviz.model.publish.param_target import choice_param_target

    name, sep, span = text.partition("=")
    low_text, colon, high_text = span.partition(":")
    if not sep or not colon or not name.strip():
        parser.error(f"--sweep: expected NAME=LO:HI, such as negative_slope=0:0.5, got {text!r}")
    name = name.strip()
    try:
        target = choice_param_target(ActivationChoice(activation.key), name)
    except KeyError:
        known = ", ".join(p.name for p in activation.params if not p.is_choice) or "none"
        parser.error(
            f"--sweep: {activation.key} has no parameter {name!r} to play (its parameters: {known})"
        )
    except ValueError as error:
        parser.error(f"--sweep: {error}")
    try:
        ParamAnimation(target).set_range(low_text.strip(), high_text.strip())
    except ValueError as error:
        parser.error(f"--sweep {name}: {error}")
    low, high = float(low_text), float(high_text)
    for end in (low, high):  # e.g. hardtanh's min_val must stay below its max_val
        try:
            activation.resolve_params({**others, name: end})
        except ValueError as error:
            parser.error(f"--sweep {name}: at {end:g}: {error}")
    return name, low, high


def _whole(parser: argparse.ArgumentParser, flag: str, text: Any, low: int, high: int) -> int:
    try:
        number = float(text)
    except ValueError:
        parser.error(f"{flag}: expected a whole number, got {text!r}")
    if not math.isfinite(number) or number != int(number) or not low <= number <= high:
        parser.error(f"{flag}: expected a whole number from {low} to {high}, got {text!r}")
    return int(number)


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
