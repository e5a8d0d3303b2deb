"""The training lab's state: data, network, run, maps, presets and export."""
