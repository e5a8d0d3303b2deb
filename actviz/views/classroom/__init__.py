"""What the classroom needs around the labs: the window's frame (menu entries as data, lab tabs,
geometry), lesson files, recent files, settings, presentation mode, themes, the tour and the
shortcuts list (menus and dialogs, no lab of its own)."""
