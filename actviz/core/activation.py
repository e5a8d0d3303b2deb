"""The ``Activation`` record: an activation's maths together with everything the app says about it.

The texts are kept in English (they are data: keys, files, exports); the ``*_text()`` methods give
them in the learner's language, when shown (see :mod:`actviz.core.i18n`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from actviz.core.families import CUSTOM_FAMILY, family_text
from actviz.core.i18n import translate, translate_marked
from actviz.core.params import Kink, Param, ParamValue, Properties

FloatArray = npt.NDArray[np.float64]
ElementwiseFn = Callable[..., FloatArray]
KinkFn = Callable[..., tuple[Kink, ...]]
ParamCheck = Callable[[Mapping[str, ParamValue]], None]


def _no_kinks(**_params: ParamValue) -> tuple[Kink, ...]:
    return ()


@dataclass(frozen=True, eq=False)
class Activation:
    """One catalogue entry.

    ``fn`` and ``dfn`` receive a float64 ndarray (never a scalar) and the fully resolved params as
    keywords; they must be vectorised, stable for every finite input (no numpy RuntimeWarning) and
    give the limits at +-inf and NaN at NaN. Call them through :meth:`forward` and
    :meth:`derivative`, which validate the params and keep the caller's shape.

    ``name``, ``formula``, ``derivative_formula`` and ``notes`` are English, marked with
    ``QT_TRANSLATE_NOOP("Activation", ...)``; ``reference`` with ``QT_TRANSLATE_NOOP("Reference",
    ...)`` (a cited title stays as published, the words around it are translated); ``family`` is
    a heading of :data:`actviz.core.families.FAMILY_ORDER`. Formulas are rich text (``<sup>``,
    ``<br>``); notes are plain text, paragraphs separated by a blank line.
    """

    key: str
    name: str
    family: str
    formula: str
    derivative_formula: str
    params: tuple[Param, ...]
    properties: Properties
    notes: str
    fn: ElementwiseFn
    dfn: ElementwiseFn
    kink_fn: KinkFn = _no_kinks
    check: ParamCheck | None = None
    reference: str = ""
    _by_name: dict[str, Param] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_name", {p.name: p for p in self.params})

    def name_text(self) -> str:
        """The name in the installed language (a typed activation's is the learner's own)."""
        return self._shown(self.name)

    def _shown(self, text: str) -> str:
        # A typed activation's name and formulas are the learner's, not the catalogue's.
        return text if self.family == CUSTOM_FAMILY else translate_marked("Activation", text)

    def family_text(self) -> str:
        """The family heading in the installed language."""
        return family_text(self.family)

    def formula_text(self) -> str:
        """f as rich text, its words in the installed language."""
        return self._shown(self.formula)

    def derivative_formula_text(self) -> str:
        """f′ as rich text, its words in the installed language."""
        return self._shown(self.derivative_formula)

    def notes_text(self) -> str:
        """The teaching notes in the installed language."""
        return translate_marked("Activation", self.notes)

    def reference_text(self) -> str:
        """The reference (cited titles stay in their own language), or "" if there is none."""
        return translate_marked("Reference", self.reference) if self.reference else ""

    def param(self, name: str) -> Param:
        """The ``Param`` called ``name``; ``KeyError`` if this activation has none."""
        return self._by_name[name]

    def defaults(self) -> dict[str, ParamValue]:
        return {p.name: p.default for p in self.params}

    def resolve_params(self, params: Mapping[str, Any] | None = None) -> dict[str, ParamValue]:
        """Defaults overlaid with ``params``, each validated.

        Raises ``ValueError`` for an unknown name, a value outside its range, or a combination the
        function does not admit (such as hardtanh's ``max_val <= min_val``).
        """
        resolved = self.defaults()
        for name, value in (params or {}).items():
            spec = self._by_name.get(name)
            if spec is None:
                if self._by_name:
                    message = translate(
                        "Param", "{activation} has no parameter {name} (its parameters: {known})"
                    )
                else:
                    message = translate("Param", "{activation} has no parameter {name}")
                raise ValueError(
                    message.format(
                        activation=self.key, name=repr(name), known=", ".join(self._by_name)
                    )
                )
            resolved[name] = spec.validate(value)
        if self.check is not None:
            self.check(resolved)
        return resolved

    def forward(self, x: npt.ArrayLike, **params: Any) -> Any:
        """f(x), float64, same shape as ``x`` (a numpy float64 for a scalar)."""
        return self._apply(self.fn, x, params)

    def derivative(self, x: npt.ArrayLike, **params: Any) -> Any:
        """f'(x), float64, same shape as ``x``; at a kink, the value PyTorch's autograd returns."""
        return self._apply(self.dfn, x, params)

    def kinks(self, **params: Any) -> tuple[Kink, ...]:
        """Where f or f' is not smooth, sorted by x."""
        resolved = self.resolve_params(params)
        return tuple(sorted(self.kink_fn(**resolved), key=lambda k: k.x))

    def _apply(self, fn: ElementwiseFn, x: npt.ArrayLike, params: Mapping[str, Any]) -> Any:
        resolved = self.resolve_params(params)
        arr = np.asarray(x, dtype=np.float64)
        out = np.asarray(fn(arr, **resolved), dtype=np.float64)
        if out.shape != arr.shape:  # a constant branch may come back as a scalar
            out = np.broadcast_to(out, arr.shape).copy()
        return out[()] if arr.ndim == 0 else out
