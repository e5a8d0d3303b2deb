"""Records the events a SoftmaxLabModel emits, for the tests that count them."""

from __future__ import annotations

from actviz.model.softmax.lab import SoftmaxLabModel


class Recorder:
    """Counts every event the model emits, by name."""

    def __init__(self, model: SoftmaxLabModel) -> None:
        self.seen: list[tuple[str, object]] = []
        for name in (
            "classes",
            "scores",
            "labels",
            "shift",
            "temperature",
            "mode",
            "naive",
            "focus",
        ):
            getattr(model.events, name).connect(self._recorder(name))

    def _recorder(self, name: str):
        def record(value: object) -> None:
            self.seen.append((name, value))

        return record

    def names(self) -> list[str]:
        return [name for name, _ in self.seen]
