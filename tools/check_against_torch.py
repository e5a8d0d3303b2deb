"""Compare every catalogue activation with PyTorch, forward and autograd derivative, in float64.

A LOCAL check, not a test: torch is not a dependency of actviz or of its test suite. Run it where
torch is installed::

    python tools/check_against_torch.py [KEY ...]

For each activation it evaluates x in linspace(-12, 12, 10001), the extremes +-1e308, +-1e300,
+-1e10, +-50, 0, +-1e-300, the smallest subnormal and the activation's kinks, at the default
params and at 20 random settings in range, and prints the worst error of f and f' against the
bar |a - b| <= 1e-9 |b| + 1e-12 (``worst/bar`` <= 1 passes) with PASS or FAIL. Activations that
torch.nn.functional lacks are compared with a torch expression. Where the torch reference itself
overflows (inf or NaN for a finite input, for instance x*x at 1e308 inside an expression) the
point is counted as "ref overflow" and not compared. NaN inputs are not compared: we return
NaN by design, while torch's autograd gives relu'(NaN) = 1.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F

import actviz.core as core

Reference = Callable[..., torch.Tensor]
RTOL, ATOL = 1e-9, 1e-12
EXTREMES = (1e308, -1e308, 1e300, -1e300, 1e10, -1e10, 50.0, -50.0, 0.0, 1e-300, -1e-300, 5e-324)
RANDOM_SETTINGS = 20


def _swish(x: torch.Tensor, beta: float = 1.0) -> torch.Tensor:
    return x * torch.sigmoid(beta * x)


def _squareplus(x: torch.Tensor, b: float = 4.0) -> torch.Tensor:
    # (x + sqrt(x² + b)) / 2 cancels for x << 0; there it equals b / (2 (sqrt(x² + b) - x)).
    # hypot keeps x² from overflowing.
    root = torch.hypot(x, torch.tensor(math.sqrt(b), dtype=x.dtype))
    return torch.where(x >= 0, (x + root) / 2, b / (2 * (root - x)))


def _celu(x: torch.Tensor, alpha: float) -> torch.Tensor:
    # Values from F.celu; the gradient from the float64 expression, because torch's celu backward
    # rounds alpha to float32 (derivatives.yaml: 1.0 / alpha.toFloat()), 2e-7 off for most alpha.
    # clamp(max=0) keeps exp's argument finite in the branch torch.where discards.
    expression = torch.where(x > 0, x, alpha * torch.expm1(torch.clamp(x, max=0.0) / alpha))
    return F.celu(x, alpha).detach() + (expression - expression.detach())


def _binary_step(x: torch.Tensor) -> torch.Tensor:
    # Constant pieces: autograd sees 0 everywhere (x * 0 keeps x in the graph).
    return torch.where(x >= 0, 1.0, 0.0).to(x.dtype) + 0.0 * x


REFERENCES: dict[str, Reference] = {
    # part A
    "relu": F.relu,
    "relu6": F.relu6,
    "leaky_relu": lambda x, negative_slope: F.leaky_relu(x, negative_slope),
    "prelu": lambda x, weight: F.prelu(x, torch.tensor([weight], dtype=x.dtype)),
    "rrelu": lambda x, lower, upper: F.rrelu(x, lower, upper, training=False),
    "elu": lambda x, alpha: F.elu(x, alpha),
    "selu": F.selu,
    "celu": _celu,
    "threshold": lambda x, threshold, value: F.threshold(x, threshold, value),
    "hardtanh": lambda x, min_val, max_val: F.hardtanh(x, min_val, max_val),
    # F.hardsigmoid's backward multiplies by a float32 1/6 (0.1666666716...), 3e-8 off in
    # float64; relu6(x + 3) / 6 has the same corner convention (0 at +-3) and exact slope.
    "hardsigmoid": lambda x: F.relu6(x + 3.0) / 6.0,
    "hardswish": F.hardswish,
    "softshrink": lambda x, lambd: F.softshrink(x, lambd),
    "hardshrink": lambda x, lambd: F.hardshrink(x, lambd),
    "tanhshrink": F.tanhshrink,
    # part B
    "identity": lambda x: x.clone(),
    "binary_step": _binary_step,
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "logsigmoid": F.logsigmoid,
    "softsign": F.softsign,
    "arctan": torch.atan,
    "gaussian": lambda x: torch.exp(-x * x),
    "sinusoid": torch.sin,
    "gelu": lambda x, approximate="none": F.gelu(x, approximate=approximate),
    "silu": F.silu,
    "swish": _swish,
    "mish": F.mish,
    "softplus": lambda x, beta=1.0, threshold=20.0: F.softplus(x, beta, threshold),
    "squareplus": _squareplus,
}


def _points(kinks: tuple[core.Kink, ...]) -> np.ndarray:
    x = np.concatenate([np.linspace(-12.0, 12.0, 10001), EXTREMES, [k.x for k in kinks]])
    return np.unique(x)


def _torch_values(ref: Reference, x: np.ndarray, params: dict[str, Any]) -> tuple[Any, Any]:
    xt = torch.tensor(x, dtype=torch.float64, requires_grad=True)
    y = ref(xt, **params)
    (grad,) = torch.autograd.grad(y.sum(), xt)
    return y.detach().numpy(), grad.numpy()


def _worst(ours: np.ndarray, ref: np.ndarray) -> tuple[float, int, int]:
    """(worst |a-b| / bar, points compared, points where the reference overflowed)."""
    ok_ref = np.isfinite(ref)
    both_inf = np.isinf(ours) & (ours == ref)
    compare = ok_ref & ~both_inf
    bad = ~np.isfinite(ours[compare])
    if bad.any():
        return math.inf, int(compare.sum()), int((~ok_ref).sum())
    with np.errstate(over="ignore"):
        ratio = np.abs(ours[compare] - ref[compare]) / (RTOL * np.abs(ref[compare]) + ATOL)
    return float(ratio.max(initial=0.0)), int(compare.sum()), int((~ok_ref & ~both_inf).sum())


def _random_settings(act: core.Activation, rng: np.random.Generator) -> list[dict[str, Any]]:
    settings: list[dict[str, Any]] = [act.defaults()]
    tries = 0
    while len(settings) < 1 + RANDOM_SETTINGS and act.params and tries < 1000:
        tries += 1
        candidate: dict[str, Any] = {}
        for p in act.params:
            if p.choices is not None:
                candidate[p.name] = str(rng.choice(p.choices))
            else:
                assert p.minimum is not None and p.maximum is not None
                candidate[p.name] = float(rng.uniform(p.minimum, p.maximum))
        try:
            act.resolve_params(candidate)
        except ValueError:
            continue  # a combination the function does not admit (hardtanh's max <= min, ...)
        settings.append(candidate)
    return settings


def check(key: str, rng: np.random.Generator) -> bool:
    act = core.get(key)
    ref = REFERENCES.get(key)
    if ref is None:
        print(f"{key:14s} NO REFERENCE (add one to REFERENCES)")
        return False
    worst_f = worst_d = 0.0
    compared = overflowed = 0
    worst_at = ""
    for params in _random_settings(act, rng):
        x = _points(act.kinks(**params))
        ours_f, ours_d = act.forward(x, **params), act.derivative(x, **params)
        ref_f, ref_d = _torch_values(ref, x, params)
        wf, n, o = _worst(ours_f, ref_f)
        wd, _, od = _worst(ours_d, ref_d)
        compared, overflowed = compared + n, overflowed + max(o, od)
        if max(wf, wd) > max(worst_f, worst_d):
            worst_at = f" (worst at {params})" if params else ""
        worst_f, worst_d = max(worst_f, wf), max(worst_d, wd)
    verdict = "PASS" if max(worst_f, worst_d) <= 1.0 else "FAIL"
    extra = f", ref overflow at {overflowed}" if overflowed else ""
    print(
        f"{key:14s} f worst/bar {worst_f:9.3g}   f' worst/bar {worst_d:9.3g}   "
        f"[{compared} points{extra}]  {verdict}{worst_at if verdict == 'FAIL' else ''}"
    )
    return verdict == "PASS"


def main(argv: list[str]) -> int:
    torch.set_default_dtype(torch.float64)
    rng = np.random.default_rng(2024)
    keys = argv or core.names()
    results = [check(key, rng) for key in keys]
    print(f"\n{sum(results)} of {len(results)} activations PASS (bar: |a-b| <= 1e-9|b| + 1e-12)")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
