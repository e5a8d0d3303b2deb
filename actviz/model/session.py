"""The explorer's state: the selected activation, whether f' is shown, pinned overlays, the view.

No Qt here. Setters validate (``ValueError`` naming the problem) and emit only on a real change,
so a view that writes back what it was just shown causes no second round trip.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

from psygnal import Signal, SignalGroup

from actviz import core
from actviz.core.i18n import format_number
from actviz.core.params import ParamValue
from actviz.model.activation_choice import ActivationChoice
from actviz.model.custom import registry as custom_registry
from actviz.model.state import (
    JsonDict,
    note_unknown_keys,
    read_bool,
    read_int,
    require_mapping,
)

ViewRange = tuple[float, float, float, float]  # x_min, x_max, y_min, y_max
Pair = tuple[float, float]

DEFAULT_VIEW: ViewRange = (-5.0, 5.0, -1.5, 3.5)
VIEW_LIMIT = 1e9  # pan/zoom stays within +-VIEW_LIMIT ...
MIN_VIEW_SPAN = 1e-9  # ... and never narrower than this near 0 ...
# ... nor than this share of its distance from 0: float64 carries about 16 digits, and a plot
# maps x to pixels as x * scale + offset, so a view of width w at x needs w >= |x| * ~1e-12 for
# the curves to land on the right pixel at 4000 px (2.2e-16 * 4000 / 1e-12 < 1 px).
MIN_RELATIVE_VIEW_SPAN = 1e-11
MAX_OVERLAYS = 8
OVERLAY_COLOURS = 6  # distinct overlay colours before they repeat


@dataclass(frozen=True)
class Overlay:
    """A pinned curve: an activation with frozen params, drawn in colour slot ``colour``."""

    key: str
    params: dict[str, ParamValue]
    colour: int
    visible: bool = True  # hidden curves stay pinned (and saved), only not drawn

    def label(self) -> str:
        """Short legend text, e.g. ``"ELU (alpha=1.5)"``."""
        activation = core.get(self.key)
        if not self.params:
            return activation.name
        values = ", ".join(
            f"{n}={v:g}" if isinstance(v, float) else f"{n}={v}" for n, v in self.params.items()
        )
        return f"{activation.name} ({values})"

    def label_text(self) -> str:
        """:meth:`label` in the learner's language: the activation's shown name, numbers as the
        language writes them (``"ELU (alpha=1,5)"`` in German)."""
        activation = core.get(self.key)
        if not self.params:
            return activation.name_text()
        values = ", ".join(
            f"{n}={format_number(v, 'g')}" if isinstance(v, float) else f"{n}={v}"
            for n, v in self.params.items()
        )
        return f"{activation.name_text()} ({values})"


class SessionEvents(SignalGroup):
    show_derivative = Signal(bool)
    overlays = Signal(tuple)  # the tuple of Overlay now pinned
    view_range = Signal(tuple)  # the new ViewRange


class Session:
    """Everything the explorer shows; ``choice`` is the current activation and its params."""

    state_key = "explorer"

    def __init__(self, key: str = "relu", params: dict[str, Any] | None = None) -> None:
        self.events = SessionEvents()
        self.choice = ActivationChoice(key, params)
        self._show_derivative = True
        self._overlays: tuple[Overlay, ...] = ()
        self._view_range: ViewRange = DEFAULT_VIEW
        custom_registry.events.changed.connect(self._on_custom_changed)
        custom_registry.events.removed.connect(self._on_custom_removed)

    # show_derivative -----------------------------------------------------------------------------
    @property
    def show_derivative(self) -> bool:
        return self._show_derivative

    def set_show_derivative(self, show: bool) -> None:
        if not isinstance(show, bool):
            raise ValueError(f"show_derivative must be true or false, got {show!r}")
        if show != self._show_derivative:
            self._show_derivative = show
            self.events.show_derivative.emit(show)

    # overlays ------------------------------------------------------------------------------------
    @property
    def overlays(self) -> tuple[Overlay, ...]:
        return self._overlays

    def pin_current(self) -> Overlay:
        """Pin the current activation with its params; the overlay takes the first free colour.

        Raises ``ValueError`` when ``MAX_OVERLAYS`` are pinned already.
        """
        if len(self._overlays) >= MAX_OVERLAYS:
            raise ValueError(f"at most {MAX_OVERLAYS} curves can be pinned; remove one first")
        overlay = Overlay(self.choice.key, self.choice.params, self._free_colour())
        self._set_overlays((*self._overlays, overlay))
        return overlay

    def remove_overlay(self, index: int) -> None:
        if not 0 <= index < len(self._overlays):
            raise ValueError(f"no pinned curve number {index}")
        self._set_overlays(self._overlays[:index] + self._overlays[index + 1 :])

    def clear_overlays(self) -> None:
        self._set_overlays(())

    def set_overlay_visible(self, index: int, visible: bool) -> None:
        """Show or hide pinned curve ``index``; it keeps its place, colour and parameters."""
        if not 0 <= index < len(self._overlays):
            raise ValueError(f"no pinned curve number {index}")
        if not isinstance(visible, bool):
            raise ValueError(f"visible must be true or false, got {visible!r}")
        overlay = replace(self._overlays[index], visible=visible)
        self._set_overlays((*self._overlays[:index], overlay, *self._overlays[index + 1 :]))

    def _free_colour(self) -> int:
        used = [o.colour for o in self._overlays]
        for colour in range(OVERLAY_COLOURS):
            if colour not in used:
                return colour
        return len(used) % OVERLAY_COLOURS

    def _set_overlays(self, overlays: tuple[Overlay, ...], *, force: bool = False) -> None:
        if force or overlays != self._overlays:
            self._overlays = overlays
            self.events.overlays.emit(overlays)

    def _on_custom_changed(self, key: str) -> None:
        """A pinned custom activation was edited: keep its pin, with params that still fit."""
        if all(o.key != key for o in self._overlays):
            return
        activation = core.get(key)
        updated = []
        for overlay in self._overlays:
            if overlay.key == key:
                names = {p.name for p in activation.params}
                kept = {n: v for n, v in overlay.params.items() if n in names}
                params = activation.defaults()
                params.update({n: activation.param(n).clamp(float(v)) for n, v in kept.items()})
                overlay = Overlay(key, activation.resolve_params(params), overlay.colour)
            updated.append(overlay)
        self._set_overlays(tuple(updated), force=True)  # the label or curve changed even so

    def _on_custom_removed(self, key: str) -> None:
        self._set_overlays(tuple(o for o in self._overlays if o.key != key))

    # view_range ----------------------------------------------------------------------------------
    @property
    def view_range(self) -> ViewRange:
        return self._view_range

    def set_view_range(self, view: tuple[float, float, float, float]) -> None:
        """Set the visible (x_min, x_max, y_min, y_max): finite, ordered, within limits."""
        checked = check_view_range(view)
        if checked != self._view_range:
            self._view_range = checked
            self.events.view_range.emit(checked)

    def reset_view(self) -> None:
        self.set_view_range(DEFAULT_VIEW)

    def zoom_view(self, factor: float, centre: tuple[float, float] | None = None) -> None:
        """Scale the view by ``factor`` (below 1 zooms in) about ``centre`` (default: its
        middle), stopping at the limits (:func:`clamp_view_range`)."""
        if isinstance(factor, bool) or not isinstance(factor, int | float):
            raise ValueError(f"a zoom factor is a number, got {factor!r}")
        if not (math.isfinite(factor) and factor > 0):
            raise ValueError(f"a zoom factor must be finite and above 0, got {factor!r}")
        x0, x1, y0, y1 = self._view_range
        cx, cy = centre if centre is not None else (x0 / 2 + x1 / 2, y0 / 2 + y1 / 2)
        scaled = (
            cx + (x0 - cx) * factor,
            cx + (x1 - cx) * factor,
            cy + (y0 - cy) * factor,
            cy + (y1 - cy) * factor,
        )
        self.set_view_range(clamp_view_range(scaled))

    def pan_view(self, dx: float, dy: float) -> None:
        """Move the view by ``dx`` of its width and ``dy`` of its height, stopping at the
        limits."""
        if not all(math.isfinite(v) for v in (dx, dy)):
            raise ValueError(f"a pan is two finite numbers, got {dx!r}, {dy!r}")
        x0, x1, y0, y1 = self._view_range
        width, height = x1 - x0, y1 - y0
        moved = (x0 + dx * width, x1 + dx * width, y0 + dy * height, y1 + dy * height)
        self.set_view_range(clamp_view_range(moved))

    # Saveable ------------------------------------------------------------------------------------
    def to_state(self) -> JsonDict:
        return {
            "activation": self.choice.to_state(),
            "show_derivative": self._show_derivative,
            "overlays": [
                {"key": o.key, "params": dict(o.params), "colour": o.colour, "visible": o.visible}
                for o in self._overlays
            ],
            "view_range": list(self._view_range),
        }

    def check_state(self, data: object, notes: list[str]) -> JsonDict:
        where = self.state_key
        mapping = require_mapping(data, where)
        known = ("activation", "show_derivative", "overlays", "view_range")
        note_unknown_keys(mapping, known, where, notes)
        activation = self.choice.check_state(
            mapping.get("activation", {}), notes, f"{where}.activation"
        )
        show = read_bool(mapping, "show_derivative", True, where)
        raw_overlays = mapping.get("overlays", [])
        if not isinstance(raw_overlays, list):
            raise ValueError(f"{where}.overlays: expected a list, found {raw_overlays!r}")
        if len(raw_overlays) > MAX_OVERLAYS:
            notes.append(f"{where}.overlays: kept the first {MAX_OVERLAYS} of {len(raw_overlays)}")
        overlays = []
        for i, raw in enumerate(raw_overlays[:MAX_OVERLAYS]):
            item = require_mapping(raw, f"{where}.overlays[{i}]")
            cleaned = self.choice.check_state(
                {"key": item.get("key"), "params": item.get("params", {})},
                notes,
                f"{where}.overlays[{i}]",
            )
            colour = read_int(
                item, "colour", i, 0, OVERLAY_COLOURS - 1, f"{where}.overlays[{i}]", notes
            )
            visible = read_bool(item, "visible", True, f"{where}.overlays[{i}]")
            overlays.append({**cleaned, "colour": colour, "visible": visible})
        view = _read_view(mapping, where, notes)
        return {
            "activation": activation,
            "show_derivative": show,
            "overlays": overlays,
            "view_range": view,
        }

    def apply_state(self, state: JsonDict) -> None:
        self.choice.apply_state(state["activation"])
        self.set_show_derivative(state["show_derivative"])
        self._set_overlays(
            tuple(
                Overlay(o["key"], dict(o["params"]), o["colour"], o["visible"])
                for o in state["overlays"]
            )
        )
        self.set_view_range(state["view_range"])


def check_view_range(view: object) -> ViewRange:
    """``view`` as a ViewRange, or ``ValueError`` saying what is wrong with it."""
    if not isinstance(view, list | tuple) or len(view) != 4:
        raise ValueError(f"a view range is four numbers (x_min, x_max, y_min, y_max), got {view!r}")
    numbers = []
    for value in view:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"view range values must be numbers, got {value!r}")
        number = float(value)
        if not math.isfinite(number):
            raise ValueError(f"view range values must be finite, got {value!r}")
        if abs(number) > VIEW_LIMIT:
            raise ValueError(f"view range values must be within ±{VIEW_LIMIT:g}, got {value!r}")
        numbers.append(number)
    x_min, x_max, y_min, y_max = numbers
    for low, high, axis in ((x_min, x_max, "x"), (y_min, y_max, "y")):
        narrowest = min_view_span(low, high)
        if not high - low >= narrowest:
            raise ValueError(f"{axis} range must have min < max (by at least {narrowest:.3g})")
    return (x_min, x_max, y_min, y_max)


def min_view_span(low: float, high: float) -> float:
    """The narrowest accepted width of a view from ``low`` to ``high``.

    ``MIN_VIEW_SPAN`` near 0; further out, ``MIN_RELATIVE_VIEW_SPAN`` of the larger magnitude,
    so that float64 still resolves the view to a fraction of a pixel.
    """
    return max(MIN_VIEW_SPAN, MIN_RELATIVE_VIEW_SPAN * max(abs(low), abs(high)))


def clamp_view_range(view: tuple[float, float, float, float]) -> ViewRange:
    """The nearest view range :func:`check_view_range` accepts, for any four floats.

    What pan and zoom produce goes through here before it reaches the model, so zooming in or
    out and panning without end stop at a limit instead of failing. Per axis: a view wider than
    the full extent (2 * ``VIEW_LIMIT``) is narrowed to it, one narrower than
    :func:`min_view_span` is widened, both about the view's centre; then the view slides, at
    its width, back inside ``±VIEW_LIMIT``. Infinite ends are first cut back to the limit. An
    axis that is already valid is returned unchanged, bit for bit; one with a NaN falls back to
    the default view's.
    """
    x_min, x_max = _clamp_axis(view[0], view[1], DEFAULT_VIEW[0], DEFAULT_VIEW[1])
    y_min, y_max = _clamp_axis(view[2], view[3], DEFAULT_VIEW[2], DEFAULT_VIEW[3])
    return (x_min, x_max, y_min, y_max)


def _clamp_axis(low: float, high: float, default_low: float, default_high: float) -> Pair:
    low, high = float(low), float(high)
    if math.isnan(low) or math.isnan(high):
        return default_low, default_high
    low, high = min(low, high), max(low, high)
    if -VIEW_LIMIT <= low and high <= VIEW_LIMIT and high - low >= min_view_span(low, high):
        return low, high  # already valid: kept exactly
    if math.isinf(low) or math.isinf(high):
        low, high = _clip(low), _clip(high)
    centre = _clip(low / 2 + high / 2)  # halves first: no overflow near the largest float
    half = min(high / 2 - low / 2, VIEW_LIMIT)
    half = max(half, _safe_min_span(centre) / 2)
    low, high = centre - half, centre + half
    if low < -VIEW_LIMIT:
        low, high = -VIEW_LIMIT, -VIEW_LIMIT + 2 * half
    elif high > VIEW_LIMIT:
        low, high = VIEW_LIMIT - 2 * half, VIEW_LIMIT
    return low, high


def _clip(value: float) -> float:
    return min(max(value, -VIEW_LIMIT), VIEW_LIMIT)


def _safe_min_span(centre: float) -> float:
    """``min_view_span`` at ``centre``, 1% wider: the ends lie half a span further out (a share
    of 5e-12 more) and placing them rounds each by up to one ulp, and the view must still pass
    the check afterwards; 1% covers both with room to spare."""
    return 1.01 * min_view_span(centre, centre)


def _read_view(mapping: Any, where: str, notes: list[str]) -> ViewRange:
    if "view_range" not in mapping:
        return DEFAULT_VIEW
    try:
        return check_view_range(mapping["view_range"])
    except ValueError as error:
        notes.append(f"{where}.view_range: {error}; using the default view")
        return DEFAULT_VIEW
