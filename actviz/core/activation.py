"""The ``Activation`` record: an activation's maths together with everything the app says about it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

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
                known = ", ".join(self._by_name) or "none"
                raise ValueError(f"{self.key} has no parameter {name!r} (its parameters: {known})")
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
