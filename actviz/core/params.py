"""Parameter, kink and property metadata shared by every activation.

These small frozen records are what the views read to build sliders, what the plot reads to draw
corners and jumps exactly, and what the formula pane reads for the properties table.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

ParamValue = float | str


@dataclass(frozen=True)
class Param:
    """One parameter of an activation, named as in ``torch.nn.functional``.

    A float parameter has ``minimum``, ``maximum`` and ``step``; a discrete one has ``choices``
    (and ``default`` is one of them). Ranges are closed intervals and never admit a value that
    makes the function undefined.
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

    def range_text(self) -> str:
        """The allowed values, as shown in messages and tooltips."""
        if self.choices is not None:
            return "one of " + ", ".join(repr(c) for c in self.choices)
        return f"[{self.minimum:g}, {self.maximum:g}]"

    def validate(self, value: object) -> ParamValue:
        """Return ``value`` as this param's type, or raise ``ValueError`` naming the param and range."""
        if self.choices is not None:
            if isinstance(value, str) and value in self.choices:
                return value
            raise ValueError(f"{self.name} must be {self.range_text()}, got {value!r}")
        if isinstance(value, bool) or not isinstance(value, int | float):
            try:
                value = float(value)  # type: ignore[arg-type]  # numpy scalars, numeric strings
            except (TypeError, ValueError):
                raise ValueError(
                    f"{self.name} must be a number in {self.range_text()}, got {value!r}"
                ) from None
        number = float(value)
        assert self.minimum is not None and self.maximum is not None
        if not math.isfinite(number) or not (self.minimum <= number <= self.maximum):
            raise ValueError(f"{self.name} must be a finite number in {self.range_text()}, got {value!r}")
        return number

    def clamp(self, value: float) -> float:
        """Nearest allowed value (used when a file or settings store holds an out-of-range number)."""
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
    unbounded); ``output_range`` is the same in words, allowing for parameters.
    """

    output_range: str
    lower: float
    upper: float
    bounded: bool
    monotonic: bool
    smooth: bool
    zero_centred: bool
    saturating: bool

    def rows(self) -> list[tuple[str, str]]:
        """The properties as (label, value) rows for a table."""
        yes = {True: "yes", False: "no"}
        return [
            ("Output range", self.output_range),
            ("Bounded", yes[self.bounded]),
            ("Monotonic", yes[self.monotonic]),
            ("Smooth (no corners)", yes[self.smooth]),
            ("Zero-centred", yes[self.zero_centred]),
            ("Saturating", yes[self.saturating]),
        ]
