"""Independent references for the softmax tests: 60-digit decimal arithmetic (no float overflow)
and central finite differences, and the extreme logits they are checked at.
"""

from __future__ import annotations

from decimal import Context, Decimal, localcontext

import numpy as np

_CONTEXT = Context(prec=60, Emax=10**9, Emin=-(10**9))


def ref_log_softmax(z: list[float], temperature: float = 1.0) -> list[float]:
    """log softmax in 60-digit decimal (exp of a huge positive number is fine at Emax 1e9)."""
    with localcontext(_CONTEXT):
        t = Decimal(temperature)
        scaled = [Decimal(v) / t for v in z]
        top = max(scaled)
        log_sum = sum((s - top).exp() for s in scaled).ln()
        return [float((s - top) - log_sum) for s in scaled]


def ref_softmax(z: list[float], temperature: float = 1.0) -> list[float]:
    with localcontext(_CONTEXT):
        t = Decimal(temperature)
        scaled = [Decimal(v) / t for v in z]
        top = max(scaled)
        terms = [(s - top).exp() for s in scaled]
        total = sum(terms)
        return [float(term / total) for term in terms]


def finite_difference_jacobian(f, z: np.ndarray, h: float = 1e-6) -> np.ndarray:
    n = z.size
    jac = np.empty((n, n))
    for j in range(n):
        step = np.zeros(n)
        step[j] = h
        jac[:, j] = (f(z + step) - f(z - step)) / (2 * h)
    return jac


EXTREME_CASES = [
    ([1e300, -1e300], 1.0),
    ([1e300, -1e300], 1e-3),
    ([1e300, 1e300 - 1e285, 0.0], 1e-3),
    ([-1e300, -1e300, -1e300], 1e-3),
    ([1e308, -1e308, 0.0], 1.0),
    ([1.7e308, 1.7e308], 1e-3),
    ([1000.0, 999.0, 0.0], 1.0),
    ([5.0, 4.999, 0.0], 1e-3),
    ([3.0, 1.0, 0.2], 1e3),
    ([0.0, -40.0], 1.0),
    ([0.0, -745.0, -1e6], 1.0),
]
