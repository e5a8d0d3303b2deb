"""The deep-network lab's plots in words, for screen readers: the numbers each plot draws.

A stack can be 100 layers deep, so a description gives each series where it starts, where it
ends and its extremes, which is what the plots are read for (a signal that dies or explodes, a
gradient that vanishes, units that die), rather than every layer's number.
"""

from __future__ import annotations

import numpy as np

from actviz.core.deepnet import SimulationResult
from actviz.core.i18n import format_number, translate
from actviz.model.deepnet.space_bender import BendingSnapshot


def number(value: float) -> str:
    if not np.isfinite(value):
        return "NaN" if np.isnan(value) else ("∞" if value > 0 else "−∞")
    return format_number(float(value), ".3g").replace("-", "−")


def series_text(values: np.ndarray) -> str:
    """One per-layer series: first and last layer, smallest and largest (finite) values."""
    finite = np.isfinite(values)
    if not np.any(finite):
        return translate("DeepNetText", "no finite values")
    layers = np.flatnonzero(finite)
    first, last = int(layers[0]), int(layers[-1])
    low, high = int(np.nanargmin(np.where(finite, values, np.nan))), int(
        np.nanargmax(np.where(finite, values, np.nan))
    )
    return translate(
        "DeepNetText",
        "{start} at layer {first}, {end} at layer {last}; smallest {low} at layer {low_at}, "
        "largest {high} at layer {high_at}",
    ).format(
        start=number(values[first]),
        first=first + 1,
        end=number(values[last]),
        last=last + 1,
        low=number(values[low]),
        low_at=low + 1,
        high=number(values[high]),
        high_at=high + 1,
    )


def stats_text(results: list[SimulationResult]) -> str:
    """The line plots: activation std, gradient norm, dead and saturated fractions per layer."""
    if not results:
        return translate("DeepNetText", "No results yet.")
    parts = []
    for result in results:
        parts.append(
            translate(
                "DeepNetText",
                "{name}, {depth} layers. Activation std: {std}. Gradient norm: {grad}. "
                "Dead units: {dead}. Saturated units: {saturated}.",
            ).format(
                name=result.key,
                depth=result.depth,
                std=series_text(result.act_std),
                grad=series_text(result.grad_norm),
                dead=series_text(result.dead_fraction),
                saturated=series_text(result.saturated_fraction),
            )
        )
    return " ".join(parts)


def _spans(edges: np.ndarray) -> str:
    """Where the histograms lie at the first and the last layer (finite layers only)."""
    finite = [i for i in range(edges.shape[0]) if np.all(np.isfinite(edges[i]))]
    if not finite:
        return translate("DeepNetText", "no finite values")
    first, last = finite[0], finite[-1]
    return translate(
        "DeepNetText", "from {low1} to {high1} at layer {first}, {low2} to {high2} at layer {last}"
    ).format(
        low1=number(edges[first][0]),
        high1=number(edges[first][-1]),
        first=first + 1,
        low2=number(edges[last][0]),
        high2=number(edges[last][-1]),
        last=last + 1,
    )


def histograms_text(results: list[SimulationResult]) -> str:
    if not results:
        return translate("DeepNetText", "No results yet.")
    return " ".join(
        translate(
            "DeepNetText",
            "{name}, one histogram a layer for {depth} layers. "
            "Activations {act}. Gradients {grad}.",
        ).format(
            name=result.key,
            depth=result.depth,
            act=_spans(result.act_edges),
            grad=_spans(result.grad_edges),
        )
        for result in results
    )


def warp_text(snap: BendingSnapshot, activation_name: str) -> str:
    """The plane after each layer: where the data points lie."""
    parts = []
    for index, points in enumerate(snap.points):
        finite = points[np.all(np.isfinite(points), axis=1)] if points.size else points
        where = (
            translate("DeepNetText", "input")
            if index == 0
            else translate("DeepNetText", "after layer {layer}").format(layer=index)
        )
        if finite.size == 0:
            parts.append(translate("DeepNetText", "{where}: no finite points").format(where=where))
            continue
        parts.append(
            translate("DeepNetText", "{where}: x from {x0} to {x1}, y from {y0} to {y1}").format(
                where=where,
                x0=number(finite[:, 0].min()),
                x1=number(finite[:, 0].max()),
                y0=number(finite[:, 1].min()),
                y1=number(finite[:, 1].max()),
            )
        )
    lead = translate(
        "DeepNetText", "Two classes of points bent by {layers} layers of {name}."
    ).format(layers=len(snap.points) - 1, name=activation_name)
    return f"{lead} {'; '.join(parts)}."
