"""The settings of the training lab: data, network, training, comparison and display, each
validated, with one event per setting; the base of :class:`~actviz.model.training.lab.TrainingLab`.

Every setter validates (``ValueError`` with a sentence naming the setting and what it accepts) and
emits nothing for an unchanged value. A change to the data or to the network asks for a restart
(fresh weights, epoch 0); while a preset or a saved state is applied (``_batch_depth > 0``)
restarts are gathered into one. A manual change clears the preset's "what to notice" sentence,
which no longer describes what is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from psygnal import Signal, SignalGroup

from actviz.model.activation_choice import ActivationChoice
from actviz.model.training import options as opt
from actviz.model.training.spec import NetworkSpec

T = TypeVar("T")


class _Setting(Generic[T]):
    """A read-only attribute of the lab that reads one setting, typed by its cast."""

    def __init__(self, cast: Callable[[Any], T]) -> None:
        self._cast = cast
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def __get__(self, lab: TrainingSettings, owner: type | None = None) -> T:
        return self._cast(lab._values[self._name])


# Changes that make the lab's current lesson sentence no longer true.
_DISPLAY_ONLY = frozenset({"show_test", "discretize", "point_value", "speed"})


class TrainingLabEvents(SignalGroup):
    dataset = Signal(str)
    function = Signal(str)
    noise = Signal(float)
    train_fraction = Signal(float)
    seed = Signal(int)
    features = Signal(tuple)
    hidden = Signal(tuple)
    per_layer = Signal(bool)
    init = Signal(str)
    output = Signal(str)
    learning_rate = Signal(float)
    batch_size = Signal(int)
    regularization = Signal(str)
    reg_rate = Signal(float)
    compare_kind = Signal(str)
    compare_init = Signal(str)
    compare_learning_rate = Signal(float)
    show_test = Signal(bool)
    discretize = Signal(bool)
    point_value = Signal(float)
    speed = Signal(str)
    running = Signal(bool)
    notice = Signal(str)
    message = Signal(str)
    data = Signal()
    network = Signal()
    trained = Signal()


class TrainingSettings:
    """Validated settings and activation choices; subclasses implement ``_restart``."""

    def __init__(self) -> None:
        self.events = TrainingLabEvents()
        self.choice = ActivationChoice(opt.DEFAULT_ACTIVATION)
        self.layer_choices = tuple(
            ActivationChoice(opt.DEFAULT_ACTIVATION) for _ in range(opt.MAX_LAYERS)
        )
        self.compare_choice = ActivationChoice(opt.DEFAULT_COMPARE_ACTIVATION)
        self._values: dict[str, Any] = dict(opt.DEFAULTS)
        self._notice = ""
        self._batch_depth = 0  # > 0 while a preset or a saved state is applied
        self._restart_pending = False
        self.choice.events.params.connect(self._on_choice_changed)
        for choice in self.layer_choices:
            choice.events.params.connect(self._on_layer_choice_changed)
        self.compare_choice.events.params.connect(self._on_compare_choice_changed)

    def value(self, name: str) -> Any:
        """The current value of setting ``name`` (see ``training_options.DEFAULTS``)."""
        return self._values[name]

    dataset = _Setting(str)
    function = _Setting(str)
    noise = _Setting(float)
    train_fraction = _Setting(float)
    seed = _Setting(int)
    features = _Setting(tuple)
    hidden = _Setting(tuple)
    per_layer = _Setting(bool)
    init = _Setting(str)
    output = _Setting(str)
    learning_rate = _Setting(float)
    batch_size = _Setting(int)
    regularization = _Setting(str)
    reg_rate = _Setting(float)
    compare_kind = _Setting(str)
    compare_init = _Setting(str)
    compare_learning_rate = _Setting(float)
    show_test = _Setting(bool)
    discretize = _Setting(bool)
    point_value = _Setting(float)
    speed = _Setting(str)

    @property
    def regression(self) -> bool:
        return opt.is_regression_source(self.dataset)

    @property
    def notice(self) -> str:
        return self._notice

    # setters --------------------------------------------------------------------------------------
    def set_value(self, name: str, value: object) -> None:
        """Validate and set setting ``name``; ``ValueError`` with a sentence if refused."""
        if name not in opt.SETTING_CHECKS:
            raise ValueError(f"unknown setting {name!r}")
        clean = opt.SETTING_CHECKS[name](value)
        if self._values[name] == clean:
            return
        was_regression = self.regression
        self._values[name] = clean
        getattr(self.events, name).emit(clean)
        if name == "dataset" and self.regression != was_regression:
            self._problem_changed()
        if name not in _DISPLAY_ONLY:
            self._set_notice("")
        if name in opt.RESETTING:
            self._request_restart()

    def set_dataset(self, name: object) -> None:
        self.set_value("dataset", name)

    def set_hidden(self, sizes: object) -> None:
        self.set_value("hidden", sizes)

    def set_features(self, names: object) -> None:
        self.set_value("features", names)

    def set_learning_rate(self, rate: object) -> None:
        self.set_value("learning_rate", rate)

    def layer_choice(self, layer: int) -> ActivationChoice:
        """The activation of hidden layer ``layer`` in effect (the shared one unless per layer)."""
        return self.layer_choices[layer] if self.per_layer else self.choice

    def set_per_layer(self, on: object) -> None:
        """One activation per layer: each layer starts from the shared activation."""
        on = opt.check_bool("one activation per layer", on)
        if on and not self.per_layer:
            self._batch_depth += 1
            try:
                for choice in self.layer_choices:
                    choice.set_activation(self.choice.key, self.choice.params)
            finally:
                self._batch_depth -= 1
        self.set_value("per_layer", on)

    def spec(self, compare: bool = False) -> NetworkSpec:
        """What the main network (or the comparison network) is and how it trains."""
        v = self._values
        hidden: tuple[int, ...] = v["hidden"]
        kind = v["compare_kind"] if compare else "off"
        if kind == "activation":
            choices = [self.compare_choice] * len(hidden)
        else:
            choices = [self.layer_choice(i) for i in range(len(hidden))]
        if self.regression:
            output, loss = "identity", "square"
        else:
            output, loss = ("tanh", "square") if v["output"] == "tanh" else ("sigmoid", "bce")
        rate = "compare_learning_rate" if kind == "learning_rate" else "learning_rate"
        return NetworkSpec(
            features=v["features"], hidden=hidden, keys=tuple(c.key for c in choices),
            params=tuple(c.params for c in choices),
            init=v["compare_init"] if kind == "init" else v["init"], seed=v["seed"],
            output=output, loss=loss, learning_rate=v[rate], batch_size=v["batch_size"],
            regularization=v["regularization"], reg_rate=v["reg_rate"],
        )  # fmt: skip

    def _request_restart(self) -> None:
        if self._batch_depth:
            self._restart_pending = True
        else:
            self._restart()

    def _flush(self) -> None:
        if self._restart_pending and not self._batch_depth:
            self._restart()

    def _restart(self) -> None:
        raise NotImplementedError

    def _problem_changed(self) -> None:
        """The data set switched between classification and regression."""

    def _network_activations_changed(self) -> bool:
        """Whether the hidden layers' activations differ from those the network was built with."""
        return True

    def _set_notice(self, text: str) -> None:
        if text != self._notice:
            self._notice = text
            self.events.notice.emit(text)

    def _on_choice_changed(self, _params: dict[str, Any]) -> None:
        if not self.per_layer:
            self._set_notice("")
            self._request_restart()

    def _on_layer_choice_changed(self, _params: dict[str, Any]) -> None:
        # Only a layer the network has matters; the others keep their choice for later.
        if self.per_layer and not self._batch_depth and self._network_activations_changed():
            self._set_notice("")
            self._request_restart()

    def _on_compare_choice_changed(self, _params: dict[str, Any]) -> None:
        if self.compare_kind == "activation":
            self._set_notice("")
            self._request_restart()
