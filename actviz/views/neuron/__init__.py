"""The neuron playground: inputs, weights and bias, both passes of backprop, gradient descent.

State: :class:`actviz.model.neuron.lab.NeuronModel`. Entry point: :class:`QtNeuronPanel`.
"""

from actviz.views.neuron.qt_neuron_panel import QtNeuronPanel
from actviz.views.neuron.qt_operating_point_overlay import QtOperatingPointOverlay

__all__ = ["QtNeuronPanel", "QtOperatingPointOverlay"]
