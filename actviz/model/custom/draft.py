"""What the activation editor shows: a formula being typed, its name and parameter ranges.

Each text is parsed as it is set; a refused one leaves the last good activation in place (the
preview keeps showing it) and sets :attr:`ActivationDraft.error` with the message and column.
:meth:`ActivationDraft.commit` adds the draft to (or updates it in) the custom activations.
"""

from __future__ import annotations

import numpy as np
from psygnal import Signal, SignalGroup

from actviz import core
from actviz.core import ExpressionError, ParamRange
from actviz.core.i18n import translate
from actviz.core.sampling import CurveSamples, sample_curve
from actviz.model.custom.activations import CustomActivations, build, check_name, taken_name

DRAFT_KEY = "custom:draft"  # never registered: the draft is only previewed


class ActivationDraftEvents(SignalGroup):
    text = Signal(str)
    error = Signal(object)  # ExpressionError, or None when the text is good
    activation = Signal(object)  # the last good activation (its formulas, params, preview)
    name = Signal(str)
    ranges = Signal(dict)  # parameter -> ParamRange


class ActivationDraft:
    """A new custom activation, or an edit of the one called ``editing`` (its key)."""

    def __init__(self, customs: CustomActivations, editing: str | None = None) -> None:
        self.events = ActivationDraftEvents()
        self.customs = customs
        self.editing = editing
        self._text = ""
        self._name = ""
        self._ranges: dict[str, ParamRange] = {}
        self._activation: core.Activation | None = None
        self._error: ExpressionError | None = None
        if editing is not None:
            entry = customs.entry(editing)
            self._name = entry.name
            self._ranges = dict(entry.ranges)
            self.set_text(entry.text)

    # read ----------------------------------------------------------------------------------------
    @property
    def text(self) -> str:
        return self._text

    @property
    def name(self) -> str:
        return self._name

    @property
    def ranges(self) -> dict[str, ParamRange]:
        """The range of each parameter of the last good activation."""
        return dict(self._ranges)

    @property
    def activation(self) -> core.Activation | None:
        return self._activation

    @property
    def error(self) -> ExpressionError | None:
        return self._error

    def name_problem(self) -> str | None:
        """Why the name cannot be used, or None."""
        try:
            cleaned = check_name(self._name)
        except ValueError as error:
            return str(error)
        for entry in self.customs.entries:
            if entry.key != self.editing and entry.name.casefold() == cleaned.casefold():
                return taken_name(entry.name)
        return None

    def can_commit(self) -> bool:
        return self._activation is not None and self._error is None and self.name_problem() is None

    def preview(self, x_min: float, x_max: float, width_px: int) -> CurveSamples:
        """f and f′ of the last good activation at its default params, ready to draw."""
        if self._activation is None:
            raise ValueError(translate("CustomActivations", "there is no formula to preview yet"))
        return sample_curve(self._activation, self._activation.defaults(), x_min, x_max, width_px)

    def gaps(self) -> tuple[core.Gap, ...]:
        """Where the last good activation is undefined, at its default params."""
        if self._activation is None:
            return ()
        return core.find_gaps(self._activation, self._activation.defaults())

    # write ---------------------------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        """Parse ``text``; keep the last good activation if it is refused."""
        if text == self._text and (self._activation is not None or self._error is not None):
            return
        self._text = text
        self.events.text.emit(text)
        try:
            activation = build(text, self._name or text.strip(), DRAFT_KEY, self._ranges)
        except ExpressionError as error:
            self._set_error(error)
            return
        self._activation = activation
        self._ranges = {p.name: self._range_of(p) for p in activation.params}
        self._set_error(None)
        self.events.activation.emit(activation)
        self.events.ranges.emit(dict(self._ranges))

    def set_name(self, name: str) -> None:
        if name != self._name:
            self._name = name
            self.events.name.emit(name)

    def set_range(
        self,
        param: str,
        *,
        default: float | None = None,
        minimum: float | None = None,
        maximum: float | None = None,
    ) -> None:
        """Change one bound of a parameter; ``ValueError`` (and no change) if they no longer fit."""
        old = self._ranges[param]
        new = ParamRange(
            old.default if default is None else default,
            old.minimum if minimum is None else minimum,
            old.maximum if maximum is None else maximum,
        )
        if new == old:
            return
        assert self._activation is not None
        self._activation = core.with_param_ranges(self._activation, {param: new})
        self._ranges[param] = new
        self.events.ranges.emit(dict(self._ranges))
        self.events.activation.emit(self._activation)

    def commit(self) -> str:
        """Add the draft (or save the edit); return the key. ``ValueError`` if it cannot be."""
        if self._error is not None:
            raise ValueError(self._error.message)
        if self._activation is None:
            raise ValueError(translate("CustomActivations", "type a formula first"))
        problem = self.name_problem()
        if problem is not None:
            raise ValueError(problem)
        if self.editing is None:
            self.editing = self.customs.add(self._text, self._name, self._ranges)
        else:
            self.customs.edit(self.editing, text=self._text, name=self._name, ranges=self._ranges)
        return self.editing

    # helpers -------------------------------------------------------------------------------------
    def _range_of(self, param: core.Param) -> ParamRange:
        return ParamRange(
            float(param.default), float(param.minimum or 0), float(param.maximum or 0)
        )

    def _set_error(self, error: ExpressionError | None) -> None:
        if error is None and self._error is None:
            return
        self._error = error
        self.events.error.emit(error)


def preview_y_range(samples: CurveSamples) -> tuple[float, float]:
    """A y range showing f and f′ without letting a pole (1/x) squash everything else flat:
    the 2nd to 98th percentile of the finite values, padded by 10%, at least 1 high."""
    values = np.concatenate([samples.f_y, samples.df_y])
    values = values[np.isfinite(values)]
    if values.size == 0:
        return -1.0, 1.0
    low, high = (float(v) for v in np.percentile(values, [2.0, 98.0]))
    low, high = min(low, 0.0), max(high, 0.0)
    pad = max(0.1 * (high - low), 0.5 - 0.5 * (high - low), 1e-9)
    return low - pad, high + pad
