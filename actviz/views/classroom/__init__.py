"""What the classroom needs around the labs: lesson files, recent files, settings, presentation
mode, themes, the tour and the shortcuts list (menus and dialogs, no lab of its own)."""
