"""Command-line options: ``actviz [--activation KEY] [--param NAME=VALUE ...] [--theme THEME]
[--lang CODE] [--screenshot FILE]``.

Parsing and checking only (no Qt): a bad option ends in ``parser.error`` (a clear message and exit
code 2) before any window opens. :func:`main` is the ``actviz`` program: the headless commands
(``actviz render ...``, see :mod:`actviz.publish_cli`) start without importing the window.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field

from actviz import __version__, core

THEMES = ("system", "light", "dark")  # as View › Theme offers them


@dataclass(frozen=True)
class Options:
    activation: str | None = None
    params: dict[str, float | str] = field(default_factory=dict)
    screenshot: str | None = None
    session_file: str | None = None
    desktop: str | None = None  # "install" or "uninstall": the application-menu entry, then exit
    theme: str | None = None  # "system", "light" or "dark" for this run (the stored one stays)
    language: str | None = None  # a shipped language's code for this run (the stored one stays)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="actviz",
        description="See and touch neural-network activation functions.",
        epilog="Activations: " + ", ".join(core.names()) + ". Without a window: "
        "actviz render | handout | cheatsheet | animate ... (each with --help).",
    )
    parser.add_argument("--version", action="version", version=f"actviz {__version__}")
    parser.add_argument(
        "--activation", metavar="KEY", help="start with this activation (e.g. leaky_relu)"
    )
    parser.add_argument(
        "--param",
        metavar="NAME=VALUE",
        action="append",
        default=[],
        help="set a parameter of the activation (repeatable), e.g. --param negative_slope=0.1",
    )
    parser.add_argument(
        "--theme",
        choices=THEMES,
        help="use this theme for this run (View › Theme stays as chosen there)",
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="speak this language for this run, e.g. de or en (View › Language stays as chosen "
        "there)",
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE",
        help="render the window offscreen to FILE (PNG) and exit",
    )
    parser.add_argument("session_file", nargs="?", help="a .actviz lesson file to open")
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop",
        dest="desktop",
        action="store_const",
        const="install",
        help="add actviz to the desktop's application menu (and .actviz files to it), then exit",
    )
    desktop.add_argument(
        "--uninstall-desktop",
        dest="desktop",
        action="store_const",
        const="uninstall",
        help="remove exactly what --install-desktop wrote, then exit",
    )
    return parser


def parse_options(argv: Sequence[str], parser: argparse.ArgumentParser | None = None) -> Options:
    """Parse and check ``argv``; errors exit through ``parser.error`` (status 2)."""
    parser = parser or build_parser()
    args = parser.parse_args(list(argv))
    key = args.activation
    if key is not None and key not in core.names():
        parser.error(
            f"--activation: unknown activation {key!r}; choose one of {', '.join(core.names())}"
        )
    params = parse_param_items(parser, core.get(key or "relu"), args.param)
    if args.screenshot is not None and not args.screenshot.strip():
        parser.error("--screenshot needs a file name")
    language = None if args.lang is None else _language(parser, args.lang)
    return Options(
        key, params, args.screenshot, args.session_file, args.desktop, args.theme, language
    )


def _language(parser: argparse.ArgumentParser, text: str) -> str:
    """The shipped language ``text`` names: its code ("de"), or a regional tag of it ("de_AT",
    "de-CH"); anything else exits 2 naming the choices."""
    from actviz.views.language.switch import available_languages  # Qt's core only, no widgets

    codes = [language.code for language in available_languages()]
    tag = text.strip().replace("-", "_")
    for candidate in (tag, tag.split("_")[0]):
        if candidate in codes:
            return candidate
    parser.error(f"--lang: no translation for {text!r}; choose one of {', '.join(codes)}")


def main(argv: Sequence[str] | None = None) -> int:
    """The ``actviz`` program: a headless command, or the app (``actviz.app.main``)."""
    args = list(sys.argv[1:] if argv is None else argv)
    from actviz.publish_cli import COMMANDS, run

    if args and args[0] in COMMANDS:
        return run(args)
    from actviz.app import main as app_main

    return app_main(args)


def parse_param_items(
    parser: argparse.ArgumentParser,
    activation: core.Activation,
    items: Sequence[str],
    flag: str = "--param",
) -> dict[str, float | str]:
    """``NAME=VALUE`` items as checked params of ``activation``; errors exit 2 naming ``flag``."""
    raw: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip() or not value.strip():
            parser.error(f"{flag} expects NAME=VALUE, got {item!r}")
        raw[name.strip()] = value.strip()
    params: dict[str, float | str] = {}
    for name, text in raw.items():
        try:
            spec = activation.param(name)
        except KeyError:
            known = ", ".join(p.name for p in activation.params) or "none"
            parser.error(
                f"{flag}: {activation.key} has no parameter {name!r} (its parameters: {known})"
            )
        params[name] = text if spec.is_choice else _number(parser, f"{flag} {name}", text)
    if params:
        try:
            activation.resolve_params(params)
        except ValueError as error:
            parser.error(f"{flag}: {error}")
    return params


def _number(parser: argparse.ArgumentParser, what: str, text: str) -> float:
    try:
        return float(text)
    except ValueError:
        parser.error(f"{what}: {text!r} is not a number")
