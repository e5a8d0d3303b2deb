"""An activation picked from the catalogue, with its parameter values: the state behind a picker
and a parameter panel.

The explorer, the neuron, and each side of the deep-network lab's comparison own one of these, so a
single ``QtPicker`` / ``QtParamPanel`` pair can drive any of them.

A choice may hold a custom activation (a typed formula, key ``custom:<name>``). When that one is
edited, the choice takes the new version at once, keeping the values of the parameters that still
exist (clamped into their new ranges); when it is deleted, the choice falls back to ReLU.
"""

from __future__ import annotations

from typing import Any

from psygnal import Signal, SignalGroup

from actviz import core
from actviz.core.params import ParamValue
from actviz.model.custom import registry as custom_registry
from actviz.model.state import JsonDict, note_unknown_keys, require_mapping

DEFAULT_ACTIVATION = "relu"


class ActivationChoiceEvents(SignalGroup):
    activation = Signal(str)  # the new key; ``params`` follows with the new defaults
    params = Signal(dict)  # all resolved params of the current activation


class ActivationChoice:
    """The selected activation and its validated parameter values.

    Setters validate (``KeyError`` for an unknown activation, ``ValueError`` for a bad parameter,
    naming the allowed range) and emit nothing when the value does not change.
    """

    state_key = "activation"

    def __init__(self, key: str = DEFAULT_ACTIVATION, params: dict[str, Any] | None = None) -> None:
        self.events = ActivationChoiceEvents()
        self._activation = core.get(key)
        self._params: dict[str, ParamValue] = self._activation.resolve_params(params)
        custom_registry.events.changed.connect(self._on_custom_changed)
        custom_registry.events.removed.connect(self._on_custom_removed)

    @property
    def key(self) -> str:
        return self._activation.key

    @property
    def activation(self) -> core.Activation:
        return self._activation

    @property
    def params(self) -> dict[str, ParamValue]:
        """A copy of the resolved params (every param of the activation, defaults filled in)."""
        return dict(self._params)

    def set_activation(self, key: str, params: dict[str, Any] | None = None) -> None:
        """Switch to ``key`` with its defaults overlaid by ``params``."""
        activation = core.get(key)
        resolved = activation.resolve_params(params)
        if activation is self._activation and resolved == self._params:
            return
        changed_key = activation is not self._activation
        self._activation, self._params = activation, resolved
        if changed_key:
            self.events.activation.emit(activation.key)
        self.events.params.emit(dict(resolved))

    def set_param(self, name: str, value: Any) -> None:
        self.set_params({name: value})

    def set_params(self, values: dict[str, Any]) -> None:
        """Set several params at once (validated together, so hardtanh's bounds can cross over)."""
        resolved = self._activation.resolve_params({**self._params, **values})
        if resolved == self._params:
            return
        self._params = resolved
        self.events.params.emit(dict(resolved))

    def reset_param(self, name: str) -> None:
        self.set_param(name, self._activation.param(name).default)

    def reset_params(self) -> None:
        self.set_params(self._activation.defaults())

    def properties(self) -> core.Properties:
        """The properties at the current params: stated (catalogue) or estimated (a formula)."""
        if self._activation.properties.estimated:
            return core.estimate_properties(self._activation, self._params)
        return self._activation.properties

    def gaps(self) -> tuple[core.Gap, ...]:
        """Where f or f′ is undefined at the current params (only typed formulas have any)."""
        if self._activation.family != core.CUSTOM_FAMILY:
            return ()
        return core.find_gaps(self._activation, self._params)

    # custom activations ------------------------------------------------------------------------
    def _on_custom_changed(self, key: str) -> None:
        if key != self.key:
            return
        activation = core.get(key)
        kept = {n: v for n, v in self._params.items() if n in {p.name for p in activation.params}}
        params = activation.defaults()
        for name, value in kept.items():
            spec = activation.param(name)
            params[name] = spec.clamp(float(value)) if spec.choices is None else value
        try:
            resolved = activation.resolve_params(params)
        except ValueError:
            resolved = activation.resolve_params()
        self._activation, self._params = activation, resolved
        self.events.activation.emit(key)
        self.events.params.emit(dict(resolved))

    def _on_custom_removed(self, key: str) -> None:
        if key == self.key:
            self.set_activation(DEFAULT_ACTIVATION)

    # Saveable ----------------------------------------------------------------------------------
    def to_state(self) -> JsonDict:
        return {"key": self.key, "params": dict(self._params)}

    def check_state(self, data: object, notes: list[str], where: str = "activation") -> JsonDict:
        """Validate a saved choice; an unknown activation is an error, bad params are clamped."""
        mapping = require_mapping(data, where)
        note_unknown_keys(mapping, ("key", "params"), where, notes)
        key = mapping.get("key", DEFAULT_ACTIVATION)
        if not isinstance(key, str) or key not in core.names():
            raise ValueError(f"{where}.key: unknown activation {key!r}")
        activation = core.get(key)
        raw = require_mapping(mapping.get("params", {}), f"{where}.params")
        params: dict[str, ParamValue] = activation.defaults()
        for name, value in raw.items():
            try:
                spec = activation.param(name)
            except KeyError:
                notes.append(f"{where}.params: ignored unknown parameter {name!r} of {key}")
                continue
            params[name] = _clean_param(spec, value, f"{where}.params.{name}", notes)
        try:
            activation.resolve_params(params)
        except ValueError as error:  # e.g. crossed hardtanh bounds: fall back to the defaults
            notes.append(f"{where}.params: {error}; using the defaults")
            params = activation.defaults()
        return {"key": key, "params": params}

    def apply_state(self, state: JsonDict) -> None:
        self.set_activation(state["key"], state["params"])


def _clean_param(spec: core.Param, value: object, where: str, notes: list[str]) -> ParamValue:
    if spec.choices is not None:
        if isinstance(value, str) and value in spec.choices:
            return value
        raise ValueError(f"{where}: {value!r} is not {spec.range_text()}")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{where}: expected a number, found {value!r}")
    clamped = spec.clamp(float(value))
    if clamped != value:
        notes.append(f"{where}: {value!r} is outside {spec.range_text()}, using {clamped:g}")
    return clamped
