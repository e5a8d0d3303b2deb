"""The deep-network lab: per-layer signals and gradients of a deep stack, and bending space.

State: :class:`actviz.model.deepnet.lab.DeepNetLab` and
:class:`actviz.model.deepnet.space_bender.SpaceBender`. Entry point: :class:`QtDeepNetPanel`.
"""

from actviz.views.deepnet.qt_deepnet_panel import QtDeepNetPanel

__all__ = ["QtDeepNetPanel"]
