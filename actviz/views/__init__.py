"""Qt widgets: show the model, turn gestures into model setter calls, never compute."""
