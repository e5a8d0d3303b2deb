"""The deep-network lab's state, its presets and the space bender."""
