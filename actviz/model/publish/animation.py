"""Animating a parameter, as the views import it (this module only gathers the names).

- :mod:`.param_target`: :class:`ParamTarget`, what is played, and where targets come from;
- :mod:`.param_animation`: :class:`ParamAnimation`, the clock that plays it;
- :mod:`.sweep_scale`: positions and values along a linear or log range;
- :mod:`.playback_settings`: modes, pass durations and frame rates, and their checks;
- :mod:`.motion` and :mod:`.param_sweep`: what a recording plays frame by frame.

Code in :mod:`actviz.model` and the entry points import from those modules directly.
"""

from __future__ import annotations

from actviz.model.publish.motion import Motion
from actviz.model.publish.param_animation import ParamAnimation
from actviz.model.publish.param_sweep import ParamSweep
from actviz.model.publish.param_target import ParamTarget, choice_param_target, temperature_target
from actviz.model.publish.playback_settings import MAX_FPS, MODE_TEXT, MODES, mode_text

__all__ = [
    "MAX_FPS",
    "MODES",
    "MODE_TEXT",
    "Motion",
    "ParamAnimation",
    "ParamSweep",
    "ParamTarget",
    "choice_param_target",
    "mode_text",
    "temperature_target",
]
