"""The explorer lab: the activation picker, its parameters, the f/f′ plot, pinned curves, formulas.

State: :class:`actviz.model.session.Session`. Entry point: :class:`QtExplorerPanel`.
"""

from actviz.views.explorer.qt_explorer_panel import QtExplorerPanel

__all__ = ["QtExplorerPanel"]
