"""The training lab's core: data sets, network inputs and weights, the network maths, the epoch of
mini-batch gradient descent, dead and saturated units. :mod:`actviz.core.training.fit` is the
entry point (``fit`` and the names the lab uses); this package file stays empty so that the
cheap modules (the data sets, at start-up) load without the network maths.
"""
