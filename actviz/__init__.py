"""actviz: see and touch neural-network activation functions."""

__version__ = "0.1.0"
