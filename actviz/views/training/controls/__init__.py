"""The training lab's settings column: data, network, training and comparison controls, and
their entries."""
