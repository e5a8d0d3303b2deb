"""Figures for print and files: PNG/SVG/PDF figures, handouts, cheat sheets and recordings.

Painted with a plain QPainter (no window, no pyqtgraph scene), so the same code serves the File
menu and the headless ``actviz render``/``handout``/``cheatsheet``/``animate`` commands.
"""
