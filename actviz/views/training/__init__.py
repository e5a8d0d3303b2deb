"""The training lab: train a small network on 2-D data and watch the decision boundary form.

State: :class:`actviz.model.training.lab.TrainingLab`. Entry point: :class:`QtTrainingPanel`.
"""

from actviz.views.training.qt_training_panel import QtTrainingPanel

__all__ = ["QtTrainingPanel"]
