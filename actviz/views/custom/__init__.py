"""Your own activations: the editor (formula, f and f′, preview, name, parameter ranges) and the
actions that open it (Edit menu, the explorer picker's "New activation…").

The window imports only :mod:`~actviz.views.custom.qt_custom_setup` at start-up; the editor's
modules load the first time it opens.
"""
