"""The neuron playground's state and its presets."""
