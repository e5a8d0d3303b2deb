"""Parameter, kink and property metadata shared by every activation.

These small frozen records are what the views read to build sliders, what the plot reads to draw
corners and jumps exactly, and what the formula pane reads for the properties table. Their texts
are English; the ``*_text()`` methods, ``range_text()`` and ``rows()`` give them in the learner's
language (see :mod:`actviz.core.i18n`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from actviz.core.i18n import format_number, translate, translate_marked

ParamValue = float | str


@dataclass(frozen=True)
class Param:
    """One parameter of an activation, named as in ``torch.nn.functional``.

    A float parameter has ``minimum``, ``maximum`` and ``step``; a discrete one has ``choices``
    (and ``default`` is one of them). Ranges are closed intervals and never admit a value that
    makes the function undefined. ``label`` and ``tooltip`` are English, marked with
    ``QT_TRANSLATE_NOOP("Param", ...)`` where they are words (a bare symbol such as "α" is not).
    """

    name: str
    label: str
    default: ParamValue
    minimum: float | None = None
    maximum: float | None = None
    step: float | None = None
    choices: tuple[str, ...] | None = None
    log_scale: bool = False
    tooltip: str = ""

    def __post_init__(self) -> None:
        if self.choices is not None:
            if self.default not in self.choices:
                raise ValueError(f"{self.name}: default {self.default!r} not in {self.choices}")
            return
        if self.minimum is None or self.maximum is None or self.step is None:
            raise ValueError(f"{self.name}: a float param needs minimum, maximum and step")
        if not (self.minimum <= float(self.default) <= self.maximum):
            raise ValueError(f"{self.name}: default outside [{self.minimum}, {self.maximum}]")
        if self.log_scale and self.minimum <= 0:
            raise ValueError(f"{self.name}: a log-scale param needs minimum > 0")

    @property
    def is_choice(self) -> bool:
        return self.choices is not None

    def label_text(self) -> str:
        """The label in the installed language."""
        return translate_marked("Param", self.label)

    def tooltip_text(self) -> str:
        """The tooltip in the installed language ("" if there is none)."""
        return translate_marked("Param", self.tooltip) if self.tooltip else ""

    def range_text(self) -> str:
        """The allowed values, as shown in messages and tooltips, in the installed language."""
        if self.choices is not None:
            return translate("Param", "one of {choices}").format(
                choices=", ".join(repr(c) for c in self.choices)
            )
        assert self.minimum is not None and self.maximum is not None
        #: Translators: a closed interval; German writes [0,5; 1] (a semicolon beside the comma).
        return translate("Param", "[{minimum}, {maximum}]").format(
            minimum=format_number(self.minimum), maximum=format_number(self.maximum)
        )

    def validate(self, value: object) -> ParamValue:
        """``value`` as this param's type, or ``ValueError`` naming the param and its range."""
        if self.choices is not None:
            if isinstance(value, str) and value in self.choices:
                return value
            raise self._refusal(translate("Param", "{name} must be {range}, got {value}"), value)
        if isinstance(value, bool) or not isinstance(value, int | float):
            try:
                value = float(value)  # type: ignore[arg-type]  # numpy scalars, numeric strings
            except (TypeError, ValueError):
                raise self._refusal(
                    translate("Param", "{name} must be a number in {range}, got {value}"), value
                ) from None
        number = float(value)
        assert self.minimum is not None and self.maximum is not None
        if not math.isfinite(number) or not (self.minimum <= number <= self.maximum):
            raise self._refusal(
                translate("Param", "{name} must be a finite number in {range}, got {value}"), value
            )
        return number

    def _refusal(self, template: str, value: object) -> ValueError:
        message = template.format(name=self.name, range=self.range_text(), value=repr(value))
        return ValueError(message)

    def clamp(self, value: float) -> float:
        """Nearest allowed value (for a file or a settings store holding an out-of-range number)."""
        assert self.minimum is not None and self.maximum is not None
        if math.isnan(value):
            return float(self.default)
        return min(max(value, self.minimum), self.maximum)


@dataclass(frozen=True)
class Kink:
    """A point where f or f' is not smooth.

    ``kind == "kink"``: f is continuous but f' jumps (a corner).
    ``kind == "jump"``: f itself jumps; the plot breaks the line there and marks the end points.
    """

    x: float
    kind: Literal["kink", "jump"] = "kink"


@dataclass(frozen=True)
class Properties:
    """What a learner can read off the curve, stated for every parameter value in range.

    ``lower``/``upper`` are the output bounds at the default parameters (``-inf``/``inf`` when
    unbounded); ``output_range`` is the same in words, allowing for parameters (English, marked
    with ``QT_TRANSLATE_NOOP("Properties", ...)``: an interval reads differently in German).
    ``estimated`` is True when they were found numerically (a typed formula) rather than stated.
    """

    output_range: str
    lower: float
    upper: float
    bounded: bool
    monotonic: bool
    smooth: bool
    zero_centred: bool
    saturating: bool
    estimated: bool = False

    def output_range_text(self) -> str:
        """The output range in the installed language."""
        return translate_marked("Properties", self.output_range)

    def rows(self) -> list[tuple[str, str]]:
        """The properties as (label, value) rows for a table, in the installed language."""
        yes = {True: translate("Properties", "yes"), False: translate("Properties", "no")}
        return [
            (translate("Properties", "Output range"), self.output_range_text()),
            (translate("Properties", "Bounded"), yes[self.bounded]),
            (translate("Properties", "Monotonic"), yes[self.monotonic]),
            (translate("Properties", "Smooth (no corners)"), yes[self.smooth]),
            (translate("Properties", "Zero-centred"), yes[self.zero_centred]),
            (translate("Properties", "Saturating"), yes[self.saturating]),
        ]
