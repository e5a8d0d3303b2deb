"""Texts of the shared slider fields in the training lab, set again on every language switch.

A ``QtSliderField`` takes its label and tooltip when it is made; the lab's fields are made without
them and get both here, from the owner's ``retranslate``: the label names the slider and the entry
for screen readers, and the tooltip leads their descriptions, as the field itself would do.
"""

from __future__ import annotations

from actviz.views.widgets.qt_slider_field import QtSliderField


def set_field_texts(field: QtSliderField, label: str, tooltip: str) -> None:
    """Show ``label`` and ``tooltip`` (both already in the installed language) on ``field``."""
    field.setLabel(label)
    lead = tooltip.strip()
    if lead and lead[-1] not in ".!?…":
        lead += "."
    for widget in (field.label, field.slider, field.spin):
        widget.setToolTip(tooltip)
    for widget in (field.slider, field.spin):
        described = widget.accessibleDescription()
        widget.setAccessibleDescription(f"{lead} {described}".strip() if lead else described)
