"""State of the training lab: the data, the network and how it trains, a comparison network, the
learner's own points, and the run itself (epoch, weights, loss histories).

The lab trains only when told to: :meth:`TrainingLab.step` runs whole epochs and is what the
view's timer calls in short slices while :attr:`TrainingLab.running` is true, so training never
happens inside a paint and the window keeps redrawing. Every setter validates (``ValueError``
with a sentence naming the setting and what it accepts) and emits nothing for an unchanged
value. Changing the data or the network starts afresh (epoch 0, new weights from the seed) and
pauses, as Playground does; the learning rate, batch size and regularisation apply to the next
epochs of the same run.

Events: one per setting (named as the setting), ``running``, ``notice`` (a preset's sentence),
``message`` (a status line such as "diverged", in English; :meth:`TrainingLab.message_text`
shows it in the learner's language), ``data`` (the points changed), ``network`` (a fresh
network: the diagram's shape may have changed) and ``trained`` (weights, epoch or losses
changed: time to redraw).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from actviz.core.i18n import QT_TRANSLATE_NOOP, translate
from actviz.model.state import JsonDict
from actviz.model.training import messages
from actviz.model.training import options as opt
from actviz.model.training.data import NO_POINTS
from actviz.model.training.messages import LabMessage
from actviz.model.training.points import TrainingPoints
from actviz.model.training.settings import TrainingLabEvents
from actviz.model.training.spec import NetworkSpec

if TYPE_CHECKING:
    from actviz.model.training.maps import HiddenSpace, NetworkPicture
    from actviz.model.training.run import NetworkRun

# The network maths (actviz.core.training.fitting), the pictures, the lessons and the lesson-file
# state are imported where first used: the app makes this model at start-up, before its first paint.

MAX_EPOCHS_PER_STEP = 10_000


class TrainingLab(TrainingPoints):
    """The training lab's whole state; see the module docstring for the rules."""

    state_key = "training"

    def __init__(self) -> None:
        super().__init__()
        self._epoch = 0
        self._running = False
        self._message: LabMessage | None = None
        self._revision = 0  # bumps whenever a picture of the networks would change
        self._pictures: dict[tuple[int, int, bool], NetworkPicture] = {}
        # The networks are made when first needed: a lab on a tab never opened costs nothing.
        self._main: NetworkRun | None = None
        self._compare: NetworkRun | None = None
        self._built_activations: tuple[object, ...] = ()

    # values ---------------------------------------------------------------------------------------
    @property
    def epoch(self) -> int:
        return self._epoch

    @property
    def running(self) -> bool:
        return self._running

    @property
    def message(self) -> str:
        """The status line as recorded, in English ("" when there is none)."""
        return self._message.english() if self._message is not None else ""

    def message_text(self) -> str:
        """The status line in the installed language ("" when there is none)."""
        return self._message.text() if self._message is not None else ""

    def notice_text(self) -> str:
        """The "what to notice" sentence in the installed language (a lesson's own; a teacher's
        sentence from a lesson file stays as written)."""
        from actviz.model.training.presets import notice_text

        return notice_text(self.notice)

    @property
    def revision(self) -> int:
        """A counter that changes whenever the networks' outputs may have changed."""
        return self._revision

    # the run --------------------------------------------------------------------------------------
    @property
    def main(self) -> NetworkRun:
        """The network being trained."""
        if self._main is None:
            self._fresh_runs()
        assert self._main is not None
        return self._main

    @property
    def compare(self) -> NetworkRun | None:
        """The compared network (None when not comparing)."""
        if self._main is None:
            self._fresh_runs()
        return self._compare

    def runs(self) -> list[tuple[NetworkRun, NetworkSpec]]:
        """The main run, and the comparison run if there is one, each with its spec."""
        pairs = [(self.main, self.spec())]
        if self.compare is not None:
            pairs.append((self.compare, self.spec(compare=True)))
        return pairs

    def step(self, epochs: object = 1) -> int:
        """Train ``epochs`` whole epochs (both networks when comparing); return how many ran.

        A network whose weights or loss would become non-finite stops where it was and the
        lab says so; when no network can go on, the lab pauses.
        """
        count = opt.check_int(
            QT_TRANSLATE_NOOP("TrainingSettings", "epochs"), epochs, (1, MAX_EPOCHS_PER_STEP)
        )
        data = self.data
        if len(data.train_x) == 0:
            self._set_message(LabMessage(messages.NO_TRAINING_POINTS))
            self.pause()
            return 0
        self._record_start()
        runs = self.runs()
        done = 0
        for _ in range(count):
            trained = False
            for run, spec in runs:
                if run.diverged_at is not None:
                    continue
                if run.train(spec, data, self._epoch):
                    trained = True
                else:
                    run.diverged_at = self._epoch
                    self._report_divergence(run, spec)
            if not trained:
                break
            self._epoch += 1
            done += 1
        if all(run.diverged_at is not None for run, _ in runs):
            self.pause()
        if done or any(run.diverged_at == self._epoch for run, _ in runs):
            self._bump()
            self.events.trained.emit()
        return done

    def play(self) -> None:
        if len(self.data.train_x) == 0:
            self._set_message(LabMessage(messages.NO_TRAINING_POINTS))
            return
        if all(run.diverged_at is not None for run, _ in self.runs()):
            self._set_message(LabMessage(messages.CANNOT_GO_ON))
            return
        self._set_running(True)

    def pause(self) -> None:
        self._set_running(False)

    def toggle_running(self) -> None:
        if self._running:
            self.pause()
        else:
            self.play()

    def reset(self) -> None:
        """Fresh weights from the seed, epoch 0, empty loss history; pauses."""
        self._restart()

    def set_weight(self, layer: object, source: object, target: object, value: object) -> None:
        """Set the weight of the link from unit ``source`` of layer ``layer`` to unit ``target``
        of the next layer (layer 0 is the inputs) in the main network."""
        weights = self.main.weights
        li = opt.check_int(
            QT_TRANSLATE_NOOP("TrainingSettings", "layer"), layer, (0, len(weights) - 1)
        )
        si = opt.check_int(
            QT_TRANSLATE_NOOP("TrainingSettings", "source unit"), source,
            (0, weights[li].shape[0] - 1),
        )  # fmt: skip
        ti = opt.check_int(
            QT_TRANSLATE_NOOP("TrainingSettings", "target unit"), target,
            (0, weights[li].shape[1] - 1),
        )  # fmt: skip
        number = opt.check_float(
            QT_TRANSLATE_NOOP("TrainingSettings", "weight"), value,
            (-opt.WEIGHT_LIMIT, opt.WEIGHT_LIMIT),
        )  # fmt: skip
        if self.main.set_weight(li, si, ti, number):
            self._set_notice("")
            self._bump()
            self.events.trained.emit()

    # what the views show --------------------------------------------------------------------------
    def picture(self, resolution: int = 100, compare: bool = False) -> NetworkPicture:
        """Every unit's output over the input plane, the decision map and the unit activity."""
        key = (self._revision, resolution, compare)
        cached = self._pictures.get(key)
        if cached is None:
            run = self.compare if compare else self.main
            if run is None:
                raise ValueError(translate("TrainingLab", "there is no comparison network"))
            from actviz.model.training.maps import network_picture

            cached = network_picture(run, self.spec(compare), self.data, resolution)
            self._pictures = {k: p for k, p in self._pictures.items() if k[0] == self._revision}
            self._pictures[key] = cached
        return cached

    def hidden_space(self, layer: int) -> HiddenSpace:
        """The training points and a grid as hidden layer ``layer`` (2 units) sees them."""
        from actviz.model.training.maps import hidden_space

        return hidden_space(self.main, self.spec(), self.data, layer)

    def two_unit_layers(self) -> list[int]:
        return [i for i, n in enumerate(self.hidden) if n == 2]

    # presets --------------------------------------------------------------------------------------
    def apply_preset(self, name: str, seed: object = 0) -> None:
        """Set up a lesson in one step: defaults, then the preset's settings; fresh and paused.

        ``seed`` draws other points and weights for the same lesson (Playground's is 0).
        """
        from actviz.model.training.presets import preset

        item = preset(name)
        seed = opt.check_int(QT_TRANSLATE_NOOP("TrainingSettings", "seed"), seed, opt.SEED_RANGE)
        self._batch_depth += 1
        try:
            self._drawn = NO_POINTS.copy()
            settings = {**opt.DEFAULTS, "speed": self.speed, **item.settings, "seed": seed}
            for key, value in settings.items():
                self.set_value(key, value)
            self.choice.set_activation(item.activation, item.params)
            self.compare_choice.set_activation(
                item.compare_activation or opt.DEFAULT_COMPARE_ACTIVATION
            )
            for i, choice in enumerate(self.layer_choices):
                key = (
                    item.layer_activations[i]
                    if i < len(item.layer_activations)
                    else item.activation
                )
                choice.set_activation(key)
            self._request_restart()
        finally:
            self._batch_depth -= 1
        self._flush()
        self.events.data.emit()
        self._set_notice(item.notice)

    # Saveable -------------------------------------------------------------------------------------
    def to_state(self) -> JsonDict:
        from actviz.model.training.state import lab_state

        return lab_state(self)

    def check_state(self, data: object, notes: list[str]) -> JsonDict:
        from actviz.model.training.state import check_lab_state

        return check_lab_state(self, data, notes)

    def apply_state(self, state: JsonDict) -> None:
        from actviz.model.training.state import apply_lab_state

        self._batch_depth += 1
        try:
            apply_lab_state(self, state)
            self._restart_pending = False
        finally:
            self._batch_depth -= 1
        self._set_running(False)
        self._set_notice(state["notice"])  # a lesson file carries its sentence
        self._set_message(None)
        self._bump()
        self.events.data.emit()
        self.events.network.emit()
        self.events.trained.emit()

    def _restore_run(self, epoch: int, main: JsonDict, compare: JsonDict | None) -> None:
        """For :func:`apply_lab_state`: the networks as saved (fresh if they did not fit)."""
        from actviz.model.training.run import NetworkRun

        comparing = self.compare_kind != "off"
        if main["weights"] is None or (
            comparing and (compare is None or compare["weights"] is None)
        ):
            self._fresh_runs()  # the two networks train in step: both start afresh, or neither
            return
        self._main = NetworkRun(self.spec())
        self._main.apply_state(main, self.spec())
        self._built_activations = self._activations()
        self._compare = None
        if comparing and compare is not None:
            self._compare = NetworkRun(self.spec(compare=True))
            self._compare.apply_state(compare, self.spec(compare=True))
        self._epoch = epoch
        self._record_start()

    # internals ------------------------------------------------------------------------------------
    def _fresh_runs(self) -> None:
        """New networks from the seed at epoch 0, each with its loss before training."""
        from actviz.model.training.run import NetworkRun

        self._data = None
        self._epoch = 0
        self._main = NetworkRun(self.spec())
        self._built_activations = self._activations()
        self._compare = None
        if self.compare_kind != "off":
            self._compare = NetworkRun(self.spec(compare=True))
        self._record_start()

    def _record_start(self) -> None:
        """The losses before training (only with training points: a history holds numbers)."""
        data = self.data
        if len(data.train_x) == 0:
            return
        for run, spec in self.runs():
            if not run.history:
                train, test = run.losses(spec, data)
                run.record(self._epoch, train, test)

    def _restart(self) -> None:
        self._restart_pending = False
        self._fresh_runs()
        self._set_running(False)
        self._set_message(None)
        if self._points_cleared:
            self._points_cleared = False
            self._set_message(LabMessage(messages.POINTS_CLEARED))
        self._bump()
        self.events.network.emit()
        self.events.trained.emit()

    def _activations(self) -> tuple[object, ...]:
        spec = self.spec()
        return (spec.keys, spec.params)

    def _network_activations_changed(self) -> bool:
        return self._main is None or self._activations() != self._built_activations

    def _points_changed(self) -> None:
        self._bump()
        self.events.data.emit()
        self.events.trained.emit()

    def _bump(self) -> None:
        self._revision += 1

    def _set_running(self, on: bool) -> None:
        if on != self._running:
            self._running = on
            self.events.running.emit(on)

    def _set_message(self, message: LabMessage | None) -> None:
        if message != self._message:
            self._message = message
            self.events.message.emit(self.message)

    def _report_divergence(self, run: NetworkRun, spec: NetworkSpec) -> None:
        template = messages.COMPARED_DIVERGED if run is self.compare else messages.DIVERGED
        values = (("epoch", self._epoch + 1), ("rate", spec.learning_rate))
        self._set_message(LabMessage(template, values))


__all__ = ["TrainingLab", "TrainingLabEvents"]
