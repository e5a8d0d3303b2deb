"""The neuron lab's state: inputs, weights, bias, how dL/da is given, learning rate, loss history.

The activation is not stored here: it is the :class:`ActivationChoice` handed in (the explorer's,
in the app), so the neuron always uses what the main window shows. All numbers come from
:mod:`actviz.core.neuron`; this class only validates, stores and emits.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from psygnal import Signal, SignalGroup

from actviz.core import neuron as core_neuron
from actviz.core.neuron import LossKind, NeuronPass
from actviz.model.activation_choice import ActivationChoice
from actviz.model.neuron.presets import PRESETS
from actviz.model.state import (
    JsonDict,
    note_unknown_keys,
    read_choice,
    read_float,
    read_int,
    require_mapping,
)

MAX_INPUTS = 4
MIN_INPUTS = 1
X_RANGE = (-5.0, 5.0, 0.01)
W_RANGE = (-10.0, 10.0, 0.01)
B_RANGE = (-10.0, 10.0, 0.01)
UPSTREAM_RANGE = (-5.0, 5.0, 0.01)
TARGET_RANGE = (-5.0, 5.0, 0.01)
LR_RANGE = (0.001, 2.0)
#: Losses kept for the plot; older steps are dropped (Play can run for a long time).
HISTORY_LIMIT = 2000
MODES = ("upstream", "target")

DEFAULT_X = (1.0, -0.5, 0.5, 1.0)
DEFAULT_W = (0.8, 0.4, -0.3, 0.2)


class NeuronEvents(SignalGroup):
    n_inputs = Signal(int)
    x = Signal(tuple)
    w = Signal(tuple)
    b = Signal(float)
    mode = Signal(str)  # "upstream": dL/da from a slider; "target": from a loss against a target
    upstream = Signal(float)
    target = Signal(float)
    loss_kind = Signal(str)
    lr = Signal(float)
    history = Signal(tuple)  # the losses before each step taken since the last reset
    activation = Signal()  # the activation or its params changed (recompute)


def _check_number(value: object, name: str, lo: float, hi: float) -> float:
    if isinstance(value, bool):
        raise ValueError(f"{name} must be a number from {lo:g} to {hi:g}, got {value!r}")
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number from {lo:g} to {hi:g}, got {value!r}") from None
    if not math.isfinite(number) or not lo <= number <= hi:
        raise ValueError(f"{name} must be a finite number from {lo:g} to {hi:g}, got {value!r}")
    return number


class NeuronModel:
    """State of the neuron lab.

    Setters validate (``ValueError`` with a message fit to show the user) and emit their event
    once, only when the value changes. All four inputs and weights are kept; the first
    :attr:`n_inputs` are used, so lowering and raising the count loses nothing.

    Parameters
    ----------
    choice
        The selected activation and its params (the explorer's, in the app).
    """

    state_key = "neuron"

    def __init__(self, choice: ActivationChoice) -> None:
        self.events = NeuronEvents()
        self.choice = choice
        self._n = 2
        self._x: tuple[float, ...] = DEFAULT_X
        self._w: tuple[float, ...] = DEFAULT_W
        self._b = 0.1
        self._mode = "upstream"
        self._upstream = 1.0
        self._target = 1.0
        self._loss_kind: LossKind = "squared"
        self._lr = 0.1
        self._history: tuple[float, ...] = ()
        self._steps = 0  # steps since the last reset (the history keeps only the latest)
        self._start: tuple[tuple[float, ...], float] | None = None  # (w, b) before the first step
        choice.events.activation.connect(self._on_activation_changed)
        choice.events.params.connect(self._on_params_changed)

    # read ------------------------------------------------------------------------------------
    @property
    def n_inputs(self) -> int:
        return self._n

    @property
    def x(self) -> tuple[float, ...]:
        """The inputs in use (the first ``n_inputs``)."""
        return self._x[: self._n]

    @property
    def w(self) -> tuple[float, ...]:
        """The weights in use."""
        return self._w[: self._n]

    @property
    def b(self) -> float:
        return self._b

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def upstream(self) -> float:
        return self._upstream

    @property
    def target(self) -> float:
        return self._target

    @property
    def loss_kind(self) -> LossKind:
        return self._loss_kind

    @property
    def lr(self) -> float:
        return self._lr

    @property
    def history(self) -> tuple[float, ...]:
        """Losses before each step since the last reset (oldest first)."""
        return self._history

    @property
    def steps(self) -> int:
        """Gradient steps taken since the last reset."""
        return self._steps

    def bce_allowed(self) -> bool:
        return core_neuron.bce_allowed(self.choice.key)

    def result(self) -> NeuronPass:
        """Every number of the forward and backward pass for the current state."""
        x, w, key, params = self.x, self.w, self.choice.key, self.choice.params
        if self._mode == "target":
            try:
                return core_neuron.with_loss(
                    x, w, self._b, key, params, self._target, self._loss_kind
                )[0]
            except ValueError:  # f undefined at z (a typed formula's gap): the pass without a loss
                return core_neuron.forward_backward(x, w, self._b, key, params, 0.0)
        return core_neuron.forward_backward(x, w, self._b, key, params, self._upstream)

    def current_loss(self) -> float | None:
        """The loss at the current weights (None in upstream mode, which has no loss)."""
        if self._mode != "target":
            return None
        a = self.result().a
        if not math.isfinite(a):  # f undefined at z: no loss (shown as nan)
            return math.nan
        return core_neuron.loss(a, self._target, self._loss_kind)

    def diagnosis(self) -> str:
        return core_neuron.diagnose(self.result(), self.choice.key)

    # write -----------------------------------------------------------------------------------
    def set_n_inputs(self, n: object) -> None:
        if isinstance(n, bool) or not isinstance(n, int | float) or n != int(n):
            raise ValueError(f"the number of inputs must be a whole number, got {n!r}")
        if not MIN_INPUTS <= int(n) <= MAX_INPUTS:
            raise ValueError(f"the number of inputs must be from {MIN_INPUTS} to {MAX_INPUTS}")
        if int(n) != self._n:
            self._n = int(n)
            self.events.n_inputs.emit(self._n)

    def set_x(self, i: int, value: object) -> None:
        number = _check_number(value, f"x{i + 1}", X_RANGE[0], X_RANGE[1])
        new = _replaced(self._x, i, number)
        if new != self._x:
            self._x = new  # stored before the event, so listeners read the new state
            self.events.x.emit(self.x)

    def set_w(self, i: int, value: object) -> None:
        number = _check_number(value, f"w{i + 1}", W_RANGE[0], W_RANGE[1])
        new = _replaced(self._w, i, number)
        if new != self._w:
            self._w = new
            self.events.w.emit(self.w)

    def set_b(self, value: object) -> None:
        number = _check_number(value, "b", B_RANGE[0], B_RANGE[1])
        if number != self._b:
            self._b = number
            self.events.b.emit(number)

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, got {mode!r}")
        if mode != self._mode:
            self._mode = mode
            self.events.mode.emit(mode)

    def set_upstream(self, value: object) -> None:
        number = _check_number(value, "dL/da", UPSTREAM_RANGE[0], UPSTREAM_RANGE[1])
        if number != self._upstream:
            self._upstream = number
            self.events.upstream.emit(number)

    def set_target(self, value: object) -> None:
        lo, hi = (0.0, 1.0) if self._loss_kind == "bce" else TARGET_RANGE[:2]
        number = _check_number(value, "target y", lo, hi)
        if number != self._target:
            self._target = number
            self.events.target.emit(number)

    def set_loss_kind(self, kind: str) -> None:
        which = core_neuron.check_loss_kind(kind)
        if which == "bce" and not self.bce_allowed():
            raise ValueError(
                f"binary cross-entropy needs outputs in (0, 1); {self.choice.activation.name} "
                "is not bounded that way, so use squared error"
            )
        if which == self._loss_kind:
            return
        self._loss_kind = which
        self.events.loss_kind.emit(which)
        if which == "bce":  # a BCE target is a probability
            self.set_target(min(max(self._target, 0.0), 1.0))

    def set_lr(self, value: object) -> None:
        number = _check_number(value, "learning rate", LR_RANGE[0], LR_RANGE[1])
        if number != self._lr:
            self._lr = number
            self.events.lr.emit(number)

    # learning --------------------------------------------------------------------------------
    def step(self) -> float:
        """One gradient-descent step on w and b; returns the loss before it.

        In upstream mode the step descends ``L = dL/da * a`` (the slider's gradient). The new
        weights are kept inside the sliders' range (a projected step), so the panel can show them.
        """
        key, params = self.choice.key, self.choice.params
        fb = self.result()
        if not (math.isfinite(fb.a) and math.isfinite(fb.local_grad)):
            raise ValueError(core_neuron.undefined_at(fb.z, self.choice.activation.name_text()))
        if self._mode == "target":
            new_w, new_b, before = core_neuron.sgd_step(
                self.x, self.w, self._b, key, params, self._target, self._loss_kind, self._lr
            )
        else:
            new_w, new_b, before = fb.w - self._lr * fb.dw, fb.b - self._lr * fb.db, fb.a
            before *= self._upstream
        if self._start is None:
            self._start = (self._w, self._b)
        lo, hi = W_RANGE[:2]
        clipped = np.clip(new_w, lo, hi).tolist()
        w_all = (*clipped, *self._w[self._n :])
        if w_all != self._w:
            self._w = w_all
            self.events.w.emit(self.w)
        self.set_b(min(max(new_b, B_RANGE[0]), B_RANGE[1]))
        self._steps += 1
        self._history = (*self._history[-(HISTORY_LIMIT - 1) :], float(before))
        self.events.history.emit(self._history)
        return float(before)

    def reset(self) -> None:
        """Back to the weights and bias before the first step; clear the loss history."""
        if self._start is not None:
            w, b = self._start
            self._start = None
            if w != self._w:
                self._w = w
                self.events.w.emit(self.w)
            self.set_b(b)
        self._steps = 0
        if self._history:
            self._history = ()
            self.events.history.emit(())

    def apply_preset(self, name: str) -> None:
        """Select the preset's activation and load its numbers (training history is cleared)."""
        preset = PRESETS[name]
        self.choice.set_activation(preset.key, preset.params)
        self._start = None
        n = len(preset.x)
        self.set_n_inputs(n)
        for i in range(n):
            self.set_x(i, preset.x[i])
            self.set_w(i, preset.w[i])
        self.set_b(preset.b)
        self.set_mode("target")
        if preset.loss_kind != "bce":
            self.set_loss_kind(preset.loss_kind)
        self.set_target(preset.target)
        self.set_loss_kind(preset.loss_kind)
        self.set_lr(preset.lr)
        self.reset()

    # activation ------------------------------------------------------------------------------
    def _on_activation_changed(self, _key: str) -> None:
        if self._loss_kind == "bce" and not self.bce_allowed():
            self._loss_kind = "squared"
            self.events.loss_kind.emit("squared")
        self.events.activation.emit()

    def _on_params_changed(self, _params: dict[str, Any]) -> None:
        self.events.activation.emit()

    # Saveable --------------------------------------------------------------------------------
    def to_state(self) -> JsonDict:
        return {
            "n_inputs": self._n,
            "x": list(self._x),
            "w": list(self._w),
            "b": self._b,
            "mode": self._mode,
            "upstream": self._upstream,
            "target": self._target,
            "loss_kind": self._loss_kind,
            "lr": self._lr,
        }

    def check_state(self, data: object, notes: list[str]) -> JsonDict:
        where = self.state_key
        mapping = require_mapping(data, where)
        note_unknown_keys(mapping, tuple(self.to_state()), where, notes)
        state: JsonDict = {
            "n_inputs": read_int(mapping, "n_inputs", 2, MIN_INPUTS, MAX_INPUTS, where, notes),
            "x": _read_vector(mapping, "x", DEFAULT_X, X_RANGE, where, notes),
            "w": _read_vector(mapping, "w", DEFAULT_W, W_RANGE, where, notes),
            "b": read_float(mapping, "b", 0.1, B_RANGE[0], B_RANGE[1], where, notes),
            "mode": read_choice(mapping, "mode", "upstream", MODES, where),
            "upstream": read_float(mapping, "upstream", 1.0, *UPSTREAM_RANGE[:2], where, notes),
            "loss_kind": read_choice(mapping, "loss_kind", "squared", ("squared", "bce"), where),
            "lr": read_float(mapping, "lr", 0.1, LR_RANGE[0], LR_RANGE[1], where, notes),
        }
        lo, hi = (0.0, 1.0) if state["loss_kind"] == "bce" else TARGET_RANGE[:2]
        state["target"] = read_float(mapping, "target", 1.0, lo, hi, where, notes)
        return state

    def apply_state(self, state: JsonDict) -> None:
        self._start = None
        self.set_n_inputs(state["n_inputs"])
        for i in range(MAX_INPUTS):
            self.set_x(i, state["x"][i])
            self.set_w(i, state["w"][i])
        self.set_b(state["b"])
        self.set_mode(state["mode"])
        self.set_upstream(state["upstream"])
        self.set_lr(state["lr"])
        if state["loss_kind"] == "bce" and not self.bce_allowed():
            self.set_loss_kind("squared")  # the activation restored beside us decides
        else:
            self.set_loss_kind(state["loss_kind"])
        self.set_target(state["target"])
        self.reset()


def _replaced(values: tuple[float, ...], i: int, number: float) -> tuple[float, ...]:
    if not 0 <= i < MAX_INPUTS:
        raise ValueError(f"input index must be from 0 to {MAX_INPUTS - 1}, got {i}")
    return (*values[:i], number, *values[i + 1 :])


def _read_vector(
    mapping: Any,
    key: str,
    default: tuple[float, ...],
    limits: tuple[float, float, float],
    where: str,
    notes: list[str],
) -> list[float]:
    raw = mapping.get(key, list(default))
    if not isinstance(raw, list | tuple) or len(raw) != MAX_INPUTS:
        raise ValueError(f"{where}.{key}: expected a list of {MAX_INPUTS} numbers, found {raw!r}")
    items = {str(i): value for i, value in enumerate(raw)}
    return [
        read_float(items, str(i), default[i], limits[0], limits[1], f"{where}.{key}", notes)
        for i in range(MAX_INPUTS)
    ]
