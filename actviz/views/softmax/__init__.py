"""The softmax lab: scores to probabilities, temperature, the Jacobian, the naive-exp pitfall.

State: :class:`actviz.model.softmax.lab.SoftmaxLabModel`. Entry point: :class:`QtSoftmaxPanel`.
"""

from actviz.views.softmax.qt_softmax_panel import QtSoftmaxPanel

__all__ = ["QtSoftmaxPanel"]
