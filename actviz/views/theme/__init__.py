"""How every view looks: light and dark themes, presentation mode, colour-blind-safe curve colours,
and the styler that keeps each pyqtgraph view in step. Labs import this; it imports no lab."""
