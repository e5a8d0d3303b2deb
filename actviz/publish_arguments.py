"""The values of the headless commands' arguments, each read and checked with a message naming its
flag (``parser.error``: exit status 2): the activation (KEY or --formula), --size, --range,
--sweep, whole numbers and the output file's kind."""

from __future__ import annotations

import argparse
import math
from pathlib import Path
from typing import Any

from actviz import core


def chosen_activation(
    parser: argparse.ArgumentParser, args: argparse.Namespace
) -> core.Activation:
    """KEY's activation, or the one --formula types (exactly one of them)."""
    if args.formula is not None:
        if args.key is not None:
            parser.error("KEY and --formula: give one activation, not both")
        return typed_activation(parser, args.formula, args.name)
    if args.name is not None:
        parser.error("--name: names a --formula; there is none")
    if args.key is None:
        parser.error("KEY: give an activation's key, e.g. leaky_relu, or --formula TEXT")
    return read_activation(parser, args.key)


def typed_activation(
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


def read_activation(parser: argparse.ArgumentParser, key: str) -> core.Activation:
    try:
        return core.get(key)
    except KeyError:
        parser.error(f"KEY: unknown activation {key!r}; choose one of {', '.join(core.names())}")


def check_figure_path(parser: argparse.ArgumentParser, out: str) -> None:
    from actviz.views.publish.figure_files import FIGURE_SUFFIXES

    suffix = Path(out).suffix.lower()
    if suffix not in FIGURE_SUFFIXES:
        parser.error(f"--out: the file name must end in .png, .svg or .pdf, got {out!r}")


def read_size(
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


def read_x_range(parser: argparse.ArgumentParser, text: str | None) -> tuple[float, float]:
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


def read_sweep(
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


def read_whole(parser: argparse.ArgumentParser, flag: str, text: Any, low: int, high: int) -> int:
    try:
        number = float(text)
    except ValueError:
        parser.error(f"{flag}: expected a whole number, got {text!r}")
    if not math.isfinite(number) or number != int(number) or not low <= number <= high:
        parser.error(f"{flag}: expected a whole number from {low} to {high}, got {text!r}")
    return int(number)


