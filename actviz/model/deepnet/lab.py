"""State of the deep-network lab: the network's settings, an optional comparison activation, the
latest results, the presets, and the "bending space" half (:class:`SpaceBender`).

The lab does not run simulations itself: :meth:`DeepNetLab.requests` describes what to compute,
a worker in the view layer runs :meth:`SimulationRequest.run` off the UI thread and hands the
results back through :meth:`DeepNetLab.set_results`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from psygnal import Signal, SignalGroup

from actviz.core.deepnet.weight_init import INITS, check_sigma
from actviz.core.i18n import translate_marked
from actviz.model.activation_choice import ActivationChoice
from actviz.model.deepnet.presets import PRESETS, Preset, preset
from actviz.model.deepnet.space_bender import SpaceBender
from actviz.model.state import (
    JsonDict,
    note_unknown_keys,
    read_bool,
    read_choice,
    read_float,
    read_int,
    require_mapping,
)

if TYPE_CHECKING:  # the simulation maths loads with the lab's first run, not with the app
    from actviz.core.deepnet import SimulationResult

DEPTH_RANGE = (1, 100)
WIDTH_RANGE = (8, 1024)
BATCH_RANGE = (16, 512)
SIGMA_RANGE = (1e-4, 10.0)
SEED_MAX = 2**31 - 1
_INT_FIELDS: dict[str, tuple[int, int]] = {
    "depth": DEPTH_RANGE,
    "width": WIDTH_RANGE,
    "batch": BATCH_RANGE,
    "seed": (0, SEED_MAX),
}
DEFAULTS: dict[str, Any] = {
    "depth": 20,
    "width": 256,
    "init": "he_normal",
    "sigma": 0.01,
    "batch": 256,
    "seed": 0,
    "compare_enabled": False,
}


@dataclass(frozen=True)
class SimulationRequest:
    """Everything :func:`actviz.core.deepnet.simulate` needs, as a value (hashable, comparable)."""

    depth: int
    width: int
    key: str
    params: tuple[tuple[str, Any], ...]
    init: str
    sigma: float | None
    batch: int
    seed: int

    def run(self) -> SimulationResult:
        from actviz.core.deepnet import simulate

        return simulate(
            self.depth, self.width, self.key, dict(self.params), init=self.init,
            sigma=self.sigma, batch=self.batch, seed=self.seed,
        )  # fmt: skip


class DeepNetLabEvents(SignalGroup):
    depth = Signal(int)
    width = Signal(int)
    init = Signal(str)
    sigma = Signal(float)
    batch = Signal(int)
    seed = Signal(int)
    compare_enabled = Signal(bool)
    notice = Signal(str)  # the current preset's "what to notice" sentence ("" when none)
    settings = Signal()  # something a simulation depends on changed: time to recompute
    results = Signal()  # new results (or an error) arrived


class DeepNetLab:
    """Settings of the simulated network, validated; presets; the latest results.

    Setters raise ``ValueError`` naming the allowed range and emit nothing for an unchanged value.
    A manual change clears the preset's notice, which no longer describes what is shown.
    """

    state_key = "deepnet"

    def __init__(self) -> None:
        self.events = DeepNetLabEvents()
        self.choice = ActivationChoice("relu")
        self.compare = ActivationChoice("tanh")
        self.bending = SpaceBender()
        self._values: dict[str, Any] = dict(DEFAULTS)
        self._notice = ""
        self._applying = False
        self.results: tuple[SimulationResult | None, SimulationResult | None] = (None, None)
        self.error = ""
        self.choice.events.params.connect(self._on_choice_changed)
        self.compare.events.params.connect(self._on_compare_changed)

    # values --------------------------------------------------------------------------------------
    @property
    def depth(self) -> int:
        return int(self._values["depth"])

    @property
    def width(self) -> int:
        return int(self._values["width"])

    @property
    def init(self) -> str:
        return str(self._values["init"])

    @property
    def sigma(self) -> float:
        return float(self._values["sigma"])

    @property
    def batch(self) -> int:
        return int(self._values["batch"])

    @property
    def seed(self) -> int:
        return int(self._values["seed"])

    @property
    def compare_enabled(self) -> bool:
        return bool(self._values["compare_enabled"])

    @property
    def notice(self) -> str:
        return self._notice

    def notice_text(self) -> str:
        """:attr:`notice` (kept in English) in the learner's language; "" when none."""
        return translate_marked("DeepNetPreset", self._notice) if self._notice else ""

    @property
    def presets(self) -> tuple[Preset, ...]:
        return PRESETS

    # setters -------------------------------------------------------------------------------------
    def set_depth(self, value: object) -> None:
        self._set("depth", _check_int("depth", value, DEPTH_RANGE))

    def set_width(self, value: object) -> None:
        self._set("width", _check_int("width", value, WIDTH_RANGE))

    def set_batch(self, value: object) -> None:
        self._set("batch", _check_int("batch", value, BATCH_RANGE))

    def set_seed(self, value: object) -> None:
        self._set("seed", _check_int("seed", value, (0, SEED_MAX)))

    def set_init(self, value: object) -> None:
        if not isinstance(value, str) or value not in INITS:
            raise ValueError(f"init must be one of {', '.join(INITS)}, got {value!r}")
        self._set("init", value)

    def set_sigma(self, value: object) -> None:
        lo, hi = SIGMA_RANGE
        try:
            number = check_sigma(value)
        except ValueError:
            raise ValueError(
                f"sigma must be a finite number in [{lo:g}, {hi:g}], got {value!r}"
            ) from None
        if not lo <= number <= hi:
            raise ValueError(f"sigma must be a finite number in [{lo:g}, {hi:g}], got {value!r}")
        self._set("sigma", number)

    def set_compare_enabled(self, value: bool) -> None:
        self._set("compare_enabled", bool(value))

    def apply_preset(self, name: str) -> None:
        """Set up a classic demonstration in one step (one ``settings`` event), with its notice."""
        item = preset(name)
        self._applying = True
        try:
            self.choice.set_activation(item.activation, item.params)
            if item.compare is not None:
                self.compare.set_activation(item.compare)
            self.set_compare_enabled(item.compare is not None)
            self.set_init(item.init)
            self.set_sigma(item.sigma)
            self.set_depth(item.depth)
            self.set_width(item.width)
            self.set_batch(DEFAULTS["batch"])
            self.set_seed(DEFAULTS["seed"])
        finally:
            self._applying = False
        self._set_notice(item.notice)
        self.events.settings.emit()

    # simulations ---------------------------------------------------------------------------------
    def requests(self) -> tuple[SimulationRequest, SimulationRequest | None]:
        """What to simulate now: the main activation, and the comparison if it is on."""
        main = self._request(self.choice)
        return main, (self._request(self.compare) if self.compare_enabled else None)

    def set_results(
        self, main: SimulationResult | None, compare: SimulationResult | None, error: str = ""
    ) -> None:
        """Store the results of :meth:`requests` (or the error message of a failed run)."""
        self.results = (main, compare)
        self.error = error
        self.events.results.emit()

    def _request(self, choice: ActivationChoice) -> SimulationRequest:
        v = self._values
        return SimulationRequest(
            depth=v["depth"], width=v["width"], key=choice.key,
            params=tuple(sorted(choice.params.items())), init=v["init"],
            sigma=v["sigma"] if v["init"] == "normal" else None, batch=v["batch"], seed=v["seed"],
        )  # fmt: skip

    # Saveable ------------------------------------------------------------------------------------
    def to_state(self) -> JsonDict:
        return {
            "activation": self.choice.to_state(),
            "compare": self.compare.to_state(),
            **self._values,
            "bending": self.bending.to_state(),
        }

    def check_state(self, data: object, notes: list[str]) -> JsonDict:
        where = self.state_key
        mapping = require_mapping(data, where)
        known = ("activation", "compare", *DEFAULTS, "bending")
        note_unknown_keys(mapping, known, where, notes)
        state: JsonDict = {
            "activation": self.choice.check_state(
                mapping.get("activation", {"key": "relu"}), notes, f"{where}.activation"
            ),
            "compare": self.compare.check_state(
                mapping.get("compare", {"key": "tanh"}), notes, f"{where}.compare"
            ),
        }
        for name, (lo, hi) in _INT_FIELDS.items():
            state[name] = read_int(mapping, name, DEFAULTS[name], lo, hi, where, notes)
        state["init"] = read_choice(mapping, "init", DEFAULTS["init"], INITS, where)
        # read_float clamps into SIGMA_RANGE (> 0) and replaces NaN: always a valid sigma.
        state["sigma"] = read_float(mapping, "sigma", DEFAULTS["sigma"], *SIGMA_RANGE, where, notes)
        state["compare_enabled"] = read_bool(mapping, "compare_enabled", False, where)
        state["bending"] = self.bending.check_state(
            mapping.get("bending", self.bending.to_state()), notes, f"{where}.bending"
        )
        return state

    def apply_state(self, state: JsonDict) -> None:
        self._applying = True
        try:
            self.choice.apply_state(state["activation"])
            self.compare.apply_state(state["compare"])
            self.set_init(state["init"])
            self.set_sigma(state["sigma"])
            for name in _INT_FIELDS:
                getattr(self, f"set_{name}")(state[name])
            self.set_compare_enabled(state["compare_enabled"])
        finally:
            self._applying = False
        self.bending.apply_state(state["bending"])
        self._set_notice("")
        self.events.settings.emit()

    # internals -----------------------------------------------------------------------------------
    def _set(self, name: str, value: Any) -> None:
        if self._values[name] == value:
            return
        self._values[name] = value
        getattr(self.events, name).emit(value)
        self._changed()

    def _changed(self) -> None:
        if self._applying:
            return
        self._set_notice("")
        self.events.settings.emit()

    def _set_notice(self, text: str) -> None:
        if text != self._notice:
            self._notice = text
            self.events.notice.emit(text)

    def _on_choice_changed(self, _params: dict[str, Any]) -> None:
        self._changed()

    def _on_compare_changed(self, _params: dict[str, Any]) -> None:
        if self.compare_enabled:
            self._changed()


def _check_int(name: str, value: object, bounds: tuple[int, int]) -> int:
    lo, hi = bounds
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise ValueError(f"{name} must be a whole number from {lo} to {hi}, got {value!r}")
    return value


__all__ = ["PRESETS", "DeepNetLab", "Preset", "SimulationRequest"]
